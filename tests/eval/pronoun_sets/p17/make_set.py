import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
PRON = {
    "m": {"he", "him", "his", "himself"},
    "f": {"she", "her", "hers", "herself"},
}
OTHER = {"m": "f", "f": "m"}


def render(title, raw):
    body_raw = raw.strip()
    head = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(head)
    for m in MARK.finditer(body_raw):
        chunk = body_raw[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written),
                      "text": written, "original": original})
        out.append(written)
        cur += len(written)
        pos = m.end()
    out.append(body_raw[pos:])
    body = "".join(out)
    return head + body, body, flips


def main():
    errors = []
    records = []
    titles = set()
    flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
    clean = clean_a.ARTICLES + clean_b.ARTICLES
    if len(flipped) != 24:
        errors.append(f"flipped count {len(flipped)} != 24")
    if len(clean) != 26:
        errors.append(f"clean count {len(clean)} != 26")

    for is_clean, arts in ((False, flipped), (True, clean)):
        for a in arts:
            title = a["title"].strip()
            tag = title[:50]
            if title in titles:
                errors.append(f"duplicate title: {title}")
            titles.add(title)
            text, body, flips = render(title, a["text"])
            if "⟦" in text or "⟧" in text or "flip:" in text:
                errors.append(f"marker left: {tag}")
            if title in body:
                errors.append(f"title inside body: {tag}")
            n = len(body.split())
            if not 250 <= n <= 450:
                errors.append(f"word count {n}: {tag}")
            for f in flips:
                if text[f["start"]:f["end"]] != f["text"]:
                    errors.append(f"offset mismatch: {tag}")
                # must be whole word
                before = text[f["start"] - 1] if f["start"] > 0 else " "
                after = text[f["end"]] if f["end"] < len(text) else " "
                if before.isalpha() or after.isalpha():
                    errors.append(f"flip not a whole word: {tag} {f}")
                if f["text"][0].isupper() != f["original"][0].isupper():
                    errors.append(f"capitalisation mismatch: {tag} {f}")
            rec = {"id": None, "title": title, "text": text, "clean": is_clean}
            if is_clean:
                if flips or set(a) - {"title", "text"}:
                    errors.append(f"clean article has flip/extra keys: {tag}")
                rec["flips"] = []
            else:
                person, g = a["person"], a["gender"]
                if g not in PRON:
                    errors.append(f"bad gender: {tag}")
                    continue
                if not 1 <= len(flips) <= 5:
                    errors.append(f"{len(flips)} flips: {tag}")
                for f in flips:
                    if f["text"].lower() not in PRON[OTHER[g]]:
                        errors.append(f"flip not wrong gender: {tag} {f}")
                    if f["original"].lower() not in PRON[g]:
                        errors.append(f"original not right gender: {tag} {f}")
                surname = person.split()[-1]
                if surname not in body:
                    errors.append(f"surname missing: {tag}")
                rec.update(person=person, gender=g, flips=flips)
            records.append(rec)

    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    random.Random(1717).shuffle(records)
    out_path = os.path.join(HERE, "set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            r["id"] = f"p17-{i:03d}"
            ordered = {"id": r["id"], "title": r["title"], "text": r["text"],
                       "clean": r["clean"]}
            if not r["clean"]:
                ordered["person"] = r["person"]
                ordered["gender"] = r["gender"]
            ordered["flips"] = r["flips"]
            fh.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in records)
    nf = sum(1 for r in records if not r["clean"] and r["gender"] == "f")
    print(f"OK: {len(records)} articles, {len(flipped)} flipped "
          f"({nf} f / {len(flipped) - nf} m), {len(clean)} clean, "
          f"{nflips} flips -> {out_path}")


if __name__ == "__main__":
    main()
