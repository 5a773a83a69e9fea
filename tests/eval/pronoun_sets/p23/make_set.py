import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a
import flipped_b
import clean_a
import clean_b

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
FEM = {"she", "her", "hers", "herself"}
MASC = {"he", "him", "his", "himself"}
ALL = FEM | MASC


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
    text = prefix + "".join(out)
    for f in flips:
        assert text[f["start"]:f["end"]] == f["text"]
    return text, flips


def words(s):
    return len(s.split())


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
    for kind, arts in (("flipped", flipped), ("clean", clean)):
        for a in arts:
            title, body = a["title"], a["text"]
            tag = f"[{kind}] {title!r}"
            if title in titles:
                errors.append(f"{tag}: duplicate title")
            titles.add(title)
            if title.strip() in body:
                errors.append(f"{tag}: title appears inside body")
            if body != body.strip():
                errors.append(f"{tag}: leading/trailing whitespace in body")
            text, flips = render(title, body)
            body_plain = text[len(title) + 2:]
            n = words(body_plain)
            if not 250 <= n <= 450:
                errors.append(f"{tag}: body word count {n}")
            if "⟦" in text or "⟧" in text:
                errors.append(f"{tag}: marker left in text")
            rec = {"title": title, "text": text, "clean": kind == "clean"}
            if kind == "clean":
                if flips:
                    errors.append(f"{tag}: clean article has flips")
                if set(a) - {"title", "text"}:
                    errors.append(f"{tag}: clean article has extra keys")
            else:
                person, gender = a.get("person"), a.get("gender")
                if gender not in ("f", "m"):
                    errors.append(f"{tag}: bad gender {gender!r}")
                if not person:
                    errors.append(f"{tag}: missing person")
                else:
                    surname = person.split()[-1]
                    if surname not in body_plain:
                        errors.append(f"{tag}: surname {surname} not in text")
                if not 1 <= len(flips) <= 5:
                    errors.append(f"{tag}: {len(flips)} flips")
                right = FEM if gender == "f" else MASC
                wrong = MASC if gender == "f" else FEM
                for f in flips:
                    w, o = f["text"], f["original"]
                    if w.lower() not in wrong:
                        errors.append(f"{tag}: written {w!r} not wrong-gender")
                    if o.lower() not in right:
                        errors.append(f"{tag}: original {o!r} not right-gender")
                    if w[0].isupper() != o[0].isupper():
                        errors.append(f"{tag}: capitalisation mismatch {w}/{o}")
                    s, e = f["start"], f["end"]
                    if (s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()):
                        errors.append(f"{tag}: flip not on word boundary at {s}")
                rec.update(person=person, gender=gender)
            rec["flips"] = flips
            records.append(rec)

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rng = random.Random(2323)
    rng.shuffle(records)
    out_path = os.path.join(HERE, "set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            row = {"id": f"p23-{i:03d}", "title": r["title"], "text": r["text"],
                   "clean": r["clean"]}
            if not r["clean"]:
                row["person"] = r["person"]
                row["gender"] = r["gender"]
            row["flips"] = r["flips"]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    nf = sum(1 for r in records if not r["clean"])
    nc = sum(1 for r in records if r["clean"])
    nflips = sum(len(r["flips"]) for r in records)
    ng = {g: sum(1 for r in records if r.get("gender") == g) for g in "fm"}
    print(f"OK: wrote {len(records)} articles to {out_path}: "
          f"{nf} flipped ({ng['f']} f, {ng['m']} m), {nc} clean, {nflips} flips total")


if __name__ == "__main__":
    main()
