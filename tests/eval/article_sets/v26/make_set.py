"""Render the blind26 evaluation set into set.jsonl."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import articles_damaged_a
import articles_damaged_b
import articles_clean_a
import articles_clean_b

KINDS = {
    "glued": 10, "stray": 10, "break": 10, "fragment": 10, "attribution": 8,
    "placeholder": 10, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "dup": 8,
}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)


def render(raw):
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, t = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(t)
            assert n in (1, 2), t
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            after = raw[m.end():m.end() + 2]
            assert after in ("\n\n", "") or raw[m.end():].strip() == "", "dup marker must be alone"
            paras = out[:-2].split("\n\n")
            assert len(paras) > n + 1, "not enough paragraphs before dup"
            copy = "\n\n".join(paras[-n:])
            src_start = len(out) - 2 - len(copy)
            for s in spans:
                assert s["end"] <= src_start, "dup source overlaps a span: " + raw[:60]
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy, "_k": "dup"})
        else:
            assert t and "⟦" not in t, (kind, t)
            start = len(out)
            out += t
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": t, "_k": kind})
        pos = m.end()
    out += raw[pos:]
    assert "⟦" not in out and "⟧" not in out
    return out, spans


def check_shape(text, where):
    lines = text.split("\n")
    assert lines[0].strip() and lines[0] == lines[0].strip(), where
    assert len(lines) > 2 and lines[1] == "" and lines[2].strip(), where
    assert "\n\n\n" not in text, where
    n = len(text.split())
    assert 250 <= n <= 500, (where, n)
    return n


def main():
    items = []
    kinds = Counter()
    outlets = set()
    seen_texts = {}
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)
    problems = []
    for i, (outlet, raw) in enumerate(damaged):
        where = "damaged #%d %s" % (i + 1, raw.strip().split("\n")[0][:50])
        text, spans = render(raw.strip())
        try:
            n = check_shape(text, where)
        except AssertionError as e:
            problems.append(str(e))
            continue
        if not 2 <= len(spans) <= 6:
            problems.append("%s: %d spans" % (where, len(spans)))
        last = -1
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"], where
            assert s["start"] >= last, where + " overlap"
            last = s["end"]
            kinds[s["_k"]] += 1
            if s["_k"] != "dup":
                key = s["text"]
                if key in seen_texts:
                    problems.append("%s: repeated damage string %r (also %s)" % (where, key, seen_texts[key]))
                seen_texts[key] = where
        outlets.add(outlet)
        items.append({"source": outlet, "title": text.split("\n")[0], "text": text,
                      "clean": False,
                      "spans": [{k: v for k, v in s.items() if k != "_k"} for s in spans]})
    for i, (outlet, raw) in enumerate(clean):
        where = "clean #%d %s" % (i + 1, raw.strip().split("\n")[0][:50])
        if "⟦" in raw or "⟧" in raw:
            problems.append(where + ": has markers")
            continue
        text = raw.strip()
        try:
            check_shape(text, where)
        except AssertionError as e:
            problems.append(str(e))
            continue
        outlets.add(outlet)
        items.append({"source": outlet, "title": text.split("\n")[0], "text": text,
                      "clean": True, "spans": []})
    for k, need in KINDS.items():
        if kinds[k] < need:
            problems.append("kind %s: %d < %d" % (k, kinds[k], need))
    if len(outlets) < 8:
        problems.append("only %d outlets" % len(outlets))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    rng = random.Random(2626)
    rng.shuffle(items)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for j, it in enumerate(items, 1):
            rec = {"id": "v26-%03d" % j}
            rec.update(it)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("OK: %d articles (%d damaged, %d clean), %d outlets" % (
        len(items), len(damaged), len(clean), len(outlets)))
    for k in KINDS:
        print("  %-17s %d" % (k, kinds[k]))
    print("  total spans      ", sum(kinds.values()))


if __name__ == "__main__":
    main()
