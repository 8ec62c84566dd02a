"""``python -m statx``: the same as the ``statx`` command."""
from .cli import main

main()
