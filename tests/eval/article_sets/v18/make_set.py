import json, random, re, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_damaged_a import ARTICLES as DA
from articles_damaged_b import ARTICLES as DB
from articles_clean_a import ARTICLES as CA
from articles_clean_b import ARTICLES as CB

MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder",
         "furniture", "embed", "foreign", "disclaimer", "broken_paragraph"}
MINS = {"glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
        "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8, "disclaimer": 8,
        "broken_paragraph": 8, "duplicated_block": 8}


def render(raw):
    raw = raw.strip()
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, txt = m.group(1), m.group(2)
        if kind == "dup":
            n = int(txt)
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            paras = out.rstrip("\n").split("\n\n")
            assert len(paras) > n + 1, "not enough paragraphs to duplicate"
            copy = "\n\n".join(paras[-n:])
            spans.append({"kind": "duplicated_block", "start": len(out),
                          "end": len(out) + len(copy), "text": copy})
            out += copy
        else:
            assert kind in KINDS, kind
            assert txt, "empty span"
            spans.append({"kind": kind, "start": len(out),
                          "end": len(out) + len(txt), "text": txt})
            out += txt
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    records = []
    problems = []
    for group, clean in ((DA, False), (DB, False), (CA, True), (CB, True)):
        for outlet, raw in group:
            text, spans = render(raw)
            title = text.split("\n")[0]
            nw = len(text.split())
            if not (250 <= nw <= 500):
                problems.append("words %d: %s" % (nw, title))
            if "⟦" in text or "⟧" in text:
                problems.append("marker left: " + title)
            lines = text.split("\n")
            if len(lines) < 3 or lines[1] != "":
                problems.append("no blank line after title: " + title)
            if clean and spans:
                problems.append("spans on clean: " + title)
            if not clean and not (2 <= len(spans) <= 6):
                problems.append("span count %d: %s" % (len(spans), title))
            for s in spans:
                if text[s["start"]:s["end"]] != s["text"]:
                    problems.append("span mismatch: " + title)
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": clean, "spans": spans})
    n_d = sum(1 for r in records if not r["clean"])
    n_c = sum(1 for r in records if r["clean"])
    counts = collections.Counter(s["kind"] for r in records for s in r["spans"])
    for k, v in MINS.items():
        if counts[k] < v:
            problems.append("kind %s has %d < %d" % (k, counts[k], v))
    titles = collections.Counter(r["title"] for r in records)
    for t, c in titles.items():
        if c > 1:
            problems.append("duplicate title: " + t)
    if n_d != 35 or n_c != 25:
        problems.append("counts damaged=%d clean=%d" % (n_d, n_c))
    outlets = set(r["source"] for r in records)
    if len(outlets) < 8:
        problems.append("outlets %d" % len(outlets))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)

    rng = random.Random(18)
    rng.shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": "v18-%03d" % i}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("articles:", len(records), "damaged:", n_d, "clean:", n_c, "outlets:", len(outlets))
    for k in sorted(counts):
        print(k, counts[k])
    wc = [len(r["text"].split()) for r in records]
    print("words min/max/mean:", min(wc), max(wc), sum(wc) // len(wc))


if __name__ == "__main__":
    main()
