"""The built-in rules, one module per family.

They are registered through the ``sourcelint.rules`` entry-point group like
any third-party plugin (see ``pyproject.toml``). Lexicons live in ``data/``
with their provenance in ``data/SOURCES.md``; each rule's pass and fail
examples live in ``cases/<CODE>.toml``.
"""
