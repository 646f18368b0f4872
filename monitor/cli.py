"""The `convmon` command: thin commands, each calling one function."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from monitor import db, notify, outbox, store, views
from monitor.catalogue import CatalogueError
from monitor.config import ConfigError, Settings, load_settings
from monitor.fetch import Fetcher, FetchError
from monitor.models import utcnow
from monitor.notify import NotifyConfigError

app = typer.Typer(
    help="Watch the news and the UN treaty record for the UN Convention against Cybercrime.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def console() -> Console:
    """Standard output; tables get room when it is not a terminal (pipes, files)."""
    return Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)


JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON value on stdout.")]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error on stderr and exit."""
    typer.echo(f"convmon: {message}", err=True)
    raise typer.Exit(code)


def setup() -> tuple[Settings, Engine]:
    """Settings, logging and the engine; bad settings end the command with one line."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        fail(str(exc), 2)
    logging.basicConfig(
        level=settings.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # APScheduler logs every job run at INFO: keep its warnings only, unless debugging.
    if settings.log_level != "DEBUG":
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return settings, db.make_engine(settings.db_url, pooled=False)


def reader() -> Engine:
    """An engine for read commands, which refuse a database not at the current schema."""
    _, engine = setup()
    try:
        current, head = db.current_revision(engine), db.head_revision(engine)
    except SQLAlchemyError as exc:
        fail(f"database unreachable: {_one_line(exc)}")
    if current is None:
        fail("the database is empty: run `convmon db upgrade` or `convmon run` first")
    if current != head:
        fail(
            f"database schema is at {current}, this version needs {head}: run `convmon db upgrade`"
        )
    return engine


def _one_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def emit(rows: Any) -> None:
    """Print JSON on stdout."""
    typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))


def table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    """Print a Rich table."""
    t = Table(title=title, show_lines=False)
    for column in columns:
        t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row])
    console().print(t)


def _guard(work: Any) -> Any:
    try:
        return work()
    except (CatalogueError, NotifyConfigError) as exc:
        fail(str(exc), 2)
    except OperationalError as exc:
        fail(f"database unreachable: {_one_line(exc)}")


@app.command()
def run() -> None:
    """Run the daemon: migrate, then poll, detect and alert until SIGTERM/SIGINT."""
    from monitor.scheduler import run_daemon

    settings, _ = setup()
    _guard(lambda: run_daemon(db.make_engine(settings.db_url), settings))


@app.command()
def poll(
    all_: Annotated[bool, typer.Option("--all", help="Poll every source, due or not.")] = False,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="Poll this source (repeatable).")
    ] = None,
) -> None:
    """Poll due sources (or all, or named) once, store, detect, send alerts, exit."""
    from monitor.scheduler import poll_once

    settings, engine = setup()
    results = _guard(
        lambda: asyncio.run(
            poll_once(
                engine,
                settings,
                names=source or None,
                everything=all_,
                progress=Progress(console=Console(stderr=True), transient=True)
                if sys.stdout.isatty()
                else None,
            )
        )
    )
    for result in results:
        typer.echo(result.summary())
        for error in result.errors:
            typer.echo(f"  error: {error}")


@app.command()
def articles(
    json_: JsonOpt = False, limit: Annotated[int, typer.Option(help="How many.")] = 50
) -> None:
    """List the relevant articles stored, newest first."""
    with db.session_scope(reader()) as session:
        rows = views.article_rows(session=session, limit=limit)
    if json_:
        return emit(rows)
    table(
        "Articles",
        ["id", "published", "lang", "source", "story", "title"],
        [
            [
                r["id"],
                (r["published"] or "")[:10],
                r["language"],
                r["source"],
                r["story_id"],
                r["title"],
            ]
            for r in rows
        ],
    )


@app.command()
def stories(
    json_: JsonOpt = False, limit: Annotated[int, typer.Option(help="How many.")] = 50
) -> None:
    """List stories: title, first/last seen, article count, languages, sources."""
    with db.session_scope(reader()) as session:
        rows = views.story_rows(session=session, limit=limit)
    if json_:
        return emit(rows)
    table(
        "Stories",
        ["id", "first seen", "last seen", "articles", "languages", "sources", "title"],
        [
            [
                r["id"],
                r["first_seen"][:16],
                r["last_seen"][:16],
                r["article_count"],
                ",".join(r["languages"]),
                ",".join(r["sources"]),
                r["title"],
            ]
            for r in rows
        ],
    )


@app.command()
def events(json_: JsonOpt = False) -> None:
    """List signature and ratification events with status, date, evidence and sources."""
    with db.session_scope(reader()) as session:
        rows = views.event_rows(session=session)
    if json_:
        return emit(rows)
    table(
        "Events",
        ["country", "action", "date", "status", "reports", "evidence"],
        [
            [
                f"{r['country_name']} ({r['country']})",
                r["action"],
                r["date"],
                r["status"],
                r["reports"],
                r["evidence"] or "UN treaty record",
            ]
            for r in rows
        ],
    )


@app.command()
def status(json_: JsonOpt = False) -> None:
    """Show the tally toward the 40 ratifications needed, and the per-country table."""
    with db.session_scope(reader()) as session:
        view = views.status_view(session=session)
    if json_:
        return emit(view)
    console().print(
        f"Signatories: {view['signatories']}   Parties: {view['parties']} of "
        f"{view['needed']} needed for entry into force   (basis: {view['basis']})"
    )
    if view["entry_into_force"]:
        console().print(f"Entry into force: {view['entry_into_force']}")
    extra = view["reported_signatures"] + view["reported_ratifications"]
    if extra:
        console().print(
            "Reported in the news, not yet in the treaty record: "
            + _plural(view["reported_signatures"], "signature")
            + ", "
            + _plural(view["reported_ratifications"], "ratification")
        )
    table(
        "Countries",
        ["country", "signed", "ratified", "instrument", "status", "reports"],
        [
            [
                f"{r['country_name']} ({r['country']})",
                r["signed"],
                r["ratified"],
                r["instrument"],
                r["status"],
                r["reports"],
            ]
            for r in view["countries"]
        ],
    )


@app.command()
def sources(json_: JsonOpt = False) -> None:
    """List the sources with their health: last success, errors, next check."""
    with db.session_scope(reader()) as session:
        rows = views.source_rows(session=session)
    if json_:
        return emit(rows)
    table(
        "Sources",
        ["name", "kind", "last success", "errors", "last error", "next check", "status"],
        [
            [
                r["name"] + ("" if r["enabled"] else " (disabled)"),
                r["kind"],
                (r["last_success"] or "never")[:19],
                r["error_count"],
                r["last_error"],
                (r["next_check"] or "")[:19],
                r["status"],
            ]
            for r in rows
        ],
    )


@app.command()
def alerts(
    json_: JsonOpt = False,
    limit: Annotated[int, typer.Option(help="How many notifications.")] = 50,
    retry_failed: Annotated[
        bool,
        typer.Option(
            "--retry-failed", help="Put failed deliveries back in the queue now and send them."
        ),
    ] = False,
) -> None:
    """List the outbox: notifications and their deliveries (sent, pending, failed)."""
    engine = reader()
    if retry_failed:
        settings, _ = setup()
        with db.session_scope(engine) as session:
            count = outbox.retry_failed(session)
        typer.echo(f"{count} failed deliveries queued again")
        _guard(lambda: notify.dispatch(engine, settings))
    with db.session_scope(engine) as session:
        rows = outbox.list_alerts(session, limit=limit)
    if json_:
        return emit(rows)
    table(
        "Alerts",
        ["id", "created", "kind", "title", "deliveries"],
        [
            [
                r["id"],
                (r["created_at"] or "")[:19],
                r["kind"],
                r["title"],
                "; ".join(
                    f"{d['target']}: {d['status']}"
                    + (f" ({d['last_error']})" if d["last_error"] else "")
                    for d in r["deliveries"]
                )
                or "no target yet",
            ]
            for r in rows
        ],
    )


@app.command("notify-test")
def notify_test() -> None:
    """Send a test message to every configured target and print each result."""
    settings, _ = setup()
    results = _guard(lambda: notify.send_test(settings))
    for r in results:
        typer.echo(f"{r.target_label}: " + ("ok" if r.ok else f"FAILED: {r.error}"))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the newest schema (Alembic upgrade head)."""
    _, engine = setup()
    _guard(lambda: db.upgrade(engine))
    typer.echo(f"database at revision {db.current_revision(engine)}")


@db_app.command("revision")
def db_revision(
    message: Annotated[str, typer.Argument(help="What changed, e.g. 'add story summary'.")],
) -> None:
    """Write a new migration for changes to monitor/models.py (developers)."""
    setup()
    typer.echo(f"wrote {db.new_revision(message)}")


@app.command()
def health() -> None:
    """Exit 0 when the daemon's heartbeat is fresh and the database reachable, else 1."""
    settings, engine = setup()
    try:
        with db.session_scope(engine) as session:
            beat = store.get_state(session=session, key="heartbeat")
    except SQLAlchemyError as exc:
        fail(f"unhealthy: database unreachable: {_one_line(exc)}")
    if beat is None:
        fail("unhealthy: no heartbeat: the daemon has not run")
    age = (utcnow() - datetime.fromisoformat(beat)).total_seconds()
    if age > settings.heartbeat_max_age:
        fail(f"unhealthy: last heartbeat {age:.0f}s ago (limit {settings.heartbeat_max_age:.0f}s)")
    typer.echo(f"ok: heartbeat {age:.0f}s ago")


@app.command()
def extract(
    file_or_url: Annotated[
        str, typer.Argument(help="A saved page (.html or .html.gz) or an http(s) URL.")
    ],
    json_: JsonOpt = False,
) -> None:
    """Show what article extraction gets from one page (for debugging)."""
    from monitor.parse.extract import extract as run_extract

    settings, _ = setup()
    url, charset, language = None, None, None
    if file_or_url.startswith(("http://", "https://")):
        try:
            fetched = asyncio.run(_fetch_one(file_or_url, settings))
        except FetchError as exc:
            fail(str(exc))
        content, url, charset = fetched.content, fetched.url, fetched.charset
        language = fetched.headers.get("content-language")
    else:
        path = Path(file_or_url)
        try:
            content = path.read_bytes()
        except OSError as exc:
            fail(f"{path}: {exc.strerror or exc}")
        if path.suffix == ".gz":
            content = gzip.decompress(content)
    page = run_extract(content, url, charset=charset, content_language=language)
    data = {
        "title": page.title,
        "published": page.published.isoformat() if page.published else None,
        "language": page.language,
        "canonical_url": page.canonical_url,
        "text": page.text,
        "reason": page.reason,
    }
    if json_:
        return emit(data)
    for key in ("title", "published", "language", "canonical_url", "reason"):
        if data[key]:
            console().print(f"[bold]{key}[/bold]: {data[key]}", highlight=False)
    typer.echo("")
    typer.echo(page.text)


async def _fetch_one(url: str, settings: Settings) -> Any:
    from monitor.scheduler import fetch_options

    async with Fetcher(fetch_options(settings)) as fetcher:
        return await fetcher.get(url)
