"""The translation family (prefix MT)."""

from __future__ import annotations

RULES: list = []
