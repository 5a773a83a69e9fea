"""The built-in rules: a package per family, a module per rule.

They are registered through the ``sourcelint.rules`` entry-point group like
any third-party plugin (see ``pyproject.toml``). Lexicons live in ``data/``,
each opening with its source and licence; each rule's pass and fail
examples live in ``cases/<CODE>.toml``. Helpers several families share:
``lexicon`` (reading ``data/``), ``tokens`` (token views), ``messages``.
"""
