"""Refresh one source end to end: fetch, parse, extract, match, store, detect.

Every article is stored in its own transaction together with its story, its
events and their outbox rows, so a crash or a stop never leaves half of one.
The source's fetch state is written last: after a crash the source is fetched
again and the URLs already processed are skipped.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.engine import Engine

from monitor import outbox, record, store
from monitor.config import Settings
from monitor.db import session_scope
from monitor.detect import detect
from monitor.fetch import Fetcher, FetchError, FetchResult, next_delay
from monitor.match import Topic
from monitor.models import Article, Source, utcnow
from monitor.parse.extract import decode_html, extract
from monitor.parse.feed import FeedEntry, FeedError, parse_feed
from monitor.parse.listing import article_links
from monitor.parse.treaty import TreatyParseError, parse_treaty_record
from monitor.stories import fingerprint, sketch
from monitor.urls import canonicalize, url_hash

log = logging.getLogger(__name__)


@dataclass
class SourceResult:
    """What one refresh of one source did."""

    name: str
    fetched: int = 0
    new: int = 0
    relevant: int = 0
    errors: list[str] = field(default_factory=list)
    status: str = ""

    def summary(self) -> str:
        """One line for the poll command."""
        line = f"{self.name}: fetched {self.fetched}, new {self.new}, relevant {self.relevant}"
        line += f", errors {len(self.errors)}"
        return line + (f" ({self.status})" if self.status else "")


@dataclass(frozen=True)
class Context:
    """What a refresh needs: the database, the settings, one HTTP client, the topic."""

    engine: Engine
    settings: Settings
    fetcher: Fetcher
    topic: Topic


Handler = Callable[[Context, Source, FetchResult, SourceResult], Awaitable[str]]


async def refresh(ctx: Context, source_id: int) -> SourceResult:
    """Fetch and process one source, then record its fetch state."""
    with session_scope(ctx.engine) as session:
        source = session.get(Source, source_id)
        if source is None:
            raise LookupError(f"no source with id {source_id}")
        session.expunge(source)
    result = SourceResult(name=source.name)
    try:
        fetched = await ctx.fetcher.get(
            source.url, etag=source.etag, last_modified=source.last_modified
        )
        result.fetched += 1
        if fetched.not_modified:
            result.status = "not modified"
        else:
            result.status = await HANDLERS[source.kind](ctx, source, fetched, result)
    except (FetchError, FeedError, TreatyParseError) as exc:
        _record_failure(ctx, source, exc, result)
        return result
    except Exception as exc:  # a bug must not stop the other sources, nor hot-loop this one
        log.exception("source refresh crashed source=%s", source.name)
        _record_failure(ctx, source, RuntimeError(f"internal error: {exc!r}"), result)
        return result
    _record_success(ctx, source, fetched, result)
    return result


def _record_success(
    ctx: Context, source: Source, fetched: FetchResult, result: SourceResult
) -> None:
    now = utcnow()
    with session_scope(ctx.engine) as session:
        row = session.get(Source, source.id)
        assert row is not None
        if not fetched.not_modified:
            row.etag, row.last_modified = fetched.etag, fetched.last_modified
        row.last_checked_at = row.last_success_at = now
        row.error_count, row.failing_since = 0, None
        row.last_status = result.status[:200]
        row.next_check_at = now + timedelta(seconds=_jittered(row.every_seconds, ctx))
        session.add(row)
        session.flush()
        outbox.source_health_alerts(session, settings=ctx.settings)
        record.maybe_baseline(session=session)
    log.info("source refreshed source=%s %s", source.name, result.summary())


def _record_failure(ctx: Context, source: Source, exc: Exception, result: SourceResult) -> None:
    message = str(exc) or type(exc).__name__
    result.errors.append(message)
    result.status = "error"
    now = utcnow()
    retry_after = getattr(exc, "retry_after", None)
    with session_scope(ctx.engine) as session:
        row = session.get(Source, source.id)
        assert row is not None
        row.error_count += 1
        row.last_checked_at = row.last_error_at = now
        row.last_error = message[:1000]
        row.failing_since = row.failing_since or now
        delay = next_delay(
            row.error_count,
            base=ctx.settings.backoff_base,
            cap=ctx.settings.backoff_max,
            retry_after=retry_after,
        )
        row.next_check_at = now + timedelta(seconds=delay)
        session.add(row)
        session.flush()
        outbox.source_health_alerts(session, settings=ctx.settings)
        record.maybe_baseline(session=session)
    log.warning("source failed source=%s error=%r retry_in=%.0fs", source.name, message, delay)


def _jittered(seconds: int, ctx: Context) -> float:
    return seconds + random.uniform(0, ctx.settings.jitter_seconds)


async def _feed(ctx: Context, source: Source, fetched: FetchResult, result: SourceResult) -> str:
    entries = parse_feed(fetched.content, url=fetched.url, content_type=fetched.content_type)
    await _process_entries(ctx, source, entries, result)
    return f"{len(entries)} " + ("entry" if len(entries) == 1 else "entries")


async def _listing(ctx: Context, source: Source, fetched: FetchResult, result: SourceResult) -> str:
    html = decode_html(fetched.content, fetched.charset)
    selector = json.loads(source.options or "{}").get("links")
    links = article_links(html, fetched.url, selector)
    entries = [FeedEntry(url=u, title="", summary="", published=None, language=None) for u in links]
    await _process_entries(ctx, source, entries, result)
    return f"{len(links)} link" + ("" if len(links) == 1 else "s")


async def _page(ctx: Context, source: Source, fetched: FetchResult, result: SourceResult) -> str:
    entry = FeedEntry(url=source.url, title="", summary="", published=None, language=None)
    _process_document(ctx, source, entry, fetched, result)
    return "page"


async def _treaty(ctx: Context, source: Source, fetched: FetchResult, result: SourceResult) -> str:
    parsed = parse_treaty_record(
        fetched.content, content_type=fetched.content_type, url=fetched.url
    )
    with session_scope(ctx.engine) as session:
        changes = record.apply_treaty(session=session, record=parsed)
    return f"{parsed.signatories} signatories, {parsed.parties} parties, {changes} changes"


HANDLERS: dict[str, Handler] = {
    "feed": _feed,
    "listing": _listing,
    "page": _page,
    "treaty": _treaty,
}


async def _process_entries(
    ctx: Context, source: Source, entries: list[FeedEntry], result: SourceResult
) -> None:
    """Fetch the entries not seen before (a bounded number per refresh) and process them."""
    with session_scope(ctx.engine) as session:
        fresh = [e for e in entries if not store.is_seen(session=session, url_hash=url_hash(e.url))]
    fresh = fresh[: ctx.settings.max_articles_per_source]
    responses = await asyncio.gather(
        *(ctx.fetcher.get(e.url) for e in fresh), return_exceptions=True
    )
    for entry, response in zip(fresh, responses, strict=True):
        if isinstance(response, FetchError):
            result.errors.append(f"{entry.url}: {response}")
            log.warning(
                "article fetch failed source=%s url=%s error=%r",
                source.name,
                entry.url,
                str(response),
            )
            continue
        if isinstance(response, BaseException):
            raise response
        result.fetched += 1
        _process_document(ctx, source, entry, response, result)


def _process_document(
    ctx: Context, source: Source, entry: FeedEntry, fetched: FetchResult, result: SourceResult
) -> None:
    """Extract, match and store one article page, all in one transaction."""
    options = json.loads(source.options or "{}")
    page = extract(
        fetched.content,
        fetched.url,
        charset=fetched.charset,
        content_language=fetched.headers.get("content-language"),
        body_selector=options.get("body"),
    )
    title, text = page.title or entry.title, page.text or entry.summary
    relevant = ctx.topic.is_relevant(title, text)
    if not relevant and ctx.topic.is_relevant(entry.title, entry.summary):
        # The feed says the item is about the convention but the page does not
        # (a redirect or consent page, a script-only site): keep what the feed says.
        title, text, relevant = entry.title, entry.summary or entry.title, True
    hashes = {url_hash(entry.url), url_hash(fetched.url)}
    canonical = canonicalize(page.canonical_url or fetched.url)
    hashes.add(url_hash(canonical))
    with session_scope(ctx.engine) as session:
        if store.article_by_canonical(session=session, canonical_url=canonical):
            store.mark_seen(session=session, url_hashes=hashes, relevant=True)
            return
        result.new += 1
        if not relevant:
            store.mark_seen(session=session, url_hashes=hashes, relevant=False)
            return
        article = store.add_article(
            session=session,
            article=Article(
                url=fetched.url,
                canonical_url=canonical,
                source=source.name,
                title=title,
                text=text,
                language=page.language or entry.language,
                published=page.published or entry.published,
                fingerprint=fingerprint(text),
                minhash=sketch(text),
            ),
        )
        store.mark_seen(session=session, url_hashes=hashes, relevant=True)
        found = detect(text, language=article.language, title=title, published=article.published)
        record.record_detection(session=session, article=article, detection=found)
    result.relevant += 1
