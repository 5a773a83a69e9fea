#!/usr/bin/env python3
"""Build blind evaluation set v10 (60 whole news articles) -> v10.jsonl next to this script."""
import json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_damaged_a import ARTICLES as DA
from articles_damaged_b import ARTICLES as DB
from articles_clean_a import ARTICLES as CA
from articles_clean_b import ARTICLES as CB

KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder", "furniture",
         "embed", "foreign", "disclaimer", "broken_paragraph", "dup"}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)


def render(raw):
    raw = raw.strip("\n")
    out, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup must start a paragraph"
            paras = out[:-2].split("\n\n")
            block = "\n\n".join(paras[-n:])
            start = len(out)
            for s in spans:
                assert s["end"] <= start - len(block) - 2, "copied paragraphs hold a span"
            out += block
            spans.append({"kind": "duplicated_block", "start": start, "end": len(out), "text": block})
            out += "\n\n"
        else:
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out), "text": body})
        pos = m.end()
    out += raw[pos:]
    assert "⟦" not in out and "⟧" not in out
    return out, spans


def main():
    recs = []
    for clean, group in ((False, DA + DB), (True, CA + CB)):
        for source, raw in group:
            text, spans = render(raw)
            recs.append({"source": source, "title": text.split("\n", 1)[0], "text": text,
                         "clean": clean, "spans": spans})
    random.Random(10010).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = "v10-%03d" % i
    recs = [{k: r[k] for k in ("id", "source", "title", "text", "clean", "spans")} for r in recs]

    damaged = [r for r in recs if not r["clean"]]
    clean = [r for r in recs if r["clean"]]
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)
    counts = Counter()
    for r in recs:
        wc = len(r["text"].split())
        assert 250 <= wc <= 500, (r["title"], wc)
        assert "⟦" not in r["text"] and "⟧" not in r["text"]
        assert "\n\n" in r["text"]
        if r["clean"]:
            assert not r["spans"], r["title"]
        else:
            assert 2 <= len(r["spans"]) <= 6, (r["title"], len(r["spans"]))
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["text"]
            counts[s["kind"]] += 1
    for k in ("glued", "stray", "fragment", "placeholder", "break"):
        assert counts[k] >= 10, (k, counts[k])
    for k in ("attribution", "furniture", "embed", "foreign", "disclaimer",
              "broken_paragraph", "duplicated_block"):
        assert counts[k] >= 8, (k, counts[k])
    assert len({r["source"] for r in recs}) >= 8
    with open(os.path.join(HERE, "v10.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k in sorted(counts):
        print(f"{k:18s} {counts[k]}")
    print("total spans", sum(counts.values()), "| outlets", len({r["source"] for r in recs}),
          "| damaged", len(damaged), "| clean", len(clean))


if __name__ == "__main__":
    main()
