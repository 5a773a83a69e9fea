"""Fuzz target: raw bytes as an article, a configuration file and directives.

Each input goes through three checks: as an article (decoding -> document
views -> every rule -> report), as a ``sourcelint.toml`` (a Config or a
ConfigError naming the file, never another exception; a valid one lints an
article), and spliced into an article with directives obeyed (obeying them
only removes findings, and the record counts how many).

Two engines, same target (:func:`check_bytes`):

- atheris (coverage-guided, libFuzzer), when installed (``pip install atheris``)::

      python tests/fuzz/fuzz_lint.py -max_total_time=60            # short run
      python tests/fuzz/fuzz_lint.py -max_total_time=28800 -jobs=2 -workers=2 \\
          -timeout=30 -rss_limit_mb=4096 /tmp/sourcelint-fuzz-corpus  # long run, corpus kept

  Crashes are written as ``crash-*`` files; replay one with
  ``python tests/fuzz/fuzz_lint.py crash-<hash>``.

- Hypothesis' fuzz entry point (``fuzz_one_input``), always available::

      python tests/fuzz/fuzz_lint.py --hypothesis --seconds 60

Each input is checked three ways: as a file's bytes (BOM/UTF-8 decoding,
binary detection), as a JSONL stream (bounded line reading, malformed
records), and the decoded text through every registered rule, with the
report's invariants asserted (spans inside the text, line/column agreeing
with the span, sorted findings, score within 0-100, strict JSON, no SL001
internal error). Seeds come from ``samples/`` and the shared corpus.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_LINTER = None


def _linter():
    global _LINTER
    if _LINTER is None:
        from sourcelint import Config, Linter

        _LINTER = Linter(Config(rule_timeout=20.0))
    return _LINTER


def check_bytes(data: bytes) -> None:
    """``data`` as an article, as a configuration file and as directives in an article."""
    check_article(data)
    check_config(data)
    check_directives(data)


#: A short article with findings of several families, for the config and directive targets.
_BASE = ("Skip to content\n\nThe minister said the plan would go ahead. . She agreed.\n\n"
         "officials saidThe vote was close.\n\nThe minister said the plan would go ahead. . She agreed.\n")


def check_config(data: bytes) -> None:
    """``data`` as a sourcelint.toml: a Config or a ConfigError naming the file, never
    another exception; a valid one lints the base article within the invariants."""
    from dataclasses import replace

    from sourcelint import Config, ConfigError, Linter, load_config
    from sourcelint.rule import RuleError

    with tempfile.TemporaryDirectory(prefix="sourcelint-fuzz-") as folder:
        path = Path(folder, "sourcelint.toml")
        path.write_bytes(data)
        try:
            config = load_config(path)
        except ConfigError as exc:
            assert str(path) in str(exc), exc
            return
    assert isinstance(config, Config)
    # Plugins are import names: a fuzzed name must not import arbitrary modules.
    config = replace(config, plugins=(), source=None)
    try:
        linter = Linter(config)
    except RuleError:
        return  # e.g. options of a rule that are out of range: reported, not raised elsewhere
    report = linter.lint_text(_BASE, id="fuzz-config")
    _check_report(report, _BASE)


def check_directives(data: bytes) -> None:
    """``data`` (as text) spliced into the base article with directives obeyed: obeying
    them only ever removes findings, and the record counts what it removed."""
    from sourcelint import Config, Linter

    text = data.decode("utf-8", "replace")
    cut = len(text) // 2
    article = _BASE[:40] + text[:cut] + _BASE[40:120] + text[cut:] + _BASE[120:]
    plain = _linter().lint_text(article, id="fuzz-directives")
    global _OBEYING
    if _OBEYING is None:
        _OBEYING = Linter(Config(rule_timeout=20.0, record_directives=True))
    obeyed = _OBEYING.lint_text(article, id="fuzz-directives")
    _check_report(obeyed, article)
    before = {(f.code, f.start, f.end, f.message) for f in plain.findings}
    after = [(f.code, f.start, f.end, f.message) for f in obeyed.findings]
    assert set(after) <= before, set(after) - before
    if not any(f.code == "SL002" for f in plain.findings):
        assert obeyed.suppressed == len(plain.findings) - len(after)
    assert plain.suppressed == 0
    assert obeyed.score >= plain.score


_OBEYING = None


def _check_report(report, text: str) -> None:
    from sourcelint import Document

    assert report.status == "ok", report.error
    assert not [f.message for f in report.findings if f.code == "SL001"]
    view = Document(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), (f.code, f.start, f.end, len(text))
        assert (f.line, f.column) == view.line_col(f.start), f.code
    assert report.score is not None and 0 <= report.score <= 100
    json.dumps(report.to_dict(), allow_nan=False)


def check_article(data: bytes) -> None:
    """Run the whole pipeline on ``data`` and assert the report's invariants."""
    from sourcelint import Config, Document
    from sourcelint.inputs import _source_from_bytes, read_jsonl

    config = Config(max_line_bytes=1 << 16)
    records = list(read_jsonl(io.BufferedReader(io.BytesIO(data)), "fuzz.jsonl", config))
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 is split after transcoding
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        lines = [ln for ln in body.split(b"\n") if ln.strip()]
        assert len(records) == len(lines), (len(records), len(lines), data[:200])
    assert [r.line for r in records] == sorted({r.line for r in records})
    for rec in records:
        assert (rec.document is None) != (rec.error is None)
    source = _source_from_bytes(data, "fuzz.txt", config)
    if source.document is None:
        assert source.error
        return
    linter = _linter()
    for doc in (source.document, *(r.document for r in records[:2] if r.document is not None)):
        text = doc.text
        report = linter.lint(Document(text, id="fuzz", decode_errors=doc.decode_errors, markdown=doc.markdown))
        assert report.status == "ok", report.error
        view = Document(text)
        internal = [f.message for f in report.findings if f.code == "SL001"]
        assert not internal, internal
        for f in report.findings:
            assert 0 <= f.start <= f.end <= len(text), (f.code, f.start, f.end, len(text))
            assert (f.line, f.column) == view.line_col(f.start), f.code
            assert (f.end_line, f.end_column) == view.line_col(f.end), f.code
        keys = [f.sort_key() for f in report.findings]
        assert keys == sorted(keys)
        assert report.score is not None and 0 <= report.score <= 100
        json.dumps(report.to_dict(), allow_nan=False)


def seeds() -> list[bytes]:
    """Real articles and a few broken inputs to start from."""
    out = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    native = ROOT.parent / "shared" / "corpus" / "native-en.jsonl"
    if native.is_file():
        lines = native.read_bytes().splitlines()[:10]
        out += [json.loads(ln)["text"].encode() for ln in lines] + [b"\n".join(lines)]
    out += [b"\xef\xbb\xbfHello. World.", "Hello. World.".encode("utf-16"), b"caf\xc3 \xff.", b"[[[[",
            b'{"text": "a\\ud800b"}\n{"text": NaN}\n']
    # Configuration files and directives.
    out += [b'select = ["MT", "DUP001"]\nignore = ["MT004"]\nrule-timeout = 5\nmax-findings-per-rule = 2\n',
            b'[score]\npass = 90\nreview = 10\n[family-weights]\nboilerplate = 2.5\n[severity]\nMT = "error"\n',
            b'[rules.DUP003]\nthreshold = 0.8\n[rules.MT008]\nthreshold = 1e308\n',
            b'max-document-chars = 99999999999999999999\nlanguage = "xx"\n[family-weights]\nstructure = nan\n',
            b'[tool.sourcelint]\nselect = [\n', b'record-directives = true\nextend-select = ["ALL"]\n',
            b"<!-- sourcelint: disable=MT -->x<!-- sourcelint: enable=MT002 -->y<!-- sourcelint: enable -->",
            b"<!-- sourcelint: disable-file -->", b"<!--sourcelint:disable=BLP,translation,ZZZ9-->",
            b"<!-- sourcelint: disable -->" * 3 + b"<!-- sourcelint: enable=DUP -->"]
    return out


def run_atheris(argv: list[str]) -> None:
    """Coverage-guided fuzzing with atheris (libFuzzer arguments in ``argv``)."""
    import atheris

    with atheris.instrument_imports():
        import sourcelint  # noqa: F401
        import sourcelint.rules  # noqa: F401
        from sourcelint.registry import load_rules

        load_rules()
    _linter()
    if not any(not a.startswith("-") for a in argv[1:]):
        corpus = tempfile.mkdtemp(prefix="sourcelint-fuzz-")
        for i, seed in enumerate(seeds()):
            Path(corpus, f"seed-{i}").write_bytes(seed[:20000])
        argv = [*argv, corpus]
    atheris.Setup(argv, check_bytes)
    atheris.Fuzz()


_KEYS = ["select", "ignore", "extend-select", "language", "include", "exclude", "text-field", "id-field",
         "max-document-chars", "max-line-bytes", "rule-timeout", "max-findings-per-rule", "record-directives",
         "unknown-key"]
_TABLES = ["score", "severity", "family-weights", "rules.MT008", "rules.DUP003", "rules.ZZZ001"]
_TABLE_KEYS = ["pass", "review", "MT", "DUP001", "structure", "translation", "threshold", "min_words", "x"]
_SELECTORS = ["ALL", "MT", "MT001", "DUP", "translation", "SL001", "SL002", "ZZZ", "mt", "", "BLP004"]


def _toml_value(value) -> str:
    """``value`` written as TOML (floats include inf and nan)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if value != value else ("inf" if value > 0 else "-inf") if value in (float("inf"), -float("inf")) \
            else repr(value)
    if isinstance(value, (int,)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml_value, value)) + "]"
    return json.dumps(value)


def _toml_configs(st):
    """Configuration files built from the real keys with values of every type, as bytes."""
    scalar = st.one_of(st.integers(-2**70, 2**70), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                       st.sampled_from(_SELECTORS + ["en", "de", "zh-cn", "xx", "error", "info"]),
                       st.lists(st.sampled_from(_SELECTORS), max_size=4))
    top = st.dictionaries(st.sampled_from(_KEYS), scalar, max_size=5)
    tables = st.dictionaries(st.sampled_from(_TABLES), st.dictionaries(st.sampled_from(_TABLE_KEYS), scalar,
                                                                       max_size=3), max_size=3)

    def render(parts) -> bytes:
        keys, tabs = parts
        lines = [f"{k} = {_toml_value(v)}" for k, v in keys.items()]
        for name, body in tabs.items():
            lines.append(f"[{name}]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in body.items()]
        return ("\n".join(lines) + "\n").encode("utf-8")

    return st.tuples(top, tables).map(render)


def run_hypothesis(seconds: float) -> int:
    """Random inputs through Hypothesis' fuzz entry point for ``seconds``; returns the count."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from([s[:2000] for s in seeds()])
    data = st.one_of(
        _toml_configs(st),
        st.binary(max_size=4000),
        st.text(st.characters(exclude_categories=()), max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.tuples(pieces, st.integers(0, 2000), st.binary(max_size=40)).map(lambda t: t[0][:t[1]] + t[2] + t[0][t[1]:]),
    )

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data)
    def target(blob: bytes) -> None:
        check_bytes(blob)

    rng = __import__("random").Random(int(os.environ.get("FUZZ_SEED", "0")) or None)
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        target.hypothesis.fuzz_one_input(rng.randbytes(rng.randint(1, 8192)))
        n += 1
    return n


def main() -> None:
    """Choose the engine from the arguments (see the module docstring)."""
    args = sys.argv[1:]
    if "--hypothesis" in args or "--seconds" in args:
        seconds = float(args[args.index("--seconds") + 1]) if "--seconds" in args else 60.0
        try:
            import atheris  # noqa: F401
        except ImportError:
            atheris = None
        if "--hypothesis" not in args and atheris is not None:
            run_atheris([sys.argv[0], f"-max_total_time={int(seconds)}", "-timeout=60", "-rss_limit_mb=4096"])
            return
        n = run_hypothesis(seconds)
        print(f"fuzz_lint (hypothesis): {n} inputs in {seconds:g} s, no failure")
        return
    run_atheris(sys.argv)


if __name__ == "__main__":
    main()
