import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")


def render(title, body):
    """Return full text and list of flips with offsets into it."""
    body = body.strip()
    prefix = title + "\n\n"
    out = [prefix]
    pos = len(prefix)
    flips = []
    last = 0
    for m in MARK.finditer(body):
        chunk = body[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": pos, "end": pos + len(written),
                      "text": written, "original": original})
        out.append(written)
        pos += len(written)
        last = m.end()
    out.append(body[last:])
    text = "".join(out)
    return text, body, flips


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
    for is_clean, arts in ((False, flipped), (True, clean)):
        for a in arts:
            title = a["title"].strip()
            if title in titles:
                errors.append(f"duplicate title: {title}")
            titles.add(title)
            text, body, flips = render(title, a["text"])
            body_plain = MARK.sub(lambda m: m.group(1), body)
            n = len(body_plain.split())
            if not 250 <= n <= 450:
                errors.append(f"{title!r}: {n} words")
            if "⟦" in text or "⟧" in text or "flip:" in text:
                errors.append(f"{title!r}: marker left")
            if "\n\n" not in body_plain:
                errors.append(f"{title!r}: no paragraph breaks")
            for f in flips:
                if text[f["start"]:f["end"]] != f["text"]:
                    errors.append(f"{title!r}: bad offsets {f}")
            rec = {"title": title, "text": text, "clean": is_clean}
            if is_clean:
                if flips:
                    errors.append(f"{title!r}: clean article has flips")
                if set(a) - {"title", "text"}:
                    errors.append(f"{title!r}: clean article has extra keys")
                rec["flips"] = []
            else:
                person, gender = a["person"], a["gender"]
                if gender not in ("f", "m"):
                    errors.append(f"{title!r}: bad gender {gender}")
                right, wrong = (FEMALE, MALE) if gender == "f" else (MALE, FEMALE)
                if not 1 <= len(flips) <= 5:
                    errors.append(f"{title!r}: {len(flips)} flips")
                for f in flips:
                    if f["text"].lower() not in wrong:
                        errors.append(f"{title!r}: written {f['text']} not wrong gender")
                    if f["original"].lower() not in right:
                        errors.append(f"{title!r}: original {f['original']} not right gender")
                    if f["text"][0].isupper() != f["original"][0].isupper():
                        errors.append(f"{title!r}: capitalisation mismatch {f}")
                surname = person.split()[-1]
                if not re.search(r"\b" + re.escape(surname) + r"\b", text):
                    errors.append(f"{title!r}: surname {surname} not in text")
                rec.update(person=person, gender=gender, flips=flips)
            records.append((rec, n))

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    recs = [r for r, _ in records]
    random.Random(1919).shuffle(recs)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            out = {"id": f"p19-{i:03d}", "title": r["title"], "text": r["text"],
                   "clean": r["clean"]}
            if not r["clean"]:
                out["person"] = r["person"]
                out["gender"] = r["gender"]
            out["flips"] = r["flips"]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

    words = [n for _, n in records]
    nflips = sum(len(r["flips"]) for r in recs)
    nf = sum(1 for r in recs if not r["clean"])
    print(f"OK: {len(recs)} articles ({nf} flipped, {len(recs) - nf} clean), "
          f"{nflips} flips, words {min(words)}-{max(words)}, "
          f"gender f={sum(1 for r in recs if r.get('gender') == 'f')} "
          f"m={sum(1 for r in recs if r.get('gender') == 'm')}")


if __name__ == "__main__":
    main()
