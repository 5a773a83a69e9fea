#!/usr/bin/env python3
"""Build p5.jsonl: 24 flipped + 26 clean whole news articles for pronoun-flip evaluation."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import flipped_a, flipped_b, clean_a, clean_b  # noqa: E402

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MASC = {"he", "him", "his", "himself"}
FEM = {"she", "her", "hers", "herself"}


def render(title, body):
    body = body.strip()
    paras = [p.strip() for p in body.split("\n\n")]
    assert all(paras), title
    raw = title + "\n\n" + "\n\n".join(paras)
    out, flips, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        seg = raw[pos:m.start()]
        out.append(seg); length += len(seg)
        written, original = m.group(1), m.group(2)
        flips.append({"start": length, "end": length + len(written), "text": written, "original": original})
        out.append(written); length += len(written)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), flips


def main():
    recs = []
    for a in flipped_a.ARTICLES + flipped_b.ARTICLES:
        text, flips = render(a["title"], a["text"])
        recs.append({"title": a["title"], "text": text, "clean": False,
                     "person": a["person"], "gender": a["gender"], "flips": flips})
    for a in clean_a.ARTICLES + clean_b.ARTICLES:
        text, flips = render(a["title"], a["text"])
        assert not flips, a["title"]
        recs.append({"title": a["title"], "text": text, "clean": True, "flips": []})

    # checks
    assert sum(not r["clean"] for r in recs) == 24
    assert sum(r["clean"] for r in recs) == 26
    assert len({r["title"] for r in recs}) == 50
    for r in recs:
        t = r["text"]
        assert "⟦" not in t and "⟧" not in t and "flip:" not in t, r["title"]
        assert t.split("\n", 1)[0] == r["title"] and t.split("\n")[1] == "", r["title"]
        assert "\n\n\n" not in t
        wc = len(t.split())
        assert 250 <= wc <= 450, (r["title"], wc)
        if r["clean"]:
            assert r["flips"] == [] and "person" not in r
            continue
        assert 1 <= len(r["flips"]) <= 5, r["title"]
        assert r["gender"] in ("f", "m")
        assert r["person"].split()[-1] in t, r["title"]
        wrong = MASC if r["gender"] == "f" else FEM
        right = FEM if r["gender"] == "f" else MASC
        for f in r["flips"]:
            s, e = f["start"], f["end"]
            assert t[s:e] == f["text"], (r["title"], f)
            assert f["text"].lower() in wrong and f["original"].lower() in right, (r["title"], f)
            assert f["text"][0].isupper() == f["original"][0].isupper(), (r["title"], f)
            assert s == 0 or not t[s - 1].isalnum(), (r["title"], f)
            assert e == len(t) or not t[e].isalnum(), (r["title"], f)

    random.Random(55005).shuffle(recs)
    out = os.path.join(HERE, "p5.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            rec = {"id": "p5-%03d" % i}
            rec.update(r)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in recs)
    print("wrote %s: %d records, %d flipped, %d clean, %d flips" % (
        out, len(recs), sum(not r["clean"] for r in recs), sum(r["clean"] for r in recs), nflips))


if __name__ == "__main__":
    main()
