"""Render marked-up articles into /work/blind20/set.jsonl.

Markers: ⟦kind:text⟧ labels `text` as damage of `kind`.
⟦dup:N⟧ (alone as a paragraph) is replaced by a verbatim copy of the N
preceding paragraphs; the copy is labelled "duplicated_block".
"""
import json
import os
import random
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
import sys
sys.path.insert(0, HERE)

import articles_damaged_a
import articles_damaged_b
import articles_clean_a
import articles_clean_b

MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)
KINDS = {
    "glued", "stray", "break", "fragment", "attribution", "placeholder",
    "furniture", "embed", "foreign", "disclaimer", "broken_paragraph", "dup",
}
MINIMUMS = {
    "glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
    "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "duplicated_block": 8,
}


def render(raw):
    raw = raw.strip()
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(body)
            assert n in (1, 2), n
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            paras = out[:-2].split("\n\n")
            assert len(paras) > n, "not enough paragraphs to duplicate"
            copy = "\n\n".join(paras[-n:])
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy})
        else:
            assert body, "empty span"
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)

    records = []
    counts = Counter()
    for source, raw in damaged + clean:
        is_clean = (source, raw) in clean and "⟦" not in raw
        text, spans = render(raw)
        if (source, raw) in clean:
            assert not spans, "clean article has spans"
            assert "⟦" not in raw
        else:
            assert 2 <= len(spans) <= 6, (text[:60], len(spans))
        assert "⟦" not in text and "⟧" not in text, text[:60]
        words = len(text.split())
        assert 250 <= words <= 500, (text[:60], words)
        title = text.split("\n", 1)[0]
        assert title and text[len(title):len(title) + 2] == "\n\n", title
        prev_end = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            assert text[s["start"]:s["end"]] == s["text"], s
            assert s["start"] >= prev_end, ("overlap", s)
            prev_end = s["end"]
            counts[s["kind"]] += 1
        records.append({"source": source, "title": title, "text": text,
                        "clean": is_clean, "spans": spans})

    for kind, minimum in MINIMUMS.items():
        assert counts[kind] >= minimum, (kind, counts[kind], minimum)
    assert sum(1 for r in records if r["clean"]) == 25
    assert sum(1 for r in records if not r["clean"]) == 35
    assert len({r["source"] for r in records}) >= 8

    random.Random(20).shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": "v20-%03d" % i, "source": r["source"],
                   "title": r["title"], "text": r["text"],
                   "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    print(path)
    for kind in sorted(counts):
        print(kind, counts[kind])
    print("articles", len(records), "damaged", 35, "clean", 25)


if __name__ == "__main__":
    main()
