"""Render the blind p12 set: markers -> plain text plus flip offsets."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import flipped_a, flipped_b, clean_a, clean_b

MARK = re.compile(r"⟦flip:([^|⟦⟧]+)\|([^⟦⟧]+)⟧")
PRON = {
    "f": {"she", "her", "hers", "herself"},
    "m": {"he", "him", "his", "himself"},
}
OTHER = {"f": "m", "m": "f"}


def render(title, body):
    body = body.strip("\n")
    head = title + "\n\n"
    out, flips, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        written, original = m.group(1), m.group(2)
        start = len(head) + sum(len(x) for x in out)
        out.append(written)
        flips.append({"start": start, "end": start + len(written),
                      "text": written, "original": original})
        pos = m.end()
    out.append(body[pos:])
    text = head + "".join(out)
    return text, flips


def main():
    records = []
    for a in flipped_a.ARTICLES + flipped_b.ARTICLES:
        text, flips = render(a["title"], a["text"])
        g = a["gender"]
        assert g in ("f", "m"), a["title"]
        assert 1 <= len(flips) <= 5, (a["title"], len(flips))
        for f in flips:
            assert text[f["start"]:f["end"]] == f["text"]
            assert f["text"].lower() in PRON[OTHER[g]], (a["title"], f)
            assert f["original"].lower() in PRON[g], (a["title"], f)
            # capitalisation must agree between written and original
            assert f["text"][0].isupper() == f["original"][0].isupper(), f
            # flip must be a whole word
            s, e = f["start"], f["end"]
            assert not text[s - 1].isalpha() and not text[e].isalpha(), (a["title"], f)
        surname = a["person"].split()[-1]
        assert surname in text, (a["title"], surname)
        records.append({"title": a["title"], "text": text, "clean": False,
                        "person": a["person"], "gender": g, "flips": flips})
    for a in clean_a.ARTICLES + clean_b.ARTICLES:
        assert "⟦" not in a["text"] and "flip:" not in a["text"], a["title"]
        text, flips = render(a["title"], a["text"])
        assert not flips
        records.append({"title": a["title"], "text": text, "clean": True, "flips": []})

    n_flipped = sum(not r["clean"] for r in records)
    n_clean = sum(r["clean"] for r in records)
    assert n_flipped == 24, n_flipped
    assert n_clean == 26, n_clean
    titles = [r["title"] for r in records]
    assert len(set(titles)) == len(titles), "duplicate titles"
    for r in records:
        t = r["text"]
        wc = len(t.split())
        assert 250 <= wc <= 450, (r["title"], wc)
        for ch in "⟦⟧":
            assert ch not in t, r["title"]
        assert "flip:" not in t
        assert "..." not in t, r["title"]
        body = t.split("\n\n", 1)[1]
        assert "\n\n" in body, ("need several paragraphs", r["title"])

    random.Random(12012).shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": "p12-%03d" % i, "title": r["title"], "text": r["text"],
                   "clean": r["clean"]}
            if not r["clean"]:
                rec["person"] = r["person"]
                rec["gender"] = r["gender"]
            rec["flips"] = r["flips"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in records)
    print(path, len(records), "articles", n_flipped, "flipped", n_clean, "clean", nflips, "flips")


if __name__ == "__main__":
    main()
