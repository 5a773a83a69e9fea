"""Near-duplicate linking across articles with the real datasketch MinHash/LSH."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES, sample_text
from sourcelint.cli import cli
from sourcelint.copies_across import CopiesUnavailable, CopyIndex, shingles

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))
from source_outlets import mt_damage  # noqa: E402


def _records(output: str) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, output.splitlines())}


def test_the_five_samples_are_five_reports_not_copies():
    # 003 and 004 are degraded reports of the event 000-002 cover, written
    # separately: they share few word pairs with any other sample, so
    # nothing is linked.
    result = CliRunner().invoke(cli, ["check", "--copies", "--format", "jsonl", str(SAMPLES)])
    assert [r["copy_of"] for r in _records(result.output).values()] == [None] * 5
    index = CopyIndex(0.05)
    sigs = [index.signature(sample_text(f"00{i}")) for i in range(5)]
    assert max(sigs[i].jaccard(sigs[j]) for i in range(5) for j in range(i + 1, 5)) < 0.2


def test_a_damaged_copy_of_a_sample_is_linked_and_counted_against_its_source(tmp_path):
    original = sample_text("000")
    records = [{"id": "bachelet", "source": "wire.example", "text": original},
               {"id": "other", "source": "wire.example", "text": sample_text("001")},
               {"id": "farm-1", "source": "farm.example", "text": mt_damage(original, random.Random(3), per_kind=3)}]
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = _records(CliRunner().invoke(cli, ["check", "--copies", "--format", "jsonl", str(data)]).output)
    copy = out["farm-1"]["copy_of"]
    assert (copy["id"], copy["source"], copy["original_score"]) == ("bachelet", "wire.example", 100.0)
    assert 0.5 <= copy["similarity"] < 1.0
    assert out["farm-1"]["score"] < 95 and out["bachelet"]["copy_of"] is None and out["other"]["copy_of"] is None
    text = CliRunner().invoke(cli, ["check", "--copies", str(data)]).output
    assert f"copy of bachelet (wire.example), similarity {copy['similarity']:.2f}, original scored 100" in text
    table = json.loads(CliRunner().invoke(cli, ["sources", "--copies", "--format", "json", str(data)]).output)
    farm = next(s for s in table["sources"] if s["source"] == "farm.example")
    assert (farm["copies"], farm["degraded_copies"], farm["rejected"]) == (1, 1, 1)


def test_copies_are_found_against_the_ledger(tmp_path):
    ledger = str(tmp_path / "l.db")
    first, second = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    first.write_text(json.dumps({"id": "o1", "source": "wire", "text": sample_text("001")}) + "\n")
    second.write_text(json.dumps({"id": "c1", "source": "farm",
                                  "text": mt_damage(sample_text("001"), random.Random(1))}) + "\n")
    CliRunner().invoke(cli, ["check", "--copies", "--ledger", ledger, "--format", "jsonl", str(first)])
    out = _records(CliRunner().invoke(cli, ["check", "--copies", "--ledger", ledger, "--format", "jsonl",
                                            str(second)]).output)
    assert out["c1"]["copy_of"]["id"] == "o1" and out["c1"]["copy_of"]["source"] == "wire"
    # Re-linting the original is not a copy of itself.
    again = _records(CliRunner().invoke(cli, ["check", "--copies", "--ledger", ledger, "--format", "jsonl",
                                              str(first)]).output)
    assert again["o1"]["copy_of"] is None


def test_short_texts_are_not_linked():
    index = CopyIndex()
    assert index.signature("Breaking news: more to follow.") is None
    assert len(shingles("Skip to content. Skip to content.")) < 20


def test_the_signature_survives_the_ledger_bytes():
    index = CopyIndex()
    sig = index.signature(sample_text("002"))
    assert index.from_bytes(index.to_bytes(sig)).jaccard(sig) == 1.0


def test_without_datasketch_the_message_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "datasketch", None)
    with pytest.raises(CopiesUnavailable, match=r"sourcelint\[copies\]"):
        CopyIndex()
    result = CliRunner().invoke(cli, ["check", "--copies", str(SAMPLES)])
    assert result.exit_code == 2 and "sourcelint[copies]" in result.output
