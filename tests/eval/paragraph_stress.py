"""MT004 and MT005 on professional human translations laid out as prose.

The WMT21 references in the shared corpus hold one sentence a line, so the
tests that read a sentence among others in its paragraph barely run on
them. This joins every four lines into a paragraph and lists the warning
and error findings of the chosen rules: each is a false alarm on clean,
translated prose.

    python tests/eval/paragraph_stress.py [--select MT004,MT005] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sourcelint import Linter
from sourcelint.config import Config

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def as_paragraphs(text: str, size: int = 4) -> str:
    """The text's lines, ``size`` to a paragraph."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return "\n\n".join(" ".join(lines[i : i + size]) for i in range(0, len(lines), size))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--select", default="MT004,MT005")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    linter = Linter(Config(select=tuple(args.select.split(","))))
    words = 0
    alarms = []
    for path in sorted(args.corpus.glob("wmt21-*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if not str(rec.get("id", "")).endswith("-refA"):
                continue
            text = as_paragraphs(rec["text"])
            report = linter.lint_text(text, id=rec["id"])
            words += report.words
            alarms += [(rec["id"], f.code, text[f.start : f.end][:90]) for f in report.findings if f.severity != "info"]
    for rid, code, excerpt in alarms:
        print(f"{rid} {code} {excerpt!r}")
    print(f"{len(alarms)} finding(s) in {words:,} words: {1000 * len(alarms) / max(words, 1):.3f} per 1,000 words")


if __name__ == "__main__":
    main()
