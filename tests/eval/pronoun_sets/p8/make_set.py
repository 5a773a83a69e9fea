"""Render the blind evaluation set p8 into set.jsonl."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
WRONG = {"f": MALE, "m": FEMALE}
RIGHT = {"f": FEMALE, "m": MALE}


def render(title, body):
    body = body.strip()
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


def load(name):
    return importlib.import_module(name).ARTICLES


def main(check_only=False):
    records = []
    problems = []
    for modname, clean in (("flipped_a", False), ("flipped_b", False),
                           ("clean_a", True), ("clean_b", True)):
        try:
            arts = load(modname)
        except ModuleNotFoundError:
            if check_only:
                continue
            raise
        for a in arts:
            text, flips = render(a["title"], a["text"])
            n = len(text.split())
            nb = len(a["text"].split()) - sum(0 for _ in flips)
            tag = "%s: %s" % (modname, a["title"][:50])
            if not (250 <= n <= 450):
                problems.append("%s words=%d" % (tag, n))
            if "⟦" in text or "⟧" in text or "flip:" in text:
                problems.append("%s marker left" % tag)
            if "\n\n\n" in text:
                problems.append("%s triple newline" % tag)
            rec = {"title": a["title"], "text": text, "clean": clean}
            if clean:
                if flips:
                    problems.append("%s flips on clean" % tag)
                rec["flips"] = []
            else:
                g = a["gender"]
                assert g in ("f", "m"), tag
                if not (1 <= len(flips) <= 5):
                    problems.append("%s n_flips=%d" % (tag, len(flips)))
                for f in flips:
                    if f["text"].lower() not in WRONG[g]:
                        problems.append("%s bad written %r" % (tag, f["text"]))
                    if f["original"].lower() not in RIGHT[g]:
                        problems.append("%s bad original %r" % (tag, f["original"]))
                    if f["text"][0].isupper() != f["original"][0].isupper():
                        problems.append("%s case mismatch %r" % (tag, f))
                surname = a["person"].split()[-1]
                if surname not in text:
                    problems.append("%s surname missing" % tag)
                rec["person"] = a["person"]
                rec["gender"] = g
                rec["flips"] = flips
            if check_only:
                print("%4d %s %d flips" % (n, tag, len(flips)))
            records.append(rec)
    for p in problems:
        print("PROBLEM", p)
    if check_only:
        return
    assert not problems, problems
    n_flipped = sum(1 for r in records if not r["clean"])
    n_clean = sum(1 for r in records if r["clean"])
    assert n_flipped == 24, n_flipped
    assert n_clean == 26, n_clean
    titles = [r["title"] for r in records]
    assert len(set(titles)) == len(titles), "duplicate titles"
    rng = random.Random(8008)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        rec = {"id": "p8-%03d" % i, "title": r["title"], "text": r["text"],
               "clean": r["clean"]}
        if not r["clean"]:
            rec["person"] = r["person"]
            rec["gender"] = r["gender"]
        rec["flips"] = r["flips"]
        out.append(rec)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(path, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    for rec in back:
        for f in rec["flips"]:
            assert rec["text"][f["start"]:f["end"]] == f["text"]
    print("wrote %s: %d articles (%d flipped, %d clean), %d flips" % (
        path, len(back), n_flipped, n_clean,
        sum(len(r["flips"]) for r in back)))


if __name__ == "__main__":
    main(check_only="--check" in sys.argv)
