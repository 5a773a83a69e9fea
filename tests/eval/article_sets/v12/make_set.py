import json, random, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SETNAME = "v12"
SEED = 12012
import articles_damaged_a, articles_damaged_b, articles_clean_a, articles_clean_b

MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)

def render(raw):
    raw = raw.strip("\n")
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            paras = out.rstrip("\n").split("\n\n")
            assert len(paras) - 1 >= n, "dup would copy title"
            copy = "\n\n".join(paras[-n:])
            src_start = len(out) - 2 - len(copy)
            assert not any(sp["end"] > src_start for sp in spans), "dup copies a damaged paragraph"
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start, "end": len(out), "text": copy})
            nxt = raw[m.end():m.end()+1]
            if nxt and nxt != "\n":
                out += "\n\n"
        else:
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out), "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans

KINDS = {"glued","stray","break","fragment","attribution","placeholder","furniture","embed",
         "foreign","disclaimer","broken_paragraph","duplicated_block"}
MINS = {"glued":10,"stray":10,"fragment":10,"placeholder":10,"break":10,
        "attribution":8,"furniture":8,"embed":8,"foreign":8,"disclaimer":8,
        "broken_paragraph":8,"duplicated_block":8}

records = []
errors = []
for modname, mod, clean in [("damaged_a", articles_damaged_a, False), ("damaged_b", articles_damaged_b, False),
                            ("clean_a", articles_clean_a, True), ("clean_b", articles_clean_b, True)]:
    for i, (outlet, raw) in enumerate(mod.ARTICLES):
        text, spans = render(raw)
        title = text.split("\n", 1)[0]
        nw = len(text.split())
        tag = f"{modname}[{i}] {title[:50]!r}"
        if not (250 <= nw <= 500): errors.append(f"{tag}: {nw} words")
        if clean and spans: errors.append(f"{tag}: clean has spans")
        if not clean and not (2 <= len(spans) <= 6): errors.append(f"{tag}: {len(spans)} spans")
        if "⟦" in text or "⟧" in text: errors.append(f"{tag}: marker left")
        if text.split("\n")[1] != "": errors.append(f"{tag}: no blank after title")
        for s in spans:
            if s["kind"] not in KINDS: errors.append(f"{tag}: bad kind {s['kind']}")
            if text[s["start"]:s["end"]] != s["text"]: errors.append(f"{tag}: span mismatch")
            if not s["text"].strip(): errors.append(f"{tag}: empty span")
        records.append({"source": outlet, "title": title, "text": text, "clean": clean, "spans": spans})

nd = sum(1 for r in records if not r["clean"]); nc = sum(1 for r in records if r["clean"])
if nd != 35 or nc != 25: errors.append(f"counts damaged={nd} clean={nc}")
cnt = collections.Counter(s["kind"] for r in records for s in r["spans"])
for k, v in MINS.items():
    if cnt[k] < v: errors.append(f"kind {k}: {cnt[k]} < {v}")
outlets = {r["source"] for r in records}
if len(outlets) < 8: errors.append(f"only {len(outlets)} outlets")
print("per kind:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("damaged", nd, "clean", nc, "outlets", len(outlets))
if errors:
    print("\n".join(errors)); sys.exit(1)
random.Random(SEED).shuffle(records)
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(records, 1):
        rec = {"id": f"{SETNAME}-{i:03d}", **r}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(records))
