"""Mentions of named people: capitalised name runs read as a person's name.

A run ("Ms Michelle Bachelet", "J.K. Rowling", "Human Rights Watch") loses
its honorifics, titles and organisation words, sentence-initial common words
and name suffixes; what is left is linked to a person already named (by full
name, surname or a given name), or makes a new one, with the gender evidence
the run and the words in front of it carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcelint.document import Token

from ..words import is_dictionary_word
from .model import Entity, Evidence, Mention
from .state import BuilderState
from .words import (
    ABBREVIATED_ROLES,
    ABBREVIATED_TITLES,
    CTX_SKIP,
    FIRST_NAME_EVIDENCE,
    GLUED_RE,
    MONTH_CUES,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    POSSESSIVE,
    SPEECH_VERBS,
    fold,
)

_NO_INFO: tuple[str, frozenset[str]] = ("", frozenset())


#: Endings of patronymics and surnames that mark gender ("Lárusdóttir",
#: "Petrovna", "Ivanovich", "Sharapova"), in a name of two words or more.
_ENDINGS = (("dóttir", "f"), ("dottir", "f"), ("ovna", "f"), ("evna", "f"), ("ovich", "m"), ("evich", "m"),
            ("ova", "f"), ("eva", "f"))


def _name_ending(lows: list[str]) -> str | None:
    """The gender a multi-word name's ending marks, if any."""
    if len(lows) < 2:
        return None
    for w in lows[1:]:
        for end, g in _ENDINGS[:6]:
            if w.endswith(end) and len(w) > len(end) + 2:
                return g
    last = lows[-1]
    for end, g in _ENDINGS[6:]:
        if last.endswith(end) and len(last) >= 6:
            return g
    return None


@dataclass(eq=False)
class NameRun:
    """A capitalised run of tokens being read as a person's name."""

    run: list[Token]
    j: int  # token index of the run's first word
    lo: int  # token index of the sentence's first word
    si: int  # sentence index
    lows: list[str]  # lowercase words, possessive "'s" removed
    possessive: bool
    glued_end: int | None = None  # end of the name in a glued word ("BacheletThis")
    end_cut: int = 0  # the name ends before run[end_cut] (suffixes, trailing common words)
    cut: int = 0  # the name starts at run[cut] (after honorifics, titles ...)
    honor: list[tuple[int, str, str]] = field(default_factory=list)  # (index in run, word, gender)
    titles: list[tuple[int, str, str]] = field(default_factory=list)
    init_start: int | None = None  # token index of "J.K." cut off before the run
    sentence_initial: bool = False
    ctx_titles: list[tuple[int, str, tuple[str, frozenset[str]]]] = field(default_factory=list)
    fn: tuple[str, float] | None = None  # the first word in the first-name lexicon
    initials: bool = False
    lone: tuple[str, str, str] | None = None  # the cue that makes a lone given name a person

    # set once the name's bounds are final (after _trim_start)
    name_toks: list[Token] = field(default_factory=list)
    name_lows: list[str] = field(default_factory=list)
    start_tok: int = 0
    # set once the words before the run are read
    has_title: bool = False
    hon_gender: str | None = None


class NameMentions(BuilderState):
    """The builder's reading of capitalised name runs."""

    def _name_run(self, j: int, lo: int, hi: int, si: int, mentions: list[Mention]) -> int:
        """Handle the capitalised run starting at token ``j``; return the index after it."""
        toks, text = self.toks, self.text
        k = j + 1
        while k < hi and k - j < 8:
            gap = text[toks[k - 1].end : toks[k].start]
            nt = toks[k]
            if toks[k - 1].lower.endswith(("'s", "’s")):
                break  # "Frank Lampard's Chelsea": the possessor's name ends here
            if gap == " " or gap == "  ":
                if nt.text[0].isupper() and nt.lower not in SPEECH_VERBS:
                    k += 1  # ("Modi Says Pakistan Tried": a headline's verb ends the name)
                    continue
                if nt.lower in NAME_PARTICLES and k + 1 < hi and toks[k + 1].text[0].isupper() and self._gap(nt, toks[k + 1]) == " ":
                    k += 2
                    continue
                if (nt.lower in NAME_PARTICLES and k + 2 < hi and toks[k + 1].lower in NAME_PARTICLES
                        and toks[k + 2].text[0].isupper() and self._gap(nt, toks[k + 1]) == " " == self._gap(toks[k + 1], toks[k + 2])):
                    k += 3  # "von der Leyen", "de la Cruz"
                    continue
            elif gap in (". ", ".  ") and nt.text[0].isupper():
                prevw = toks[k - 1].text
                if (len(prevw) == 1 and prevw.isupper()) or prevw.lower() in ABBREVIATED_TITLES:
                    k += 1
                    continue
            break
        run = toks[j:k]
        self._process_run(run, j, lo, si, mentions)
        return k

    def _process_run(self, run: list[Token], j: int, lo: int, si: int, mentions: list[Mention]) -> None:
        """Read one capitalised run: a person's name (linked to whoever it names),
        a title on its own, or nothing (an organisation, a date, an acronym)."""
        r = self._name_part(run, j, lo, si)
        if r is None or not self._names_someone(r, mentions):
            return
        r.ctx_titles = self._context_titles(j, lo)
        r.has_title = bool(r.honor or r.titles or r.ctx_titles)
        r.hon_gender = next((g for _, _, g in reversed(r.honor) if g in ("m", "f")), None)
        name_lows, name_toks = r.name_lows, r.name_toks
        r.fn = self.names.get(fold(name_lows[0]))
        # "J.K. Rowling", "JK Rowling": initials stand for the first name
        if r.cut:
            r.init_start = None
        r.initials = r.init_start is not None or (len(name_toks) >= 2 and self._initials(name_toks[0].text))
        if r.initials:
            r.fn = None
        if len(name_lows) == 1 and not r.has_title and not r.initials and r.fn is not None:
            # a lone given name is a person only with a cue: "Emma said",
            # "Emma and Liam Hart", "Max, four,"
            r.lone = self._lone_cue(j + r.end_cut) or self._coordinated(j)
        found = self._known_person(r, mentions)
        if found is None:
            return
        ent, new_couple, given = found
        if ent is None:
            ent = self._new_person(r)
            if ent is None:
                return
            given = r.lone is not None
        elif ent.kind == "weak" and (r.fn is not None or r.has_title or r.initials or _name_ending(r.name_lows)):
            ent.kind = "person"
        self._index_name(r, ent, new_couple, given)
        self._name_evidence(r, ent)
        mstart = self.toks[r.init_start].start if r.init_start is not None else name_toks[0].start
        self._absorb_role_before(ent, mstart, mentions)  # (RoleMentions)
        end = r.glued_end or name_toks[-1].end
        if r.possessive and r.glued_end is None:
            end -= 2
        q = self._quote_of(r.start_tok)
        mention = Mention(ent.id, mstart, end, si, "name", False, q >= 0, q, r.possessive, self.text[mstart:end])
        self._add_mention(mention, r.start_tok, lo, mentions)

    def _name_part(self, run: list[Token], j: int, lo: int, si: int) -> NameRun | None:
        """The run with the bounds of its name part found, or None for an organisation."""
        pw, org, notname, names = self.pw, self.org, self.notname, self.names
        lows = [t.lower[:-2] if t.lower[-2:] in POSSESSIVE else t.lower for t in run]
        if not org.isdisjoint(lows) and not any(fold(w) in names or w in pw for w in lows):
            return None  # "Human Rights Watch", "Communist Party": no name or title inside
        r = NameRun(run, j, lo, si, lows, run[-1].lower[-2:] in POSSESSIVE)
        end_cut = len(run)
        # "BacheletThis": a name glued to the next sentence's first word.
        last = run[-1].text
        m = None if last[1:].islower() else GLUED_RE.match(last)
        if m and m.group(2).lower() in notname and not last.startswith(("Mc", "Mac")):
            lows[-1] = m.group(1).lower()
            r.glued_end = run[-1].start + len(m.group(1))
        while end_cut > 0 and lows[end_cut - 1] in NAME_SUFFIXES:
            end_cut -= 1
        # Trailing common words ("Bachelet Saturday") are not part of the name.
        while end_cut > 1 and lows[end_cut - 1] in notname and lows[end_cut - 1] not in pw and lows[end_cut - 1] not in MONTHS:
            end_cut -= 1  # (months stay: "Theresa May", "Brian May")
        r.end_cut = end_cut
        self._split_prefix(r)
        self._trim_start(r)
        r.name_toks, r.name_lows, r.start_tok = run[r.cut : end_cut], lows[r.cut : end_cut], j + r.cut
        return r

    def _split_prefix(self, r: NameRun) -> None:
        """Split off the prefix: honorifics, titles, all-caps acronyms, organisation words."""
        pw, org, names = self.pw, self.org, self.names
        run, lows, end_cut = r.run, r.lows, r.end_cut
        cut = 0
        for i in range(end_cut - 1):
            low = lows[i]
            info = pw.get(low)
            if info and ("honorific" in info[1] or "title" in info[1] or "role" in info[1]):
                cut = i + 1
                if "honorific" in info[1]:
                    r.honor.append((i, low, info[0]))
                else:
                    r.titles.append((i, low, info[0]))
            elif info and "human" in info[1] and "kin" not in info[1] and fold(lows[i + 1]) in names:
                cut = i + 1  # "Solicitor Sarah Ryan": a person noun labels the first name after it
                r.titles.append((i, low, info[0]))
            elif info and "titlemod" in info[1]:
                continue
            elif i == end_cut - 2 and self._initials(run[i].text) and lows[i + 1] not in org:
                continue  # "JK Rowling"
            elif (len(run[i].text) > 1 and run[i].text.isupper()) or low in org:
                if low in org and i + 1 < end_cut and lows[i + 1] not in org:
                    # "Human Rights Michelle Bachelet": the name starts at a first name
                    if fold(lows[i + 1]) in names or (pw.get(lows[i + 1]) or _NO_INFO)[1] & {"honorific", "title"}:
                        cut = i + 1
                elif run[i].text.isupper():
                    cut = i + 1
        r.cut = cut

    def _trim_start(self, r: NameRun) -> None:
        """Move the start of the name past sentence-initial common words ("But",
        "Speaking"), title modifiers and acronyms; find "J.K." cut off before it."""
        pw, notname, names = self.pw, self.notname, self.names
        run, lows, end_cut, cut = r.run, r.lows, r.end_cut, r.cut
        # A sentence-initial common word ("But", "Speaking") is not part of a name.
        r.sentence_initial = r.j == r.lo  # tokens are words: quotes and dashes before do not count
        while cut < end_cut and (lows[cut] in notname and lows[cut] not in pw):
            cut += 1
        # "J.K. Rowling", cut off by the sentence splitter after "J.K."
        r.init_start = self._initials_before(r.j) if r.sentence_initial and cut == 0 else None
        if cut < end_cut and cut == 0 and len(run) > 0 and r.init_start is None and (r.sentence_initial or end_cut >= 3):
            w0 = lows[0]
            second = names.get(fold(lows[1])) if end_cut >= 3 else None
            lead = r.sentence_initial and (w0.endswith(("ing", "ed", "ly")) or end_cut == 1)
            # A common noun before a clear first name (or any first name, if
            # the noun is a dictionary word) is a label, not a name:
            # "Democrat Naomi Feld", "striker Tom Hale", "Supervisor Dale Kimura".
            labelled = second is not None and (second[0] != "u" or is_dictionary_word(w0)) and (
                r.sentence_initial or is_dictionary_word(w0))
            if fold(w0) not in names and w0 not in self.by_key and w0 not in pw and (lead or labelled):
                cut = 1  # ("Headteacher Mark Evans": the name starts at the first name)
        while cut < end_cut - 1 and (
            "titlemod" in (pw.get(lows[cut]) or _NO_INFO)[1]
            or (len(run[cut].text) > 1 and run[cut].text.isupper() and not (cut == end_cut - 2 and self._initials(run[cut].text)))
        ):
            cut += 1
        r.cut = cut

    def _names_someone(self, r: NameRun, mentions: list[Mention]) -> bool:
        """Whether the name part can name a person; a capitalised title on its
        own is read here as a role mention instead."""
        run, j, cut, end_cut = r.run, r.j, r.cut, r.end_cut
        if end_cut - cut >= 1 and len(run[end_cut - 1].text) > 1 and run[end_cut - 1].text.isupper():
            return False  # an acronym ("UN", "ÍBV"), not a person's name
        name_toks, name_lows = r.name_toks, r.name_lows
        if len(name_lows) == 1 and (self.pw.get(name_lows[0]) or _NO_INFO)[1] & {"title", "role"}:
            # "The High Commissioner's agenda": a capitalised title, no name
            info = self.pw[name_lows[0]]
            # (at the start of a sentence the capital says nothing: "Individual areas")
            self._role_mention(name_toks[0], name_lows[0], info[0], j + cut, r.si, mentions,
                               capitalised=not (r.sentence_initial and cut == 0))
            return False
        if not name_toks:
            # a title on its own: "the President said", "the Queen"
            if r.titles or r.honor:
                i, low, g = (r.titles or r.honor)[-1]
                self._role_mention(run[i], low, g, j + i, r.si, mentions, capitalised=True)
            return False
        if any(low in self.org for low in name_lows):
            return False
        if name_lows[0] in MONTHS and len(name_lows) == 1:
            prev = self.toks[j + cut - 1].lower if j + cut - 1 >= 0 else ""
            if prev in MONTH_CUES or self._followed_by_digit(run[-1]):
                return False
        return not (len(name_lows) == 1 and name_lows[0] in ("i", "o", "a"))

    def _context_titles(self, j: int, lo: int) -> list[tuple[int, str, tuple[str, frozenset[str]]]]:
        """Lowercase titles and roles before the run ("activist Rushan Abbas", "husband Jarett Kelley")."""
        ctx_titles = []
        b = j - 1
        steps = 0
        while b >= lo and steps < 3 and self.text[self.toks[b].end : self.toks[b + 1].start] == " ":
            low = self.toks[b].lower
            info = self.pw.get(low)
            if info and info[1] & {"title", "role", "kin", "human"}:
                if not self._pair_of_relations(b, info):
                    ctx_titles.append((b, low, info))
                break
            if low in CTX_SKIP:
                b -= 1
                steps += 1
                continue
            break
        return ctx_titles

    def _pair_of_relations(self, b: int, info: tuple[str, frozenset[str]]) -> bool:
        """ "Husband and wife Atli and Ásrún": the relation word at token ``b``
        belongs to the second of the people named after it."""
        toks = self.toks
        if "kin" not in info[1] or b < 2 or toks[b - 1].lower != "and":
            return False
        return "kin" in (self.pw.get(toks[b - 2].lower) or _NO_INFO)[1]

    def _known_person(self, r: NameRun, mentions: list[Mention]) -> tuple[Entity | None, bool, bool] | None:
        """(the person already named that the run names or None, whether it is a
        new member of a couple, whether the lone word is a given name); None
        when the run is a surname two people share (then marked as such)."""
        name_lows, first_low, hon_gender = r.name_lows, r.name_lows[0], r.hon_gender
        full = " ".join(name_lows)
        ent: Entity | None = None
        new_couple = False
        given = False  # a lone word known to be this person's given name, not a surname
        if full in self.by_full:
            ent = self.canon(self.by_full[full])
        elif len(name_lows) == 1:
            if hon_gender and (first_low in self.couples or self._shared(first_low)):
                # "Mr and Mrs Smith", "John and Mary Smith" ... "Mr Smith": the
                # honorific says which of the two is meant
                ent = self._by_gender(first_low, hon_gender)
                new_couple = ent is None and first_low in self.couples
            if ent is None and not new_couple:
                eid = self.by_key.get(first_low)
                if eid is None and (r.lone is not None or (first_low in self.by_first
                                                           and self._quote_of(r.start_tok) < 0)):
                    # "Doris, who was born in 1925" after "Doris Whitfield": her given name
                    # (not in a quote: "People come for Marcel's food" may mean someone else)
                    eid = self._unique_first(first_low)
                    given = eid is not None
                if eid is not None:
                    ent = self.canon(eid)
                    if ent.shared_surname and not hon_gender and first_low not in ent.firsts:
                        # "Williams" with Serena and Venus Williams in the article:
                        # the article's subject if it is the first of them named
                        # and no less mentioned, else someone, but not a known one
                        ent = self._dominant(first_low)
                        if ent is None:
                            self._ambiguous_mention(r.name_toks, r.possessive, r.glued_end, r.start_tok, r.lo,
                                                    r.si, mentions)
                            return None
        else:
            eid = self.by_key.get(name_lows[-1])
            if eid is None and r.fn is None and not r.initials:
                eid = self.by_key.get(first_low)
            if eid is not None:
                cand = self.canon(eid)
                first_known = cand.firsts
                if not first_known or first_low in first_known or (r.fn is None and first_low in cand.keys):
                    ent = cand
        return ent, new_couple, given

    def _new_person(self, r: NameRun) -> Entity | None:
        """A new person for the run, or None when a lone word has no cue."""
        name_toks, name_lows, fn = r.name_toks, r.name_lows, r.fn
        kind = "person"
        if len(name_lows) == 1:
            if not (r.has_title or r.lone or r.init_start is not None):
                return None
        elif not (fn is not None or r.has_title or r.initials or _name_ending(name_lows)
                  or self._appositive_or_speech(r.run[r.end_cut - 1], r.j + r.end_cut)):
            kind = "weak"
        display = " ".join(t.text for t in name_toks)
        if r.glued_end is not None:
            display = self.text[name_toks[0].start : r.glued_end]
        elif r.possessive and display.endswith(("'s", "’s")):
            display = display[:-2]
        if r.init_start is not None:
            display = self.text[self.toks[r.init_start].start : name_toks[0].start] + display
        elif r.lone is not None and r.lone[0] == "coord":
            display = f"{display} {r.lone[2]}"
        ent = self._new_entity(display, kind)
        # a lede role noun ("The UN envoy ... his visit") waiting for its name
        if self.pending_role is not None and kind == "person":
            pid, psent = self.pending_role
            self.pending_role = None
            pent = self.entities[pid]
            # (another person noun before the name is whom it names: "the minister and
            # his counterpart, Haruka Morimoto" are two people)
            between = any(e.kind == "anon" and e.alias is None for e in self.entities[pid + 1 : ent.id])
            if r.si - psent <= 1 and not between and (
                    pent.gender_hint in (None, "n") or not fn or fn[0] in ("u", pent.gender_hint)):
                pent.alias = ent.id
                ent.roles |= pent.roles
                for mm in pent.mentions:
                    ent.mentions.append(mm)
        return ent

    def _index_name(self, r: NameRun, ent: Entity, new_couple: bool, given: bool) -> None:
        """Index the person under its surname (or lone name) and record its given name."""
        name_toks, name_lows, lone, fn = r.name_toks, r.name_lows, r.lone, r.fn
        first_low = name_lows[0]
        surname = name_lows[-1] if len(name_lows) >= 2 else (lone[1] if lone and lone[0] == "coord" else None)
        if surname is not None:
            if len(name_lows) >= 2:
                self.by_full[" ".join(name_lows)] = ent.id
            other = self.by_key.get(surname)
            if other is not None and self.canon(other).id != ent.id:
                self.canon(other).shared_surname = ent.shared_surname = True
            self.by_key[surname] = ent.id
            if ent.id not in self.by_surname.setdefault(surname, []):
                self.by_surname[surname].append(ent.id)
            ent.keys.add(surname)
            if fn is None and ent.kind == "person" and not r.initials:
                # East Asian order ("Xi Jinping" -> "Xi"); not for name-like runs
                # without a person cue ("Icelandic Track" must not make "Icelandic" a name)
                self.by_key.setdefault(first_low, ent.id)
            self._add_first(ent, first_low, fn, name_toks[0])
            if len(ent.name.split()) < len(name_lows) and r.glued_end is None and r.init_start is None:
                ent.name = " ".join(t.text for t in name_toks).removesuffix("'s").removesuffix("’s")
        elif new_couple or (r.hon_gender and ent.honorifics and first_low in self.couples):
            self.by_surname.setdefault(first_low, [])
            if ent.id not in self.by_surname[first_low]:
                self.by_surname[first_low].append(ent.id)
            if len(self.by_surname[first_low]) > 1:
                for x in self.by_surname[first_low]:
                    self.entities[x].shared_surname = True
        else:
            self.by_key.setdefault(first_low, ent.id)
        if surname is None and (given or (ent.first is None and any("kin" in info[1] for _, _, info in r.ctx_titles))):
            # "his wife Michelle", "Emma and Liam Hart": the lone word is a
            # given name ("Mr Rose ... Rose said" is a surname: no evidence).
            # A speech verb alone gives none either: "Florence said" may be
            # the city speaking.
            speech_only = lone is not None and lone[0] == "speech" and not r.ctx_titles and ent.first is None
            self._add_first(ent, first_low, None if speech_only else fn, name_toks[0])
        ent.keys.update(name_lows)

    def _name_evidence(self, r: NameRun, ent: Entity) -> None:
        """Gender evidence from the honorifics, titles and relation words of the run."""
        run, name_toks = r.run, r.name_toks
        ending = _name_ending(r.name_lows)
        if ending is not None and not any(ev.source == "name ending" for ev in ent.evidence):
            t = name_toks[-1]
            ent.evidence.append(Evidence(ending, "name ending", t.text, t.start, t.end))
        for i, low, g in r.honor:
            t = run[i]
            if low in ABBREVIATED_ROLES:
                ent.roles.add(ABBREVIATED_ROLES[low])
            ent.honorifics.append((g, t.start, (r.glued_end or name_toks[-1].end), t.text))
            if g in ("m", "f"):
                ent.evidence.append(Evidence(g, "honorific", t.text, t.start, t.end))
        for i, low, g in r.titles:
            ent.roles.add(ABBREVIATED_ROLES.get(low, low))
            if g in ("m", "f"):
                ent.evidence.append(Evidence(g, "title", run[i].text, run[i].start, run[i].end))
        for b, low, info in r.ctx_titles:
            t = self.toks[b]
            if "kin" in info[1] or "human" in info[1] and "role" not in info[1]:
                # "husband Jarett Kelley": the name is the husband, unless it is "her husband's"...
                if info[0] in ("m", "f"):
                    ent.evidence.append(Evidence(info[0], "relation word", t.text, t.start, t.end))
            else:
                ent.roles.add(low)
                if info[0] in ("m", "f"):
                    ent.evidence.append(Evidence(info[0], "title", t.text, t.start, t.end))

    def _add_first(self, ent: Entity, first_low: str, fn: tuple[str, float] | None, tok: Token) -> None:
        """Record a given name of ``ent`` and, the first time, its gender evidence."""
        if first_low not in ent.firsts:
            ent.firsts.add(first_low)
            self.by_first.setdefault(first_low, []).append(ent.id)
        if ent.first is None:
            ent.first = first_low
            if fn and fn[0] in ("m", "f") and fn[1] >= FIRST_NAME_EVIDENCE:
                ent.evidence.append(Evidence(fn[0], "first name", tok.text, tok.start, tok.end))

    def _unique_first(self, first_low: str) -> int | None:
        """The one person with this given name, if exactly one has it."""
        ids = {self.canon(x).id for x in self.by_first.get(first_low, ())}
        return ids.pop() if len(ids) == 1 else None

    def _dominant(self, surname: str) -> Entity | None:
        """Of the people sharing ``surname``, the one named first, when no
        other has more name mentions: news calls its subject by the surname
        and the subject's relatives by their given names."""
        ids = list(dict.fromkeys(self.canon(x).id for x in self.by_surname.get(surname, ())))
        if not ids:
            return None
        count = {i: sum(m.kind == "name" for m in self.entities[i].mentions) for i in ids}
        first = ids[0]
        return self.entities[first] if all(count[first] >= count[i] for i in ids[1:]) else None

    def _shared(self, surname: str) -> bool:
        return len({self.canon(x).id for x in self.by_surname.get(surname, ())}) > 1

    def _by_gender(self, surname: str, gender: str) -> Entity | None:
        """The one person with this surname whose gender is ``gender``."""
        found = {self.canon(x).id for x in self.by_surname.get(surname, ()) if self.canon(x).static_gender() == gender}
        return self.entities[found.pop()] if len(found) == 1 else None

    def _ambiguous_mention(self, name_toks: list[Token], possessive: bool, glued_end: int | None, tok_idx: int,
                           lo: int, si: int, mentions: list[Mention]) -> None:
        """A surname two people in the article share: an unknown one of them."""
        end = glued_end or name_toks[-1].end
        if possessive and glued_end is None:
            end -= 2
        label = self.text[name_toks[0].start : end]
        anon = self._new_entity(label, "anon")
        q = self._quote_of(tok_idx)
        self._add_mention(Mention(anon.id, name_toks[0].start, end, si, "anon", False, q >= 0, q, possessive, label), tok_idx, lo, mentions)

    def _lone_cue(self, k: int) -> tuple[str, str, str] | None:
        """What after a lone given name shows it is a person: a speech verb
        ("Emma said"), an age (", 10,") or a shared surname ("Emma and Liam
        Hart" -> ("coord", "hart", "Hart"))."""
        toks, text = self.toks, self.text
        if k >= len(toks):
            return None
        gap = text[toks[k - 1].end : toks[k].start]
        nxt = toks[k]
        if gap == " " and nxt.lower in SPEECH_VERBS:
            return ("speech", "", "")
        if gap.strip() == "," and nxt.text.isdigit() and text[nxt.end : nxt.end + 1] == ",":
            return ("age", "", "")
        if gap == " " and nxt.lower == "and" and k + 2 < len(toks):
            a, b = toks[k + 1], toks[k + 2]
            if (
                text[nxt.end : a.start] == " "
                and text[a.end : b.start] == " "
                and a.text[0].isupper()
                and b.text[0].isupper()
                and fold(a.lower) in self.names
                and b.lower not in self.org
                and b.lower not in self.notname
            ):
                sur = b.text[:-2] if b.lower.endswith(POSSESSIVE) else b.text
                return ("coord", sur.lower(), sur)
        return None

    def _coordinated(self, j: int) -> tuple[str, str, str] | None:
        """ "Prince William and Catherine": a lone given name joined to a person just named."""
        toks, text = self.toks, self.text
        if j < 2 or toks[j - 1].lower != "and" or text[toks[j - 1].end : toks[j].start] != " ":
            return None
        m = self._cur_mentions[-1] if self._cur_mentions else None
        if m is None or m.kind != "name" or m.end != toks[j - 2].end or text[m.end : toks[j - 1].start] != " ":
            return None
        return ("and", "", "") if self.canon(m.entity).kind == "person" else None

    def _initials(self, word: str) -> bool:
        """ "JK", "TJ", "J": initials rather than an acronym ("UN", "BBC")."""
        if not (1 <= len(word) <= 3 and word.isascii() and word.isupper() and word.isalpha()):
            return False
        return word.lower() not in self.acronyms and word.lower() not in self.org

    def _initials_before(self, j: int) -> int | None:
        """Start of "J.K." cut off as a sentence of its own before token ``j``."""
        toks, text = self.toks, self.text
        k = j
        while k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper() and text[toks[k - 1].end : toks[k].start] in (".", ". "):
            k -= 1
            if j - k >= 3:
                break
        if k == j or text[toks[j - 1].end : toks[j].start] != ". ":
            return None
        if "".join(t.text for t in toks[k:j]).lower() in self.acronyms:
            return None  # "the U.S. Biden said"
        if k > 0:
            before = text[toks[k - 1].end : toks[k].start]
            info = self.pw.get(toks[k - 1].lower)
            if not (before.strip()[-1:] in (".", "!", "?", ":") or "\n" in before or (info and info[1] & {"role", "title"})):
                return None
        return k

    def _followed_by_digit(self, t: Token) -> bool:
        k = t.index + 1
        return k < len(self.toks) and self.toks[k].text[0].isdigit() and self.toks[k].start - t.end <= 2

    def _appositive_or_speech(self, last: Token, nxt_idx: int) -> bool:
        """A person cue after a name: ", a spokeswoman", ", 45," or a speech verb."""
        toks = self.toks
        if nxt_idx >= len(toks):
            return False
        gap = self.text[last.end : toks[nxt_idx].start]
        if gap == " " and toks[nxt_idx].lower in SPEECH_VERBS:
            return True
        if gap.strip() == ",":
            for x in range(nxt_idx, min(nxt_idx + 5, len(toks))):
                t = toks[x]
                if t.text.isdigit() and x == nxt_idx:
                    return True
                info = self.pw.get(t.lower)
                if info and info[1] & {"role", "title", "human"}:
                    if "kin" in info[1]:
                        return False
                    return True
                if t.lower in ("who", "whose", "which"):
                    return t.lower != "which"
        return False

