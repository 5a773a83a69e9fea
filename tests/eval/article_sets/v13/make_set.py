"""Render marked-up articles into /work/blind13/set.jsonl."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from articles_damaged_a import ARTICLES as DAMAGED_A  # noqa: E402
from articles_damaged_b import ARTICLES as DAMAGED_B  # noqa: E402
from articles_clean_a import ARTICLES as CLEAN_A  # noqa: E402
from articles_clean_b import ARTICLES as CLEAN_B  # noqa: E402

MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
KINDS = {
    "glued", "stray", "break", "fragment", "attribution", "placeholder",
    "furniture", "embed", "foreign", "disclaimer", "broken_paragraph", "dup",
}
MINIMUMS = {
    "glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
    "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8,
    "disclaimer": 8, "broken_paragraph": 8, "duplicated_block": 8,
}


def render(raw):
    raw = raw.strip()
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
            assert len(paras) > n + 1, "not enough paragraphs before dup"
            copy = "\n\n".join(paras[-n:])
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
    return out, spans


def main():
    records = []
    problems = []
    for group, clean in ((DAMAGED_A + DAMAGED_B, False), (CLEAN_A + CLEAN_B, True)):
        for outlet, raw in group:
            text, spans = render(raw)
            lines = text.split("\n")
            title = lines[0].strip()
            words = len(text.split())
            tag = f"[{'clean' if clean else 'damaged'}] {title[:60]}"
            if not (250 <= words <= 500):
                problems.append(f"{tag}: {words} words")
            if len(lines) < 3 or lines[1] != "":
                problems.append(f"{tag}: no blank line after title")
            if clean and spans:
                problems.append(f"{tag}: clean article has spans")
            if not clean and not (2 <= len(spans) <= 6):
                problems.append(f"{tag}: {len(spans)} spans")
            if "⟦" in text or "⟧" in text:
                problems.append(f"{tag}: marker characters left")
            for s in spans:
                if text[s["start"]:s["end"]] != s["text"] or not s["text"]:
                    problems.append(f"{tag}: span mismatch {s}")
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": clean, "spans": spans})

    n_damaged = sum(1 for r in records if not r["clean"])
    n_clean = sum(1 for r in records if r["clean"])
    counts = Counter(s["kind"] for r in records for s in r["spans"])
    for kind, minimum in MINIMUMS.items():
        if counts[kind] < minimum:
            problems.append(f"kind {kind}: {counts[kind]} < {minimum}")
    if n_damaged != 35 or n_clean != 25:
        problems.append(f"counts: damaged={n_damaged} clean={n_clean}")
    outlets = {r["source"] for r in records}
    if len(outlets) < 8:
        problems.append(f"only {len(outlets)} outlets")
    titles = Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            problems.append(f"duplicate title {t}")

    if problems:
        print("\n".join(problems))
    assert not problems, f"{len(problems)} problems"

    random.Random(1313).shuffle(records)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": f"v13-{i:03d}", **r}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path)
    print(dict(sorted(counts.items())))
    print(f"articles={len(records)} damaged={n_damaged} clean={n_clean} outlets={len(outlets)}")


if __name__ == "__main__":
    main()
