"""`python -m monitor` is `convmon`."""

from monitor.cli import app

app(prog_name="convmon")
