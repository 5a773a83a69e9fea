"""The duplication family (prefix DUP)."""

from __future__ import annotations

RULES: list = []
