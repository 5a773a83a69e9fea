"""Render the p22 blind pronoun-flip evaluation set to set.jsonl."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
FEM = {"she", "her", "hers", "herself"}
MASC = {"he", "him", "his", "himself"}
GENDER_SET = {"f": FEM, "m": MASC}
OTHER_SET = {"f": MASC, "m": FEM}

errors = []


def err(msg):
    errors.append(msg)


def render(title, body):
    body = body.strip("\n")
    src = title + "\n\n" + body
    out = []
    flips = []
    pos = 0  # position in output
    last = 0
    for m in MARK.finditer(src):
        chunk = src[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        written, original = m.group(1), m.group(2)
        out.append(written)
        flips.append({"start": pos, "end": pos + len(written),
                      "text": written, "original": original})
        pos += len(written)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    rendered_body = text[len(title) + 2:]
    return text, rendered_body, flips


def word_count(s):
    return len(s.split())


records = []
titles = set()

flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
clean = clean_a.ARTICLES + clean_b.ARTICLES

if len(flipped) != 24:
    err(f"expected 24 flipped articles, got {len(flipped)}")
if len(clean) != 26:
    err(f"expected 26 clean articles, got {len(clean)}")

genders = {"f": 0, "m": 0}

for kind, arts in (("flipped", flipped), ("clean", clean)):
    for a in arts:
        title = a["title"]
        if title in titles:
            err(f"duplicate title: {title}")
        titles.add(title)
        if "\n" in title or not title.strip():
            err(f"bad title: {title!r}")
        text, body, flips = render(title, a["text"])
        wc = word_count(body)
        if not 250 <= wc <= 450:
            err(f"{title}: body has {wc} words")
        if "⟦" in text or "⟧" in text or "flip:" in text:
            err(f"{title}: marker left in text")
        if title in body:
            err(f"{title}: title inside body")
        for f in flips:
            if text[f["start"]:f["end"]] != f["text"]:
                err(f"{title}: offset mismatch {f}")
        rec = {"id": None, "title": title, "text": text, "clean": kind == "clean"}
        if kind == "clean":
            if flips:
                err(f"{title}: clean article has flips")
            if set(a) - {"title", "text"}:
                err(f"{title}: clean article has extra keys {set(a) - {'title', 'text'}}")
            rec["flips"] = []
        else:
            person, g = a.get("person"), a.get("gender")
            if g not in ("f", "m"):
                err(f"{title}: bad gender {g!r}")
                continue
            genders[g] += 1
            if not person:
                err(f"{title}: no person")
                continue
            surname = person.split()[-1]
            if surname not in body:
                err(f"{title}: surname {surname} not in text")
            if not 1 <= len(flips) <= 5:
                err(f"{title}: {len(flips)} flips")
            for f in flips:
                w, o = f["text"], f["original"]
                if w.lower() not in OTHER_SET[g]:
                    err(f"{title}: written {w!r} not wrong-gender for {g}")
                if o.lower() not in GENDER_SET[g]:
                    err(f"{title}: original {o!r} not right-gender for {g}")
                if w[0].isupper() != o[0].isupper():
                    err(f"{title}: capitalisation mismatch {w!r}/{o!r}")
            rec["person"] = person
            rec["gender"] = g
            rec["flips"] = flips
        records.append(rec)

if errors:
    print("FAILED:")
    for e in errors:
        print("  -", e)
    sys.exit(1)

rng = random.Random(2222)
rng.shuffle(records)
for i, r in enumerate(records, 1):
    r["id"] = f"p22-{i:03d}"

with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

n_flips = sum(len(r["flips"]) for r in records)
print(f"OK: {len(records)} articles, "
      f"{sum(not r['clean'] for r in records)} flipped "
      f"(f={genders['f']}, m={genders['m']}), "
      f"{sum(r['clean'] for r in records)} clean, {n_flips} flips")
