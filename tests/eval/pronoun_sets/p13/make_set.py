import json, os, random, re, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


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


def main():
    flipped = load("flipped_a") + load("flipped_b")
    clean = load("clean_a") + load("clean_b")
    assert len(flipped) == 24, len(flipped)
    assert len(clean) == 26, len(clean)
    records = []
    for a in flipped:
        body = a["text"].strip()
        text, flips = render(a["title"], body)
        n = len(text.split())
        assert 250 <= n <= 450, (a["title"], n)
        assert 1 <= len(flips) <= 5, (a["title"], len(flips))
        assert a["gender"] in ("f", "m")
        wrong = MALE if a["gender"] == "f" else FEMALE
        right = FEMALE if a["gender"] == "f" else MALE
        for f in flips:
            assert text[f["start"]:f["end"]] == f["text"]
            assert f["text"].lower() in wrong, (a["title"], f)
            assert f["original"].lower() in right, (a["title"], f)
        surname = a["person"].split()[-1]
        assert surname in text, (a["title"], surname)
        assert "⟦" not in text and "⟧" not in text, a["title"]
        records.append({"title": a["title"], "text": text, "clean": False,
                        "person": a["person"], "gender": a["gender"], "flips": flips})
    for a in clean:
        body = a["text"].strip()
        assert "⟦" not in body and "⟧" not in body, a["title"]
        text = a["title"] + "\n\n" + body
        n = len(text.split())
        assert 250 <= n <= 450, (a["title"], n)
        records.append({"title": a["title"], "text": text, "clean": True, "flips": []})
    titles = [r["title"] for r in records]
    assert len(set(titles)) == len(titles), "duplicate titles"
    random.Random(1313).shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": "p13-%03d" % i, **r}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nflips = sum(len(r["flips"]) for r in records)
    print("articles", len(records), "flipped", len(flipped), "clean", len(clean), "flips", nflips)


if __name__ == "__main__":
    main()
