"""sourcelint as a datatrove filter: ``pip install 'sourcelint[datatrove]'``.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from sourcelint.integrations.datatrove import SourcelintFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("crawl/"),
        SourcelintFilter(min_score=50),          # drop what sourcelint rejects
        JsonlWriter("kept/"),
    ], tasks=8).run()

Every document gets ``sourcelint_score``, ``sourcelint_verdict`` and
``sourcelint_codes`` (the rule codes found, sorted, each once) in its
``metadata``; a document scoring under ``min_score`` is dropped with its
verdict (``"reject"``, ``"review"``...) as the reason, so datatrove's stats
count ``dropped_reject`` and an ``exclusion_writer`` records why. The step
pickles to its config and thresholds; each executor process (local, Slurm,
Ray) builds the Linter once, on first use.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import Document as DtDocument
from datatrove.pipeline.filters.base_filter import BaseFilter

from ..config import Config
from ..document import Document
from ..linter import Linter

__all__ = ["SourcelintFilter"]


class SourcelintFilter(BaseFilter):
    """Score each document with sourcelint; drop those under ``min_score``.

    ``min_score`` defaults to the config's review threshold (50), which drops
    exactly the documents whose verdict is "reject". A document sourcelint
    cannot lint (over ``max-document-chars``) is kept, with
    ``sourcelint_error`` set instead of a score: a tool limit is not a
    verdict on the text.
    """

    name = "🔎 sourcelint"

    def __init__(self, config: Config | None = None, min_score: float | None = None,
                 exclusion_writer: Any = None, prefix: str = "sourcelint_") -> None:
        super().__init__(exclusion_writer)
        self.config = config or Config()
        self.min_score = self.config.review_threshold if min_score is None else float(min_score)
        self.prefix = prefix
        self._linter: Linter | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_linter"] = None  # rebuilt once per process on first use
        return state

    @property
    def linter(self) -> Linter:
        """The Linter of this process, built on first use."""
        if self._linter is None:
            self._linter = Linter(self.config)
        return self._linter

    def filter(self, doc: DtDocument) -> bool | tuple[bool, str]:
        """Keep (True) or drop with the verdict as reason; fills ``doc.metadata``."""
        report = self.linter.lint(Document(doc.text, id=str(doc.id), metadata=dict(doc.metadata)))
        p = self.prefix
        if report.status != "ok":
            doc.metadata[p + "error"] = report.error
            return True
        doc.metadata[p + "score"] = report.score
        doc.metadata[p + "verdict"] = report.verdict
        doc.metadata[p + "codes"] = sorted({f.code for f in report.findings})
        if report.score is not None and report.score < self.min_score:
            return False, str(report.verdict)
        return True
