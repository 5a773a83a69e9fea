"""The pronouns family (prefix PRN)."""

from __future__ import annotations

RULES: list = []
