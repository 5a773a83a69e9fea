"""Render the p20 blind set to set.jsonl with checks."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clean_a
import clean_b
import flipped_a
import flipped_b

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
ALL_PRON = MALE | FEMALE


def render(title, body):
    full = title + "\n\n" + body
    out = []
    flips = []
    pos = 0
    cur = 0
    for m in MARK.finditer(full):
        out.append(full[pos:m.start()])
        cur += m.start() - pos
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written),
                      "text": written, "original": original})
        out.append(written)
        cur += len(written)
        pos = m.end()
    out.append(full[pos:])
    return "".join(out), flips


def main():
    errors = []
    flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
    clean = clean_a.ARTICLES + clean_b.ARTICLES
    if len(flipped) != 24:
        errors.append(f"flipped count {len(flipped)} != 24")
    if len(clean) != 26:
        errors.append(f"clean count {len(clean)} != 26")

    records = []
    titles = set()
    gcount = {"f": 0, "m": 0}
    for kind, arts in (("flipped", flipped), ("clean", clean)):
        for a in arts:
            title = a["title"].strip()
            body = a["text"].strip("\n")
            if title in titles:
                errors.append(f"duplicate title: {title}")
            titles.add(title)
            if "⟦" in title:
                errors.append(f"marker in title: {title}")
            text, flips = render(title, body)
            if "⟦" in text or "⟧" in text or "flip:" in text:
                errors.append(f"marker left in: {title}")
            nwords = len(text[len(title):].split())
            if not 250 <= nwords <= 450:
                errors.append(f"{nwords} words: {title}")
            for f in flips:
                if text[f["start"]:f["end"]] != f["text"]:
                    errors.append(f"offset mismatch in {title}: {f}")
                # whole-word check
                before = text[f["start"] - 1] if f["start"] > 0 else " "
                after = text[f["end"]] if f["end"] < len(text) else " "
                if before.isalpha() or after.isalpha():
                    errors.append(f"flip not a whole word in {title}: {f}")
                if f["text"][0].isupper() != f["original"][0].isupper():
                    errors.append(f"capitalisation mismatch in {title}: {f}")
            rec = {"title": title, "text": text, "clean": kind == "clean"}
            if kind == "clean":
                if flips:
                    errors.append(f"clean article has flips: {title}")
                if "person" in a or "gender" in a:
                    errors.append(f"clean article has person/gender: {title}")
            else:
                person, gender = a["person"], a["gender"]
                if gender not in ("f", "m"):
                    errors.append(f"bad gender {gender}: {title}")
                    continue
                gcount[gender] += 1
                if not 1 <= len(flips) <= 5:
                    errors.append(f"{len(flips)} flips: {title}")
                right = FEMALE if gender == "f" else MALE
                wrong = MALE if gender == "f" else FEMALE
                for f in flips:
                    if f["text"].lower() not in wrong:
                        errors.append(f"flipped pronoun not wrong gender in {title}: {f}")
                    if f["original"].lower() not in right:
                        errors.append(f"original not right gender in {title}: {f}")
                surname = person.split()[-1]
                if surname not in text:
                    errors.append(f"surname {surname} missing: {title}")
                if person.split()[0] not in text:
                    errors.append(f"first name missing: {title}")
                rec.update(person=person, gender=gender, flips=flips)
            if kind == "clean":
                rec["flips"] = []
            records.append(rec)

    if errors:
        print("FAILED:")
        for e in errors:
            print("  ", e)
        sys.exit(1)

    random.Random(2020).shuffle(records)
    out_path = os.path.join(HERE, "set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            row = {"id": f"p20-{i:03d}", "title": r["title"], "text": r["text"],
                   "clean": r["clean"]}
            if not r["clean"]:
                row["person"] = r["person"]
                row["gender"] = r["gender"]
            row["flips"] = r["flips"]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    nflips = sum(len(r["flips"]) for r in records)
    print(f"OK: {len(records)} articles ({len(flipped)} flipped: "
          f"{gcount['f']} f / {gcount['m']} m; {len(clean)} clean), "
          f"{nflips} flips, written to {out_path}")


if __name__ == "__main__":
    main()
