"""``python -m sourcelint``."""

from .cli import main

main()
