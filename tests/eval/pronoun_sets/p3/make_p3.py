#!/usr/bin/env python3
"""Build /work/blindp3/p3.jsonl: 24 flipped + 26 clean news articles.

Flipped pronouns are marked in the source as ⟦flip:WRITTEN|ORIGINAL⟧ and
stripped here; offsets point into the final text.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts_a import FLIPPED_A
from arts_b import FLIPPED_B
from arts_c import FLIPPED_C
from clean_a import CLEAN_A
from clean_b import CLEAN_B

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
PRON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
MALE = {"he", "him", "his", "himself"}


def strip(body):
    out, flips, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(x) for x in out)
        w, o = m.group(1), m.group(2)
        flips.append({"start": start, "end": start + len(w), "text": w, "original": o})
        out.append(w)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), flips


def build(title, body):
    text = title + "\n\n" + body.strip() + "\n"
    return strip(text)


records = []
for title, body, person, gender in FLIPPED_A + FLIPPED_B + FLIPPED_C:
    text, flips = build(title, body)
    assert 1 <= len(flips) <= 5, title
    for f in flips:
        assert text[f["start"]:f["end"]] == f["text"]
        w, o = f["text"], f["original"]
        assert w.lower() in PRON and o.lower() in PRON, f
        assert (w.lower() in MALE) != (o.lower() in MALE), f
        assert (w.lower() in MALE) == (gender == "f"), (title, f)  # written = wrong gender
        assert w[0].isupper() == o[0].isupper(), f
        # word boundaries
        assert not text[f["start"] - 1].isalpha() and not text[f["end"]].isalpha(), f
    records.append({"title": title, "text": text, "clean": False,
                    "person": person, "gender": gender, "flips": flips})

for item in CLEAN_A + CLEAN_B:
    title, body = item[0], item[1]
    assert "⟦" not in body and "⟧" not in body, title
    text, flips = build(title, body)
    assert not flips
    records.append({"title": title, "text": text, "clean": True, "flips": []})

assert sum(not r["clean"] for r in records) == 24
assert sum(r["clean"] for r in records) == 26
assert len({r["title"] for r in records}) == 50
for r in records:
    n = len(r["text"].split())
    assert 250 <= n <= 450, (r["title"], n)
    assert "⟦" not in r["text"] and "⟧" not in r["text"]

random.Random(20261207).shuffle(records)
out = os.path.join(HERE, "p3.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        rec = {"id": "p3-%03d" % i}
        rec.update(r)
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", out, len(records), "records:",
      sum(not r["clean"] for r in records), "flipped,",
      sum(r["clean"] for r in records), "clean,",
      sum(len(r["flips"]) for r in records), "flips")
