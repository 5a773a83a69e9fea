"""The benchmark's per-analysis timer: it charges each shared analysis its
own time, puts Document.view back, and changes no finding."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcelint import Config, Document, Linter

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
from bench import analysis_costs  # noqa: E402

TEXTS = [
    "Council approves budget\n\nThe council voted on Tuesday. \"It is a fair plan,\" she said, he added.\n\n"
    "Mayor Ann Lee said her office would publish the figures. She thanked the staff.",
    "Nous ne partirons pas d'ici sans réponse, a resident said.\n\nThe meeting ended at 9pm.",
]


def test_each_analysis_is_charged_its_own_time_and_view_is_restored() -> None:
    linter = Linter(Config())
    view = Document.view
    before = [linter.lint(Document(t, id=str(i))).to_dict()["findings"] for i, t in enumerate(TEXTS)]
    own, total = analysis_costs(linter, TEXTS)
    assert Document.view is view
    # what the rules read on these texts is timed, and the parts add up to less than the whole
    assert {"translation.attribution", "pronouns.entities", "translation.foreign"} <= set(own)
    assert all(v >= 0 for v in own.values())
    assert 0 < sum(own.values()) <= total
    after = [linter.lint(Document(t, id=str(i))).to_dict()["findings"] for i, t in enumerate(TEXTS)]
    assert after == before
