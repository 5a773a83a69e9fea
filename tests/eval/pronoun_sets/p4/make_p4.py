#!/usr/bin/env python3
"""Build p4.jsonl: 24 articles with flipped pronouns of one person, 26 clean look-alikes."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import arts_flip1, arts_flip2, arts_flip3, arts_clean1, arts_clean2

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def render(title, body):
    raw = title + "\n\n" + body
    out, flips, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        cur += m.start() - pos
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written), "text": written, "original": original})
        out.append(written)
        cur += len(written)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), flips


def main():
    records = []
    for mod in (arts_flip1, arts_flip2, arts_flip3):
        for a in mod.A:
            text, flips = render(a["title"], a["body"])
            records.append({"title": a["title"], "text": text, "clean": False,
                            "person": a["person"], "gender": a["gender"], "flips": flips})
    for mod in (arts_clean1, arts_clean2):
        for a in mod.A:
            text, flips = render(a["title"], a["body"])
            records.append({"title": a["title"], "text": text, "clean": True, "flips": flips})

    flipped = [r for r in records if not r["clean"]]
    clean = [r for r in records if r["clean"]]
    assert len(flipped) == 24, len(flipped)
    assert len(clean) == 26, len(clean)
    assert len({r["title"] for r in records}) == 50
    for r in records:
        t = r["text"]
        assert "⟦" not in t and "⟧" not in t and "flip:" not in t, r["title"]
        assert t.split("\n\n")[0] == r["title"]
        assert "\n\n\n" not in t
        n = len(t.split())
        assert 250 <= n <= 450, (r["title"], n)
        if r["clean"]:
            assert r["flips"] == [], r["title"]
            continue
        assert 1 <= len(r["flips"]) <= 5, r["title"]
        assert r["person"] in t, (r["title"], r["person"])
        assert r["gender"] in ("f", "m")
        right, wrong = (FEMALE, MALE) if r["gender"] == "f" else (MALE, FEMALE)
        for f in r["flips"]:
            s, e = f["start"], f["end"]
            assert t[s:e] == f["text"]
            w, o = f["text"], f["original"]
            assert w.lower() in wrong, (r["title"], w)
            assert o.lower() in right, (r["title"], o)
            assert w[0].isupper() == o[0].isupper(), (r["title"], w, o)
            assert s == 0 or not t[s - 1].isalnum(), (r["title"], s)
            assert e == len(t) or not t[e].isalnum(), (r["title"], e)
            assert s > len(r["title"]), "flip in title"

    random.Random(44004).shuffle(records)
    out_path = os.path.join(HERE, "p4.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": "p4-%03d" % i, "title": r["title"], "text": r["text"], "clean": r["clean"]}
            if not r["clean"]:
                rec["person"] = r["person"]
                rec["gender"] = r["gender"]
            rec["flips"] = r["flips"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in flipped)
    print("wrote %s: %d flipped, %d clean, %d flips" % (out_path, len(flipped), len(clean), nflips))


if __name__ == "__main__":
    main()
