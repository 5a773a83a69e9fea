import json, random, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import flipped_a, flipped_b, clean_a, clean_b

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
errors = []

def render(art):
    title, body = art["title"], art["text"]
    prefix = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(prefix)
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk); cur += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written), "text": written, "original": original})
        out.append(written); cur += len(written)
        pos = m.end()
    out.append(body[pos:])
    text = prefix + "".join(out)
    for f in flips:
        assert text[f["start"]:f["end"]] == f["text"]
    return text, flips

def check(art, text, flips, flipped):
    t = art["title"]
    body = text.split("\n\n", 1)[1]
    n = len(body.split())
    if not 250 <= n <= 450: errors.append(f"{t}: {n} words")
    if "⟦" in text or "⟧" in text or "flip:" in text: errors.append(f"{t}: marker left")
    if body.count('"') % 2: errors.append(f"{t}: odd number of double quotes")
    if "\n\n\n" in text or text != text.strip(): errors.append(f"{t}: whitespace")
    if t in body.split("\n\n")[0]: errors.append(f"{t}: title inside body")
    if not flipped:
        if flips: errors.append(f"{t}: clean article has flips")
        return
    g = art["gender"]
    if g not in ("f", "m"): errors.append(f"{t}: bad gender")
    if not 1 <= len(flips) <= 5: errors.append(f"{t}: {len(flips)} flips")
    wrong, right = (MALE, FEMALE) if g == "f" else (FEMALE, MALE)
    for f in flips:
        w, o = f["text"], f["original"]
        if w.lower() not in wrong: errors.append(f"{t}: written {w!r} not wrong gender")
        if o.lower() not in right: errors.append(f"{t}: original {o!r} not right gender")
        if w[0].isupper() != o[0].isupper(): errors.append(f"{t}: capitalisation mismatch {w}/{o}")
    surname = art["person"].split()[-1]
    if surname not in body: errors.append(f"{t}: surname {surname} missing")

records = []
for mod, flipped in ((flipped_a, True), (flipped_b, True), (clean_a, False), (clean_b, False)):
    for art in mod.ARTICLES:
        text, flips = render(art)
        check(art, text, flips, flipped)
        r = {"title": art["title"], "text": text, "clean": not flipped}
        if flipped:
            r["person"] = art["person"]; r["gender"] = art["gender"]
        r["flips"] = flips
        records.append(r)

nf = sum(not r["clean"] for r in records); nc = sum(r["clean"] for r in records)
if nf != 24: errors.append(f"flipped count {nf}")
if nc != 26: errors.append(f"clean count {nc}")
titles = [r["title"] for r in records]
if len(set(titles)) != len(titles): errors.append("duplicate titles")

if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(1818).shuffle(records)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        out = {"id": f"p18-{i:03d}", "title": r["title"], "text": r["text"], "clean": r["clean"]}
        if not r["clean"]:
            out["person"] = r["person"]; out["gender"] = r["gender"]
        out["flips"] = r["flips"]
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")
gs = [r["gender"] for r in records if not r["clean"]]
print(f"OK: {len(records)} articles, {nf} flipped ({gs.count('f')} f, {gs.count('m')} m), {nc} clean, "
      f"{sum(len(r['flips']) for r in records)} flips")
