"""Load and validate the sources catalogue (feeds/sources.toml)."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from monitor.config import parse_duration

KINDS = ("feed", "page", "listing", "treaty")
_FIELDS = {"name", "kind", "url", "every", "tags", "extract", "links", "enabled"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


class CatalogueError(ValueError):
    """The catalogue is malformed; the message names file, line and field."""


@dataclass(frozen=True)
class SourceSpec:
    """One validated catalogue entry."""

    name: str
    kind: str
    url: str
    every_seconds: int
    tags: tuple[str, ...] = ()
    body_selector: str | None = None
    link_selector: str | None = None
    enabled: bool = True

    def options_json(self) -> str:
        """The per-kind options as stored in the database."""
        return json.dumps(
            {"body": self.body_selector, "links": self.link_selector, "tags": list(self.tags)},
            sort_keys=True,
        )


def load_catalogue(path: Path, *, default_every: str = "30m") -> list[SourceSpec]:
    """Parse and validate a sources TOML file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path}: {exc}") from None
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"{path}: no [[source]] entries")
    starts = [i + 1 for i, line in enumerate(text.splitlines()) if line.strip() == "[[source]]"]
    lines = text.splitlines()
    specs: list[SourceSpec] = []
    for index, entry in enumerate(entries):
        start = starts[index] if index < len(starts) else 0
        end = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1
        where = _Where(path, lines, start, end)
        specs.append(_validate(entry, where, default_every))
    _check_unique(specs, path)
    return specs


@dataclass(frozen=True)
class _Where:
    path: Path
    lines: list[str]
    start: int
    end: int

    def error(self, key: str, message: str) -> CatalogueError:
        line = self.start
        for number in range(self.start, self.end):
            if re.match(rf"\s*{re.escape(key)}\s*=", self.lines[number - 1]):
                line = number
                break
        return CatalogueError(f"{self.path}:{line}: field '{key}': {message}")


def _validate(entry: dict, where: _Where, default_every: str) -> SourceSpec:
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise where.error(unknown[0], f"unknown field (allowed: {', '.join(sorted(_FIELDS))})")
    name = _string(entry, "name", where)
    if not _NAME.match(name):
        raise where.error("name", "use lower-case letters, digits, '.', '_' or '-'")
    kind = _string(entry, "kind", where)
    if kind not in KINDS:
        raise where.error("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    url = _string(entry, "url", where)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise where.error("url", f"not an http(s) URL: {url!r}")
    every = entry.get("every", default_every)
    try:
        seconds = int(parse_duration(str(every)))
    except ValueError as exc:
        raise where.error("every", str(exc)) from None
    if seconds < 60:
        raise where.error("every", "must be at least 1m")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise where.error("tags", "must be a list of strings")
    extract = entry.get("extract", {})
    if not isinstance(extract, dict) or set(extract) - {"body"}:
        raise where.error("extract", "must be a table with an optional 'body' CSS selector")
    links = entry.get("links")
    if links is not None and (kind != "listing" or not isinstance(links, str)):
        raise where.error("links", 'a CSS selector string, only for kind = "listing"')
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise where.error("enabled", "must be true or false")
    return SourceSpec(
        name=name,
        kind=kind,
        url=url,
        every_seconds=seconds,
        tags=tuple(tags),
        body_selector=extract.get("body"),
        link_selector=links,
        enabled=enabled,
    )


def _string(entry: dict, key: str, where: _Where) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, "required, a non-empty string")
    return value.strip()


def _check_unique(specs: list[SourceSpec], path: Path) -> None:
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            raise CatalogueError(f"{path}: field 'name': duplicate source name {spec.name!r}")
        seen.add(spec.name)
