"""The structure family (prefix STR)."""

from __future__ import annotations

RULES: list = []
