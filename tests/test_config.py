"""Settings: defaults, and one-line errors that name the variable."""

from __future__ import annotations

import pytest

from monitor.config import ConfigError, load_settings, parse_duration


def test_defaults_use_sqlite_under_the_data_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CONVMON_DATA_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.db_url == f"sqlite:///{tmp_path / 'convmon.db'}"
    assert settings.sources_path.name == "sources.toml" and settings.sources_path.exists()
    assert not settings.allow_private_networks


def test_notify_urls_split_on_spaces_and_commas(monkeypatch) -> None:
    monkeypatch.setenv("CONVMON_NOTIFY", "json://a/x, mailto://b@c  tgram://t/c")
    assert load_settings().notify_urls == ["json://a/x", "mailto://b@c", "tgram://t/c"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CONVMON_ALLOW_PRIVATE_NETWORKS", "maybe"),
        ("CONVMON_LOG_LEVEL", "LOUD"),
        ("CONVMON_TICK_SECONDS", "-1"),
        ("CONVMON_DIGEST_AT", "25:00"),
        ("CONVMON_DIGEST_AT", "08:00 Mars/Olympus"),
        ("CONVMON_SOURCE_ALERT_AFTER", "a while"),
    ],
)
def test_bad_value_names_the_variable(monkeypatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value).startswith(name + ":") and "\n" not in str(err.value)


def test_durations() -> None:
    assert parse_duration("15m") == 900 and parse_duration("1h30m") == 5400
    assert parse_duration("90") == 90
    with pytest.raises(ValueError):
        parse_duration("15 minutes")
