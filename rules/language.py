"""The language family (prefix LNG)."""

from __future__ import annotations

RULES: list = []
