"""Settings: the only place that reads the environment."""

from __future__ import annotations

import re
from datetime import time
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ConfigError(ValueError):
    """A setting has a bad value; the message names the variable."""


def bundled_feeds_dir() -> Path:
    """Directory holding the bundled sources.toml and topic.toml."""
    from importlib.resources import files

    return Path(str(files("monitor._feeds")))


class Settings(BaseSettings):
    """Every option of convention-monitor, read from CONVMON_* variables."""

    model_config = SettingsConfigDict(env_prefix="CONVMON_", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str | None = None
    sources: Path | None = None
    topic: Path | None = None
    notify: str = ""
    notify_config: Path | None = None
    allow_private_networks: bool = False
    log_level: str = "INFO"
    # scheduling
    tick_seconds: float = Field(default=30.0, gt=0)
    default_every: str = "30m"
    batch_size: int = Field(default=20, ge=1)
    jitter_seconds: float = Field(default=5.0, ge=0)
    heartbeat_seconds: float = Field(default=30.0, gt=0)
    heartbeat_max_age: float = Field(default=180.0, gt=0)
    backoff_base: float = Field(default=60.0, gt=0)
    backoff_max: float = Field(default=6 * 3600.0, gt=0)
    # fetching
    timeout: float = Field(default=60.0, gt=0)
    connect_timeout: float = Field(default=10.0, gt=0)
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_connections: int = Field(default=16, ge=1)
    max_per_host: int = Field(default=2, ge=1)
    max_articles_per_source: int = Field(default=50, ge=1)
    # alerts
    dispatch_seconds: float = Field(default=30.0, gt=0)
    retry_base: float = Field(default=30.0, gt=0)
    retry_max: float = Field(default=3600.0, gt=0)
    max_attempts: int = Field(default=10, ge=1)
    source_alert_after: str = "24h"
    digest_at: str | None = None
    timezone: str = "UTC"

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("default_every", "source_alert_after")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_duration(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("digest_at")
    @classmethod
    def _digest(cls, value: str | None) -> str | None:
        if value:
            parse_digest_at(value)
        return value or None

    @property
    def db_url(self) -> str:
        """The SQLAlchemy URL: CONVMON_DATABASE_URL or SQLite under the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'convmon.db').resolve()}"

    @property
    def sources_path(self) -> Path:
        """The sources catalogue in use."""
        return self.sources or bundled_feeds_dir() / "sources.toml"

    @property
    def topic_path(self) -> Path:
        """The topic file (names and confusers) in use."""
        return self.topic or bundled_feeds_dir() / "topic.toml"

    @property
    def notify_urls(self) -> list[str]:
        """Apprise URLs from CONVMON_NOTIFY, split on spaces and commas."""
        return [u for u in re.split(r"[\s,]+", self.notify) if u]


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Parse '90s', '15m', '2h', '1d', '1h30m' or a number of seconds."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.findall(r"(\d+(?:\.\d+)?)([smhd])", text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"bad duration {text!r} (use e.g. 90s, 15m, 2h, 1d)")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def parse_digest_at(text: str) -> tuple[time, ZoneInfo | None]:
    """Parse 'HH:MM' optionally followed by a time zone, e.g. '08:00 Europe/Warsaw'."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?:\s+(\S+))?\s*", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"bad time {text!r} (use HH:MM, optionally with a time zone)")
    zone = None
    if match[3]:
        try:
            zone = ZoneInfo(match[3])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {match[3]!r}") from exc
    return time(int(match[1]), int(match[2])), zone


def load_settings() -> Settings:
    """Read the settings; a bad value raises ConfigError naming the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "CONVMON_" + str(err["loc"][0]).upper() if err["loc"] else "CONVMON_*"
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}: {msg}") from None


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings (cached)."""
    return load_settings()
