import json, os, random, re, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MARK = re.compile(r"⟦flip:([^|⟧]+)\|([^⟧]+)⟧")
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def load(name):
    try:
        return importlib.import_module(name).ARTICLES
    except ModuleNotFoundError:
        return []


def render(title, body):
    head = title + "\n\n"
    out, flips, pos = [], [], 0
    cur = len(head)
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
    return head + "".join(out), flips


def main():
    flipped = load("flipped_a") + load("flipped_b")
    clean = load("clean_a") + load("clean_b")
    records, problems = [], []
    for kind, arts in (("flipped", flipped), ("clean", clean)):
        for a in arts:
            title = a["title"].strip()
            body = a["text"].strip()
            text, flips = render(title, body)
            n = len(text.split())
            if not 250 <= n <= 450:
                problems.append(f"{kind} words={n}: {title}")
            if "⟦" in text or "⟧" in text or "flip:" in text:
                problems.append(f"marker left: {title}")
            rec = {"title": title, "text": text, "clean": kind == "clean"}
            if kind == "flipped":
                g = a["gender"]
                assert g in ("f", "m"), title
                if not 1 <= len(flips) <= 5:
                    problems.append(f"flip count {len(flips)}: {title}")
                wrong = MALE if g == "f" else FEMALE
                right = FEMALE if g == "f" else MALE
                for f in flips:
                    assert text[f["start"]:f["end"]] == f["text"], title
                    if f["text"].lower() not in wrong:
                        problems.append(f"written not wrong gender {f}: {title}")
                    if f["original"].lower() not in right:
                        problems.append(f"original not right gender {f}: {title}")
                surname = a["person"].split()[-1]
                if surname not in text:
                    problems.append(f"surname missing: {title}")
                rec.update(person=a["person"], gender=g, flips=flips)
            else:
                if flips:
                    problems.append(f"flips on clean: {title}")
                rec["flips"] = []
            records.append(rec)
    n_f = sum(1 for r in records if not r["clean"])
    n_c = sum(1 for r in records if r["clean"])
    print(f"flipped={n_f} clean={n_c} flips={sum(len(r['flips']) for r in records)}")
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "problems found"
    assert n_f == 24 and n_c == 26, (n_f, n_c)
    titles = [r["title"] for r in records]
    assert len(set(titles)) == len(titles), "duplicate titles"
    random.Random(20240610).shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            out = {"id": f"p10-{i:03d}", "title": r["title"], "text": r["text"], "clean": r["clean"]}
            if not r["clean"]:
                out.update(person=r["person"], gender=r["gender"])
            out["flips"] = r["flips"]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote", os.path.join(HERE, "set.jsonl"), len(records))


if __name__ == "__main__":
    main()
