"""DUP004: a sentence repeated outside the copies DUP001-DUP003 report."""

from __future__ import annotations

from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

from .edits import para_label, quoted_words, removal
from .paragraphs import DEFAULT_SENTENCE_MIN_WORDS, FAMILY
from .sentences import duplicated_sentences, duplicated_sentences_memo


class DuplicatedSentence(Rule):
    """A sentence repeats an earlier sentence of the article.

    What it finds:
    A sentence of at least `min_words` words whose words (ignoring case and
    punctuation) are the same as an earlier sentence's, in a paragraph that is
    not itself reported as a copy by DUP001, DUP002 or DUP003. Typical causes
    are a pull quote or caption scraped into the body, or a sentence pasted
    into two paragraphs during editing. A media credit ("Picture by Jess
    Trewin, Coastline Post.", "Photo courtesy of ...") under each picture is
    no repeat, nor is a sentence shared by two entries of a list or a log
    (paragraphs opening "5. ", "- ", "• ": "Staff reported a raccoon in the
    book drop." under two times of day).

    Why it matters:
    The repeat reads as an error and gives one statement double weight; it
    often shows that the text was assembled from fragments.

    How to fix:
    Delete the later sentence, or the earlier one if it fits better there.
    The fix deletes the later one and is unsafe: the two places may need
    different wording around it.
    """

    code = "DUP004"
    name = "duplicated-sentence"
    family = FAMILY
    needs = (duplicated_sentences_memo,)
    severity = "warning"
    fixable = True
    covers_span = True
    fix_safety = "unsafe"
    options = {
        "min-words": Option(DEFAULT_SENTENCE_MIN_WORDS, "Sentences with fewer words are never reported.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per later occurrence of a repeated sentence."""
        sentences = doc.sentences
        paras = doc.paragraphs
        for dup in duplicated_sentences(doc, self.opts["min-words"]):
            s, first = sentences[dup.later], sentences[dup.earlier]
            para = paras[s.paragraph]
            if para.start == s.start and para.end == s.end:
                edit = removal(doc.text, s.start, s.end)
            else:
                # Inside a paragraph: take the sentence and the space after
                # it, or the space before it for the paragraph's last one.
                e = s.end
                while e < para.end and doc.text[e].isspace():
                    e += 1
                if e < para.end:
                    edit = Edit(s.start, e, "")
                else:
                    b = s.start
                    while b > para.start and doc.text[b - 1].isspace():
                        b -= 1
                    edit = Edit(b, s.end, "")
            where = "the same paragraph" if first.paragraph == s.paragraph else para_label(doc, first.paragraph)
            yield self.finding(
                doc,
                s.start,
                s.end,
                f"sentence {quoted_words(s.text)} already appears in {where}",
                related=[(first.start, first.end, "first occurrence")],
                fix=Fix((edit,), safe=False, description="remove the repeated sentence"),
            )
