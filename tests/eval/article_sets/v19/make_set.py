import json, os, random, re, importlib.util
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)
KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder", "furniture",
         "embed", "foreign", "disclaimer", "broken_paragraph", "duplicated_block"}
MINS = {"glued": 10, "stray": 10, "fragment": 10, "placeholder": 10, "break": 10,
        "attribution": 8, "furniture": 8, "embed": 8, "foreign": 8, "disclaimer": 8,
        "broken_paragraph": 8, "duplicated_block": 8}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def render(raw):
    raw = raw.strip("\n")
    out, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind == "dup":
            n = int(body)
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            paras = out[:-2].split("\n\n")
            assert len(paras) > n, "not enough paragraphs to duplicate"
            copy = "\n\n".join(paras[-n:])
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start, "end": len(out), "text": copy})
        else:
            assert kind in KINDS, kind
            start = len(out)
            out += body
            spans.append({"kind": kind, "start": start, "end": len(out), "text": body})
        pos = m.end()
    out += raw[pos:]
    return out, spans


def main():
    damaged = load("articles_damaged_a") + load("articles_damaged_b")
    clean = load("articles_clean_a") + load("articles_clean_b")
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)
    records, counts, problems = [], Counter(), []
    for is_clean, group in ((False, damaged), (True, clean)):
        for i, (outlet, raw) in enumerate(group):
            text, spans = render(raw)
            title = text.split("\n", 1)[0]
            tag = ("clean" if is_clean else "damaged") + f"#{i} {title[:50]}"
            wc = len(text.split())
            if not 250 <= wc <= 500:
                problems.append(f"{tag}: {wc} words")
            if text.split("\n")[1] != "":
                problems.append(f"{tag}: no blank line after title")
            if "⟦" in text or "⟧" in text:
                problems.append(f"{tag}: marker left")
            if is_clean and spans:
                problems.append(f"{tag}: spans on clean")
            if not is_clean and not 2 <= len(spans) <= 6:
                problems.append(f"{tag}: {len(spans)} spans")
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"]
                assert s["text"].strip(), tag
                counts[s["kind"]] += 1
            records.append({"source": outlet, "title": title, "text": text,
                            "clean": is_clean, "spans": spans})
    for k, v in MINS.items():
        if counts[k] < v:
            problems.append(f"kind {k}: {counts[k]} < {v}")
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    assert len({r["source"] for r in records}) >= 8
    random.Random(19).shuffle(records)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(records, 1):
            rec = {"id": f"v19-{n:03d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("articles:", len(records), "damaged:", len(damaged), "clean:", len(clean))
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
