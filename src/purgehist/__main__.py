"""``python -m purgehist`` runs the command line."""

from purgehist.cli import main

main()
