"""Language server: diagnostics latency after a change, and memory over many edits.

    python tests/benchmarks/lsp_latency.py                    # 1,000-word article, 500 edits
    python tests/benchmarks/lsp_latency.py --edits 500 --debounce 200

Starts ``sourcelint server`` as an editor does and drives it with a real LSP
client over stdio (tests/lsp_session.py), the server pinned to one core. The
article is the first 1,000 words of samples/004 (garbled: dozens of findings,
so every lint also builds diagnostics, related locations and the score).

Each edit is what typing does: an incremental change inserting a word at a
random place, or deleting the word inserted before (so the text stays the same
size). Latency is the time from sending the change to receiving the
diagnostics of that version, minus the debounce the server waits first; it is
measured with the configured debounce and with none. Resident memory (VmRSS)
of the server is read every 50 edits; flat means no state kept per edit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lsprotocol import types  # noqa: E402

from conftest import SAMPLES  # noqa: E402
from lsp_session import Editor, session  # noqa: E402


def article(words: int) -> str:
    """The first paragraphs of samples/004 holding ``words`` words (the last one cut to fit)."""
    (src,) = SAMPLES.glob("004_*.txt")
    out, count = [], 0
    for line in src.read_text(encoding="utf-8").splitlines():
        n = len(line.split())
        if count + n >= words:
            out.append(" ".join(line.split()[: words - count]))
            break
        out.append(line)
        count += n
    return "\n".join(out) + "\n"


def rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` in KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def change(editor: Editor, uri: str, line: int, char: int, end_char: int, text: str) -> int:
    """Send one incremental change; the new version."""
    editor.versions[uri] += 1
    rng = types.Range(start=types.Position(line=line, character=char), end=types.Position(line=line, character=end_char))
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
        content_changes=[types.TextDocumentContentChangePartial(range=rng, text=text)]))
    return editor.versions[uri]


async def run(text: str, debounce_ms: int, edits: int, seed: int) -> tuple[list[float], list[tuple[int, int]]]:
    """(latencies in s after the debounce, [(edit, RSS KiB)]) for one server."""
    rnd = random.Random(seed)
    lines = text.splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "article.txt")
        path.write_text(text, encoding="utf-8")
        async with session(Path(tmp), options={"debounce": debounce_ms}) as editor:
            pid = editor.client._server.pid
            if hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(pid, {min(os.sched_getaffinity(0))})
            uri = editor.open(path)
            await editor.diagnostics(uri, version=1, timeout=120)
            latencies, memory = [], [(0, rss_kib(pid))]
            inserted: tuple[int, int] | None = None
            for i in range(1, edits + 1):
                if inserted is None:
                    line = rnd.randrange(len(lines))
                    spaces = [j + 1 for j, c in enumerate(lines[line]) if c == " "] or [0]
                    char = rnd.choice(spaces)
                    t0 = time.perf_counter()
                    version = change(editor, uri, line, char, char, "word ")
                    inserted = (line, char)
                else:
                    line, char = inserted
                    t0 = time.perf_counter()
                    version = change(editor, uri, line, char, char + 5, "")
                    inserted = None
                await editor.diagnostics(uri, version=version, timeout=120)
                latencies.append(time.perf_counter() - t0 - debounce_ms / 1000)
                editor.published[uri].clear()
                if i % 50 == 0:
                    memory.append((i, rss_kib(pid)))
    return latencies, memory


def report(name: str, latencies: list[float]) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name}: median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms "
          f"over {len(ms)} changes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--debounce", type=int, default=200, help="the server's debounce in ms (its default: 200)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    text = article(args.words)
    print(f"article: {len(text.split())} words, {len(text):,} characters; server pinned to one core")
    latencies, memory = asyncio.run(run(text, args.debounce, args.edits, args.seed))
    report(f"latency after the {args.debounce} ms debounce", latencies)
    print("RSS (KiB) by edit: " + ", ".join(f"{i}: {kib:,}" for i, kib in memory))
    growth = memory[-1][1] - memory[1][1] if len(memory) > 1 else 0
    print(f"growth from edit {memory[1][0] if len(memory) > 1 else 0} to {memory[-1][0]}: {growth:+,} KiB")
    latencies, _ = asyncio.run(run(text, 0, min(args.edits, 100), args.seed + 1))
    report("latency with no debounce", latencies)


if __name__ == "__main__":
    main()
