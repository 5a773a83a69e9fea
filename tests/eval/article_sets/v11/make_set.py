import json, random, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles_damaged_a, articles_damaged_b, articles_clean_a, articles_clean_b

OUTDIR = os.path.dirname(os.path.abspath(__file__))
SETNAME = "v11"
SEED = 11011
KINDS = {"glued","stray","break","fragment","attribution","placeholder","furniture",
         "embed","foreign","disclaimer","broken_paragraph","dup"}
MINS = {"glued":10,"stray":10,"fragment":10,"placeholder":10,"break":10,
        "attribution":8,"furniture":8,"embed":8,"foreign":8,"disclaimer":8,
        "broken_paragraph":8,"duplicated_block":8}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)

def render(raw):
    raw = raw.strip("\n")
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        assert kind in KINDS, kind
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup must start a paragraph"
            paras = out[:-2].split("\n\n")
            assert len(paras) > n
            copy = "\n\n".join(paras[-n:])
            s = len(out); out += copy
            spans.append({"kind":"duplicated_block","start":s,"end":len(out),"text":copy})
        else:
            assert "⟦" not in body
            s = len(out); out += body
            spans.append({"kind":kind,"start":s,"end":len(out),"text":body})
        pos = m.end()
    out += raw[pos:]
    return out, spans

def main():
    recs = []
    for mod, clean in ((articles_damaged_a,False),(articles_damaged_b,False),
                       (articles_clean_a,True),(articles_clean_b,True)):
        for outlet, raw in mod.ARTICLES:
            text, spans = render(raw)
            title = text.split("\n",1)[0]
            recs.append({"source":outlet,"title":title,"text":text,"clean":clean,"spans":spans})
    nd = sum(not r["clean"] for r in recs); nc = sum(r["clean"] for r in recs)
    errs = []
    if nd != 35 or nc != 25: errs.append(f"counts damaged={nd} clean={nc}")
    counts = {}
    for i, r in enumerate(recs):
        t = r["text"]; wc = len(t.split())
        tag = f"[{'C' if r['clean'] else 'D'} {r['source']}: {r['title'][:50]}]"
        if not 250 <= wc <= 500: errs.append(f"{tag} words={wc}")
        if "⟦" in t or "⟧" in t: errs.append(f"{tag} marker left")
        if t.split("\n",1)[1][:1] != "\n": errs.append(f"{tag} no blank line after title")
        if r["clean"]:
            if r["spans"]: errs.append(f"{tag} clean has spans")
        else:
            if not 2 <= len(r["spans"]) <= 6: errs.append(f"{tag} spans={len(r['spans'])}")
        for s in r["spans"]:
            assert t[s["start"]:s["end"]] == s["text"]
            if not s["text"].strip(): errs.append(f"{tag} empty span")
            if s["start"] < len(r["title"]): errs.append(f"{tag} span in title")
            counts[s["kind"]] = counts.get(s["kind"],0)+1
    for k, v in MINS.items():
        if counts.get(k,0) < v: errs.append(f"kind {k} only {counts.get(k,0)} < {v}")
    print("counts:", json.dumps(counts, sort_keys=True), "total", sum(counts.values()))
    if errs:
        print("\n".join(errs)); raise AssertionError(f"{len(errs)} problems")
    random.Random(SEED).shuffle(recs)
    with open(os.path.join(OUTDIR,"set.jsonl"),"w",encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            rec = {"id":f"{SETNAME}-{i:03d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False)+"\n")
    print("wrote", len(recs), "articles")

if __name__ == "__main__":
    main()
