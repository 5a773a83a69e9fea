"""STR003: mojibake, text decoded with the wrong codec."""

from __future__ import annotations

from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..messages import shown
from .encoding import MAX_REPORTED, mojibake_runs


class Mojibake(Rule):
    """Text damaged by decoding UTF-8 with the wrong codec ("â€™", "Ã©").

    What it finds:
    Runs of characters that are UTF-8 bytes read as Windows-1252 or
    Latin-1: "itâ€™s" for "it’s", "cafÃ©" for "café", "Â£" for "£",
    "ÐŸÑ€Ð¸" for Cyrillic. Detection and repair use ftfy, and only run on
    text that contains a likely UTF-8 lead character, so clean text costs a
    single scan. Correct accented text ("naïve café résumé") is left alone.

    Why it matters:
    The article passed through a broken pipeline; names and quotes are
    garbled, search and deduplication miss them, and readers see gibberish.

    How to fix:
    Replace each damaged run with its repair (the fix is safe: ftfy only
    proposes a repair when the bytes decode cleanly). Better, fix the
    pipeline's decoding step.
    """

    code = "STR003"
    name = "mojibake"
    family = "structure"
    needs = (mojibake_runs,)
    severity = "warning"
    fixable = True
    covers_span = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        reported = 0
        for s, e, fixed in mojibake_runs(doc):
            # Show the whole damaged word for context, repair only the run.
            ws = s
            while ws > 0 and text[ws - 1].isalnum():
                ws -= 1
            we = e
            while we < len(text) and text[we].isalnum():
                we += 1
            before = text[ws:we]
            after = text[ws:s] + fixed + text[e:we]
            reported += 1
            more = " (further damage not listed)" if reported == MAX_REPORTED else ""
            yield self.finding(
                doc, s, e,
                f"'{shown(before, 40)}' is mojibake for '{shown(after, 40)}'{more}",
                fix=Fix((Edit(s, e, fixed),), safe=True, description=f"repair to '{shown(fixed, 20)}'"),
            )
            if reported >= MAX_REPORTED:
                return
