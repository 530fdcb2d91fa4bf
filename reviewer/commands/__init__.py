"""Command-line subcommands; part of the composition root with cli.py and app.py."""
