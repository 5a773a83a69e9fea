import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

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
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(body)
            assert n in (1, 2), body
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            assert raw[m.end():m.end() + 2] in ("\n\n", ""), "dup marker must be alone"
            paras = out[:-2].split("\n\n")
            # the copied paragraphs must not contain other spans and must not be the title
            assert len(paras) - n >= 1, "cannot duplicate the title"
            copy_start = len(out[:-2]) - len("\n\n".join(paras[-n:]))
            for sp in spans:
                assert sp["end"] <= copy_start, "dup would copy a labelled span"
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
    assert "⟦" not in out and "⟧" not in out, "leftover marker"
    return out, spans


def check_shape(text, where):
    lines = text.split("\n")
    assert lines[0].strip() and lines[0] == lines[0].strip(), where + ": title"
    assert len(lines) > 2 and lines[1] == "", where + ": blank after title"
    assert lines[2].strip(), where + ": body after blank"
    n = len(text.split())
    assert 250 <= n <= 500, "%s: %d words" % (where, n)
    assert text == text.strip(), where + ": surrounding whitespace"
    return n


def main():
    import articles_damaged_a, articles_damaged_b, articles_clean_a, articles_clean_b
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)

    records = []
    kinds = Counter()
    outlets = set()
    seen_texts = Counter()
    words = []
    for i, (outlet, raw) in enumerate(damaged):
        where = "damaged #%d (%s)" % (i + 1, raw.split("\n")[0][:50])
        text, spans = render(raw)
        words.append(check_shape(text, where))
        assert 2 <= len(spans) <= 6, "%s: %d spans" % (where, len(spans))
        last_end = -1
        for sp in spans:
            assert text[sp["start"]:sp["end"]] == sp["text"], where
            assert sp["start"] >= last_end, where + ": overlap"
            assert sp["start"] > len(text.split("\n")[0]), where + ": span in title"
            last_end = sp["end"]
            k = "dup" if sp["kind"] == "duplicated_block" else sp["kind"]
            kinds[k] += 1
            if k != "dup":
                seen_texts[sp["text"]] += 1
        outlets.add(outlet)
        records.append({"source": outlet, "title": text.split("\n")[0],
                        "text": text, "clean": False, "spans": spans})
    for i, (outlet, raw) in enumerate(clean):
        where = "clean #%d (%s)" % (i + 1, raw.split("\n")[0][:50])
        assert "⟦" not in raw and "⟧" not in raw, where + ": has marker"
        words.append(check_shape(raw, where))
        outlets.add(outlet)
        records.append({"source": outlet, "title": raw.split("\n")[0],
                        "text": raw, "clean": True, "spans": []})

    dups = [t for t, c in seen_texts.items() if c > 1]
    assert not dups, "repeated damage strings: %r" % dups
    for k, mn in KINDS.items():
        assert kinds[k] >= mn, "kind %s: %d < %d" % (k, kinds[k], mn)
    assert len(outlets) >= 8, outlets
    titles = [r["title"] for r in records]
    assert len(set(titles)) == len(titles), "duplicate titles"

    random.Random(2323).shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(records, 1):
            obj = {"id": "v23-%03d" % n, "source": r["source"], "title": r["title"],
                   "text": r["text"], "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    print("articles: %d (damaged %d, clean %d), outlets: %d" % (
        len(records), len(damaged), len(clean), len(outlets)))
    print("words: min %d max %d mean %.0f" % (min(words), max(words), sum(words) / len(words)))
    print("spans total: %d" % sum(kinds.values()))
    for k in KINDS:
        print("  %-17s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
