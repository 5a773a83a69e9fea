import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from articles_damaged_a import ARTICLES as DA
from articles_damaged_b import ARTICLES as DB
from articles_clean_a import ARTICLES as CA
from articles_clean_b import ARTICLES as CB

MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)
KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder",
         "furniture", "embed", "foreign", "disclaimer", "broken_paragraph",
         "duplicated_block"}
MINIMUMS = {"glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
            "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8,
            "disclaimer": 8, "broken_paragraph": 8, "duplicated_block": 8}


def render(raw):
    raw = raw.strip("\n ")
    text = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind == "dup":
            n = int(body)
            assert n in (1, 2), body
            assert text.endswith("\n\n"), "dup marker must start a paragraph"
            paras = text[:-2].split("\n\n")
            assert len(paras) > n
            copy = "\n\n".join(paras[-n:])
            src_start = len(text) - 2 - len(copy)
            for s in spans:
                assert s["end"] <= src_start, "dup would copy a labelled span"
            start = len(text)
            text += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(text), "text": copy})
        else:
            assert kind in KINDS, kind
            start = len(text)
            text += body
            spans.append({"kind": kind, "start": start, "end": len(text),
                          "text": body})
        pos = m.end()
    text += raw[pos:]
    return text, spans


def main():
    records = []
    problems = []
    for group, clean in ((DA, False), (DB, False), (CA, True), (CB, True)):
        for outlet, raw in group:
            text, spans = render(raw)
            title = text.split("\n", 1)[0].strip()
            lines = text.split("\n")
            assert lines[1] == "", "blank line after title: " + title
            n_words = len(text.split())
            if not (250 <= n_words <= 500):
                problems.append("%s words: %s" % (n_words, title))
            if clean:
                assert not spans, title
            elif not (2 <= len(spans) <= 6):
                problems.append("%d spans: %s" % (len(spans), title))
            for ch in "⟦⟧":
                assert ch not in text, title
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"], (title, s)
                assert s["text"], (title, s)
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": clean, "spans": spans})
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    assert sum(1 for r in records if not r["clean"]) == 35
    assert sum(1 for r in records if r["clean"]) == 25
    assert len({r["source"] for r in records}) >= 8
    counts = Counter(s["kind"] for r in records for s in r["spans"])
    for k, v in MINIMUMS.items():
        assert counts[k] >= v, (k, counts[k], v)
    rng = random.Random(16)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "v16-%03d" % i, "source": r["source"], "title": r["title"],
                    "text": r["text"], "clean": r["clean"], "spans": r["spans"]})
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("articles:", len(out))
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
