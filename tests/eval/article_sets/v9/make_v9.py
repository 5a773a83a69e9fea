import json, random, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arts_a import ARTS as A
from arts_b import ARTS as B
from arts_c import ARTS as C
from arts_d import ARTS as D

KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder", "furniture",
         "embed", "foreign", "disclaimer", "broken_paragraph", "dup"}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)

def render(raw):
    raw = raw.strip("\n")
    out, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup must be at paragraph start"
            paras = out[:-2].split("\n\n")
            assert len(paras) > n, "not enough paragraphs for dup"
            block = "\n\n".join(paras[-n:])
            start = len(out)
            out += block
            spans.append({"kind": "duplicated_block", "start": start, "end": len(out), "text": block})
            out += "\n\n"
        else:
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out), "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans

recs = []
for outlet, clean, raw in A + B + C + D:
    text, spans = render(raw)
    assert "⟦" not in text and "⟧" not in text
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    title = text.split("\n", 1)[0]
    wc = len(text.split())
    assert 250 <= wc <= 500, (title, wc)
    if clean:
        assert not spans, title
    else:
        assert 2 <= len(spans) <= 6, (title, len(spans))
    recs.append({"source": outlet, "title": title, "text": text, "clean": clean, "spans": spans})

assert len(recs) == 60, len(recs)
assert sum(r["clean"] for r in recs) == 25
assert sum(not r["clean"] for r in recs) == 35
assert len({r["source"] for r in recs}) >= 8
cnt = Counter(s["kind"] for r in recs for s in r["spans"])
for k in ["glued", "stray", "fragment", "placeholder", "break"]:
    assert cnt[k] >= 10, (k, cnt[k])
for k in ["attribution", "furniture", "embed", "foreign", "disclaimer", "broken_paragraph", "duplicated_block"]:
    assert cnt[k] >= 8, (k, cnt[k])

random.Random(9009).shuffle(recs)
out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "v9.jsonl")
with open(out_path, "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        rec = {"id": "v9-%03d" % i, **r}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
for k, v in sorted(cnt.items()):
    print(k, v)
print("total spans", sum(cnt.values()), "articles", len(recs))
