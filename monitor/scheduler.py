"""The daemon: an APScheduler loop that polls due sources, dispatches alerts and beats.

One tick job selects a batch of due sources from the database (miniflux's
model: no timer per feed). SIGTERM/SIGINT cancel the running jobs and stop
within seconds; every article is its own transaction, so nothing is half-written.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Coroutine
from contextlib import suppress
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from rich.progress import Progress
from sqlalchemy.engine import Engine

from monitor import notify, outbox, store
from monitor.catalogue import CatalogueError, load_catalogue
from monitor.config import Settings
from monitor.db import session_scope, upgrade
from monitor.fetch import Fetcher, FetchOptions
from monitor.match import Topic
from monitor.models import Source, utcnow
from monitor.pipeline import Context, SourceResult, refresh

log = logging.getLogger(__name__)
HEARTBEAT_KEY = "heartbeat"
STOP_GRACE = 8.0  # seconds the running jobs get to finish after a stop signal


def fetch_options(settings: Settings) -> FetchOptions:
    """The fetcher's limits from the settings."""
    return FetchOptions(
        connect_timeout=settings.connect_timeout,
        read_timeout=min(settings.timeout, 30.0),
        total_timeout=settings.timeout,
        max_bytes=settings.max_bytes,
        max_connections=settings.max_connections,
        max_per_host=settings.max_per_host,
        allow_private_networks=settings.allow_private_networks,
    )


def prepare(engine: Engine, settings: Settings) -> Topic:
    """Migrate to head, load the catalogue into the database, load the topic."""
    specs = load_catalogue(settings.sources_path, default_every=settings.default_every)
    try:
        topic = Topic.load(settings.topic_path)
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise CatalogueError(f"{settings.topic_path}: {exc}") from None
    upgrade(engine)
    with session_scope(engine) as session:
        store.sync_sources(session=session, specs=specs)
    return topic


async def refresh_many(ctx: Context, sources: list[Source]) -> list[SourceResult]:
    """Refresh sources concurrently (the fetcher enforces the connection limits)."""
    results = await asyncio.gather(*(refresh(ctx, s.id or 0) for s in sources))
    return list(results)


async def dispatch_now(
    engine: Engine, settings: Settings, stop: threading.Event | None = None
) -> None:
    """Send due alerts without blocking the event loop (Apprise is synchronous)."""
    try:
        summary = await asyncio.to_thread(notify.dispatch, engine, settings, stop=stop)
        log.debug("dispatch done %s", summary)
    except Exception:
        log.exception("dispatch failed")


class Daemon:
    """The long-running service behind `convmon run`."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._running: set[asyncio.Task[object]] = set()
        self._stopping = threading.Event()  # tells a dispatch thread to end between sends

    async def tick(self, ctx: Context) -> None:
        """Refresh the due sources (a batch), then send what they produced."""
        with session_scope(self.engine) as session:
            due = store.due_sources(
                session=session,
                now=utcnow(),
                limit=self.settings.batch_size,
                per_host=self.settings.max_per_host,
            )
        if due:
            await refresh_many(ctx, due)
            await dispatch_now(self.engine, self.settings, self._stopping)

    def heartbeat(self) -> None:
        """Record that the daemon is alive (read by `convmon health`)."""
        with session_scope(self.engine) as session:
            store.set_state(session=session, key=HEARTBEAT_KEY, value=utcnow().isoformat())

    def digest(self) -> None:
        """Queue the daily digest."""
        with session_scope(self.engine) as session:
            outbox.enqueue_digest(session, settings=self.settings)

    async def _tracked(self, job: Coroutine[object, object, None]) -> None:
        """Run a job so that a stop can cancel it and its failure is logged, not raised."""
        task = asyncio.current_task()
        assert task is not None
        self._running.add(task)
        try:
            await job
        except Exception:
            log.exception("job failed")
        finally:
            self._running.discard(task)

    async def tick_job(self, ctx: Context) -> None:
        """The scheduled tick."""
        await self._tracked(self.tick(ctx))

    async def dispatch_job(self) -> None:
        """The scheduled dispatch."""
        await self._tracked(dispatch_now(self.engine, self.settings, self._stopping))

    async def run(self, stop: asyncio.Event) -> None:
        """Schedule the jobs and run until `stop` is set."""
        topic = prepare(self.engine, self.settings)
        notify.load_targets(self.settings)  # a bad target fails at start-up, not later
        self.heartbeat()
        async with Fetcher(fetch_options(self.settings)) as fetcher:
            ctx = Context(engine=self.engine, settings=self.settings, fetcher=fetcher, topic=topic)
            scheduler = self._schedule(ctx)
            scheduler.start()
            log.info("daemon started sources=%s", self.settings.sources_path)
            await stop.wait()
            log.info("stopping")
            self._stopping.set()
            scheduler.shutdown(wait=False)
            for task in list(self._running):
                task.cancel()
            with suppress(TimeoutError):
                await asyncio.wait_for(
                    asyncio.gather(*self._running, return_exceptions=True), STOP_GRACE
                )
        log.info("daemon stopped")

    def _schedule(self, ctx: Context) -> AsyncIOScheduler:
        s = self.settings
        now = datetime.now(UTC)
        scheduler = AsyncIOScheduler(timezone=UTC)
        common = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
        scheduler.add_job(
            self.tick_job,
            "interval",
            args=[ctx],
            id="tick",
            seconds=s.tick_seconds,
            next_run_time=now,
            **common,
        )
        scheduler.add_job(
            self.dispatch_job,
            "interval",
            id="dispatch",
            seconds=s.dispatch_seconds,
            next_run_time=now,
            **common,
        )
        scheduler.add_job(
            self.heartbeat, "interval", id="heartbeat", seconds=s.heartbeat_seconds, **common
        )
        trigger = outbox.digest_trigger(s)
        if trigger is not None:
            scheduler.add_job(self.digest, trigger, id="digest", **common)
        return scheduler


async def poll_once(
    engine: Engine,
    settings: Settings,
    *,
    names: list[str] | None = None,
    everything: bool = False,
    progress: Progress | None = None,
) -> list[SourceResult]:
    """One pass over the due sources (or all, or the named ones), then dispatch."""
    topic = prepare(engine, settings)
    notify.load_targets(settings)
    with session_scope(engine) as session:
        if names:
            chosen = store.all_sources(session=session, names=names)
            unknown = sorted(set(names) - {s.name for s in chosen})
            if unknown:
                raise CatalogueError(f"{settings.sources_path}: no source named {unknown[0]!r}")
        elif everything:
            chosen = store.all_sources(session=session)
        else:
            chosen = store.due_sources(session=session, now=utcnow(), limit=10**6, per_host=10**6)
    async with Fetcher(fetch_options(settings)) as fetcher:
        ctx = Context(engine=engine, settings=settings, fetcher=fetcher, topic=topic)
        if progress is None:
            results = await refresh_many(ctx, chosen)
        else:
            with progress:
                task = progress.add_task("polling", total=len(chosen))

                async def one(source: Source) -> SourceResult:
                    result = await refresh(ctx, source.id or 0)
                    progress.advance(task)
                    return result

                results = list(await asyncio.gather(*(one(s) for s in chosen)))
    await dispatch_now(engine, settings)
    return results


def run_daemon(engine: Engine, settings: Settings) -> None:
    """Run the daemon until SIGTERM or SIGINT."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await Daemon(engine, settings).run(stop)

    asyncio.run(main())
