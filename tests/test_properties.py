"""Properties of linting that must hold for any input, checked with Hypothesis.

Run over arbitrary Unicode (lone surrogates included), over text assembled
from the pieces articles and scrapers produce (sentences, markdown, HTML
comments, suppression directives, odd white space), and over real articles
mutated at random. Every registered rule takes part, so rules that land
later are covered without editing this file.

Profiles: ``ci`` (the default, ~100-200 examples per property, seconds) and
``long`` (thousands, for a soak run)::

    HYPOTHESIS_PROFILE=long pytest -q tests/test_properties.py -p no:timeout
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sourcelint import Config, Document, Linter
from sourcelint.cli import cli

from conftest import CORPUS, SAMPLES

settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Applied per test (not with load_profile) so other modules' settings are untouched.
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
if os.environ.get("HYPOTHESIS_PROFILE", "ci") not in ("ci", "long"):
    PROFILE = settings.get_profile("ci")
FEWER = settings(PROFILE, max_examples=max(20, PROFILE.max_examples // 4))


@lru_cache(maxsize=None)
def linters() -> tuple[Linter, Linter]:
    """Two independent linters with every registered rule."""
    return Linter(Config()), Linter(Config())


@lru_cache(maxsize=None)
def real_articles() -> tuple[str, ...]:
    """Texts of the native corpus (first 20) and the samples."""
    texts: list[str] = []
    native = CORPUS / "native-en.jsonl"
    if native.is_file():
        lines = [ln for ln in native.read_text(encoding="utf-8").splitlines() if ln.strip()]
        texts += [json.loads(ln)["text"] for ln in lines[:20]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return tuple(texts) or ("The minister said on Tuesday that the plan was fine.\n\nShe agreed.",)


# -- strategies -----------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())  # includes lone surrogates
PIECES = st.sampled_from([
    "The minister said", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", ". ", "..", "...", "…", "!", "?",
    ",", " ,", " .", ";", ":", "\"", "“", "”", "'", "’", "(", ")", "[", "]", "-", "–", "—",
    "Mr.", "U.S.", "e.g.", "A.", "a.", "He", "She", "they", "his", "her", "Michelle Bachelet", "BacheletThis",
    "said", "according to", "Translated by", "Read more:", "Share this article", "Click here",
    "Subscribe to our newsletter", "©", "2024", "Photo:", "# ", "## ", "- ", "* ", "1. ", "> ", "```", "---",
    "<!--", "-->", "<!-- sourcelint: disable -->", "<!-- sourcelint: enable -->",
    "<!-- sourcelint: disable=DUP,MT001 -->", "<!-- sourcelint: disable-file -->", "[link](", "](#)",
    "<a href=\"#\">", "</a>", "http://example.com/x", "@handle", "\ufffd", "\u200b", "\u202e", "\u0301",
    "\x00", "\x85", "Ã©", "â€™", "中文", "привет", "مرحبا", "😀", "\ud800",
])
PIECE_TEXT = st.lists(st.one_of(PIECES, st.text(ANY_CHAR, max_size=8)), max_size=60).map("".join)


@st.composite
def sentences_text(draw) -> str:
    """Article-like text: paragraphs of sentences, some repeated."""
    words = st.sampled_from("the a minister plan said government people year police city new it was "
                            "on in of to and Paris Maria Smith Tuesday report".split())
    sentence = st.lists(words, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
    paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
    paras = draw(st.lists(paragraph, min_size=1, max_size=8))
    if draw(st.booleans()) and paras:
        paras.insert(draw(st.integers(0, len(paras))), draw(st.sampled_from(paras)))
    return draw(st.sampled_from(["\n\n", "\n", " "])).join(paras)


@st.composite
def mutated_article(draw) -> str:
    """A real article with a few random edits: insertions, deletions, repeats, glue."""
    text = draw(st.sampled_from(real_articles()))
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 400)))
        op = draw(st.sampled_from(["insert", "delete", "repeat", "glue", "upper", "truncate", "piece"]))
        if op == "insert":
            text = text[:i] + draw(st.text(ANY_CHAR, max_size=20)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "glue":
            text = text[:i] + text[i:j].replace(". ", ".").replace("\n\n", " ") + text[j:]
        elif op == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == "truncate":
            text = text[:j]
        else:
            text = text[:i] + draw(PIECES) + text[i:]
    return text


TEXTS = st.one_of(st.text(ANY_CHAR, max_size=300), PIECE_TEXT, sentences_text(), mutated_article())


# -- properties of one report ------------------------------------------------------

def check_report(text: str) -> None:
    """Every invariant of a report on ``text``."""
    a, b = linters()
    doc = Document(text, id="p")
    report = a.lint(doc)
    if not text or text.isspace():
        assert report.status == "error" and report.error == "empty document: no text to lint"
        return
    assert report.status == "ok"
    internal = [f.message for f in report.findings if f.code == "SL001"]
    assert not internal, internal  # a rule crashed or ran past its budget
    n = len(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n, (f.code, f.start, f.end, n)
        assert (f.line, f.column) == doc.line_col(f.start), f.code
        assert (f.end_line, f.end_column) == doc.line_col(f.end), f.code
        for r in f.related:
            assert 0 <= r.start <= r.end <= n, (f.code, r)
            assert (r.line, r.column, r.end_line, r.end_column) == (*doc.line_col(r.start), *doc.line_col(r.end))
        if f.fix is not None:
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= n, (f.code, e)
        assert 0.0 <= f.confidence <= 1.0, f.code
        assert f.extent >= 0.0, f.code
    keys = [f.sort_key() for f in report.findings]
    assert keys == sorted(keys)
    assert report.score is not None and 0.0 <= report.score <= 100.0
    assert all(0.0 <= v <= 100.0 for v in report.families.values())
    json.dumps(report.to_dict(), allow_nan=False)  # every record is strict JSON
    again = b.lint(Document(text, id="p"))
    assert again.to_dict() == report.to_dict()


@PROFILE
@given(TEXTS)
def test_linting_any_text_keeps_every_invariant(text: str) -> None:
    check_report(text)


@FEWER
@given(mutated_article())
def test_mutated_real_articles_keep_every_invariant(text: str) -> None:
    check_report(text)


@PROFILE
@given(st.text(ANY_CHAR, max_size=300))
def test_document_views_are_consistent(text: str) -> None:
    doc = Document(text)
    prev_end = 0
    for p in doc.paragraphs:
        assert prev_end <= p.start <= p.end <= len(text) and p.text == text[p.start:p.end]
        prev_end = p.end
    prev_end = 0
    for s in doc.sentences:
        para = doc.paragraphs[s.paragraph]
        assert para.start <= s.start <= s.end <= para.end and prev_end <= s.start
        prev_end = s.end
    for t in doc.tokens:
        assert t.text == text[t.start:t.end] and t.lower == t.text.lower()
    for offset in range(0, len(text) + 1, max(1, len(text) // 10)):
        line, col = doc.line_col(offset)
        before = text[:offset]
        assert line == before.count("\n") + 1
        assert col == len(before) - (before.rfind("\n") + 1) + 1


# -- fixes ---------------------------------------------------------------------

from sourcelint import fix  # noqa: E402


@FEWER
@given(st.one_of(mutated_article(), sentences_text(), PIECE_TEXT))
def test_fixing_reaches_a_fixed_point(text: str) -> None:
    linter, _ = linters()
    outcome = fix.fix_text(linter=linter, text=text)
    assert outcome.converged, outcome.codes
    left, _ = fix.select_fixes(outcome.report.findings)
    assert not left, [f.code for f in left]  # re-linting reports none of the fixed problems
    again = fix.fix_text(linter=linter, text=outcome.text)
    assert again.text == outcome.text and not again.changed  # a second pass changes nothing


# -- the JSONL stream --------------------------------------------------------------

RECORD = st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}), st.text(max_size=5), TEXTS),
    st.builds(lambda i: json.dumps({"id": i, "body": "no text"}), st.text(max_size=5)),
    st.builds(lambda v: json.dumps({"text": v}), st.one_of(st.integers(), st.none(), st.lists(st.integers()),
                                                            st.booleans(), st.floats(allow_nan=False))),
    st.builds(json.dumps, st.one_of(st.lists(st.integers(), max_size=3), st.text(max_size=5), st.integers())),
    st.sampled_from(["{not json", "{\"text\": NaN}", "[" * 5000 + "]" * 5000, "{\"text\": \"a\\ud800b\"}",
                     "\"just a string\"", "{\"text\": \"x\", \"text\": 3}", "nul\x00l"]),
)


@FEWER
@given(st.lists(RECORD, min_size=1, max_size=6), st.booleans())
def test_jsonl_output_has_one_record_per_input_record_in_order(lines: list[str], crlf: bool) -> None:
    assume(all("\n" not in ln and "\r" not in ln and ln.strip() for ln in lines))
    data = ("\r\n" if crlf else "\n").join(lines) + "\n"
    result = CliRunner().invoke(cli, ["check", "--format", "jsonl", "--exit-zero", "--jobs", "1",
                                      "--stdin-filename", "in.jsonl", "-"], input=data.encode("utf-8", "surrogatepass"))
    # split("\n"), not splitlines(): U+0085 or U+2028 may stand raw inside a record.
    records = [json.loads(line) for line in result.stdout.split("\n") if line]
    assert result.exit_code == (2 if any(r["status"] == "error" for r in records) else 0), result.output
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    for rec in records:
        assert rec["status"] in ("ok", "error")
        assert (rec["error"] is None) == (rec["status"] == "ok")
