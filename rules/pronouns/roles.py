"""Role and person nouns ("the envoy", "a senior official", "Her Majesty"):
linked to the person they stand for, or unnamed people of their own."""

from __future__ import annotations

import re
from itertools import islice

from sourcelint.document import Token

from .model import Entity, Evidence, Mention
from .state import BuilderState
from .words import (
    CONTRASTIVE,
    COPULAS,
    DETERMINERS,
    LOWER_WORD_RE,
    PREPOSITIONS,
    PREDICATIVE,
    PRONOUNS,
    SPEECH_VERBS,
    STYLE_MODS,
    STYLES,
    same_role,
)

#: A name in apposition right after a role noun ("The conductor, Sir Martin Ellery,"): the noun is that person.
_NAME_NEXT = re.compile(r"(?:'s|’s)?,\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]+,")
#: Subjects after which a role noun may be predicated of someone other than the person named before.
_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you"})

#: Between a role noun and the name in apposition to it: ", " or " for the region, ".
_ROLE_TO_NAME = re.compile(r"(?:\s+(?:for|of|in|at|to|on)\s+[^,;:\"“”()]{1,40})?,\s")
#: Between a capitalised title and the name it heads: " for Human Rights " ("UN High Commissioner for Human Rights Michelle Bachelet").
_TITLE_TO_NAME = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}")


def _agent_noun(low: str) -> bool:
    """A person noun of the lexicon that names someone by what they do
    ("swimmer", "pharmacist"): "the swimmer" may stand for the swimmer
    named before, where "the woman" is someone else."""
    return len(low) > 5 and low.endswith(("er", "ist", "or", "ian"))


#: Entities searched (most recent first) for the holder of a role.
ROLE_LOOKBACK = 500
#: The story's person is looked for among this many first entities, by this many mentions each at most.
_MAIN_PEOPLE = 200
_MAIN_MENTIONS = 64


class RoleMentions(BuilderState):
    """The builder's reading of role and person nouns and of styles."""

    def _role_mention(self, t: Token, low: str, gender: str, idx: int, si: int, mentions: list[Mention], capitalised: bool = False) -> None:
        """A role or person noun: link "the envoy" to its person, or make an anonymous person."""
        toks, text = self.toks, self.text
        info = self.pw.get(low)
        if info is None:
            return
        kinds = info[1]
        det, b = self._determiner_before(idx)
        q = self._quote_of(idx)
        in_quote = q >= 0
        linked: Entity | None = None
        appo = self._apposition(idx)
        if appo is None and not in_quote and "kin" not in kinds:
            appo = self._predicate_of(b if det is not None else self._before_modifiers(idx))
        if appo is not None and "kin" not in kinds:
            # "Sophie Turner, a spokeswoman for the ministry": the noun describes her
            appo.roles.add(low)
            if gender in ("m", "f"):
                appo.evidence.append(Evidence(gender, "role noun", t.text, t.start, t.end))
            return
        # "the UN envoy", "the central bank chief" can be the holder named
        # before; "the other minister", "the new coach" are someone else
        plain = all(
            (self.pw.get(toks[x].lower, ("", frozenset()))[1] & {"titlemod", "title"} and toks[x].lower not in CONTRASTIVE)
            or toks[x].text.isupper()
            or (toks[x].text.isalpha() and toks[x].text.islower() and toks[x].lower not in CONTRASTIVE
                and toks[x].lower not in PRONOUNS)
            for x in range(b + 1, idx)
        ) if det else False
        # the whole description ("The UN envoy") for messages and related spans
        didx = b if det is not None and b >= 0 else idx
        dstart = toks[didx].start
        desc = text[dstart : t.end]
        # in the lede an organisation's name may qualify it: "The United Nations special envoy"
        lede = det == "the" and si <= 1 and all(
            toks[x].text.isalpha() and toks[x].lower not in CONTRASTIVE and toks[x].lower not in PRONOUNS
            for x in range(b + 1, idx))
        if det == "the" and (plain or lede) and ("role" in kinds or capitalised or _agent_noun(low)) and "kin" not in kinds and not _NAME_NEXT.match(
                text, t.end):
            linked = self._recent_anon(low, si)
            if linked is None and not in_quote:
                # (inside a quote the speaker talks about someone else: "I told
                # the minister that she was wrong," Carney said.)
                linked = self._link_role(low, gender, si)
            # si first: the scan of every entity only runs in the lede (was quadratic)
            if linked is None and not in_quote and si <= 1 and not any(e.kind == "person" for e in self.entities):
                # a lede role noun before any name: the next person named may be it
                anon = self._new_entity(t.text, "anon", gender)
                anon.roles.add(low)
                self.pending_role = (anon.id, si)
                mention = Mention(anon.id, dstart, t.end, si, "role", False, in_quote, q, False, desc)
                self._add_mention(mention, didx, self._lo, mentions)
                return
        if linked is not None and linked.kind == "anon":
            mention = Mention(linked.id, dstart, t.end, si, "anon", False, in_quote, q, False, desc)
        elif linked is not None:
            linked.roles.add(low)
            if gender in ("m", "f"):
                linked.evidence.append(Evidence(gender, "role noun", t.text, t.start, t.end))
            mention = Mention(linked.id, dstart, t.end, si, "role", False, in_quote, q, False, desc)
        elif det is None and gender not in ("m", "f") and not capitalised:
            return  # "been accused", "to guard": a verb or a bare plural-like use, not a person
        else:
            anon = self._new_entity(t.text, "anon", gender)
            anon.roles.add(low)
            mention = Mention(anon.id, dstart, t.end, si, "anon", False, in_quote, q, False, desc)
        self._add_mention(mention, didx, self._lo, mentions)

    def _determiner_before(self, idx: int) -> tuple[str | None, int]:
        """The determiner in front of the noun at ``idx`` ("the", "a", or
        "poss" for a possessive), across up to three modifiers ("the top UN
        rights envoy"), and the token index where the scan stopped."""
        toks, text = self.toks, self.text
        b = idx - 1
        steps = 0
        while b >= 0 and steps < 4:
            if text[toks[b].end : toks[b + 1].start].strip():
                break
            bl = toks[b].lower
            if bl in DETERMINERS:
                return bl, b
            if bl.endswith(("'s", "’s")):
                return "poss", b
            b -= 1
            steps += 1
        return None, b

    def _absorb_role_before(self, ent: Entity, start: int, mentions: list[Mention]) -> None:
        """"The club's chairwoman, Louise Tranter", "Her husband, Kevin Tran",
        "The United Nations envoy for the region, Catherine Mbeki", "UN High
        Commissioner for Human Rights Michelle Bachelet": an unnamed person
        noun (and a short phrase of a preposition) right before the name and a
        comma, or a capitalised title and the organisation it is of, is that
        person, with the noun's gender as evidence."""
        if not mentions or mentions[-1].kind != "anon":
            return
        gap = (mentions[-1].end, start)
        if not (_ROLE_TO_NAME.fullmatch(self.text, *gap) or (
                mentions[-1].text.split()[-1][:1].isupper() and _TITLE_TO_NAME.fullmatch(self.text, *gap))):
            return
        m = mentions[-1]
        anon = self.canon(m.entity)
        if anon.kind != "anon" or anon.id == ent.id or not anon.roles:
            return
        anon.alias = ent.id
        ent.roles |= anon.roles
        ent.mentions.extend(anon.mentions)
        if anon.gender_hint in ("m", "f"):
            ent.evidence.append(Evidence(anon.gender_hint, "role noun", anon.name, m.start, m.end))

    def _apposition(self, idx: int) -> Entity | None:
        """The person a noun in apposition describes: "<Name>, (a|the)? (modifiers) <noun>"."""
        toks, text = self.toks, self.text
        b = idx
        for _ in range(5):
            if b <= 0:
                return None
            gap = text[toks[b - 1].end : toks[b].start]
            if gap == " ":
                if toks[b - 1].lower in PRONOUNS or toks[b - 1].lower in SPEECH_VERBS:
                    return None
                if toks[b - 1].lower in COPULAS and b >= 2 and self._cur_mentions:
                    # "Lea Michele was the star of the series": the noun describes her
                    m = self._cur_mentions[-1]
                    if m.kind == "name" and m.end == toks[b - 2].end and self.text[m.end : toks[b - 1].start] == " ":
                        e = self.canon(m.entity)
                        return e if e.kind != "anon" else None
                    return None
                b -= 1
                continue
            if gap.strip() == "," and self._cur_mentions:
                m = self._cur_mentions[-1]
                if m.kind == "name" and m.end in (toks[b - 1].end, toks[b - 1].end - 2):
                    e = self.canon(m.entity)
                    return e if e.kind != "anon" else None
            return None
        return None

    def _before_modifiers(self, idx: int) -> int:
        """The token before the lowercase modifiers of the noun at ``idx`` ("named
        artistic director": the index of "named")."""
        toks, k = self.toks, idx - 1
        for _ in range(3):
            if (k <= self._lo or toks[k].lower in PREDICATIVE or not toks[k].text.isalpha()
                    or not toks[k].text.islower() or self.text[toks[k].end : toks[k + 1].start] != " "):
                break
            k -= 1
        return k

    def _predicate_of(self, b: int) -> Entity | None:
        """The person a role noun after token ``b`` is predicated of: "as" or
        a naming verb ("named", "elected") at ``b``, after a person named
        earlier in the sentence with no pronoun between ("Delgado was sworn
        in as chief justice", "Lindqvist was seen as a candidate")."""
        if b < self._lo or self.toks[b].lower not in PREDICATIVE:
            return None
        start = self.toks[b].start
        for m in reversed(self._cur_mentions):
            if m.start >= start:
                continue
            if m.kind == "pron" or m.in_quote:
                return None
            if m.kind in ("name", "role") and m.entity >= 0:
                between = LOWER_WORD_RE.findall(self.text[m.end:start].lower())
                if not _SUBJECTS.isdisjoint(between):
                    return None  # "Smith said she was named ...": someone else may be meant
                e = self.canon(m.entity)
                return e if e.kind == "person" else None
            return None
        return None

    def _title_use(self, j: int, hi: int, kinds: frozenset[str]) -> bool:
        """A role word in front of a name ("activist Rushan Abbas", "entrepreneur and
        Tinkoff group founder Oleg Tinkov") titles that name; it is no separate person."""
        toks, text = self.toks, self.text
        reach = 5 if "role" in kinds and "kin" not in kinds else 1
        for k in range(j + 1, min(j + 1 + reach, hi)):
            if text[toks[k - 1].end : toks[k].start] != " ":
                return False
            low = toks[k].lower
            if low in self.notname or low in PREPOSITIONS or low in PRONOUNS or low in SPEECH_VERBS:
                if low != "and":
                    return False
            elif toks[k].text[0].isupper():
                return True
        return False

    def _modifies_role(self, j: int, hi: int, kinds: frozenset[str]) -> bool:
        """A word that may modify a title, right before a role noun ("the chief
        executive", "the executive director"): the head noun is the role."""
        if "titlemod" not in kinds or j + 1 >= hi:
            return False
        nxt = self.toks[j + 1]
        info = self.pw.get(nxt.lower)
        return (self.text[self.toks[j].end : nxt.start] == " " and nxt.text == nxt.lower
                and info is not None and "role" in info[1])

    def _link_role(self, low: str, gender: str, si: int) -> Entity | None:
        """The person "the <role>" stands for: a holder of that role, else the only recent person."""
        best: Entity | None = None
        # The most recent holders only: a scan of every entity per role noun
        # was quadratic on hostile text (thousands of "the minister" mentions,
        # each adding an anonymous entity); real articles have far fewer.
        holders = [e for e in reversed(self.entities[-ROLE_LOOKBACK:])
                   if e.alias is None and e.kind == "person" and low in e.roles][:2]
        best = holders[0] if holders else None
        if len(holders) > 1:
            # two architects: "the architect" is the one the story is about
            main = self._main_so_far(low, gender)
            best = main if main is not None and main in holders else best
        if best is not None:
            g = best.static_gender()
            if gender in ("m", "f") and g and g != gender:
                return None
            if any(self.canon(m.entity).id == best.id and not m.in_quote for m in self._cur_mentions):
                return None  # "Bachelet met the envoy": someone else than Bachelet
            return best
        recent: set[int] = set()
        here: set[int] = set()
        for s in range(max(0, si - 2), si + 1):
            src = self.sent_mentions[s] if s < len(self.sent_mentions) else self._cur_mentions
            for m in src:
                if m.kind == "name":
                    e = self.canon(m.entity)
                    if e.kind == "person":
                        recent.add(e.id)
                        if s == si:
                            here.add(e.id)
        if len(recent) == 1 and not here:
            # "Turner said the minister ..." is someone else; "the envoy" after a
            # paragraph about Bachelet is Bachelet, unless she holds another kind of role
            e = self.entities[recent.pop()]
            g = e.static_gender()
            if gender in ("m", "f") and g and g != gender:
                return None
            if e.roles and not any(same_role(low, r) for r in e.roles):
                return None
            return e
        return self._main_so_far(low, gender)

    def _main_so_far(self, low: str, gender: str) -> Entity | None:
        """The person the article is about so far (the first named, at least
        three times and more often than anyone else), when no role of theirs
        says otherwise: "the swimmer" in a story about one swimmer."""
        people = [e for e in self.entities[:_MAIN_PEOPLE] if e.alias is None and e.kind == "person"]
        # (counted up to a cap, and among the first people only: hostile text repeats names thousands of times)
        counts = sorted(((sum(m.kind == "name" for m in islice(e.mentions, _MAIN_MENTIONS)), -e.id) for e in people),
                        reverse=True)
        if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] <= counts[1][0]) \
                or -counts[0][1] != people[0].id:
            return None  # (the lede's person, named more often than anyone since)
        e = self.entities[-counts[0][1]]
        g = e.static_gender()
        # (a role of theirs that is a post or a trade, not "woman" or "grandmother", says otherwise)
        posts = [r for r in e.roles if "role" in self.pw.get(r, ("", frozenset()))[1]]
        if (gender in ("m", "f") and g and g != gender) or (posts and not any(same_role(low, r) for r in posts)):
            return None
        if any(self.canon(m.entity).id == e.id and not m.in_quote for m in self._cur_mentions):
            return None
        return e

    def _recent_anon(self, low: str, si: int) -> Entity | None:
        """An unnamed holder of this role mentioned in the last two sentences
        ("Bachelet met the envoy. The envoy said ..."): the same unnamed person."""
        for s in range(si, max(-1, si - 3), -1):
            src = self.sent_mentions[s] if s < len(self.sent_mentions) else self._cur_mentions
            for m in reversed(src):
                if m.kind == "anon":
                    e = self.canon(m.entity)
                    if e.kind == "anon" and low in e.roles:
                        return e
        return None

    def _styled(self, idx: int, hi: int, gender: str, si: int, mentions: list[Mention]) -> int:
        """ "Her Majesty", "His Holiness", "Her Royal Highness": no pronoun but a
        person of that gender, in play like an unnamed person (so "her" in "on
        her behalf" has someone to go to). Returns the token index after the
        style, or 0."""
        toks, text = self.toks, self.text
        t = toks[idx]
        if not t.text[0].isupper() or t.lower not in ("his", "her"):
            return 0
        k = idx + 1
        while k < hi and k - idx <= 3 and text[toks[k - 1].end : toks[k].start] == " " and toks[k].text[0].isupper():
            if toks[k].lower in STYLE_MODS:
                k += 1
                continue
            if toks[k].lower not in STYLES:
                return 0
            label = text[t.start : toks[k].end]
            anon = self._new_entity(label, "anon", gender)
            q = self._quote_of(idx)
            mention = Mention(anon.id, t.start, toks[k].end, si, "anon", False, q >= 0, q, False, label)
            self._add_mention(mention, idx, self._lo, mentions)
            return k + 1
        return 0
