"""Render the p11 blind evaluation set to set.jsonl."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def render(body):
    out, flips, pos = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append(dict(start=length, end=length + len(written), text=written, original=original))
        out.append(written)
        length += len(written)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), flips


def build(art, clean):
    title = art["title"].strip()
    body = art["text"].strip()
    paras = body.split("\n\n")
    assert all(p.strip() and "\n" not in p for p in paras), title
    rendered, flips = render(body)
    text = title + "\n\n" + rendered
    off = len(title) + 2
    for f in flips:
        f["start"] += off
        f["end"] += off
        assert text[f["start"]:f["end"]] == f["text"], (title, f)
    for ch in "⟦⟧":
        assert ch not in text, title
    n = len(text.split())
    assert 250 <= n <= 450, (title, n)
    rec = dict(title=title, text=text, clean=clean)
    if clean:
        assert not flips, title
        rec["flips"] = []
    else:
        person, gender = art["person"], art["gender"]
        assert gender in ("f", "m")
        assert 1 <= len(flips) <= 5, (title, len(flips))
        surname = person.split()[-1]
        assert surname in text, (title, surname)
        wrong, right = (MALE, FEMALE) if gender == "f" else (FEMALE, MALE)
        for f in flips:
            assert f["text"].lower() in wrong, (title, f)
            assert f["original"].lower() in right, (title, f)
            # word boundaries around the written pronoun
            before = text[f["start"] - 1] if f["start"] > 0 else " "
            after = text[f["end"]] if f["end"] < len(text) else " "
            assert not before.isalpha() and not after.isalpha(), (title, f)
        rec["person"] = person
        rec["gender"] = gender
        rec["flips"] = flips
    return rec


def main():
    flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
    clean = clean_a.ARTICLES + clean_b.ARTICLES
    assert len(flipped) == 24, len(flipped)
    assert len(clean) == 26, len(clean)
    recs = [build(a, False) for a in flipped] + [build(a, True) for a in clean]
    titles = [r["title"] for r in recs]
    assert len(set(titles)) == len(titles), "duplicate titles"
    random.Random(1111).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        rec = {"id": "p11-%03d" % i}
        rec.update(r)
        out.append(rec)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in out)
    print(path, len(out), "articles,", sum(not r["clean"] for r in out), "flipped,",
          sum(r["clean"] for r in out), "clean,", nflips, "flips")


if __name__ == "__main__":
    main()
