import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import flipped_a, flipped_b, clean_a, clean_b

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")


def render(title, body):
    prefix = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(prefix)
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        written, original = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(written), "text": written, "original": original})
        out.append(written)
        cur += len(written)
        pos = m.end()
    out.append(body[pos:])
    return prefix + "".join(out), flips


def words(s):
    return len(s.split())


records = []
flipped = flipped_a.ARTICLES + flipped_b.ARTICLES
clean = clean_a.ARTICLES + clean_b.ARTICLES
assert len(flipped) == 24, len(flipped)
assert len(clean) == 26, len(clean)

for a in flipped:
    body = a["text"].strip()
    text, flips = render(a["title"], body)
    g = a["gender"]
    assert g in ("f", "m")
    assert 1 <= len(flips) <= 5, (a["title"], len(flips))
    wrong, right = (MALE, FEMALE) if g == "f" else (FEMALE, MALE)
    for f in flips:
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["text"].lower() in wrong, (a["title"], f)
        assert f["original"].lower() in right, (a["title"], f)
        assert f["text"][0].isupper() == f["original"][0].isupper(), (a["title"], f)
        # word boundaries
        assert not text[f["start"] - 1].isalpha() and not text[f["end"]].isalpha(), (a["title"], f)
    surname = a["person"].split()[-1]
    assert surname in text, (a["title"], surname)
    records.append(dict(title=a["title"], text=text, clean=False, person=a["person"], gender=g, flips=flips))

for a in clean:
    body = a["text"].strip()
    assert not MARK.search(body), a["title"]
    text = a["title"] + "\n\n" + body
    records.append(dict(title=a["title"], text=text, clean=True, flips=[]))

titles = set()
for r in records:
    t = r["text"]
    body = t.split("\n\n", 1)[1]
    n = words(body)
    assert 250 <= n <= 450, (r["title"], n)
    assert words(t) <= 470, (r["title"], words(t))
    for ch in "⟦⟧":
        assert ch not in t, r["title"]
    assert "flip:" not in t
    assert r["title"] not in titles
    titles.add(r["title"])
    paras = body.split("\n\n")
    assert len(paras) >= 4, r["title"]
    assert all(p.strip() == p and p for p in paras), r["title"]

rng = random.Random(1414)
rng.shuffle(records)
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        rec = {"id": "p14-%03d" % i, "title": r["title"], "text": r["text"], "clean": r["clean"]}
        if not r["clean"]:
            rec["person"] = r["person"]
            rec["gender"] = r["gender"]
        rec["flips"] = r["flips"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

nf = sum(len(r["flips"]) for r in records)
print("articles", len(records), "flipped", sum(not r["clean"] for r in records),
      "clean", sum(r["clean"] for r in records), "flips", nf)
for r in records:
    print(words(r["text"].split("\n\n", 1)[1]), r["clean"], len(r["flips"]), r["title"][:60])
