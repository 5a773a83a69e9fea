"""Build set.jsonl (tests/eval/articles_v24.jsonl) from the four article files and check it."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles_damaged_a  # noqa: E402
import articles_damaged_b  # noqa: E402
import articles_clean_a  # noqa: E402
import articles_clean_b  # noqa: E402

MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
MINIMUMS = {
    "glued": 10, "stray": 10, "break": 10, "fragment": 10, "attribution": 8,
    "placeholder": 10, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "dup": 8,
}


def render(raw):
    raw = raw.strip()
    text = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind not in MINIMUMS:
            raise ValueError("unknown kind %r" % kind)
        if kind == "dup":
            n = int(body)
            if n not in (1, 2):
                raise ValueError("dup N must be 1 or 2")
            if not text.endswith("\n\n"):
                raise ValueError("dup marker not at start of paragraph")
            if raw[m.end():m.end() + 2] not in ("\n\n", ""):
                raise ValueError("dup marker not alone in paragraph")
            paras = text[:-2].split("\n\n")
            if len(paras) - 1 < n:  # never copy the title
                raise ValueError("dup reaches the title")
            copy = "\n\n".join(paras[-n:])
            start = len(text)
            text += copy
            spans.append({"kind": "duplicated_block", "start": start,
                          "end": len(text), "text": copy})
        else:
            if not body:
                raise ValueError("empty span")
            start = len(text)
            text += body
            spans.append({"kind": kind, "start": start, "end": len(text),
                          "text": body})
        pos = m.end()
    text += raw[pos:]
    return text, spans


def main():
    errors = []
    records = []
    groups = [
        ("damaged_a", articles_damaged_a.ARTICLES, False),
        ("damaged_b", articles_damaged_b.ARTICLES, False),
        ("clean_a", articles_clean_a.ARTICLES, True),
        ("clean_b", articles_clean_b.ARTICLES, True),
    ]
    kind_counts = Counter()
    seen_damage = {}
    n_damaged = n_clean = 0
    for gname, arts, clean in groups:
        for i, (outlet, raw) in enumerate(arts):
            tag = "%s[%d]" % (gname, i)
            try:
                text, spans = render(raw)
            except ValueError as e:
                errors.append("%s: %s" % (tag, e))
                continue
            if not outlet or not outlet.strip():
                errors.append("%s: empty outlet" % tag)
            if "⟦" in text or "⟧" in text:
                errors.append("%s: leftover marker bracket" % tag)
            title = text.split("\n", 1)[0]
            if not title.strip() or text[len(title):len(title) + 2] != "\n\n" \
                    or text[len(title) + 2:len(title) + 3].isspace():
                errors.append("%s: title line + blank line missing" % tag)
            if "\n\n\n" in text or text != text.strip():
                errors.append("%s: stray blank lines or outer whitespace" % tag)
            words = len(text.split())
            if not 250 <= words <= 500:
                errors.append("%s: %d words (%s)" % (tag, words, title[:50]))
            for s in spans:
                if text[s["start"]:s["end"]] != s["text"]:
                    errors.append("%s: span text mismatch" % tag)
                if s["start"] < len(title) + 2:
                    errors.append("%s: span in title" % tag)
                k = "dup" if s["kind"] == "duplicated_block" else s["kind"]
                kind_counts[k] += 1
                if k != "dup":
                    key = s["text"].strip().lower()
                    if key in seen_damage:
                        errors.append("%s: damage string repeated from %s: %r"
                                      % (tag, seen_damage[key], s["text"]))
                    seen_damage[key] = tag
            if clean:
                n_clean += 1
                if spans:
                    errors.append("%s: clean article has spans" % tag)
            else:
                n_damaged += 1
                if not 2 <= len(spans) <= 6:
                    errors.append("%s: %d spans" % (tag, len(spans)))
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": clean, "spans": spans})
    if n_damaged != 35:
        errors.append("damaged count %d != 35" % n_damaged)
    if n_clean != 25:
        errors.append("clean count %d != 25" % n_clean)
    for k, mn in MINIMUMS.items():
        if kind_counts[k] < mn:
            errors.append("kind %s: %d < %d" % (k, kind_counts[k], mn))
    outlets = {r["source"] for r in records}
    if len(outlets) < 8:
        errors.append("only %d outlets" % len(outlets))
    titles = Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            errors.append("duplicate title %r" % t)
    if errors:
        print("\n".join(errors))
        print("FAILED with %d errors" % len(errors))
        sys.exit(1)
    rng = random.Random(2424)
    rng.shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "v24-%03d" % i}
            obj.update(r)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("OK: %d articles (%d damaged, %d clean), %d outlets"
          % (len(records), n_damaged, n_clean, len(outlets)))
    for k in MINIMUMS:
        print("  %-17s %d (min %d)" % (k, kind_counts[k], MINIMUMS[k]))
    print("  total spans       %d" % sum(kind_counts.values()))


if __name__ == "__main__":
    main()
