"""Synthetic outlets built from committed clean text, for the source scores and copy linking.

The clean articles are the hand-written clean passages of the blind sets
(tests/eval/blind_set*.jsonl) grouped eight to an article, so everything
here runs on a fresh clone. Five outlets:

* ``clean.example``: the clean articles, first in the stream (originals);
* ``mtfarm.example``: copies of clean.example's articles with machine-
  translation damage (tests/eval/inject_mt.py's injectors);
* ``pasted.example``: other clean articles pasted twice;
* ``scraped.example``: other clean articles with page furniture lines
  (tests/eval/inject_residue.py's generator) above and below the text;
* ``tiny.example``: two clean articles.

Run: python tests/eval/source_outlets.py > outlets.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inject_mt import corrupt  # noqa: E402
from inject_residue import furniture_line  # noqa: E402

MT_KINDS = ("glued", "stray", "break", "fragment", "attribution")
PER_ARTICLE = 8


def clean_articles() -> list[str]:
    """Articles of eight clean passages each, in a fixed order."""
    passages = []
    for name in ("blind_set.jsonl", "blind_set_v2.jsonl", "blind_set_v3.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("kind") == "clean":
                passages.append(record["text"])
    return ["\n\n".join(passages[i : i + PER_ARTICLE]) for i in range(0, len(passages) - PER_ARTICLE + 1, PER_ARTICLE)]


def mt_damage(text: str, rng: random.Random, per_kind: int = 2) -> str:
    """``text`` with ``per_kind`` artefacts of each machine-translation kind injected."""
    for kind in MT_KINDS:
        text = corrupt(text, kind, rng, n=per_kind).text
    return text


def scrape(text: str, rng: random.Random) -> str:
    """``text`` between page-furniture lines, as a careless scraper leaves it."""
    top = furniture_line(rng, ("Council approves budget",))[1]
    bottom = [furniture_line(rng, ("Council approves budget",))[1] for _ in range(2)]
    return "\n\n".join([top, text, *bottom])


def outlets(seed: int = 0, per_outlet: int = 8, articles: list[str] | None = None) -> list[dict]:
    """The five outlets' records (``id``, ``source``, ``text``), clean originals first.

    ``articles``: the clean texts to build them from (default: clean_articles()).
    """
    rng = random.Random(seed)
    articles = clean_articles() if articles is None else articles
    need = 3 * per_outlet + 2
    assert len(articles) >= need, f"{len(articles)} clean articles, {need} needed"
    clean, pasted, scraped, tiny = (articles[:per_outlet], articles[per_outlet : 2 * per_outlet],
                                    articles[2 * per_outlet : 3 * per_outlet], articles[3 * per_outlet : need])
    records = [{"id": f"clean-{i}", "source": "clean.example", "text": t} for i, t in enumerate(clean)]
    records += [{"id": f"farm-{i}", "source": "mtfarm.example", "text": mt_damage(t, rng)} for i, t in enumerate(clean)]
    records += [{"id": f"pasted-{i}", "source": "pasted.example", "text": f"{t}\n\n{t}"} for i, t in enumerate(pasted)]
    records += [{"id": f"scraped-{i}", "source": "scraped.example", "text": scrape(t, rng)}
                for i, t in enumerate(scraped)]
    records += [{"id": f"tiny-{i}", "source": "tiny.example", "text": t} for i, t in enumerate(tiny)]
    return records


if __name__ == "__main__":
    for record in outlets():
        print(json.dumps(record, ensure_ascii=False))
