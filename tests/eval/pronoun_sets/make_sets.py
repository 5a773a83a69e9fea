#!/usr/bin/env python3
"""Build two blind evaluation sets (p1, p2) for a pronoun-flip linter.

Articles live as Python strings in the art_*.py modules next to this script.
Flipped pronouns are marked  ⟦flip:WRITTEN|ORIGINAL⟧  or  ⟦flip:WRITTEN|ORIGINAL|kind⟧
(kind is an optional position tag used only for the printed statistics).
An optional ⟦person:Full Name⟧ at the start names the affected person.
"""
import collections, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import art_p1_flip_a, art_p1_flip_b, art_p1_clean_a, art_p1_clean_b
import art_p2_flip_a, art_p2_flip_b, art_p2_clean_a, art_p2_clean_b

MASC = {"he", "him", "his", "himself"}
FEM = {"she", "her", "hers", "herself"}
FLIP_RE = re.compile(r"⟦flip:([^|⟧]+)\|([^|⟧]+)(?:\|([^⟧]+))?⟧")
PERSON_RE = re.compile(r"^\s*⟦person:([^⟧]+)⟧\s*")


def parse(src, clean):
    src = src.strip("\n")
    person = ""
    m = PERSON_RE.match(src)
    if m:
        person = m.group(1).strip()
        src = src[m.end():]
    out, flips, pos = [], [], 0
    for m in FLIP_RE.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        w, o, kind = m.group(1), m.group(2), (m.group(3) or "unspecified")
        out.append(w)
        flips.append({"start": start, "end": start + len(w), "text": w,
                      "original": o, "_kind": kind})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:80]
    title = text.split("\n", 1)[0].strip()
    assert text.split("\n")[1] == "", "headline must be followed by a blank line: " + title
    nw = len(text.split())
    assert 250 <= nw <= 700, (title, nw)
    if clean:
        assert not flips, title
        gender = ""
    else:
        assert 1 <= len(flips) <= 5, (title, len(flips))
        genders = set()
        for f in flips:
            assert text[f["start"]:f["end"]] == f["text"]
            wl, ol = f["text"].lower(), f["original"].lower()
            assert (wl in MASC and ol in FEM) or (wl in FEM and ol in MASC), (title, f)
            assert f["text"][0].isupper() == f["original"][0].isupper(), (title, f)
            genders.add("f" if ol in FEM else "m")
        assert len(genders) == 1, title
        gender = genders.pop()
        assert person, title
    return title, text, person, gender, flips, nw


def build(name, flipped, clean, seed):
    assert len(flipped) == 24 and len(clean) == 26, (name, len(flipped), len(clean))
    items = [(s, False) for s in flipped] + [(s, True) for s in clean]
    random.Random(seed).shuffle(items)
    kinds = collections.Counter()
    nflips, words, titles = 0, [], set()
    path = os.path.join(HERE, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (src, is_clean) in enumerate(items, 1):
            title, text, person, gender, flips, nw = parse(src, is_clean)
            assert title not in titles, title
            titles.add(title)
            words.append(nw)
            for f in flips:
                kinds[f.pop("_kind")] += 1
            nflips += len(flips)
            rec = {"id": f"{name}-{i:03d}", "title": title, "text": text,
                   "clean": is_clean, "person": person if not is_clean else "",
                   "gender": gender, "flips": flips}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{path}: {len(items)} articles ({len(flipped)} flipped, {len(clean)} clean), "
          f"{nflips} flips, words {min(words)}-{max(words)} (mean {sum(words)/len(words):.0f})")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"   {k:22s} {v}")
    return titles


if __name__ == "__main__":
    t1 = build("p1", art_p1_flip_a.ARTICLES + art_p1_flip_b.ARTICLES,
               art_p1_clean_a.ARTICLES + art_p1_clean_b.ARTICLES, seed=20261207)
    t2 = build("p2", art_p2_flip_a.ARTICLES + art_p2_flip_b.ARTICLES,
               art_p2_clean_a.ARTICLES + art_p2_clean_b.ARTICLES, seed=20261208)
    assert not (t1 & t2), "sets must not share articles"
