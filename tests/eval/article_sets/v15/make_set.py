"""Render marked-up articles into /work/blind15/set.jsonl.

Markers: ⟦kind:text⟧ labels `text` as damage of `kind`;
⟦dup:N⟧ at the start of a paragraph repeats the N preceding paragraphs
verbatim (the copy is labelled "duplicated_block").
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

MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
KINDS = {
    "glued", "stray", "break", "fragment", "attribution", "placeholder",
    "furniture", "embed", "foreign", "disclaimer", "broken_paragraph", "dup",
}
MINIMA = {
    "glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
    "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "duplicated_block": 8,
}
SEED = 1515
OUT = os.path.join(HERE, "set.jsonl")


def render(raw):
    raw = raw.strip()
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, f"unknown kind {kind!r}"
        if kind == "dup":
            n = int(body)
            assert n in (1, 2), n
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            paras = out[:-2].split("\n\n")
            assert len(paras) - n >= 1, "dup would copy the title"
            copy = "\n\n".join(paras[-n:])
            src_start = len(out) - 2 - len(copy)
            src_end = len(out) - 2
            for s in spans:
                assert s["end"] <= src_start or s["start"] >= src_end, \
                    ("dup source contains a labelled span", raw[:60])
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
    records = []
    for group, clean in ((DAMAGED_A + DAMAGED_B, False),
                         (CLEAN_A + CLEAN_B, True)):
        for outlet, raw in group:
            text, spans = render(raw)
            title = text.split("\n", 1)[0].strip()
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": clean, "spans": spans})

    rng = random.Random(SEED)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"v15-{i:03d}"

    # ---- assertions -------------------------------------------------------
    n_damaged = sum(not r["clean"] for r in records)
    n_clean = sum(r["clean"] for r in records)
    assert n_damaged == 35, n_damaged
    assert n_clean == 25, n_clean
    assert len({r["title"] for r in records}) == 60, "duplicate titles"
    assert len({r["source"] for r in records}) >= 8, "need 8+ outlets"

    counts = Counter()
    problems = []
    for r in records:
        text = r["text"]
        words = len(text.split())
        body_words = len(text.split("\n", 1)[1].split())
        if not (250 <= body_words and words <= 500):
            problems.append(f"{r['title'][:50]!r}: {body_words}/{words} words")
        assert "⟦" not in text and "⟧" not in text, r["title"]
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", r["title"]
        if r["clean"]:
            assert not r["spans"], r["title"]
        else:
            if not (2 <= len(r["spans"]) <= 6):
                problems.append(f"{r['title'][:50]!r}: {len(r['spans'])} spans")
        last_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert text[s["start"]:s["end"]] == s["text"], (r["title"], s)
            assert s["start"] >= last_end, ("overlap", r["title"], s)
            last_end = s["end"]
            counts[s["kind"]] += 1
    for kind, need in MINIMA.items():
        if counts[kind] < need:
            problems.append(f"kind {kind}: {counts[kind]} < {need}")
    if problems:
        print("\n".join(problems))
        raise SystemExit("assertions failed")

    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            rec = {"id": r["id"], "source": r["source"], "title": r["title"],
                   "text": r["text"], "clean": r["clean"],
                   "spans": [{"kind": s["kind"], "start": s["start"],
                              "end": s["end"], "text": s["text"]}
                             for s in r["spans"]]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    print(f"wrote {len(records)} records to {OUT}")
    print(f"damaged={n_damaged} clean={n_clean} spans={sum(counts.values())}")
    for kind in sorted(counts):
        print(f"  {kind}: {counts[kind]}")


if __name__ == "__main__":
    main()
