"""Render marked-up articles into /work/blind14/set.jsonl.

Markers: ⟦kind:text⟧ marks a damaged span; ⟦dup:N⟧ at the start of a
paragraph repeats the N preceding (rendered) paragraphs verbatim there.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from articles_damaged_a import ARTICLES as DAMAGED_A  # noqa: E402
from articles_damaged_b import ARTICLES as DAMAGED_B  # noqa: E402
from articles_clean_a import ARTICLES as CLEAN_A  # noqa: E402
from articles_clean_b import ARTICLES as CLEAN_B  # noqa: E402

MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)
KINDS = {
    "glued", "stray", "break", "fragment", "attribution", "placeholder",
    "furniture", "embed", "foreign", "disclaimer", "broken_paragraph",
    "duplicated_block",
}
MINIMUMS = {
    "glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
    "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "duplicated_block": 8,
}


def render(raw):
    raw = raw.strip("\n")
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup marker must open a paragraph"
            paras = out[:-2].split("\n\n")
            assert n < len(paras), "dup would copy the title"
            copy = "\n\n".join(paras[-n:])
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy})
        else:
            assert kind in KINDS, kind
            assert body, "empty span"
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    records = []
    for group, clean in ((DAMAGED_A + DAMAGED_B, False),
                         (CLEAN_A + CLEAN_B, True)):
        for source, raw in group:
            text, spans = render(raw)
            title = text.split("\n", 1)[0].strip()
            records.append({"source": source, "title": title, "text": text,
                            "clean": clean, "spans": spans})

    damaged = [r for r in records if not r["clean"]]
    clean = [r for r in records if r["clean"]]
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)
    assert len({r["source"] for r in records}) >= 8

    problems = []
    counts = Counter()
    for r in records:
        t = r["text"]
        wc = len(t.split())
        if not 250 <= wc <= 500:
            problems.append(f"{r['title'][:50]!r}: {wc} words")
        if "⟦" in t or "⟧" in t:
            problems.append(f"{r['title'][:50]!r}: marker left")
        if not t.split("\n", 1)[1].startswith("\n"):
            problems.append(f"{r['title'][:50]!r}: no blank line after title")
        for s in r["spans"]:
            assert t[s["start"]:s["end"]] == s["text"]
            assert s["start"] > len(r["title"]), "span in title"
            counts[s["kind"]] += 1
        if r["clean"]:
            if r["spans"]:
                problems.append(f"{r['title'][:50]!r}: clean has spans")
        elif not 2 <= len(r["spans"]) <= 6:
            problems.append(f"{r['title'][:50]!r}: {len(r['spans'])} spans")
    for kind, need in MINIMUMS.items():
        if counts[kind] < need:
            problems.append(f"kind {kind}: {counts[kind]} < {need}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)

    random.Random(14).shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": f"v14-{i:03d}", "source": r["source"],
                   "title": r["title"], "text": r["text"],
                   "clean": r["clean"], "spans": r["spans"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path)
    for kind in sorted(counts):
        print(kind, counts[kind])
    print("articles", len(records), "damaged", len(damaged),
          "clean", len(clean))


if __name__ == "__main__":
    main()
