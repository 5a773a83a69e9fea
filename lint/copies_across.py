"""Near-duplicate articles across a run (and a ledger): syndicated and degraded copies.

Each article is reduced to the set of its word pairs (2-grams) (lowercased word
characters only, so glue, stray marks and case changes move few of them),
summarised by a MinHash signature; a locality-sensitive hash index
(datasketch's ``MinHashLSH``) finds the earlier articles whose estimated
Jaccard similarity reaches ``copy-similarity``. The earlier article (first
seen: earlier in the ledger, then earlier in the input) is the original; the
later one is its copy. A copy that scores worse than its original counts
against the copying source (see :mod:`~sourcelint.sources`).

datasketch (MIT) needs numpy and scipy, so it is an optional extra:
``pip install 'sourcelint[copies]'``.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Iterable

from .document import Document

__all__ = ["CopyIndex", "CopiesUnavailable", "shingles", "shingle_hashes", "NUM_PERM"]

NUM_PERM = 128
SHINGLE_WORDS = 2
#: Texts with fewer distinct shingles are not linked: a short note shares
#: too large a part of itself with any other by chance.
MIN_SHINGLES = 20
_WORD = re.compile(r"\w+")
_LOWER = attrgetter("lower")
_SEED = 1
#: datasketch 2's 32-bit affine permutations (the signatures in a ledger are in this scheme).
_SCHEME = "affine32"


class CopiesUnavailable(RuntimeError):
    """datasketch is not installed; the message names the extra to install."""


def _datasketch() -> Any:
    try:
        import datasketch
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise CopiesUnavailable("linking copies across articles needs datasketch: "
                                "pip install 'sourcelint[copies]'") from exc
    return datasketch


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct word k-grams of ``text``, lowercased, as UTF-8 bytes (for reading; see shingle_hashes)."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(max(0, len(words) - k + 1))}


def shingle_hashes(text: "str | Document") -> Any:
    """32-bit hashes of the distinct word pairs of ``text`` (lowercased), as a numpy array.

    The words are the Document's word tokens (the linter has built them
    already; a string is made a Document). Each word is hashed once (CRC-32,
    stable across processes, so ledger signatures stay comparable) and a
    pair's hash is mixed from its two words' in numpy: hashing every pair's
    string with SHA-1 in Python cost more than the rest of the linking.
    """
    import numpy as np

    doc = Document(text) if isinstance(text, str) else text
    words = list(map(_LOWER, doc.tokens))
    if len(words) < 2:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    return np.unique((h[:-1] * np.uint64(0x9E3779B1) + h[1:]) & np.uint64(0xFFFFFFFF))


@dataclass(frozen=True)
class _Entry:
    id: str
    source: str | None
    score: float | None
    signature: Any
    order: int


class CopyIndex:
    """Articles seen so far, searchable by estimated Jaccard similarity."""

    def __init__(self, similarity: float = 0.5, num_perm: int = NUM_PERM) -> None:
        ds = _datasketch()
        self._MinHash = ds.MinHash
        self._LeanMinHash = ds.LeanMinHash
        # Permutations drawn once: drawing them per signature would cost more than hashing.
        self._perms = ds.MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations
        self.num_perm = num_perm
        self.similarity = similarity
        self._lsh = ds.MinHashLSH(threshold=similarity, num_perm=num_perm)
        self._entries: dict[str, _Entry] = {}

    def signature(self, text: "str | Document") -> Any | None:
        """The MinHash signature of a text or Document, or None if it is too short to link."""
        grams = shingle_hashes(text)
        if len(grams) < MIN_SHINGLES:
            return None
        m = self._MinHash(num_perm=self.num_perm, seed=_SEED, permutations=self._perms, scheme=_SCHEME, hashfunc=int)
        m.update_batch(grams.tolist())
        return self._LeanMinHash(m)

    def to_bytes(self, signature: Any) -> bytes:
        """The signature's hash values, for the ledger (4 bytes each)."""
        return signature.hashvalues.astype("<u4").tobytes()

    def from_bytes(self, data: bytes) -> Any:
        """Inverse of :meth:`to_bytes`."""
        import numpy as np

        values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
        return self._LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)

    def add(self, id: str, source: str | None, score: float | None, signature: Any) -> None:
        """Remember an article as a possible original (a key already present is kept as it was)."""
        key = _key(id, source)
        if key in self._entries or signature is None:
            return
        self._entries[key] = _Entry(id, source, score, signature, len(self._entries))
        self._lsh.insert(key, signature, check_duplication=False)

    def original_of(self, id: str, source: str | None, signature: Any) -> tuple[_Entry, float] | None:
        """The most similar earlier article at or above the threshold, with its similarity."""
        if signature is None or not self._entries:
            return None
        own = _key(id, source)
        # An article seen before (re-linted) can only copy what was seen before it.
        known = self._entries.get(own)
        before = known.order if known is not None else len(self._entries)
        best: tuple[_Entry, float] | None = None
        for key in self._lsh.query(signature):
            entry = self._entries[key]
            if entry.order >= before:
                continue
            sim = float(signature.jaccard(entry.signature))
            if sim >= self.similarity and (best is None or sim > best[1] or (sim == best[1] and key < _key(
                    best[0].id, best[0].source))):
                best = (entry, sim)
        return best

    def link(self, id: str, source: str | None, score: float | None,
             text: "str | Document") -> tuple[dict[str, Any] | None, Any]:
        """``copy_of`` for a new article (or None), and its signature; the article is then indexed."""
        signature = self.signature(text)
        found = self.original_of(id, source, signature)
        self.add(id, source, score, signature)
        if found is None:
            return None, signature
        entry, sim = found
        return {"id": entry.id, "source": entry.source, "similarity": round(sim, 2),
                "original_score": entry.score}, signature

    def preload(self, rows: Iterable[tuple[str, str | None, float | None, bytes]]) -> int:
        """Index earlier articles ``(id, source, score, signature bytes)``; returns how many."""
        n = 0
        for id, source, score, data in rows:
            self.add(id, source, score, self.from_bytes(data))
            n += 1
        return n


def _key(id: str, source: str | None) -> str:
    return f"{source or ''}\x00{id}"
