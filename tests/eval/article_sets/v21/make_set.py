"""Build /work/blind21/set.jsonl from the four article files and validate it."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from articles_damaged_a import ARTICLES as DA  # noqa: E402
from articles_damaged_b import ARTICLES as DB  # noqa: E402
from articles_clean_a import ARTICLES as CA  # noqa: E402
from articles_clean_b import ARTICLES as CB  # noqa: E402

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
        kind, txt = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError("unknown kind %r" % kind)
        if "⟦" in txt:
            raise ValueError("nested marker in %r" % txt[:60])
        if kind == "dup":
            n = int(txt)
            assert n in (1, 2), n
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            assert raw[m.end():m.end() + 2] in ("\n\n", ""), "dup marker must be alone"
            body = out[:-2]
            paras = body.split("\n\n")
            assert len(paras) - n >= 1, "dup would copy the title"
            copy = "\n\n".join(paras[-n:])
            cstart = len(body) - len(copy)
            for s in spans:
                assert s["end"] <= cstart, "dup copies a paragraph that holds a span"
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy, "_k": "dup"})
        else:
            start = len(out)
            out += txt
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": txt, "_k": kind})
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    errors = []
    records = []
    kind_counts = Counter()
    seen_texts = {}
    groups = [(DA, False, "damaged_a"), (DB, False, "damaged_b"),
              (CA, True, "clean_a"), (CB, True, "clean_b")]
    for arts, clean, fname in groups:
        for i, (outlet, raw) in enumerate(arts):
            tag = "%s[%d]" % (fname, i)
            try:
                text, spans = render(raw)
            except Exception as e:  # noqa: BLE001
                errors.append("%s: render error %s" % (tag, e))
                continue
            if "⟦" in text or "⟧" in text:
                errors.append("%s: leftover marker" % tag)
            title = text.split("\n\n", 1)[0]
            if "\n" in title or not text.startswith(title + "\n\n") or not title.strip():
                errors.append("%s: bad title/blank line" % tag)
            if text != text.strip():
                errors.append("%s: leading/trailing whitespace" % tag)
            if "\n\n\n" in text:
                errors.append("%s: triple newline" % tag)
            nw = len(text.split())
            if not 250 <= nw <= 500:
                errors.append("%s: %d words" % (tag, nw))
            if clean and spans:
                errors.append("%s: clean article has spans" % tag)
            if not clean and not 2 <= len(spans) <= 6:
                errors.append("%s: %d spans" % (tag, len(spans)))
            last_end = -1
            for s in sorted(spans, key=lambda s: s["start"]):
                if text[s["start"]:s["end"]] != s["text"]:
                    errors.append("%s: span mismatch %r" % (tag, s["text"][:40]))
                if s["start"] < last_end:
                    errors.append("%s: overlapping spans" % tag)
                last_end = s["end"]
                if s["start"] < len(title):
                    errors.append("%s: span in title" % tag)
                kind_counts[s["_k"]] += 1
                if s["_k"] != "dup":
                    key = s["text"].strip()
                    if key in seen_texts:
                        errors.append("%s: repeated damage string %r (also %s)"
                                      % (tag, key, seen_texts[key]))
                    seen_texts[key] = tag
            records.append({
                "source": outlet, "title": title, "text": text, "clean": clean,
                "spans": [{k: v for k, v in s.items() if k != "_k"}
                          for s in sorted(spans, key=lambda s: s["start"])],
                "_tag": tag, "_words": nw,
            })
    n_dam = sum(1 for r in records if not r["clean"])
    n_clean = sum(1 for r in records if r["clean"])
    if n_dam != 35:
        errors.append("damaged count %d != 35" % n_dam)
    if n_clean != 25:
        errors.append("clean count %d != 25" % n_clean)
    for k, mn in KINDS.items():
        if kind_counts[k] < mn:
            errors.append("kind %s: %d < %d" % (k, kind_counts[k], mn))
    outlets = Counter(r["source"] for r in records)
    if len(outlets) < 8:
        errors.append("only %d outlets" % len(outlets))
    titles = Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            errors.append("duplicate title %r" % t)

    print("words min/max:", min(r["_words"] for r in records),
          max(r["_words"] for r in records))
    print("outlets:", len(outlets))
    for o, c in sorted(outlets.items()):
        print("   %2d %s" % (c, o))
    print("span counts per kind:")
    for k in KINDS:
        print("   %-17s %3d (min %d)" % (k, kind_counts[k], KINDS[k]))
    print("total spans:", sum(kind_counts.values()))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)

    rng = random.Random(2121)
    rng.shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "v21-%03d" % i, "source": r["source"], "title": r["title"],
                   "text": r["text"], "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("OK: wrote %d records (%d damaged, %d clean)" % (len(records), n_dam, n_clean))


if __name__ == "__main__":
    main()
