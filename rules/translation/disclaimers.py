"""MT006 translation disclaimers: the article says it was translated or
republished automatically."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable

import ahocorasick

from sourcelint.analysis import analysis
from sourcelint.document import Document, Paragraph
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from ..boilerplate.origin_notices import origin_notices
from ..folding import lowered_text
from ..lexicon import data_lines
from ..literals import LiteralSet
from ..messages import shown
from .prose import SPEECH_VERB_SET, Hit, findings_from


_STEM_DROP = frozenset("a an the this that these our its their your".split())


def _stem(word: str) -> str:
    """A deliberately crude suffix strip so 'translated'/'translates' meet."""
    if len(word) > 5:
        for suf in ("ing", "ed", "es", "s"):
            if word.endswith(suf):
                word = word[: -len(suf)]
                break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _normalise_words(words: Iterable[str]) -> list[str]:
    out = []
    for w in words:
        for part in re.split(r"[-'’]", w.lower()):
            if part and part not in _STEM_DROP:
                out.append(_stem(part))
    return out


@lru_cache(maxsize=None)
def _disclaimer_automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton over normalised disclaimer phrases (" w1 w2 ... ")."""
    auto = ahocorasick.Automaton()
    for phrase in data_lines("mt_disclaimers.txt"):
        key = " " + " ".join(_normalise_words(phrase.split())) + " "
        auto.add_word(key, (key, phrase))
    auto.make_automaton()
    return auto


# Cheap lowercase substrings: a paragraph is normalised and matched against
# the phrase list only when one of these occurs in it.
_DISCLAIMER_ANCHORS = (
    "translat", "programmatic", "syndicat", "automatic", "point of view", "human editor", "not been edited",
    "aggregat", "transmit", "views of", "views in ", "views expressed", "opinion of", "opinions in ", "opinions expressed",
    "position of", "rendered into", "original source", "original publisher", "necessarily",
    "generated", "written by", "produced by", "created by", "compiled", "drafted by", "prepared by", "with the help of",
    "rendered by", "rendered with", "rendered using",
)
_ANCHORS = LiteralSet(_DISCLAIMER_ANCHORS)


# A notice of automatic translation, in any wording, says three things in
# one short sentence: the text was translated, by a machine, and "this" text
# is meant. The phrase list catches the fixed formulas; these concepts catch
# the rest ("Note: This content was translated by an AI tool", "The
# translation was provided by an automated service", "Translated by DeepL.").
_TRANSLATED_RE = re.compile(r"\b(?:(?:auto|machine|computer)-?)?translat(?:ed|ion|ions|or|ors|e|ing)\b"
                            r"|\brendered (?:into [A-Z][a-z]+|by|with|using)\b", re.I)
_MACHINE_RE = re.compile(
    r"\b(?:machine|machines|automatic|automatically|automated|auto-?translat\w*|software|programmatic|"
    r"computer|computer-generated|algorithms?|algorithmic|algorithmically|robots?|bots?|AI|A\.I\.|LLMs?|GPT|"
    r"language models?|generative|"
    r"artificial intelligence|neural|google translate|deepl|bing translator|yandex translate|"
    r"(?<=translated by )(?:google|papago|baidu|yandex|bing|microsoft)|"
    r"translation (?:tool|engine|service|system|software|program)s?)\b", re.I)
# "this text", "the following text", "this translated article", or the text
# named bare at the start of a notice ("Content auto-translated by AI").
_SELF_RE = re.compile(
    r"\b(?:(?:this|the|following|below)(?: [\w-]+)? (?:article|story|text|content|news|report|page|post|piece|item|"
    r"translation|version|edition|copy|summary)|we|our|us|here|below|above|errors? in (?:the )?translation"
    # any text the notice points at as what was translated: "Parts of this obituary were translated"
    r"|\b(?:this|these) [a-z]{4,}(?: [\w-]+){0,2} (?:was|were|is|are|has been|have been) (?:[a-z]+ly )?"
    r"(?:(?:auto|machine)-?)?translated\b"
    r"|translation errors?|errors? of translation|(?:refer|see|consult) (?:to )?the [\w-]+ (?:original|version))\b"
    r"|^(?:this is|(?:[A-Z][a-z]+ )?(?:article|story|text|content|news|report|post|version|edition)\b)"
    # the site disowning the text: "takes no responsibility", "may contain errors"
    r"|\b(?:no|not|nor)(?: [\w-]+){0,2} (?:responsib|liab|accountab|guarantee)\w*"
    r"|\bmay (?:contain|include|have) (?:[\w-]+ )?(?:errors|inaccuracies|mistakes)\b",
    re.I)
# The text saying it was made by a machine, not translated: "This obituary was
# generated with the help of AI", "This story was written by automated software".
_GENERATED_RE = re.compile(r"\b(?:this|the following) (?:(?:[\w’'-]+ ){0,2}(?:was|were|is|are|has been|have been) |"
                           r"is an? (?:[\w’'-]+ ){0,3}(?:item|article|story|report|text|summary|update|piece) )"
                           r"(?:[a-z]+ly )?(?:generated|written|produced|created|compiled|drafted|prepared)\b", re.I)
# The site disowning a text a machine made: "may contain inaccuracies", "has not been reviewed".
_DISOWN_RE = re.compile(r"\bmay (?:contain|include|have) (?:[\w-]+ )?(?:errors|inaccuracies|mistakes)\b"
                        r"|\bnot (?:been )?(?:reviewed|edited|checked|verified)\b"
                        r"|\b(?:no|not|nor)(?: [\w-]+){0,2} (?:responsib|liab)\w*", re.I)


def _made_by_machine(t: str, after: str) -> re.Match[str] | None:
    """A sentence saying a machine made the text it belongs to, when it or
    the next sentence disowns that text ("... and may contain inaccuracies");
    one that vouches for it ("... and checked by our editors") is a
    disclosure, and a syndicated feed is BLP004's."""
    m = _GENERATED_RE.search(t)
    if m is None or "feed" in t.lower() or not (_DISOWN_RE.search(t) or _DISOWN_RE.search(after)):
        return None
    return m


# Sentences that open with the label itself: "Translated by DeepL.",
# "(Machine translation from Arabic)", "Source: automatic translation of ...".
_LABEL_RE = re.compile(r"[(\[]?(?:[A-Z][a-z]+: )?(?:(?:machine|automatic|automated|auto|ai|computer|"
                       r"[a-z]+ly)[- ])?(?:translat(?:ed|ion))\b", re.I)
# Reporting about translation, not a notice: "researchers found that the
# story was machine translated", "..., the company said."
_REPORTED_RE = re.compile(r"\b(?:found|showed|shows|reported|claimed|alleged|revealed|suggested) that\b|"
                          r"\baccording to\b|, (?:[\w’'-]+ ){0,4}(?:said|says|reported|added|wrote)"
                          r"(?: on \w+)?[.”\"]*$", re.I)


# The aggregator's "not all news on the site expresses its point of view",
# in any wording: news published by the site, its point of view, a negation.
# (An op-ed's "the views expressed are the author's own" names no news.)
_POV_RE = re.compile(r"\b(?:point of view|points of view|views?|opinions?|position|editorial line|"
                     r"(?:necessarily )?(?:represents?|reflects?))\b", re.I)
_BRACKET_LABEL_RE = re.compile(r"[\[(][^\])\n]{0,40}?translat[^\])\n]{0,40}[\])]", re.I)
_POV_NEWS_RE = re.compile(r"\b(?:news|materials|reports|pieces of news|piece of news|articles?|stories|content|"
                          r"(?:this|the) (?:item|piece|post|text|copy))\b", re.I)
_POV_SITE_RE = re.compile(r"\b(?:site|website|portal|agency|platform|here|we|our|us)\b", re.I)
# Who the text belongs to, when the site says it is not its own: "belong to
# the original source", "those of its original publisher".
_ORIGINAL_RE = re.compile(r"\b(?:original|source) (?:source|publisher|outlet|author|media|website|site|newspaper)s?\b",
                          re.I)
_NEGATION_RE = re.compile(r"\b(?:not|never|necessarily|no)\b", re.I)


def _translation_notices(doc: Document, para: Paragraph, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences of ``para`` that announce their own automatic translation, or
    disown the news they carry."""
    out = []
    # By index and bisection: a slice of the sentences per paragraph and a
    # scan of every match per sentence were quadratic on a repeated notice.
    sentences = doc.sentences
    starts = sorted(ms for ms, _, _ in taken)
    for i in range(bisect_left(doc.sentence_starts, para.start), len(sentences)):
        sent = sentences[i]
        if sent.start >= para.end:
            break
        k = bisect_left(starts, sent.start)
        if k < len(starts) and starts[k] < sent.end:
            continue
        t = sent.text
        if len(t) > 300 or _REPORTED_RE.search(t) or any(w in SPEECH_VERB_SET for w in t.lower().split()):
            continue  # "Researchers said the text had been machine translated": reporting, not a notice
        pov = _POV_RE.search(t)
        if pov and _POV_NEWS_RE.search(t) and len(t.split()) <= 40 and (
                (_POV_SITE_RE.search(t) and _NEGATION_RE.search(t)) or _ORIGINAL_RE.search(t)):
            out.append((sent.start + pov.start(), sent.start + pov.end(), pov.group()))
            continue
        tr = _TRANSLATED_RE.search(t) or _made_by_machine(t, sentences[i + 1].text if i + 1 < len(sentences)
                                                           and sentences[i + 1].paragraph == sent.paragraph else "")
        if tr is None or _MACHINE_RE.search(t) is None:
            continue
        short_label = _LABEL_RE.match(t) is not None and len(t.split()) <= 12
        if short_label or _SELF_RE.search(t) or (len(t.split()) <= 8 and "translated" in tr.group().lower()):
            out.append((sent.start + tr.start(), sent.start + tr.end(), tr.group()))
    return out


@analysis("translation.disclaimers", needs=(origin_notices, lowered_text))
def disclaimer_hits(doc: Document) -> list[Hit]:
    """Notices of automatic translation or of news the site disowns (MT006's hits)."""
    text = doc.text
    auto = _disclaimer_automaton()
    hits: list[Hit] = []
    # A paragraph's lowercase text is part of the document's (case mapping
    # is per character but for the final sigma, which is not ASCII), so an
    # anchor in no paragraph is nowhere in it: most articles stop here, after
    # a few substring tests, instead of a regex scan per paragraph.
    lowered = lowered_text(doc)
    if not _ANCHORS.any_in(lowered):
        return hits
    for para in doc.paragraphs:
        if not _ANCHORS.any_in(para.text.lower()):
            continue
        labels = []
        for m in _BRACKET_LABEL_RE.finditer(text, para.start, para.end):
            # "[Auto-translated] The national team ...": the label alone is the
            # notice; the sentence it sits in is the article's
            if _MACHINE_RE.search(m.group()):
                labels.append((m.start(), m.end()))
                # No fix: the notice is evidence of the text's origin, not a defect.
                hits.append(Hit("MT006", m.start(), m.end(), f"notice of automatic translation ('{m.group()}')", 1.0))
        toks = doc.tokens_in(para.start, para.end)
        stream: list[str] = []
        offs: list[int] = []  # char offset in the stream where each word starts
        spans: list[tuple[int, int]] = []
        pos = 1
        for tok in toks:
            for part in _normalise_words([tok.text]):
                stream.append(part)
                offs.append(pos)
                spans.append((tok.start, tok.end))
                pos += len(part) + 1
        joined = " " + " ".join(stream) + " "
        matched: list[tuple[int, int, str]] = []
        for end_idx, (key, phrase) in auto.iter(joined):
            start_char = end_idx - len(key) + 2
            wi = bisect_right(offs, start_char) - 1
            wj = bisect_right(offs, end_idx - 1) - 1
            matched.append((spans[wi][0], spans[wj][1], phrase))
        matched.extend(_translation_notices(doc, para, matched))
        if labels:  # labels are found in order and disjoint: bisect, not a scan per match
            label_starts = [a for a, _ in labels]
            matched = [x for x in matched
                       if (k := bisect_right(label_starts, x[0]) - 1) < 0 or x[0] >= labels[k][1]]
        if not matched:
            continue
        matched.sort()
        # One finding per sentence that carries a notice, spanning the sentence.
        seen: set[int] = set()
        for ms, me, phrase in matched:
            sent = doc.sentence_at(ms)
            if sent is None or sent.index in seen or _REPORTED_RE.search(sent.text) \
                    or any(w.strip(",.;:") in SPEECH_VERB_SET for w in sent.text.lower().split()):
                continue
            seen.add(sent.index)
            last = doc.sentence_at(max(me - 1, ms)) or sent
            end = last.end
            hits.append(
                Hit(
                    "MT006",
                    sent.start,
                    end,
                    f"notice of automatic translation or aggregation ('{text[ms:me]}')",
                    1.0,
                )
            )
    return hits + _translation_paragraphs(doc, hits)


def _translation_paragraphs(doc: Document, hits: list[Hit]) -> list[Hit]:
    """Notices of machine translation said across a short paragraph's sentences
    ("X uses automated translation. This story was translated from Romanian."),
    where no sentence says it all."""
    found = [i for i, kind in origin_notices(doc).items() if kind == "translation"]
    out: list[Hit] = []
    for i in sorted(found):
        sent = doc.sentences[i]
        para = doc.paragraphs[sent.paragraph]
        if any(h.start < para.end and para.start < h.end for h in hits + out):
            continue  # the paragraph's notice is reported already
        last = i
        while last + 1 in found and doc.sentences[last + 1].paragraph == sent.paragraph:
            last += 1
        end = doc.sentences[last].end
        out.append(Hit("MT006", sent.start, end, f"notice of automatic translation ('{shown(doc.text[sent.start:end], 60)}')", 1.0))
    return out


class TranslationDisclaimer(Rule):
    """The article says it was translated or republished automatically.

    What it finds:
    Notices such as "this article was machine translated", "translated
    through programmatic technology" or "not all news on the site expresses
    the point of view of the site, but we transmit this news automatically".
    (Notices of syndication and republication, "auto-generated from a
    syndicated feed", are BLP004's.) Fixed formulas come from the phrase list rules/data/mt_disclaimers.txt,
    matched on a normalised word stream (case, punctuation, determiners and
    word endings ignored); other wordings are recognised by what a notice
    says in one sentence: the text was translated ("rendered into English"),
    by a machine ("an AI tool", "DeepL", "an automated service", "a
    computer program"), and this text is meant ("this content", "the
    translation", "any errors in translation", or a label such as
    "Translated by ..."); or, across the sentences of a short paragraph,
    when no sentence says it all ("X uses automated translation for some
    copy. This story was translated from Romanian and has not been
    verified."; ``origin_notices``, shared with BLP004).
    A text that says a machine made it ("This obituary was generated with
    the help of AI", "This is an automated news item compiled from ...")
    is one when it, or the next sentence, disowns the text ("may contain
    inaccuracies", "has not been reviewed"); "... and checked by our
    editors" is a disclosure, not a notice.
    Reporting about machine translation ("researchers found that the story
    was machine translated", "..., the company said") is not a notice.

    Why it matters:
    The notice is the publisher's own admission that nobody edited or checked
    the text; such articles should not be treated as a primary source.

    How to fix:
    Find and use the original article. If republishing is intended, remove
    the notice only after a human has edited the translation. There is no
    automatic fix, not even an unsafe one: the notice is evidence of where
    the text came from, and deleting it would launder the source.
    """

    code = "MT006"
    name = "translation-disclaimer"
    severity = "error"
    family = "translation"
    supersedes = ("BLP004",)
    needs = (disclaimer_hits, origin_notices)

    def check(self, doc: Document) -> Iterable[Finding]:
        return findings_from(self, doc, disclaimer_hits(doc))
