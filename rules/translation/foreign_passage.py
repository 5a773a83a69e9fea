"""MT007 foreign passages: a paragraph or sentence in another language or script."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from .foreign import foreign_passages
from .prose import findings_from


class ForeignPassage(Rule):
    """A paragraph or sentence is in another language or script.

    What it finds:
    Untranslated passages inside an English article: a paragraph or sentence
    mostly in a non-Latin script, or Latin-script text with almost no English
    function words that langdetect (seeded, deterministic) identifies as
    another language, and quotations of five words or more in another
    language, in any quote marks ("", “”, „“, « »; the marks left out of
    the span, also when the whole sentence is the quotation). Quotations of three or four words are judged by word
    knowledge when they stand as something said (opening a sentence or
    after a colon, ending on a mark): no two neighbouring words form a
    phrase English writes (web bigram counts), a word is unknown to English
    or of another language, and langdetect names another language; a
    phrase named inside an English sentence ('chanted "Sí, se puede" as')
    is cited, not left untranslated. The words after a colon in an English
    sentence are judged as a sentence of their own ("he added: Ons is
    teleurgesteld met die uitspraak"), and a line of figures and units
    ("Hereford steers, 12 mths, 380 kg") is data, not language. An unquoted run of four or more
    lowercase words inside an English sentence, none of them English
    (another language's function words aside) and two or more unknown to
    English, is judged the same way ("told reporters that neuvottelut ovat
    vaikeita mutta eivät mahdottomia"); terms of two or three words ("pro
    bono", "homo sapiens") are too short to count. Short function words shared with other languages ("a", "on",
    "no", "we") do not make a passage English when it has more of another
    language's, letters with diacritics, or mostly words no English
    dictionary knows. Only suspicious
    passages are sent to langdetect: eight words or more, or five with
    letters that carry diacritics or with most lowercase words unknown to
    an English dictionary (the ENABLE list); titles and lists of names are
    skipped. A language langdetect has no profile of (Irish, Maori, Latin)
    is known by word knowledge alone: six words or more, most lowercase and
    unknown to English, no two neighbouring words an English phrase, no
    code ("text in another language").
    A passage followed by its English rendering (a cue such as "(...)",
    "meaning", "it means", "in English" or "loosely translated", an English quotation of about its length
    right after it, even a terse one of English words alone, an English
    sentence right after the closing quote mark that speaks in the
    quotation's voice, repeats its names, or has about its length and does
    not go on with the story ('He was escorted out') and is no speech tag
    ('Mthembu said afterwards, as ...'), read also without a speech tag
    inside it ('We hope it does not happen again, she said, referring to
    ...'; 'The olive tree, she said, is like ...'), a speech tag and a
    bracket opening the rendering ('...," she said. ("We work ...")'; for a
    sentence of a longer quotation, after the whole quotation), a speech tag handing over to an English clause ('...,"
    she said: the children deserve better'), or a next sentence in English that repeats its names)
    is a quote with its translation, not damage. Articles whose metadata
    declares a non-English language are not checked.

    A passage in another script is measured by its words (vowel signs of Indic scripts and scripts written
    without spaces counted right), so its rendering after "which translates as", "Translated:" or a tag is
    recognised. An English quotation in the next paragraph renders a passage set off as a paragraph of its
    own (a verse, a lyric) when nothing but the break lies between them and no speech tag follows it;
    otherwise, like the quotation's own next sentence in its language, it is no rendering.

    Why it matters:
    Left-over source text shows that the translation was never finished or
    reviewed.

    How to fix:
    Translate the passage or remove it; if it is a deliberate quotation in
    the original language, add a translation next to it.
    """

    code = "MT007"
    name = "foreign-passage"
    severity = "warning"
    covers_span = True
    family = "translation"
    needs = (foreign_passages,)

    def check(self, doc: Document) -> Iterable[Finding]:
        return findings_from(self, doc, foreign_passages(doc))
