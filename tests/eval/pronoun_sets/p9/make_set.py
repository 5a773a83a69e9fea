"""Render the p9 blind set: markers -> offsets, write set.jsonl (shuffled, fixed seed)."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from flipped_a import ARTICLES as FA  # noqa: E402
from flipped_b import ARTICLES as FB  # noqa: E402
from clean_a import ARTICLES as CA  # noqa: E402
from clean_b import ARTICLES as CB  # noqa: E402

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PAIRS = {  # written -> allowed originals
    "he": {"she"}, "she": {"he"},
    "him": {"her"}, "her": {"him", "his"},
    "his": {"her", "hers"}, "hers": {"his"},
    "himself": {"herself"}, "herself": {"himself"},
}


def render(body):
    out, flips, pos, n = [], [], 0, 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": n, "end": n + len(written), "text": written, "original": original})
        out.append(written)
        n += len(written)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), flips


def build():
    records = []
    problems = []
    for group, clean in ((FA + FB, False), (CA + CB, True)):
        for art in group:
            title = art["title"].strip()
            body = art["text"].strip()
            rendered, flips = render(body)
            text = title + "\n\n" + rendered
            shift = len(title) + 2
            for f in flips:
                f["start"] += shift
                f["end"] += shift
            words = len(rendered.split())
            tag = title[:50]
            if not 250 <= words <= 450:
                problems.append(f"{tag}: {words} words")
            if any(c in text for c in "⟦⟧") or "flip:" in text:
                problems.append(f"{tag}: marker left")
            if "\n\n" not in rendered:
                problems.append(f"{tag}: no paragraphs")
            rec = {"title": title, "text": text, "clean": clean}
            if clean:
                if flips:
                    problems.append(f"{tag}: flips in clean article")
            else:
                person, gender = art["person"], art["gender"]
                if gender not in ("f", "m"):
                    problems.append(f"{tag}: bad gender")
                if not 1 <= len(flips) <= 5:
                    problems.append(f"{tag}: {len(flips)} flips")
                surname = person.split()[-1]
                if surname not in text:
                    problems.append(f"{tag}: surname {surname} missing")
                wrong = MALE if gender == "f" else FEMALE
                right = FEMALE if gender == "f" else MALE
                for f in flips:
                    w, o = f["text"].lower(), f["original"].lower()
                    if text[f["start"]:f["end"]] != f["text"]:
                        problems.append(f"{tag}: offset mismatch")
                    if w not in wrong or o not in right or o not in PAIRS.get(w, ()):
                        problems.append(f"{tag}: bad flip {f['text']}|{f['original']}")
                    if f["text"][0].isupper() != f["original"][0].isupper():
                        problems.append(f"{tag}: case mismatch {f['text']}|{f['original']}")
                    before = text[f["start"] - 1] if f["start"] > 0 else " "
                    after = text[f["end"]] if f["end"] < len(text) else " "
                    if before.isalpha() or after.isalpha():
                        problems.append(f"{tag}: flip not a whole word")
                rec.update(person=person, gender=gender, flips=flips)
            records.append(rec)
    n_flipped = sum(not r["clean"] for r in records)
    n_clean = sum(r["clean"] for r in records)
    if n_flipped != 24 or n_clean != 26:
        problems.append(f"counts: {n_flipped} flipped, {n_clean} clean")
    titles = [r["title"] for r in records]
    if len(set(titles)) != len(titles):
        problems.append("duplicate titles")
    assert not problems, "\n".join(problems)
    random.Random(9009).shuffle(records)
    final = []
    for i, r in enumerate(records, 1):
        rec = {"id": f"p9-{i:03d}", "title": r["title"], "text": r["text"], "clean": r["clean"]}
        if not r["clean"]:
            rec.update(person=r["person"], gender=r["gender"], flips=r["flips"])
        else:
            rec["flips"] = []
        final.append(rec)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for rec in final:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in final)
    print(f"wrote {len(final)} articles ({n_flipped} flipped, {n_clean} clean), {nflips} flips")


if __name__ == "__main__":
    build()
