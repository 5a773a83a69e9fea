import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

FEM = {"she", "her", "hers", "herself"}
MASC = {"he", "him", "his", "himself"}
MARK = re.compile(r"⟦flip:([A-Za-z]+)\|([A-Za-z]+)⟧")

errors = []


def err(msg):
    errors.append(msg)


def render(title, body):
    """Return (full_text, flips) with markers replaced by the written pronoun."""
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


def build(art, flipped):
    title = art["title"].strip()
    body = art["text"].strip()
    if "\n\n" in title or not title:
        err(f"bad title: {title!r}")
    text, flips = render(title, body)
    plain_body = MARK.sub(lambda m: m.group(1), body)
    n = len(plain_body.split())
    if not 250 <= n <= 450:
        err(f"{title!r}: body has {n} words")
    if "⟦" in text or "⟧" in text or "flip:" in text:
        err(f"{title!r}: marker left in text")
    if body.startswith(title):
        err(f"{title!r}: title inside body")
    rec = {"title": title, "text": text, "clean": not flipped}
    if flipped:
        person = art["person"]
        gender = art["gender"]
        if gender not in ("f", "m"):
            err(f"{title!r}: bad gender {gender!r}")
        right, wrong = (FEM, MASC) if gender == "f" else (MASC, FEM)
        if not 1 <= len(flips) <= 5:
            err(f"{title!r}: {len(flips)} flips")
        for f in flips:
            w, o = f["text"], f["original"]
            if w.lower() not in wrong:
                err(f"{title!r}: written {w!r} not wrong-gender for {gender}")
            if o.lower() not in right:
                err(f"{title!r}: original {o!r} not right-gender for {gender}")
            if text[f["start"]:f["end"]] != w:
                err(f"{title!r}: offset mismatch for {w!r}")
            if w[0].isupper() != o[0].isupper():
                err(f"{title!r}: capitalisation mismatch {w!r}/{o!r}")
            # written pronoun must stand as a whole word
            s, e = f["start"], f["end"]
            if (s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()):
                err(f"{title!r}: flip {w!r} not a whole word")
        surname = person.split()[-1]
        if surname not in text:
            err(f"{title!r}: surname {surname!r} missing")
        rec["person"] = person
        rec["gender"] = gender
    else:
        if flips or "person" in art or "gender" in art:
            err(f"{title!r}: clean article has flip/person")
    rec["flips"] = flips
    return rec


def main():
    flipped_arts = flipped_a.ARTICLES + flipped_b.ARTICLES
    clean_arts = clean_a.ARTICLES + clean_b.ARTICLES
    if len(flipped_arts) != 24:
        err(f"{len(flipped_arts)} flipped articles, expected 24")
    if len(clean_arts) != 26:
        err(f"{len(clean_arts)} clean articles, expected 26")
    recs = [build(a, True) for a in flipped_arts] + [build(a, False) for a in clean_arts]
    titles = [r["title"] for r in recs]
    if len(set(titles)) != len(titles):
        err("duplicate titles")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    random.Random(2121).shuffle(recs)
    out_path = os.path.join(HERE, "set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            row = {"id": f"p21-{i:03d}", "title": r["title"], "text": r["text"],
                   "clean": r["clean"]}
            if not r["clean"]:
                row["person"] = r["person"]
                row["gender"] = r["gender"]
            row["flips"] = r["flips"]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    nf = sum(1 for r in recs if not r["clean"])
    nc = sum(1 for r in recs if r["clean"])
    nflips = sum(len(r["flips"]) for r in recs)
    gf = sum(1 for r in recs if not r["clean"] and r["gender"] == "f")
    print(f"OK: wrote {len(recs)} articles to {out_path}: {nf} flipped "
          f"({gf} f, {nf - gf} m), {nc} clean, {nflips} flips")


if __name__ == "__main__":
    main()
