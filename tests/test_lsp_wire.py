"""``sourcelint server`` against bad clients, byte for byte over a pipe.

Malformed messages, unknown methods, a client that closes the pipe or dies
without closing it: the server answers what it can and never stays behind.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

pytestmark = pytest.mark.timeout(120)

SERVER = [sys.executable, "-m", "sourcelint", "server"]


class Wire:
    """A server process and a thread collecting the messages it writes."""

    def __init__(self, tmp_path: Path) -> None:
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / ".cache")}
        self.proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, cwd=tmp_path)
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n"):
                    break
            if length is not None:
                self.messages.put(json.loads(out.read(length)))

    def raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def response(self, msg_id: int, timeout: float = 30) -> dict[str, Any]:
        """The response to request ``msg_id`` (other messages are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            msg = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if msg.get("id") == msg_id and "method" not in msg:
                return msg

    def initialize(self, process_id: int | None = None) -> None:
        self.send({"id": 1, "method": "initialize",
                   "params": {"processId": process_id, "rootUri": None, "capabilities": {}}})
        assert "capabilities" in self.response(1)["result"]
        self.send({"method": "initialized", "params": {}})

    def exited(self, timeout: float) -> int | None:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def wire(tmp_path: Path):
    w = Wire(tmp_path)
    yield w
    w.kill()


def test_malformed_messages_and_unknown_methods_are_answered_or_dropped(wire: Wire) -> None:
    wire.initialize()
    wire.raw(b"Content-Length: 9\r\n\r\n{not json")
    wire.raw(b"X-Garbage: yes\r\n\r\n")
    wire.raw(b"Content-Length: 6\r\n\r\n[1, 2]")
    wire.send({"id": 6})  # a response to a request never made
    wire.send({"method": "$/sourcelint/unknown-notification", "params": {}})
    wire.send({"id": 7, "method": "sourcelint/unknown", "params": {}})
    assert wire.response(7)["error"]["code"] == -32601  # method not found
    wire.send({"id": 8, "method": "textDocument/hover", "params": {"bogus": 1}})
    assert "error" in wire.response(8)
    wire.send({"id": 9, "method": "workspace/executeCommand",
               "params": {"command": "sourcelint.applyFix", "arguments": ["file:///nowhere.txt"]}})
    assert wire.response(9).get("result") is False  # wrong arguments: refused, not fatal
    # Still a working server: a real document is linted.
    text = (ROOT / "samples").glob("004_*.txt").__next__().read_text(encoding="utf-8")
    wire.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "untitled:Untitled-1", "languageId": "plaintext", "version": 1, "text": text}}})
    deadline = time.monotonic() + 30
    while True:
        msg = wire.messages.get(timeout=max(0.01, deadline - time.monotonic()))
        if msg.get("method") == "textDocument/publishDiagnostics":
            assert any(d["code"] == "DUP002" for d in msg["params"]["diagnostics"])
            break
    wire.send({"id": 10, "method": "shutdown"})
    assert wire.response(10)["result"] is None
    wire.send({"method": "exit"})
    assert wire.exited(30) == 0


def test_exit_without_shutdown_exits_with_1(wire: Wire) -> None:
    wire.initialize()
    wire.send({"method": "exit"})
    assert wire.exited(30) == 1


def test_a_client_that_closes_the_pipe_mid_message_leaves_no_process(wire: Wire) -> None:
    wire.initialize()
    wire.raw(b'Content-Length: 5000\r\n\r\n{"jsonrpc": "2.0", "method": "textDoc')
    assert wire.proc.stdin is not None
    wire.proc.stdin.close()
    assert wire.exited(30) is not None


def test_a_client_that_dies_with_the_pipes_open_leaves_no_process(wire: Wire) -> None:
    editor = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        wire.initialize(process_id=editor.pid)
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait()
    # Our end of the pipes stays open: only the processId check can notice.
    assert wire.exited(30) == 1


def test_missing_extra_names_it(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['pygls'] = None; sys.argv = ['sourcelint', 'server']; "
            "from sourcelint.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2
    assert "pip install 'sourcelint[lsp]'" in done.stderr and "pygls" in done.stderr
