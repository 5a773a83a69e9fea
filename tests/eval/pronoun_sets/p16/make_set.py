import json, random, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import flipped_a, flipped_b, clean_a, clean_b

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
SWAP_OK = {("he", "she"), ("him", "her"), ("his", "her"), ("his", "hers"), ("himself", "herself")}

errors = []

def render(title, body):
    body = body.strip()
    full = title + "\n\n"
    out, flips, pos = [], [], 0
    text = full
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        written, original = m.group(1), m.group(2)
        start = len(text)
        text += written
        flips.append({"start": start, "end": len(text), "text": written, "original": original})
        pos = m.end()
    text += body[pos:]
    return text, flips

def words(s):
    return len(s.split())

records = []
titles = set()
fl = flipped_a.ARTICLES + flipped_b.ARTICLES
cl = clean_a.ARTICLES + clean_b.ARTICLES
if len(fl) != 24: errors.append(f"flipped count {len(fl)}")
if len(cl) != 26: errors.append(f"clean count {len(cl)}")

for kind, arts in (("flipped", fl), ("clean", cl)):
    for a in arts:
        t = a["title"].strip()
        if t in titles: errors.append(f"duplicate title {t}")
        titles.add(t)
        text, flips = render(t, a["text"])
        body = text[len(t) + 2:]
        n = words(body)
        if not 250 <= n <= 450: errors.append(f"{t}: {n} words")
        if "⟦" in text or "⟧" in text: errors.append(f"{t}: marker left")
        if "\n\n" not in body.strip() : errors.append(f"{t}: single paragraph")
        rec = {"title": t, "text": text, "clean": kind == "clean"}
        if kind == "clean":
            if flips or "person" in a: errors.append(f"{t}: clean article has flip/person")
        else:
            g = a["gender"]; person = a["person"]
            if g not in ("f", "m"): errors.append(f"{t}: bad gender")
            if not 1 <= len(flips) <= 5: errors.append(f"{t}: {len(flips)} flips")
            surname = person.split()[-1]
            if surname not in text: errors.append(f"{t}: surname missing")
            right, wrong = (FEMALE, MALE) if g == "f" else (MALE, FEMALE)
            for f in flips:
                w, o = f["text"], f["original"]
                if text[f["start"]:f["end"]] != w: errors.append(f"{t}: offset mismatch")
                if w.lower() not in wrong: errors.append(f"{t}: written {w} not wrong gender")
                if o.lower() not in right: errors.append(f"{t}: original {o} not right gender")
                pair = tuple(sorted([w.lower(), o.lower()], key=lambda x: x not in MALE))
                if pair not in SWAP_OK: errors.append(f"{t}: odd swap {w}/{o}")
                if (w[0].isupper()) != (o[0].isupper()): errors.append(f"{t}: capitalisation {w}/{o}")
                # check word boundaries
                s, e = f["start"], f["end"]
                if (s > 0 and text[s-1].isalpha()) or (e < len(text) and text[e].isalpha()):
                    errors.append(f"{t}: flip not at word boundary")
            rec.update(person=person, gender=g, flips=flips)
        if kind == "flipped":
            pass
        records.append(rec)

if errors:
    print("\n".join(errors))
    sys.exit(1)

random.Random(1616).shuffle(records)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        out = {"id": f"p16-{i:03d}", "title": r["title"], "text": r["text"], "clean": r["clean"]}
        if not r["clean"]:
            out.update(person=r["person"], gender=r["gender"], flips=r["flips"])
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")

nf = sum(1 for r in records if not r["clean"])
print(f"OK: {len(records)} articles, {nf} flipped, {len(records)-nf} clean, "
      f"{sum(len(r.get('flips', [])) for r in records)} flips, "
      f"f={sum(1 for r in records if r.get('gender')=='f')} m={sum(1 for r in records if r.get('gender')=='m')}")
