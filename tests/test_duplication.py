"""Golden tests of the duplication family on the samples, fixes, metrics and hostile input."""

from __future__ import annotations

from sourcelint import Document, Linter
from sourcelint.finding import Finding
from sourcelint.rules.duplication import RULES, gopher_statistics

from conftest import sample_text

DUP_LINTER = Linter(rules=RULES)


def dup_findings(text: str) -> list[Finding]:
    """Findings of the duplication family on ``text``."""
    return DUP_LINTER.lint(Document(text)).findings


def apply_fixes(text: str, findings: list[Finding]) -> str:
    """Apply every fix's edits, last first so offsets stay valid."""
    edits = sorted((e for f in findings if f.fix for e in f.fix.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def test_004_repeated_block_is_one_finding_with_the_right_span() -> None:
    text = sample_text("004")
    first = text.find("Michelle BacheletThis")
    second = text.find("Michelle BacheletThis", first + 1)
    assert 0 < first < second
    end = len(text.rstrip())  # the copy runs to the end of the article
    findings = [f for f in dup_findings(text) if f.severity in ("warning", "error")]
    assert [(f.code, f.start, f.end) for f in findings] == [("DUP002", second, end)]
    block = findings[0]
    assert block.severity == "error"
    # The first copy starts at the first "Michelle BacheletThis" paragraph and
    # ends with the paragraph just before the second copy.
    assert [(r.start, r.end) for r in block.related] == [(first, len(text[:second].rstrip()))]
    assert text[first : len(text[:second].rstrip())] == text[second:end]
    assert abs(block.extent - (end - second) / len(text)) < 1e-3
    assert block.extent > 0.45


def test_004_is_rejected_on_duplication_alone() -> None:
    report = DUP_LINTER.lint(Document(sample_text("004")))
    assert report.verdict == "reject"
    assert report.families["duplication"] < 50


def test_samples_000_to_003_have_no_duplication_findings() -> None:
    for prefix in ("000", "001", "002", "003"):
        found = [(f.code, f.message) for f in dup_findings(sample_text(prefix))]
        assert found == [], prefix


def test_fixing_004_removes_the_block_and_relinting_is_clean() -> None:
    text = sample_text("004")
    second = text.find("Michelle BacheletThis", text.find("Michelle BacheletThis") + 1)
    findings = dup_findings(text)
    assert all(f.fix is not None and f.fix.safe for f in findings)
    fixed = apply_fixes(text, findings)
    assert fixed == text[:second].rstrip() + text[len(text.rstrip()) :]
    assert dup_findings(fixed) == []


def test_fixing_a_middle_paragraph_keeps_the_text_tidy() -> None:
    a = "Flood warnings remain in place across the north of the county after heavy rain."
    b = "The Environment Agency said river levels were expected to peak on Tuesday."
    c = "Residents were advised to move valuables upstairs and keep phones charged."
    text = f"{a}\n\n{b}\n\n{a}\n\n{c}\n"
    findings = dup_findings(text)
    assert [f.code for f in findings] == ["DUP001"]
    assert findings[0].fix is not None and findings[0].fix.safe
    fixed = apply_fixes(text, findings)
    assert fixed == f"{a}\n\n{b}\n\n{c}\n"
    assert dup_findings(fixed) == []


def test_fixing_copies_at_the_end_and_in_single_line_paragraphs() -> None:
    a = "The minister arrived in Paris on Sunday for two days of talks on trade."
    b = "She is expected to meet her French counterpart on Monday morning."
    text = f"{a}\n{b}\n{a}"
    fixed = apply_fixes(text, dup_findings(text))
    assert fixed == f"{a}\n{b}"
    assert dup_findings(fixed) == []


def test_one_artefact_one_finding() -> None:
    """A block, a single copy and an edited copy in one text: three findings, no echoes."""
    p = [
        "The storm made landfall on Saturday night with winds of up to 120 miles an hour.",
        "More than 200,000 homes lost power, according to the local utility company on Sunday.",
        "Emergency shelters were opened in schools and churches across the region overnight.",
        "The governor said the National Guard had been sent to help with the clean-up operation.",
        "Forecasters warned that more heavy rain was expected on Monday and Tuesday.",
    ]
    edited = "The governor said National Guard had been sent to help with the clean-up operation on Monday."
    paras = p + [p[0], p[1], p[2], p[4], edited]
    text = "\n\n".join(paras)
    found = sorted((f.code, text[f.start : f.end]) for f in dup_findings(text))
    assert found == [
        ("DUP001", p[4]),
        ("DUP002", "\n\n".join(p[:3])),
        ("DUP003", edited),
    ]


def test_measure_reports_gopher_metrics_namespaced() -> None:
    report = DUP_LINTER.lint(Document(sample_text("004")))
    m = report.metrics
    keys = {k for k in m if k.startswith("duplication.")}
    expected = {"dup_para_frac", "dup_para_char_frac", "dup_line_frac", "dup_line_char_frac"}
    expected |= {f"top_{n}gram_char_frac" for n in (2, 3, 4)}
    expected |= {f"dup_{n}gram_char_frac" for n in range(5, 11)}
    assert keys == {f"duplication.{k}" for k in expected}
    assert abs(m["duplication.dup_para_frac"] - 20 / 41) < 1e-3
    assert m["duplication.dup_5gram_char_frac"] > 0.45
    clean = DUP_LINTER.lint(Document(sample_text("000"))).metrics
    assert clean["duplication.dup_para_frac"] == 0.0
    assert clean["duplication.dup_10gram_char_frac"] < 0.1


def test_gopher_statistics_definitions() -> None:
    words = "the cat sat on the mat while the dog slept".split()
    doubled = gopher_statistics(["a", "b", "a", "b"], ["a", "b", "a", "b"], words + words)
    assert doubled["dup_para_frac"] == 0.5
    assert doubled["dup_para_char_frac"] == 0.5
    for n in range(5, 11):
        assert doubled[f"dup_{n}gram_char_frac"] == 0.5
    # "the" pairs: "the cat", "the mat", "the dog" all occur twice; the first
    # in the text wins the tie: 2 x len("thecat") / total characters.
    total = 2 * sum(map(len, words))
    assert abs(doubled["top_2gram_char_frac"] - 2 * 6 / total) < 1e-9
    stuffed = gopher_statistics(["x"], ["x"], "buy now buy now buy now buy now".split())
    assert stuffed["top_2gram_char_frac"] == 1.0  # "buy now" x4 is every character
    # The 5-grams at words 3 and 4 repeat those at words 1 and 2: words 3-8 are covered.
    assert stuffed["dup_5gram_char_frac"] == 0.75
    plain = gopher_statistics(["x", "y"], ["x", "y"], "one two three four five six".split())
    assert all(v == 0.0 for v in plain.values())


def test_gopher_finding_names_the_statistics_and_is_document_level() -> None:
    text = " ".join(["Cheap flights to Spain, cheap flights to Italy, cheap flights today."] * 8)
    (f,) = [f for f in dup_findings(text) if f.code == "DUP005"]
    assert "top_2gram_char_frac" in f.message
    assert (f.start, f.end) == (0, len(text))
    assert f.extent == 0.0


def test_hostile_inputs_finish_and_stay_sensible() -> None:
    """Thousands of paragraphs, one letter, only spaces: linear paths, sensible findings."""
    same = "The council said a new road would open in the town next year after delays."
    text = "\n\n".join([same] * 1000)
    found = dup_findings(text)
    assert {f.code for f in found} <= {"DUP001", "DUP002"}
    covered = sum(f.end - f.start for f in found)
    assert covered > 0.99 * (len(text) - len(same))
    templated = "\n\n".join(
        f"Item {i} costs {i * 3} pounds in the shop on the high street today, the owner said." for i in range(600)
    )
    assert all(f.code == "DUP003" for f in dup_findings(templated))
    assert dup_findings("a" * 200_000) == []
    assert dup_findings(" " * 200_000) == []
