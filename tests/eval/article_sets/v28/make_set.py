"""Render the blind28 article set to set.jsonl, with checks."""
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


def render(raw):
    """Return (text, spans). Handles inline markers and ⟦dup:N⟧ paragraphs."""
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        kind, body = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        out += raw[pos:m.start()]
        if kind == "dup":
            n = int(body)
            if n not in (1, 2):
                raise ValueError("dup N must be 1 or 2")
            if not out.endswith("\n\n"):
                raise ValueError("dup marker must start a paragraph")
            after = raw[m.end():m.end() + 2]
            if after not in ("\n\n", ""):
                raise ValueError("dup marker must be alone in its paragraph")
            paras = out[:-2].split("\n\n")
            if len(paras) < n + 1:
                raise ValueError("not enough paragraphs to duplicate")
            copied = paras[-n:]
            # the copied paragraphs must not contain other labelled spans
            copy_start_in_out = len(out) - 2 - len("\n\n".join(copied))
            for sp in spans:
                if sp["end"] > copy_start_in_out:
                    raise ValueError("dup copies a paragraph with a labelled span")
            block = "\n\n".join(copied)
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
        raise ValueError("unrendered marker left in text")
    return out, spans


def main():
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    errors = []
    records = []
    kind_counts = Counter()
    outlets = set()

    def check(outlet, raw, is_clean, label):
        try:
            text, spans = render(raw)
        except ValueError as e:
            errors.append(f"{label}: {e}")
            return
        title, sep, body = text.partition("\n\n")
        if not sep or not title.strip() or "\n" in title or not body.strip():
            errors.append(f"{label}: title line then blank line required")
        if text != text.strip():
            errors.append(f"{label}: leading/trailing whitespace")
        if "\n\n\n" in text:
            errors.append(f"{label}: triple newline")
        words = len(text.split())
        if not 250 <= words <= 500:
            errors.append(f"{label}: {words} words")
        for sp in spans:
            if text[sp["start"]:sp["end"]] != sp["text"]:
                errors.append(f"{label}: span text mismatch")
        ordered = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{label}: overlapping spans")
        if is_clean and spans:
            errors.append(f"{label}: clean article has spans")
        if not is_clean and not 2 <= len(spans) <= 6:
            errors.append(f"{label}: {len(spans)} spans")
        for sp in spans:
            kind_counts["dup" if sp["kind"] == "duplicated_block" else sp["kind"]] += 1
        outlets.add(outlet)
        records.append({"source": outlet, "title": title, "text": text,
                        "clean": is_clean, "spans": spans, "_words": words})

    for i, (o, r) in enumerate(damaged, 1):
        check(o, r, False, f"damaged #{i}")
    for i, (o, r) in enumerate(clean, 1):
        check(o, r, True, f"clean #{i}")

    if len(damaged) != 35:
        errors.append(f"{len(damaged)} damaged articles, need 35")
    if len(clean) != 25:
        errors.append(f"{len(clean)} clean articles, need 25")
    for k, mn in KINDS.items():
        if kind_counts[k] < mn:
            errors.append(f"kind {k}: {kind_counts[k]} < {mn}")
    if len(outlets) < 8:
        errors.append(f"only {len(outlets)} outlets")
    # no repeated damage strings
    seen = Counter(sp["text"] for r in records for sp in r["spans"]
                   if sp["kind"] != "duplicated_block")
    for t, c in seen.items():
        if c > 1:
            errors.append(f"damage string repeated: {t!r}")
    titles = Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            errors.append(f"duplicate title: {t!r}")

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rng = random.Random(2828)
    rng.shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            r.pop("_words")
            obj = {"id": f"v28-{i:03d}", "source": r["source"],
                   "title": r["title"], "text": r["text"],
                   "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    print(f"OK: wrote {len(records)} articles to {path}")
    print(f"damaged {len(damaged)}, clean {len(clean)}, outlets {len(outlets)}")
    print("spans per kind:")
    for k in KINDS:
        print(f"  {k:17s} {kind_counts[k]}")
    print(f"  total             {sum(kind_counts.values())}")


if __name__ == "__main__":
    main()
