"""Where quoted speech is: inside it, speakers talk about third people."""

from __future__ import annotations

import re

from sourcelint.document import Document

_QA_RE = re.compile(r"(?:Q|A|Question|Answer)\s*[:.]\s")
_SPEAKER_LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}:\s")
_QUOTE_CHAR_RE = re.compile(r"[\"“”„«»‘’']")
_DOUBLE_QUOTES = "\"“”„«»"
_OPEN_CONTEXT = " \t\n([{—–-/"


def quote_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` ranges of quoted speech (and Q/A interview paragraphs)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    answers = _interview_answers(doc)
    spans += _block_quotations(doc)
    for k, para in enumerate(doc.paragraphs):
        ps, pe = para.start, para.end
        if _QA_RE.match(text, ps):
            spans.append((ps, pe))
            continue
        if k in answers:
            label = _SPEAKER_LABEL_RE.match(text, ps)  # ("Wolski: Because she ...": the label is no speech)
            spans.append((label.end() if label else ps, pe))
            continue
        dopen = -1
        sopen = -1
        for m in _QUOTE_CHAR_RE.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            opening = prev in _OPEN_CONTEXT and (nxt.isalnum() or nxt in "‘'.…([$£€")
            closing = not prev.isspace() and not nxt.isalnum()
            if ch in _DOUBLE_QUOTES:
                if opening and not closing:
                    is_open = True
                elif closing and not opening:
                    is_open = False
                elif ch in "“„«":
                    is_open = dopen < 0 or not (nxt.isspace() or nxt in ",.;:")
                elif ch in "”»":
                    is_open = False
                else:
                    is_open = dopen < 0
                if dopen < 0:
                    if is_open:
                        dopen = i
                elif not is_open:
                    spans.append((dopen, i + 1))
                    dopen = -1
                else:  # a second opening quote: the first was never closed
                    spans.append((dopen, i))
                    dopen = i
            else:
                # Single quotes double as apostrophes: only a clear opener
                # followed later by a clear closer makes a quote.
                if dopen >= 0:
                    continue
                if sopen < 0:
                    if opening and ch in "‘'" and prev in _OPEN_CONTEXT:
                        sopen = i
                elif closing and ch in "’'" and prev not in "sS":
                    spans.append((sopen, i + 1))
                    sopen = -1
        if dopen >= 0:
            spans.append((dopen, pe))
    spans.sort()
    return spans



#: Questions an article must ask, each a paragraph of its own, to be an interview.
MIN_QUESTIONS = 3
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b")


def _interview_answers(doc: Document) -> set[int]:
    """The paragraphs of an unlabelled interview that answer a question: each
    right after a short paragraph ending in "?", in the interviewee's own
    voice (first person), when the article asks three such questions."""
    paras = doc.paragraphs
    text = doc.text
    questions = [k for k, p in enumerate(paras)
                 if text[p.start : p.end].rstrip().endswith("?") and len(text[p.start : p.end].split()) <= 40]
    if len(questions) < MIN_QUESTIONS:
        return set()
    return {k + 1 for k in questions
            if k + 1 < len(paras) and _FIRST_PERSON_RE.search(text, paras[k + 1].start, paras[k + 1].end)}


#: Lines of a poem or lyrics are this short.
_VERSE_LINE = 60


def _block_quotations(doc: Document) -> list[tuple[int, int]]:
    """Poems and lyrics an article quotes: after a paragraph ending in ":",
    two lines or more, each short, with no blank line between ("Its title
    poem ends:" / "His cap on the hook. / His cup on the shelf."). Their
    pronouns are the poem's, not the story's."""
    text, paras = doc.text, doc.paragraphs
    spans: list[tuple[int, int]] = []
    k = 1
    while k < len(paras):
        if not text[paras[k - 1].start : paras[k - 1].end].rstrip().endswith(":"):
            k += 1
            continue
        first = k
        lines = 0
        while k < len(paras):
            block = text[paras[k].start : paras[k].end]
            if max(map(len, block.split("\n"))) > _VERSE_LINE:
                break
            lines += block.count("\n") + 1
            k += 1
            if k < len(paras) and text.count("\n", paras[k - 1].end, paras[k].start) > 1:
                break  # a blank line ends the block
        if lines >= 2 and k > first:
            spans.append((paras[first].start, paras[k - 1].end))
        k = max(k, first + 1)
    return spans
