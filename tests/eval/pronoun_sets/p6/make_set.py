import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import flipped_a, flipped_b, clean_a, clean_b

SETNAME = "p6"
SEED = 6066
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}

def render(title, body):
    head = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(head)
    for m in MARK.finditer(body):
        seg = body[pos:m.start()]
        out.append(seg); cur += len(seg)
        w, o = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(w), "text": w, "original": o})
        out.append(w); cur += len(w)
        pos = m.end()
    out.append(body[pos:])
    text = head + "".join(out)
    return text, flips

records = []
errors = []
def check_common(text, title):
    n = len(text.split())
    if not (250 <= n <= 450):
        errors.append(f"{title!r}: {n} words")
    for ch in "⟦⟧":
        if ch in text:
            errors.append(f"{title!r}: marker char left")
    if "\n\n\n" in text:
        errors.append(f"{title!r}: triple newline")

flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
clean = clean_a.ARTICLES + clean_b.ARTICLES
if len(flipped) != 24: errors.append(f"flipped count {len(flipped)}")
if len(clean) != 26: errors.append(f"clean count {len(clean)}")

for a in flipped:
    body = a["text"].strip()
    text, flips = render(a["title"], body)
    check_common(text, a["title"])
    if not (1 <= len(flips) <= 5):
        errors.append(f"{a['title']!r}: {len(flips)} flips")
    g = a["gender"]
    assert g in ("f", "m")
    wrong, right = (MALE, FEMALE) if g == "f" else (FEMALE, MALE)
    for f in flips:
        assert text[f["start"]:f["end"]] == f["text"]
        if f["text"].lower() not in wrong:
            errors.append(f"{a['title']!r}: written {f['text']} not wrong gender")
        if f["original"].lower() not in right:
            errors.append(f"{a['title']!r}: original {f['original']} not right gender")
    surname = a["person"].split()[-1]
    if surname not in text:
        errors.append(f"{a['title']!r}: surname {surname} missing")
    records.append({"title": a["title"], "text": text, "clean": False,
                    "person": a["person"], "gender": g, "flips": flips})

for a in clean:
    body = a["text"].strip()
    if "⟦" in body or "⟧" in body:
        errors.append(f"{a['title']!r}: marker in clean")
    text, flips = render(a["title"], body)
    assert not flips
    check_common(text, a["title"])
    records.append({"title": a["title"], "text": text, "clean": True, "flips": []})

titles = [r["title"] for r in records]
if len(set(titles)) != len(titles): errors.append("duplicate titles")

if errors:
    print("\n".join(errors)); sys.exit(1)

random.Random(SEED).shuffle(records)
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        rec = {"id": f"{SETNAME}-{i:03d}", **r}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("articles", len(records), "flips", sum(len(r["flips"]) for r in records))
