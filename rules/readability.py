"""The readability family (prefix RDB)."""

from __future__ import annotations

RULES: list = []
