"""`python -m oncokg` runs the `oncokg` command."""

from oncokg.cli import app

app()
