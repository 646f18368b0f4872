"""The CLI: every command has help and appears in the README; bad input gives one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from monitor.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[list[str]]:
    root = get_command(app)
    found = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", None)
        found += [[name, sub] for sub in subs] if subs else [[name]]
    return found


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_every_command_has_help_and_is_in_the_readme(words: list[str]) -> None:
    result = CliRunner().invoke(app, [*words, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    command = get_command(app)
    for word in words:
        command = command.commands[word]  # type: ignore[attr-defined]
    assert command.help, f"{words} has no help text"
    assert f"convmon {' '.join(words)}" in README, f"`convmon {' '.join(words)}` not in README"


def test_bad_setting_is_one_line(cli, monkeypatch) -> None:
    monkeypatch.setenv("CONVMON_MAX_PER_HOST", "zero")
    result = cli("articles", ok=False)
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "CONVMON_MAX_PER_HOST" in result.output


def test_read_commands_refuse_an_empty_database(cli) -> None:
    result = cli("articles", ok=False)
    assert result.exit_code == 1 and "convmon db upgrade" in result.output


def test_malformed_catalogue_is_one_line(cli, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nkind = "feed"\nurl = "nope"\n', encoding="utf-8")
    monkeypatch.setenv("CONVMON_SOURCES", str(bad))
    result = cli("poll", "--all", ok=False)
    assert result.exit_code == 2
    assert f"{bad}:4: field 'url'" in result.output and result.output.strip().count("\n") == 0


def test_unknown_source_name(cli, site_catalogue) -> None:
    result = cli("poll", "--source", "nope", ok=False)
    assert result.exit_code == 2 and "no source named 'nope'" in result.output


def test_db_upgrade_then_health_without_daemon(cli) -> None:
    assert "database at revision" in cli("db", "upgrade").stdout
    result = cli("health", ok=False)
    assert result.exit_code == 1 and "no heartbeat" in result.output


def test_extract_a_saved_page(cli) -> None:
    page = Path(__file__).parent / "data" / "site" / "en" / "kenya-signs.html"
    result = cli("extract", str(page))
    assert "Kenya signs UN Convention against Cybercrime" in result.stdout
    assert "Permanent Representative" in result.stdout and "Most read" not in result.stdout


def test_typer_app_is_the_entry_point() -> None:
    assert isinstance(app, typer.Typer)


def test_malformed_topic_file_is_one_line(cli, tmp_path, monkeypatch, site_catalogue) -> None:
    bad = tmp_path / "topic.toml"
    bad.write_text("[names\nen = [", encoding="utf-8")
    monkeypatch.setenv("CONVMON_TOPIC", str(bad))
    result = cli("poll", "--all", ok=False)
    assert result.exit_code == 2
    assert str(bad) in result.output and result.output.strip().count("\n") == 0
