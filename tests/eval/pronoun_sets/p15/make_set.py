"""Render the blind p15 evaluation set to set.jsonl."""
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


def render(title, body):
    """Return full text and list of flips with offsets in the full text."""
    prefix = title + "\n\n"
    out = []
    flips = []
    pos = 0
    cur = len(prefix)
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written),
                      "text": written, "original": original})
        out.append(written)
        cur += len(written)
        pos = m.end()
    out.append(body[pos:])
    return prefix + "".join(out), flips


def main():
    flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
    clean = clean_a.ARTICLES + clean_b.ARTICLES
    assert len(flipped) == 24, len(flipped)
    assert len(clean) == 26, len(clean)
    records = []
    problems = []
    titles = set()
    for art, is_clean in [(a, False) for a in flipped] + [(a, True) for a in clean]:
        title = art["title"].strip()
        assert title not in titles, title
        titles.add(title)
        body = art["text"].strip()
        text, flips = render(title, body)
        nwords = len(text[len(title) + 2:].split())
        if not 250 <= nwords <= 450:
            problems.append(f"{title}: {nwords} words")
        for ch in "⟦⟧":
            assert ch not in text, (title, ch)
        assert "\n\n\n" not in text, title
        rec = {"title": title, "text": text, "clean": is_clean}
        if is_clean:
            assert not flips, title
            assert "person" not in art and "gender" not in art, title
        else:
            person, gender = art["person"], art["gender"]
            assert gender in ("f", "m"), title
            if not 1 <= len(flips) <= 5:
                problems.append(f"{title}: {len(flips)} flips")
            wrong = MALE if gender == "f" else FEMALE
            right = FEMALE if gender == "f" else MALE
            for f in flips:
                assert text[f["start"]:f["end"]] == f["text"], (title, f)
                assert f["text"].lower() in wrong, (title, f)
                assert f["original"].lower() in right, (title, f)
                assert f["text"][0].isupper() == f["original"][0].isupper(), (title, f)
            surname = person.split()[-1]
            assert surname in text, (title, surname)
            rec["person"] = person
            rec["gender"] = gender
        rec["flips"] = flips
        records.append(rec)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    rng = random.Random(15015)
    rng.shuffle(records)
    out_path = os.path.join(HERE, "set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(records, 1):
            ordered = {"id": f"p15-{i:03d}"}
            ordered.update(rec)
            fh.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in records)
    print(f"{out_path}: {len(records)} articles "
          f"({sum(not r['clean'] for r in records)} flipped, "
          f"{sum(r['clean'] for r in records)} clean), {nflips} flips")


if __name__ == "__main__":
    main()
