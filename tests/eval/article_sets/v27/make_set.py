import json
import random
import re
import sys
from collections import Counter

import os
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
        kind, body = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError("unknown kind %r" % kind)
        if kind == "dup":
            n = int(body)
            if not out.endswith("\n\n"):
                raise ValueError("dup marker not at paragraph start")
            after = raw[m.end():m.end() + 2]
            if after not in ("\n\n", ""):
                raise ValueError("dup marker not alone as paragraph")
            paras = out[:-2].split("\n\n")
            if len(paras) < n + 1:
                raise ValueError("dup copies the title")
            copy = "\n\n".join(paras[-n:])
            boundary = len(out) - 2 - len(copy)
            for s in spans:
                if s["end"] > boundary:
                    raise ValueError("dup source contains a span")
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(out), "text": copy})
        else:
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out),
                          "text": body})
        pos = m.end()
    out += raw[pos:]
    if "⟦" in out or "⟧" in out:
        raise ValueError("unrendered marker")
    return out, spans


def check(outlet, raw, clean, errors, stats):
    text, spans = render(raw)
    title = text.split("\n", 1)[0]
    if not text.startswith(title + "\n\n") or not title.strip():
        errors.append("title format: " + title[:50])
    if "\n\n\n" in text or text != text.strip():
        errors.append("whitespace: " + title[:50])
    wc = len(text.split())
    if not 250 <= wc <= 500:
        errors.append("words %d: %s" % (wc, title[:50]))
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"] or not s["text"].strip():
            errors.append("span mismatch: " + title[:50])
    if clean and spans:
        errors.append("clean has spans: " + title[:50])
    if not clean and not 2 <= len(spans) <= 6:
        errors.append("span count %d: %s" % (len(spans), title[:50]))
    for s in spans:
        k = "dup" if s["kind"] == "duplicated_block" else s["kind"]
        stats[k] += 1
    return {"source": outlet, "title": title, "text": text, "clean": clean,
            "spans": spans, "_wc": wc}


def main():
    errors = []
    stats = Counter()
    damaged = articles_damaged_a.ARTICLES + articles_damaged_b.ARTICLES
    clean = articles_clean_a.ARTICLES + articles_clean_b.ARTICLES
    if len(damaged) != 35:
        errors.append("damaged count %d" % len(damaged))
    if len(clean) != 25:
        errors.append("clean count %d" % len(clean))
    recs = []
    for outlet, raw in damaged:
        recs.append(check(outlet, raw, False, errors, stats))
    for outlet, raw in clean:
        if "⟦" in raw:
            errors.append("marker in clean: " + raw[:50])
        recs.append(check(outlet, raw, True, errors, stats))
    for k, mn in KINDS.items():
        if stats[k] < mn:
            errors.append("kind %s has %d < %d" % (k, stats[k], mn))
    # no repeated damage strings (dup copies are exempt)
    seen = Counter(s["text"] for r in recs for s in r["spans"]
                   if s["kind"] != "duplicated_block")
    for t, c in seen.items():
        if c > 1:
            errors.append("repeated damage string: %r" % t)
    outlets = set(r["source"] for r in recs)
    if len(outlets) < 8:
        errors.append("outlets %d" % len(outlets))
    titles = Counter(r["title"] for r in recs)
    for t, c in titles.items():
        if c > 1:
            errors.append("duplicate title: " + t)
    wcs = [r["_wc"] for r in recs]
    print("words min %d max %d mean %.0f" % (min(wcs), max(wcs),
                                              sum(wcs) / len(wcs)))
    print("outlets:", len(outlets), sorted(outlets))
    print("per kind:", dict(sorted(stats.items())))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    random.Random(2727).shuffle(recs)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r.pop("_wc")
            obj = {"id": "v27-%03d" % i, "source": r["source"],
                   "title": r["title"], "text": r["text"],
                   "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
