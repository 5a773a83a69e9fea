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
MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)
DUP_PAR = re.compile(r"⟦dup:(\d+)⟧")

errors = []


def err(msg):
    errors.append(msg)


def render(raw, label):
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind not in KINDS:
            err(f"{label}: unknown kind {kind!r}")
        if "⟦" in body:
            err(f"{label}: nested marker in {body[:40]!r}")
        if kind == "dup":
            if not DUP_PAR.fullmatch(m.group(0)):
                err(f"{label}: bad dup marker {m.group(0)!r}")
                pos = m.end()
                continue
            n = int(body)
            if n not in (1, 2):
                err(f"{label}: dup N must be 1 or 2")
            # marker must be alone as a paragraph
            before_ok = raw[:m.start()].endswith("\n\n")
            after = raw[m.end():]
            after_ok = after == "" or after.startswith("\n\n")
            if not (before_ok and after_ok):
                err(f"{label}: dup marker not alone as paragraph")
            prev = out.rstrip("\n").split("\n\n")
            if len(prev) < n + 1:  # title + at least n body paragraphs
                err(f"{label}: not enough paragraphs to duplicate")
            copy = "\n\n".join(prev[-n:])
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy})
        else:
            if not body or body != body.strip(" \n") and kind != "stray":
                if not body:
                    err(f"{label}: empty span body for {kind}")
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": body})
        pos = m.end()
    out += raw[pos:]
    if "⟦" in out or "⟧" in out:
        err(f"{label}: leftover marker characters")
    return out, spans


def main():
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    if len(damaged) != 35:
        err(f"expected 35 damaged, got {len(damaged)}")
    if len(clean) != 25:
        err(f"expected 25 clean, got {len(clean)}")

    records = []
    kind_counts = Counter()
    seen_span_texts = {}
    titles = set()
    for is_clean, group in ((False, damaged), (True, clean)):
        for i, (outlet, raw) in enumerate(group):
            label = f"{'clean' if is_clean else 'damaged'}[{i}] {outlet}"
            text, spans = render(raw, label)
            lines = text.split("\n")
            title = lines[0]
            if len(lines) < 3 or lines[1] != "" or not title.strip() or lines[2] == "":
                err(f"{label}: must be title line, blank line, body")
            if title != title.strip():
                err(f"{label}: title has surrounding whitespace")
            if title in titles:
                err(f"{label}: duplicate title")
            titles.add(title)
            if "\n\n\n" in text or text != text.strip():
                err(f"{label}: stray blank lines or surrounding whitespace")
            wc = len(text.split())
            if not 250 <= wc <= 500:
                err(f"{label}: word count {wc}")
            if is_clean and spans:
                err(f"{label}: clean article has spans")
            if not is_clean and not 2 <= len(spans) <= 6:
                err(f"{label}: {len(spans)} spans")
            last_end = -1
            for s in sorted(spans, key=lambda s: s["start"]):
                if text[s["start"]:s["end"]] != s["text"]:
                    err(f"{label}: span text mismatch {s}")
                if s["start"] < last_end:
                    err(f"{label}: overlapping spans")
                if s["start"] < len(title) + 2:
                    err(f"{label}: span inside title")
                last_end = s["end"]
                k = "dup" if s["kind"] == "duplicated_block" else s["kind"]
                kind_counts[k] += 1
                if k != "dup":
                    key = s["text"].strip()
                    if key in seen_span_texts:
                        err(f"{label}: repeated damage string {key!r} "
                            f"(also in {seen_span_texts[key]})")
                    seen_span_texts[key] = label
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": is_clean, "spans": sorted(spans, key=lambda s: s["start"])})

    for k, mn in KINDS.items():
        if kind_counts[k] < mn:
            err(f"kind {k}: {kind_counts[k]} < {mn}")
    outlets = {r["source"] for r in records}
    if len(outlets) < 8:
        err(f"only {len(outlets)} outlets")

    if errors:
        print("FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    random.Random(2222).shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for n, r in enumerate(records, 1):
            obj = {"id": f"v22-{n:03d}", "source": r["source"], "title": r["title"],
                   "text": r["text"], "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    wcs = [len(r["text"].split()) for r in records]
    print(f"OK: wrote {len(records)} articles to {path}")
    print(f"damaged={sum(not r['clean'] for r in records)} clean={sum(r['clean'] for r in records)} "
          f"outlets={len(outlets)} words min/max={min(wcs)}/{max(wcs)}")
    print("spans per kind:")
    for k in KINDS:
        print(f"  {k:17s} {kind_counts[k]:3d} (min {KINDS[k]})")
    print(f"  total             {sum(kind_counts.values()):3d}")


if __name__ == "__main__":
    main()
