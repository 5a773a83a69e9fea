"""Dask integration on a real LocalCluster: separate worker processes over loopback TCP."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest

import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd

from sourcelint import Config, Linter
from sourcelint.inputs import iter_sources
from sourcelint.integrations.dask import DaskRunner, lint_bag, lint_dataframe
from sourcelint.parallel import lint_stream

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
from synth import articles  # noqa: E402

PLUGINS = ROOT / "tests" / "plugins"
LOREM = str(PLUGINS / "example_plugin.py")
POISON = str(PLUGINS / "poison_plugin.py")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None, silence_logs=logging.ERROR)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _records(n: int, seed: int = 11) -> list[dict]:
    out = list(articles(n, seed=seed))
    out[3]["text"] += "\n\nLorem ipsum dolor sit amet."
    del out[5]["text"]  # an error record, as in the CLI
    return out


def _by_id(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: r["id"])


def test_bag_records_equal_local_records(client) -> None:
    config = Config(select=("BLP901", "DUP"), plugins=(LOREM,))
    records = _records(300)
    expected = [r.to_dict() for r in Linter(config).lint_many(records)]
    got = lint_bag(db.from_sequence(records, npartitions=6), config).compute()
    assert len(got) == 300
    assert _by_id(got) == _by_id(expected)
    assert got == expected  # a bag keeps partition order, so even the order holds
    assert any(f["code"] == "BLP901" for r in got for f in r["findings"])
    assert [r["status"] for r in got].count("error") == 1


def test_dataframe_partitions(client) -> None:
    config = Config(select=("BLP901",), plugins=(LOREM,))
    records = [r for r in _records(60) if "text" in r]
    frame = pd.DataFrame.from_records(records)
    out = lint_dataframe(dd.from_pandas(frame, npartitions=3), config).compute()
    expected = [r.to_dict() for r in Linter(config).lint_many(records)]
    assert list(out["id"]) == [r["id"] for r in expected]
    assert out.to_dict("records") == expected


def test_cli_runner_on_a_cluster_equals_a_local_run(client, tmp_path: Path) -> None:
    config = Config(select=("BLP901",), plugins=(LOREM,))
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records(200)) + "{bad json\n", encoding="utf-8")
    local = [r.to_dict() for r, _, _ in lint_stream(Linter(config), iter_sources([str(path)], config))]
    with DaskRunner(client, config, chunk_size=16) as runner:
        remote = [r.to_dict() for r, _ in runner.run(iter_sources([str(path)], config))]
    assert remote == local and len(remote) == 201


def test_a_worker_killed_mid_run_loses_no_records(client, tmp_path: Path) -> None:
    # BLP996 kills the first worker that meets the marker; Dask reruns its task elsewhere.
    flag = tmp_path / "killed"
    config = Config(select=("BLP901", "BLP996"), plugins=(LOREM, POISON),
                    rule_options={"BLP996": {"flag": str(flag)}})
    records = _records(240)
    records[100]["text"] += "\n\nKILL-ONE-WORKER"
    expected = [r.to_dict() for r in Linter(config).lint_many(records)]  # no kill in the main process
    got = lint_bag(db.from_sequence(records, npartitions=8), config).compute()
    assert flag.exists(), "a worker was killed"
    assert got == expected


def test_check_dask_address(client, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sourcelint.cli import cli

    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _records(50)), encoding="utf-8")
    args = ["check", "--exit-zero", "--select", "BLP901", "--plugin", LOREM, "--format", "jsonl", str(path)]
    local = CliRunner().invoke(cli, args)
    remote = CliRunner().invoke(cli, [*args, "--dask", client.scheduler.address])
    assert local.exit_code == remote.exit_code == 2  # record 5 has no text
    assert remote.stdout == local.stdout and remote.stdout.count("\n") == 50
