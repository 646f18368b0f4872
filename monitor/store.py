"""Queries. Keyword-only, the session passed in; nothing here commits."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from monitor.catalogue import SourceSpec
from monitor.models import Article, SeenUrl, Source, State, Story, utcnow
from monitor.stories import SAME_STORY, similarity
from monitor.urls import host_of

STORY_WINDOW = timedelta(days=30)


def sync_sources(*, session: Session, specs: list[SourceSpec]) -> None:
    """Make the sources table match the catalogue; sources no longer listed are disabled."""
    rows = {s.name: s for s in session.exec(select(Source)).all()}
    for spec in specs:
        row = rows.pop(spec.name, None)
        if row is None:
            session.add(
                Source(
                    name=spec.name,
                    kind=spec.kind,
                    url=spec.url,
                    every_seconds=spec.every_seconds,
                    options=spec.options_json(),
                    enabled=spec.enabled,
                )
            )
            continue
        if row.url != spec.url or row.kind != spec.kind:
            row.etag = row.last_modified = None
            row.next_check_at = utcnow()
        row.kind, row.url, row.every_seconds = spec.kind, spec.url, spec.every_seconds
        row.options, row.enabled = spec.options_json(), spec.enabled
        session.add(row)
    for row in rows.values():
        row.enabled = False
        session.add(row)


def due_sources(*, session: Session, now: datetime, limit: int, per_host: int) -> list[Source]:
    """Enabled sources whose next check has come, oldest first, at most per_host per host."""
    candidates = session.exec(
        select(Source)
        .where(Source.enabled, Source.next_check_at <= now)
        .order_by(col(Source.next_check_at))
        .limit(limit * 4)
    ).all()
    hosts: Counter[str] = Counter()
    batch = []
    for source in candidates:
        host = host_of(source.url)
        if hosts[host] < per_host:
            hosts[host] += 1
            batch.append(source)
        if len(batch) == limit:
            break
    return batch


def all_sources(*, session: Session, names: list[str] | None = None) -> list[Source]:
    """Enabled sources (or those named), by name."""
    query = select(Source).order_by(col(Source.name))
    if names:
        query = query.where(col(Source.name).in_(names))
    else:
        query = query.where(Source.enabled)
    return list(session.exec(query).all())


def is_seen(*, session: Session, url_hash: str) -> bool:
    """True when this URL was processed before."""
    return session.get(SeenUrl, url_hash) is not None


def mark_seen(*, session: Session, url_hashes: set[str], relevant: bool) -> None:
    """Remember URLs as processed."""
    for url_hash in url_hashes:
        if session.get(SeenUrl, url_hash) is None:
            session.add(SeenUrl(url_hash=url_hash, relevant=relevant))


def article_by_canonical(*, session: Session, canonical_url: str) -> Article | None:
    """The stored article at a canonical URL."""
    return session.exec(select(Article).where(Article.canonical_url == canonical_url)).first()


def story_for(*, session: Session, fingerprint: str, sketch: str, now: datetime) -> int | None:
    """The story of an earlier copy of this text (same fingerprint or near-duplicate)."""
    same = session.exec(
        select(Article.story_id).where(Article.fingerprint == fingerprint).limit(1)
    ).first()
    if same:
        return same
    recent = session.exec(
        select(Article.story_id, Article.minhash).where(Article.fetched_at >= now - STORY_WINDOW)
    ).all()
    best = max(((similarity(sketch, other), sid) for sid, other in recent), default=(0.0, None))
    return best[1] if best[0] >= SAME_STORY else None


def add_article(*, session: Session, article: Article) -> Article:
    """Store a new article, in an existing story or a new one."""
    now = utcnow()
    story_id = story_for(
        session=session, fingerprint=article.fingerprint, sketch=article.minhash, now=now
    )
    if story_id is None:
        story = Story(title=article.title or article.canonical_url, first_seen=now, last_seen=now)
        session.add(story)
        session.flush()
        story_id = story.id
    else:
        existing = session.get(Story, story_id)
        if existing is not None:
            existing.last_seen = now
            session.add(existing)
    article.story_id = story_id
    session.add(article)
    session.flush()
    return article


def list_articles(*, session: Session, limit: int) -> list[Article]:
    """The newest stored articles."""
    query = select(Article).order_by(col(Article.fetched_at).desc(), col(Article.id).desc())
    return list(session.exec(query.limit(limit)).all())


def list_stories(*, session: Session, limit: int) -> list[tuple[Story, list[Article]]]:
    """The most recently active stories with their articles."""
    stories = session.exec(
        select(Story).order_by(col(Story.last_seen).desc(), col(Story.id).desc()).limit(limit)
    ).all()
    ids = [s.id for s in stories]
    articles = session.exec(select(Article).where(col(Article.story_id).in_(ids))).all()
    by_story: dict[int | None, list[Article]] = {}
    for article in articles:
        by_story.setdefault(article.story_id, []).append(article)
    return [(s, by_story.get(s.id, [])) for s in stories]


def get_state(*, session: Session, key: str) -> str | None:
    """A stored key/value fact."""
    row = session.get(State, key)
    return row.value if row else None


def set_state(*, session: Session, key: str, value: str) -> None:
    """Store a key/value fact."""
    row = session.get(State, key) or State(key=key, value=value)
    row.value, row.updated_at = value, utcnow()
    session.add(row)
