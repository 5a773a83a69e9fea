import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import articles_damaged_a
import articles_damaged_b
import articles_clean_a
import articles_clean_b

KINDS = {
    "glued": 10, "stray": 10, "break": 10, "fragment": 10, "attribution": 8,
    "placeholder": 10, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "dup": 8,
}
MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)


def render(raw):
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError("unknown kind %r" % kind)
        if kind == "dup":
            n = int(body)
            if n not in (1, 2):
                raise ValueError("dup N must be 1 or 2")
            if not out.endswith("\n\n"):
                raise ValueError("dup marker not at paragraph start")
            after = raw[m.end():m.end() + 2]
            if not (after in ("\n\n", "\n") or after == ""):
                raise ValueError("dup marker not alone as paragraph")
            paras = out.rstrip("\n").split("\n\n")
            src = paras[-n:]
            if len(src) != n:
                raise ValueError("not enough paragraphs before dup")
            block = "\n\n".join(src)
            src_start = len(out.rstrip("\n")) - len(block)
            if out[src_start:src_start + len(block)] != block:
                raise ValueError("dup source mismatch")
            for sp in spans:
                if sp["end"] > src_start:
                    raise ValueError("dup source contains a span")
            start = len(out)
            out += block
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": block})
        else:
            if not body or "⟦" in body:
                raise ValueError("empty or nested span")
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": body})
        pos = m.end()
    out += raw[pos:]
    if "⟦" in out or "⟧" in out:
        raise ValueError("leftover marker characters")
    return out.strip("\n") + "\n", spans


def check(source, text, spans, clean, errors, label):
    lines = text.split("\n")
    if not lines[0].strip() or lines[1] != "" or not lines[2].strip():
        errors.append("%s: title line then blank line required" % label)
    words = len(text.split())
    if not 250 <= words <= 500:
        errors.append("%s: %d words" % (label, words))
    if clean and spans:
        errors.append("%s: clean article has spans" % label)
    if not clean and not 2 <= len(spans) <= 6:
        errors.append("%s: %d spans" % (label, len(spans)))
    last = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        if text[sp["start"]:sp["end"]] != sp["text"]:
            errors.append("%s: span text mismatch %r" % (label, sp["text"]))
        if sp["start"] < last:
            errors.append("%s: overlapping spans" % label)
        last = sp["end"]
    return words


def main():
    errors = []
    records = []
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    if len(damaged) != 35:
        errors.append("damaged count %d" % len(damaged))
    if len(clean) != 25:
        errors.append("clean count %d" % len(clean))
    kinds = Counter()
    wordcounts = []
    for is_clean, group, tag in ((False, damaged, "D"), (True, clean, "C")):
        for i, (source, raw) in enumerate(group, 1):
            label = "%s%02d %s" % (tag, i, raw.split("\n", 1)[0][:50])
            try:
                text, spans = render(raw)
            except ValueError as e:
                errors.append("%s: %s" % (label, e))
                continue
            wordcounts.append(check(source, text, spans, is_clean, errors, label))
            for sp in spans:
                kinds[sp["kind"]] += 1
            records.append({"source": source, "title": text.split("\n", 1)[0],
                            "text": text, "clean": is_clean, "spans": spans})
    for k, mn in KINDS.items():
        name = "duplicated_block" if k == "dup" else k
        if kinds[name] < mn:
            errors.append("kind %s: %d < %d" % (name, kinds[name], mn))
    outlets = {r["source"] for r in records}
    if len(outlets) < 8:
        errors.append("only %d outlets" % len(outlets))
    titles = Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            errors.append("duplicate title %r" % t)
    span_texts = Counter(sp["text"] for r in records for sp in r["spans"]
                         if sp["kind"] != "duplicated_block")
    for t, c in span_texts.items():
        if c > 1:
            errors.append("repeated damage string %r" % t)
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    random.Random(2525).shuffle(records)
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
        for n, r in enumerate(records, 1):
            obj = {"id": "v25-%03d" % n, "source": r["source"],
                   "title": r["title"], "text": r["text"], "clean": r["clean"],
                   "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to set.jsonl" % len(records))
    print("outlets (%d): %s" % (len(outlets), ", ".join(sorted(outlets))))
    print("words: min %d max %d" % (min(wordcounts), max(wordcounts)))
    print("clean %d damaged %d" % (sum(r["clean"] for r in records),
                                   sum(not r["clean"] for r in records)))
    for k in KINDS:
        name = "duplicated_block" if k == "dup" else k
        print("  %-18s %d" % (name, kinds[name]))
    print("  total spans        %d" % sum(kinds.values()))


if __name__ == "__main__":
    main()
