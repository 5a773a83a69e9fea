"""Render marked-up articles into /work/blind17/set.jsonl.

Markers: ⟦kind:text⟧ for an inline damage span; ⟦dup:N⟧ as its own
paragraph repeats the N preceding paragraphs verbatim (kind duplicated_block).
"""
import collections
import importlib.util
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set.jsonl")

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


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def render(raw):
    raw = raw.strip("\n").strip()
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
            assert len(paras) > n + 1, "dup would copy the title"
            copy = "\n\n".join(paras[-n:])
            src_start = len(out) - 2 - len(copy)
            for s in spans:
                assert s["end"] <= src_start, "dup source paragraphs contain a span"
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy})
        else:
            assert body, "empty span"
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out), "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    records = []
    for fname, clean in (("articles_damaged_a", False), ("articles_damaged_b", False),
                         ("articles_clean_a", True), ("articles_clean_b", True)):
        for source, raw in load(fname):
            text, spans = render(raw)
            lines = text.split("\n")
            title = lines[0].strip()
            assert title and lines[1] == "", (fname, title)
            assert "⟦" not in text and "⟧" not in text, title
            words = len(text.split())
            assert 250 <= words <= 500, (fname, title, words)
            if clean:
                assert not spans, title
            else:
                assert 2 <= len(spans) <= 6, (title, len(spans))
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"], (title, s)
            records.append({"source": source, "title": title, "text": text,
                            "clean": clean, "spans": spans})

    n_damaged = sum(1 for r in records if not r["clean"])
    n_clean = sum(1 for r in records if r["clean"])
    assert n_damaged == 35, n_damaged
    assert n_clean == 25, n_clean
    assert len({r["source"] for r in records}) >= 8
    assert len({r["title"] for r in records}) == len(records), "duplicate titles"

    counts = collections.Counter(s["kind"] for r in records for s in r["spans"])
    for kind, need in MINIMUMS.items():
        assert counts[kind] >= need, (kind, counts[kind], need)

    rng = random.Random(17017)
    rng.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": "v17-%03d" % i, "source": r["source"], "title": r["title"],
                   "text": r["text"], "clean": r["clean"], "spans": r["spans"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and verify
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for s in rec["spans"]:
                assert rec["text"][s["start"]:s["end"]] == s["text"]

    print(OUT)
    for kind in sorted(counts):
        print(kind, counts[kind])
    print("articles", len(records), "damaged", n_damaged, "clean", n_clean)


if __name__ == "__main__":
    main()
