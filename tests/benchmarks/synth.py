"""Synthetic news-like articles for scale tests and benchmarks (no data files needed).

    python tests/benchmarks/synth.py 1000000 > articles.jsonl   # a JSONL stream

Articles are built from seeded random sentences; some repeat a paragraph or
carry "Read more" residue, so rules have something to find. Deterministic for
a given seed.
"""

from __future__ import annotations

import json
import random
import sys
from typing import Iterator

_SUBJECTS = ["The minister", "A spokesperson for the council", "Local residents", "The company", "Police",
             "Researchers at the university", "The central bank", "Opposition leaders", "The coach", "Officials"]
_VERBS = ["said on Tuesday that", "warned that", "confirmed that", "announced that", "denied reports that",
          "told reporters that", "argued that", "insisted that", "suggested that", "wrote that"]
_OBJECTS = ["the new budget would cut spending on roads", "talks with the unions had stalled",
            "the bridge will reopen in the spring", "inflation had eased for a third month",
            "the team would appeal the decision", "more than 300 homes were without power",
            "the inquiry would publish its findings next year", "prices at the pump rose sharply",
            "the school would stay closed until further notice", "the project was running behind schedule"]


def article(rng: random.Random, n: int) -> dict:
    """One record: ``id``, ``text`` (4-9 paragraphs) and a ``source`` field."""
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = [f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."
                     for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
    if rng.random() < 0.1:
        paragraphs.append(paragraphs[0])  # a duplicated paragraph
    if rng.random() < 0.1:
        paragraphs.append("Read more: Click here to subscribe to our newsletter.")
    return {"id": f"synth-{n}", "text": "\n\n".join(paragraphs), "source": "synthetic"}


def articles(count: int, seed: int = 0) -> Iterator[dict]:
    """``count`` records, deterministic for ``seed``."""
    rng = random.Random(seed)
    for n in range(count):
        yield article(rng, n)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = sys.stdout
    for rec in articles(count):
        out.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    main()
