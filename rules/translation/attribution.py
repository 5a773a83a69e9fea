"""Doubled speech tags ("..., he said. she declared."): the analysis behind
MT005, which MT003 and the pronoun rules read too."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, repeat

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence
from sourcelint.finding import Edit, Fix

from ..lexicon import data_lines
from ..tokens import token_lowers
from .attribution_names import same_speaker_tags
from .attribution_repeats import repeated_tags
from .attribution_segments import tags_in_clauses
from .prose import SPEECH_VERB_SET, SPEECH_VERBS, Hit, para_starts

__all__ = ["doubled_attribution"]


# A name's word, double-barrelled too ("Obuya-Sandford").
_NAME = r"[A-Z][a-zß-öø-ÿ’'-]+(?:-[A-Z][a-zß-öø-ÿ’']+)?"
_SUBJ = rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|{_NAME}(?: {_NAME}){{0,2}}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) [a-z]+(?: [a-z]+)?)"
# Words after a tag's verb: an object or a place ("told reporters", "said in
# a statement", "said on Monday"), at most three words.
_TAIL = r"(?: [\w’'-]+){0,3}?"
# A tag: "he said", "he told reporters", inverted "said Wang Yi"; the second
# may also be a bare verb ("said the president. stated.") or "according to him".


# An adverb between a tag's subject and its verb: "she once told", "he later said".
_TAG_ADVERB = r"(?:(?:[a-z]+ly|once|also|later|then|again|earlier|previously|often|never|always) )?"


# Role words before a name in an inverted tag ("said dancer Mereoni Tuilau",
# "said team captain Sofia Reyes"): lowercase words that are no function word.
_ROLE_WORDS = r"(?:(?!(?:on|in|at|to|for|from|with|by|after|before|during|the|a|an|that|this|last|next|and|or)\b)[a-z]+ ){1,2}"
_SUBJ_RE = re.compile(_SUBJ)
# An age after a name: "Mereoni Tuilau, 19".
_AGE = r"(?:, \d{1,3})?"


def _tag(s: str, v: str, o: str, vi: str, si: str, place: str = "") -> str:
    return (f"(?:(?P<{s}>{_SUBJ}) {_TAG_ADVERB}(?P<{v}>{SPEECH_VERBS})(?P<{o}>{_TAIL})"
            f"|(?P<{vi}>{SPEECH_VERBS}) (?P<{si}>{_SUBJ}|{_ROLE_WORDS}{_NAME}(?: {_NAME}){{0,2}}){_AGE}{place})")


# Where an inverted second tag was said: "said Ndlovu in court", "said Lee outside the hearing".
_PLACE = r"(?:[ \t]+(?:in|at|outside) (?:the |a )?[a-z]+)?"


# The verbs a sentence-final second tag may use: the speech verbs and other
# verbs of communication ("the singer revealed").
_END_VERBS = "|".join(sorted(set(SPEECH_VERBS.split("|")) | set(" ".join(data_lines("attribution_verbs.txt")).split()),
                             key=len, reverse=True))
_END_VERB_SET = SPEECH_VERB_SET | {"out", "according"} | frozenset(" ".join(data_lines("attribution_verbs.txt")).split())
_ATTR_RE = re.compile(
    r"(?<![\w’'-])" + _tag("s1", "v1", "obj", "v1i", "s1i") + r"[ \t]?(?P<sep>[.,;])[ \t]+"
    + "(?:" + _tag("s2", "v2", "obj2", "v2i", "s2i", _PLACE)
    + rf"|(?P<v2b>{_END_VERBS})|(?P<acc>according to (?:him|her|them|(?:the|a|an|its|his|her|their) [a-z]+(?: [a-z]+){{0,2}})))"
    # the second tag is bare: it ends the sentence or the clause
    + r"(?=[ \t]?[.,;:”\"]|[ \t]*$)"
)
_LOWER_PRONOUNS = frozenset("he she they we".split())
_PLAIN_SAYING = frozenset("said says stated states added adds".split())
_OBJECT_VERBS = frozenset("told tells asked asks assured assures warned warns urged urges reminded".split())
_TIME_RE = re.compile(r" (?:on|last|this|late|early) [A-Za-z]+(?: [a-z]+)?|"
                      r" (?:today|yesterday|later|earlier|afterwards|again)|"
                      r" (?:in|on|at|to|during|after|via|through|from) (?:a |an |the |his |her |their )?[\w’'-]+|"
                      # whom the words were about: "said of his goaltender", "said about the plan"
                      r" (?:of|about) (?:a |an |the |his |her |their |its )?[\w’'-]+")
_NOT_SUBJECTS = frozenset(
    "The This That It In On At As And But When While After Before If So Then Also However "
    "Meanwhile Earlier Later Last Asked Speaking".split()
)


# The tokens a doubled tag is found between ("pointed out", "according to").
_ATTRIBUTION_WORDS = SPEECH_VERB_SET | {"out", "according"}


def _attribution_windows(doc: Document) -> list[tuple[int, int]]:
    """Spans where a speech verb followed by punctuation has another speech verb
    within a few words: the only places a doubled tag can be (a token pass,
    much cheaper than running the full pattern over the text)."""
    text = doc.text
    _, starts, ends, _ = doc.token_columns
    # The tag verbs' token indices, from their offsets (speech_word_starts
    # has found them already): no second pass over the tokens.
    verbs = list(map(bisect_left, repeat(doc.token_starts), speech_word_starts(doc)[1]))
    out: list[tuple[int, int]] = []
    for a, b in zip(verbs, verbs[1:]):
        between = text[ends[a] : starts[b]]
        if len(between) <= 40 and any(c in between for c in ".,;"):
            # the second tag may run on ("said the minister", "told reporters")
            out.append((max(0, starts[a] - 60), min(len(text), ends[b] + 40)))
    return out


@analysis("translation.speech_word_starts", needs=(token_lowers,))
def speech_word_starts(doc: Document) -> tuple[list[int], list[int]]:
    """Start offsets of the tokens that are attribution words, and of those
    that are any tag's verb (``_END_VERB_SET``): counting them in a sentence
    is then two bisections."""
    lowers, starts = token_lowers(doc), doc.token_starts
    return (list(compress(starts, map(_ATTRIBUTION_WORDS.__contains__, lowers))),
            list(compress(starts, map(_END_VERB_SET.__contains__, lowers))))


@analysis("translation.attribution", needs=(token_lowers, para_starts, speech_word_starts))
def doubled_attribution(doc: Document) -> list[Hit]:
    """Two speech tags for one quote (MT005's hits): in a row, one at each
    end of a sentence, or two among the clauses of one sentence."""
    hits = _adjacent_tags(doc)
    twice = _tagged_twice(doc)
    for more in (_sentence_end_tags(doc), repeated_tags(twice), tags_in_clauses(twice, doc.text),
                 same_speaker_tags(twice)):
        taken = [(h.start, h.end) for h in hits]
        hits += [h for h in more if not any(a < h.end and h.start < b for a, b in taken)]
    hits.sort(key=lambda h: h.start)
    return hits


def _adjacent_tags(doc: Document) -> list[Hit]:
    """A bare second tag right after the first: "..., he said. she declared." """
    text = doc.text
    hits: list[Hit] = []
    paras = doc.paragraphs
    starts = para_starts(doc)
    for ws, we in _attribution_windows(doc):
        para = paras[max(0, bisect_right(starts, ws + 60) - 1)]
        pos = max(ws, para.start)
        end = min(we, para.end)
        while True:
            m = _ATTR_RE.search(text, pos, end)
            if m is None:
                break
            pos = m.start() + 1
            inverted = m.group("s1") is None
            s1 = m.group("s1i") if inverted else m.group("s1")
            v1 = m.group("v1i") if inverted else m.group("v1")
            s2 = m.group("s2") or m.group("s2i") or ""
            if s1 in _NOT_SUBJECTS or s2 in _NOT_SUBJECTS:
                continue
            if inverted and (_SUBJ_RE.fullmatch(s1) is None or m.end("s1i") != m.start("sep")) and m.group("acc") is None:
                continue  # a role or an age in the tag: the tags of one name are judged by same_speaker_tags
            obj = "" if inverted else m.group("obj")
            obj2 = m.group("obj2") or ""
            if (obj and v1 not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj)) or (
                    obj2 and (m.group("v2") or "") not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj2)):
                # "he said Smith. she ..." is no tag; only "told reporters" or
                # "said on Monday" carry words after the verb
                continue
            after = text[m.end() : m.end() + 4]
            tag2_bare = after[:1] in (".", ",", ";", "") or m.end() >= para.end
            if hits and m.start() < hits[-1].end:
                continue  # overlapping windows find the same pair again
            # '"No," he said. She said, "Yes."': a new sentence opening a new
            # quote is another speaker; after a comma the quote goes on.
            if not tag2_bare or (m.group("sep") == "." and re.match(r"[,:]\s*[“\"]", after)):
                continue
            second = m.group()[m.end("sep") - m.start():].lstrip()
            if m.group("acc") is not None and (obj or v1 not in _PLAIN_SAYING):
                continue  # an act a source reports is news: '"...!" the striker shouted at X, according to ...'
            # "the council said, according to a statement": a source named twice, quote or not
            strong = (m.group("sep") == "." and second[:1].islower()) or m.group("acc") is not None
            # the tag follows a quote that closed ('," he said'), not one that opens ('"I asked')
            quoted = _closing_quote_before(text, max(para.start, m.start() - 3), m.start())
            if not strong and not quoted:
                continue
            tag1 = f"{v1} {s1}" if inverted else f"{s1} {v1}{obj}"
            tag2 = second
            cut_from = m.end("s1i") if inverted else m.end("obj")
            hits.append(
                Hit(
                    "MT005",
                    m.start(),
                    m.end(),
                    f"two speech tags for one quote: '{tag1}' then '{tag2}'",
                    1.0 if strong else 0.9,
                    Fix((Edit(cut_from, m.end(), ""),), safe=False, description=f"keep only '{tag1}'"),
                )
            )
            pos = m.end()
    return hits


def _closing_quote_before(text: str, lo: int, at: int) -> bool:
    """Whether a quote mark in ``text[lo:at]`` closes a quotation: a mark
    right after a word or a mark, not after a space or a paragraph's start."""
    for i in range(at - 1, lo - 1, -1):
        if text[i] in "”\"’":
            return text[i] == "”" or (i > 0 and not text[i - 1].isspace())
    return False


_PRONOUN_SUBJECT = r"(?:he|she|they|we|He|She|They|We)"
_NOUN_SUBJECT = r"(?:[Tt]he [a-z]+(?: [a-z]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
# A longer subject for a tag that ends a sentence: "the company's chief
# executive", "the mother of two", "a PSNI spokesperson".
# A subject in lowercase ("police", "two negotiators"): only right after a
# comma that ends a quote or a clause, before a speech verb.
_LOWER_SUBJECT = r"(?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*"
_END_NOUN_SUBJECT = (r"(?:[Tt]he (?:[a-z][\w’'-]* ){0,3}[a-z][\w’'-]*"
                     r"|[Aa]n? (?:(?!the |that |which |who )[\w’'-]+ ){0,2}[a-z][\w’'-]*"
                     r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})")
# A bare tag ending a sentence after a comma (and maybe a closing quote):
# ', he said.', ',” the mayor explained.', ', she told reporters after the race.'
_END_TAG_RE = re.compile(
    rf",[”\"]?[ \t]+(?P<subj>{_PRONOUN_SUBJECT}|[Ii]t|{_END_NOUN_SUBJECT})[ \t]+(?P<verb>{_END_VERBS})"
    rf"(?P<tail>(?: [\w’'-]+){{0,5}})[.!]?[”\"]?$")
# What may end the text before it: another tag right after the quote or the
# clause it attributes, maybe with an apposition ('," said Wang Lihua, an
# official at the bureau', 'anyone's car, the mayor said').
_TAG_BEFORE_RE = re.compile(
    rf"(?:,[”\"]?|[”\"],?)[ \t]+(?:(?:{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT}|{_LOWER_SUBJECT})[ \t]+(?:{SPEECH_VERBS})"
    rf"|(?:{SPEECH_VERBS})[ \t]+{_NOUN_SUBJECT}|[Aa]ccording to [^,.;:“”\"]{{2,60}})"
    r"(?:,[ \t]+(?:an?|the|Mr\.?|Ms\.?|Mrs\.?|Dr\.?) [^,.;:“”\"]{1,120})?$")
# A sentence that opens with a tag and quotes its speaker: 'The judge said
# the defendant had "put profit before lives,"' (then a second tag).
# Or with "according to" ('According to the chief, "The blaze started here,"
# he said.'), or a tag and reported speech with no quote ('The coach said
# after the match that ..., he told journalists.': then only a pronoun tag).
_TAG_OPENING_RE = re.compile(
    rf"(?:(?:{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT})[ \t]+(?:{SPEECH_VERBS})\b[^“”\"]*|[Aa]ccording to [^,“”\"]{{2,60}},[ \t]*)"
    r"(?:“|(?<=\s)\"(?=\w))")
# A tag that introduces the quote right after it: 'Chen said: "', 'According to X, "'.
_QUOTE_INTRODUCED_RE = re.compile(r"[^“”\"]{2,80}[:,][ \t]*[“\"]")
_REPORTED_OPENING_RE = re.compile(
    rf"(?:{_PRONOUN_SUBJECT}|[A-Z][\w’'-]*(?: [\w’'-]+){{0,5}}?)[ \t]+(?:{SPEECH_VERBS})(?: [\w’'-]+){{0,4}}? that ")
# Two tags before the quote ('She said, he declared: "..."') or back to
# back after it ('"...," she said he said.').
_TWIN_TAGS_RE = re.compile(
    rf"(?:{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT})[ \t]+(?:{SPEECH_VERBS}),[ \t]+"
    rf"(?P<tag2>(?:{_PRONOUN_SUBJECT}|{_END_NOUN_SUBJECT})[ \t]+(?:{_END_VERBS}))[ \t]*[:,][ \t]*[“\"]")
_BACK_TO_BACK_RE = re.compile(
    rf"[,!?][”\"][ \t]+(?:{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT})[ \t]+(?:{SPEECH_VERBS})"
    rf"[ \t]+(?P<tag2>{_PRONOUN_SUBJECT}[ \t]+(?:{SPEECH_VERBS}))[.!]?$")
_PLACE_OR_TIME_RE = re.compile(r"(?: (?:on|in|at|after|before|during|to|from|via|last|this|late|early|later|"
                               r"earlier|today|yesterday|afterwards)\b(?: [\w’'-]+){0,4})?")


def _sentence_end_tags(doc: Document) -> list[Hit]:
    """A sentence that ends with a bare tag after a comma when it already has
    a tag: right before it ("Rossetti said, he told reporters.", "said Wang
    Lihua, an official, Wang said.") or at its start, with the quote
    between ('The judge said the firm had "cut corners," she said.')."""
    text = doc.text
    said, verbs = speech_word_starts(doc)
    hits: list[Hit] = []
    sentences = doc.sentences
    for i in sorted({*_sentences_holding_two(doc, said), *_sentences_holding_two(doc, verbs)}):
        sent = sentences[i]
        t = sent.text.rstrip()
        if "," not in t:
            continue
        twin = _TWIN_TAGS_RE.match(t) or _BACK_TO_BACK_RE.search(t)
        if twin is not None:
            hits.append(Hit("MT005", sent.start + twin.start("tag2"), sent.start + twin.end("tag2"),
                            f"a second speech tag for the same words: '{twin.group('tag2')}'", 0.85))
            continue
        m = _END_TAG_RE.search(t)
        if m is None or not _plain_tail(m.group("verb"), m.group("tail")):
            continue
        head = t[: m.start()].rstrip("”\"")
        quoted = t[m.start() + 1 : m.start() + 2] in "”\""
        opening = (_TAG_OPENING_RE.match(t) is not None and quoted) or (
            not quoted and m.group("subj").lower() in _LOWER_PRONOUNS and _REPORTED_OPENING_RE.match(t) is not None
            and not any(q in t for q in "“”\""))
        if _TAG_BEFORE_RE.search(head) is None and not opening:
            continue
        comma, tag_start = sent.start + m.start(), sent.start + m.start("subj")
        # with a tag before the quote and one after, the span holds both
        span_start = sent.start if opening and _QUOTE_INTRODUCED_RE.match(t) else tag_start
        end = sent.start + m.end("tail") if m.group("tail") else sent.start + m.end("verb")
        quote_end = comma + 1 + (1 if text[comma + 1] in "”\"" else 0)
        tag2 = text[tag_start:end]
        # Remove the comma and the tag, keep a closing quote: '... lives," she said.' -> '... lives."'
        fix = Fix((Edit(comma, comma + 1, ""), Edit(quote_end, end, "")), safe=False, description=f"remove '{tag2}'")
        hits.append(Hit("MT005", span_start, end, f"a second speech tag for the same words: '{tag2}'", 0.85, fix))
    return hits


def _tagged_twice(doc: Document) -> list[Sentence]:
    """The sentences with two speech verbs or more ("according" counts)."""
    said = speech_word_starts(doc)[0]
    if len(said) < 2:
        return []
    sentences = doc.sentences
    return [sentences[i] for i in _sentences_holding_two(doc, said)]


def _sentences_holding_two(doc: Document, positions: list[int]) -> list[int]:
    """Indices of the sentences holding two or more of the sorted
    ``positions``, in order: each position is placed by one bisection, so
    the cost goes with the few speech words, not with the sentences."""
    sentences, starts = doc.sentences, doc.sentence_starts
    counts: dict[int, int] = {}
    for p in positions:
        i = bisect_right(starts, p) - 1
        if i >= 0 and p < sentences[i].end:
            counts[i] = counts.get(i, 0) + 1
    return [i for i, n in counts.items() if n >= 2]


def _plain_tail(verb: str, tail: str) -> bool:
    """Whether the words after a tag's verb are what a tag carries: an object
    of a verb that takes one ("told reporters"), then a time or a place."""
    words = tail.split()
    if words and verb in _OBJECT_VERBS:
        # "told reporters", "told MPs", "told the council"
        skip = 2 if len(words) > 1 and words[0] in ("the", "a", "an") else 1
        tail = tail[len(" " + " ".join(words[:skip])):]
    return _PLACE_OR_TIME_RE.fullmatch(tail) is not None
