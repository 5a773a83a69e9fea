"""Peak memory when streaming a large .jsonl.zst and a large Parquet file.

    pip install -e '.[bench,parquet]'
    python tests/benchmarks/stream_formats.py --mb 1024 --select MT006 --jobs 1

Writes synthetic articles (tests/benchmarks/synth.py) to ``big.jsonl.zst``
and ``big.parquet`` (row groups of ``--row-group`` rows) until the JSONL
text reaches ``--mb`` MB, then runs ``sourcelint check FILE --format jsonl``
on each, counts the records it writes, and samples the resident memory of
the process tree (psutil). Prints the peak RSS at each tenth of the run, so
growth with the input would show. ``--select`` picks cheap rules so that the
run measures the readers rather than the rules (memory.py measures the rules
on a stream). Files go to ``--dir`` (a temporary folder by default) and are
removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import Sampler, mb  # noqa: E402
from synth import articles  # noqa: E402


def write_files(folder: Path, target: int, row_group: int) -> tuple[Path, Path, int]:
    """``big.jsonl.zst`` and ``big.parquet`` holding the same articles; returns their count."""
    zst, par = folder / "big.jsonl.zst", folder / "big.parquet"
    size = count = 0
    rows: list[dict] = []
    with zst.open("wb") as raw, zstandard.ZstdCompressor(level=3).stream_writer(raw) as out:
        writer = None
        for record in articles(10**9):
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            out.write(line)
            rows.append(record)
            size += len(line)
            count += 1
            if len(rows) == row_group:
                table = pa.Table.from_pylist(rows)
                writer = writer or pq.ParquetWriter(par, table.schema, compression="zstd")
                writer.write_table(table)
                rows = []
            if size >= target:
                break
        if rows:
            table = pa.Table.from_pylist(rows)
            writer = writer or pq.ParquetWriter(par, table.schema, compression="zstd")
            writer.write_table(table)
        writer.close()
    return zst, par, count


def measure(path: Path, count: int, jobs: int, select: str | None) -> None:
    """Lint ``path``, printing the peak RSS at each tenth of its ``count`` records."""
    cmd = [sys.executable, "-m", "sourcelint", "check", str(path), "--format", "jsonl", "--jobs", str(jobs),
           "--exit-zero", "--no-progress"]
    if select:
        cmd += ["--select", select]
    lint = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    assert lint.stdout is not None
    sampler = Sampler(lint.pid)
    sampler.start()
    t0 = time.perf_counter()
    step = max(1, count // 10)
    seen = 0
    print(f"{path.name} ({path.stat().st_size / 2**20:.0f} MB on disk, {count:,} articles)")
    print(f"{'records':>9} {'seconds':>8}  peak RSS: parent  worker   total")
    for _ in lint.stdout:
        seen += 1
        if seen % step == 0:
            print(f"{seen:>9} {time.perf_counter() - t0:>8.0f}  {mb(sampler.parent):>16} {mb(sampler.worker):>7} "
                  f"{mb(sampler.total):>7}", flush=True)
    lint.wait()
    sampler.done.set()
    sampler.join()
    print(f"done: {seen:,} records in {time.perf_counter() - t0:.0f} s, exit {lint.returncode}; peak RSS parent "
          f"{mb(sampler.parent)}, largest worker {mb(sampler.worker)}, all processes {mb(sampler.total)}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=256, help="uncompressed JSONL size to generate, in MB")
    ap.add_argument("--row-group", type=int, default=10_000, help="Parquet rows per row group")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--select", default="MT006", help="rules to run (default MT006, a cheap one)")
    ap.add_argument("--dir", default=None, help="where to write the files (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ap.add_argument("--reuse", action="store_true", help="lint the files already in --dir (from --keep)")
    ap.add_argument("--only", choices=["zst", "parquet"], default=None, help="measure one of the two files")
    args = ap.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="sourcelint-stream-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        if args.reuse:
            zst, par = folder / "big.jsonl.zst", folder / "big.parquet"
            count = pq.ParquetFile(par).metadata.num_rows
        else:
            zst, par, count = write_files(folder, args.mb * 2**20, args.row_group)
            print(f"generated {count:,} articles ({args.mb} MB of JSONL) in {time.perf_counter() - t0:.0f} s\n")
        for path in (zst, par):
            if args.only is None or path.name.endswith(args.only):
                measure(path, count, args.jobs, args.select)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
