"""Entry point of the frozen app: the same `main` the `reviewer` console script runs."""

from reviewer.cli import main

raise SystemExit(main())
