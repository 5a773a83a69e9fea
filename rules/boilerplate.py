"""The boilerplate family (prefix BLP)."""

from __future__ import annotations

RULES: list = []
