import json, random, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import flipped_a, flipped_b, clean_a, clean_b

SETNAME = "p7"
SEED = 7077
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}

def render(title, body):
    prefix = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(prefix)
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk); cur += len(chunk)
        w, o = m.group(1), m.group(2)
        flips.append({"start": cur, "end": cur + len(w), "text": w, "original": o})
        out.append(w); cur += len(w)
        pos = m.end()
    out.append(body[pos:])
    return prefix + "".join(out), flips

def words(s):
    return len(s.split())

records = []
for mod, clean in ((flipped_a, False), (flipped_b, False), (clean_a, True), (clean_b, True)):
    for a in mod.ARTICLES:
        body = a["text"].strip("\n")
        text, flips = render(a["title"], body)
        assert "⟦" not in text and "⟧" not in text and "flip:" not in text, a["title"]
        n = words(text)
        assert 250 <= n <= 450, (a["title"], n)
        for f in flips:
            assert text[f["start"]:f["end"]] == f["text"]
        rec = {"title": a["title"], "text": text, "clean": clean}
        if clean:
            assert not flips, a["title"]
        else:
            assert 1 <= len(flips) <= 5, (a["title"], len(flips))
            g = a["gender"]; assert g in ("f", "m")
            wrong, right = (MALE, FEMALE) if g == "f" else (FEMALE, MALE)
            for f in flips:
                assert f["text"].lower() in wrong, (a["title"], f)
                assert f["original"].lower() in right, (a["title"], f)
            surname = a["person"].split()[-1]
            assert surname in text, (a["title"], surname)
            rec["person"] = a["person"]; rec["gender"] = g
        rec["flips"] = flips
        records.append(rec)

nf = sum(1 for r in records if not r["clean"]); nc = sum(1 for r in records if r["clean"])
assert nf == 24 and nc == 26, (nf, nc)
assert len({r["title"] for r in records}) == 50
random.Random(SEED).shuffle(records)
with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        out = {"id": f"{SETNAME}-{i:03d}", "title": r["title"], "text": r["text"], "clean": r["clean"]}
        if not r["clean"]:
            out["person"] = r["person"]; out["gender"] = r["gender"]
        out["flips"] = r["flips"]
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")
print("articles", len(records), "flips", sum(len(r["flips"]) for r in records))
for r in records:
    print(words(r["text"]), len(r["flips"]), r["title"][:60])
