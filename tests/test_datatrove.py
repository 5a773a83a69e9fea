"""The datatrove adapter in a real LocalPipelineExecutor: JsonlReader -> SourcelintFilter -> JsonlWriter."""

from __future__ import annotations

import json
import pickle
from pathlib import Path


from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from sourcelint import Config, Linter  # noqa: E402
from sourcelint.integrations.datatrove import SourcelintFilter  # noqa: E402

LOREM = str(Path(__file__).resolve().parent / "plugins" / "example_plugin.py")
CONFIG = Config(select=("BLP901",), plugins=(LOREM,))


def _read(folder: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out[rec["id"]] = rec
    return out


def test_pipeline_scores_keeps_and_drops_with_the_verdict_as_reason(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    texts = {f"doc-{i}": f"Paragraph {i} of a plain report about the harbour.\n\nIt reopened on Monday."
             for i in range(12)}
    for i in (2, 5, 9):
        texts[f"doc-{i}"] += "\n\nLorem ipsum dolor sit amet."
    (src / "part.jsonl").write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()),
                                    encoding="utf-8")
    lorem_score = Linter(CONFIG).lint_text(texts["doc-2"]).score
    assert lorem_score is not None and lorem_score < 100
    step = SourcelintFilter(CONFIG, min_score=(lorem_score + 100) / 2,
                            exclusion_writer=JsonlWriter(str(tmp_path / "dropped"), compression=None))
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), step, JsonlWriter(str(tmp_path / "kept"), compression=None)],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    kept, dropped = _read(tmp_path / "kept"), _read(tmp_path / "dropped")
    assert sorted(dropped) == ["doc-2", "doc-5", "doc-9"]
    assert len(kept) == 9 and not set(kept) & set(dropped)
    meta = kept["doc-0"]["metadata"]
    assert meta["sourcelint_score"] == 100 and meta["sourcelint_verdict"] == "pass"
    assert meta["sourcelint_codes"] == []
    gone = dropped["doc-5"]["metadata"]
    assert gone["sourcelint_codes"] == ["BLP901"] and gone["sourcelint_score"] == lorem_score
    assert gone["filter_reason"] == gone["sourcelint_verdict"]


def test_filter_pickles_without_its_linter() -> None:
    from datatrove.data import Document

    step = SourcelintFilter(CONFIG)
    assert step.min_score == CONFIG.review_threshold
    step.filter(Document(text="Lorem ipsum dolor sit amet, a draft.", id="x"))
    assert step._linter is not None
    clone = pickle.loads(pickle.dumps(step))
    assert clone._linter is None and clone.config == step.config
    doc = Document(text="x" * 20, id="big")
    assert SourcelintFilter(Config(max_document_chars=10)).filter(doc) is True
    assert "over the limit" in doc.metadata["sourcelint_error"]
