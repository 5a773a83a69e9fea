"""The boilerplate family (prefix BLP): what a scraper or aggregator left behind.

Page furniture (navigation, newsletter prompts, share buttons, credits),
placeholder links, social-media embed residue and aggregator notices are not
part of the article. Phrase lists live in ``data/boilerplate_*.txt`` as small
word templates (see the header of ``boilerplate_phrases.txt`` for the syntax);
they are matched on the document's shared word tokens, anchored with an
Aho-Corasick automaton, so case, punctuation and small wording changes do not
matter and a clean article costs one automaton pass.

One module per rule (``furniture_line``, ``placeholder_link``,
``embed_residue``, ``aggregator_notice``); shared parts in ``templates``
(the phrase templates and their per-document hits), ``lines``, ``prose``
(does a line read as news prose?) and ``spans``.
"""

from __future__ import annotations

from .aggregator_notice import AggregatorNotice
from .embed_residue import EmbedResidue
from .furniture_line import FurnitureLine
from .placeholder_link import PlaceholderLink
from .spans import removal_span
from .templates import Template, TemplateSet, load_templates, parse_template, template_set

__all__ = [
    "Template",
    "TemplateSet",
    "load_templates",
    "parse_template",
    "template_set",
    "removal_span",
    "FurnitureLine",
    "PlaceholderLink",
    "EmbedResidue",
    "AggregatorNotice",
    "RULES",
]

RULES = [FurnitureLine, PlaceholderLink, EmbedResidue, AggregatorNotice]
