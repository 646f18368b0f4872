"""Shared fixtures: a real database per test (SQLite, and PostgreSQL when asked), the CLI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from typer.testing import CliRunner, Result

from monitor.cli import app
from monitor.db import make_engine, upgrade
from tests.site import DATA, Site

PG_URL = os.environ.get("CONVMON_TEST_DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No CONVMON_* setting leaks in from the developer's shell."""
    for name in list(os.environ):
        if name.startswith("CONVMON_") and name != "CONVMON_TEST_DATABASE_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("CONVMON_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)  # an unreachable server fails the test: never skipped
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to head."""
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def site() -> Iterator[Site]:
    """The fixture news site (tests/data/site) plus the treaty record (tests/data/treaty)."""
    with Site({"/": DATA / "site", "/treaty/": DATA / "treaty"}) as served:
        yield served


def write_catalogue(path: Path, site: Site, entries: list[tuple[str, str, str]]) -> Path:
    """A sources TOML with (name, kind, path-on-site) entries."""
    blocks = [
        f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{site.url(where)}"\nevery = "1h"\n'
        for name, kind, where in entries
    ]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


SITE_SOURCES = [
    ("ledger-rss", "feed", "/feed.rss"),
    ("wire-atom", "feed", "/feed.atom"),
    ("ledger-latest", "listing", "/news/"),
    ("seed-page", "page", "/pl/seed-001.html"),
]

Cli = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, db_url: str, tmp_path: Path) -> Cli:
    """Run `convmon` in-process against the test database; returns the click Result."""
    monkeypatch.setenv("CONVMON_DATABASE_URL", db_url)
    monkeypatch.setenv("CONVMON_ALLOW_PRIVATE_NETWORKS", "true")
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True) -> Result:
        result = runner.invoke(app, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.fixture
def site_catalogue(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """CONVMON_SOURCES pointing at the fixture site."""
    path = write_catalogue(tmp_path / "sources.toml", site, SITE_SOURCES)
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    return path
