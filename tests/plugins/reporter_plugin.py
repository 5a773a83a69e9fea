"""A third-party reporter, loaded with ``--plugin``: one TSV line per finding."""

from __future__ import annotations

from sourcelint.reporters import Reporter


class TsvReporter(Reporter):
    """``path<TAB>line<TAB>code`` per finding, and a count at the end."""

    def report(self, report) -> None:
        for f in report.findings:
            self.stream.write(f"{report.path}\t{f.line}\t{f.code}\n")

    def finish(self, summary) -> None:
        self.stream.write(f"# {summary.findings}\n")


REPORTERS = {"tsv": TsvReporter}
