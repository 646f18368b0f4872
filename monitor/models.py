"""Database tables (SQLModel). Times are timezone-aware UTC."""

from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Now, timezone-aware UTC (the storage convention)."""
    return datetime.now(dt.UTC)


class Source(SQLModel, table=True):
    """A catalogue entry and its fetch state."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    kind: str = Field(max_length=20)
    url: str = Field(sa_column=Column(Text, nullable=False))
    every_seconds: int = 1800
    options: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # JSON
    enabled: bool = True
    etag: str | None = Field(default=None, max_length=500)
    last_modified: str | None = Field(default=None, max_length=100)
    next_check_at: datetime = Field(default_factory=utcnow, index=True)
    last_checked_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_at: datetime | None = None
    error_count: int = 0
    failing_since: datetime | None = None
    failure_alerted: bool = False
    last_status: str | None = Field(default=None, max_length=200)


class SeenUrl(SQLModel, table=True):
    """A URL already processed (hashed), so it is never fetched again."""

    url_hash: str = Field(primary_key=True, max_length=64)
    relevant: bool = False
    seen_at: datetime = Field(default_factory=utcnow)


class Story(SQLModel, table=True):
    """A group of articles reporting the same thing."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    first_seen: datetime = Field(default_factory=utcnow)
    last_seen: datetime = Field(default_factory=utcnow, index=True)


class Article(SQLModel, table=True):
    """A relevant article, unique by canonical URL."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False))
    canonical_url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    source: str = Field(max_length=200, index=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    language: str | None = Field(default=None, max_length=16)
    published: datetime | None = None
    fetched_at: datetime = Field(default_factory=utcnow, index=True)
    fingerprint: str = Field(max_length=64, index=True)
    minhash: str = Field(default="", sa_column=Column(Text, nullable=False))
    story_id: int | None = Field(default=None, foreign_key="story.id", index=True)


class Event(SQLModel, table=True):
    """A (country, action) pair: unique; reported by news or confirmed by the record."""

    __table_args__ = (UniqueConstraint("country", "action"),)

    id: int | None = Field(default=None, primary_key=True)
    country: str = Field(max_length=8)
    action: str = Field(max_length=20)  # signature | ratification
    status: str = Field(default="reported", max_length=20)  # reported | confirmed
    date: dt.date | None = None
    official_date: dt.date | None = None
    kind: str | None = Field(default=None, max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
    confirmed_at: datetime | None = None


class EventReport(SQLModel, table=True):
    """One article's evidence for an event."""

    __table_args__ = (UniqueConstraint("event_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    date: dt.date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class CountReport(SQLModel, table=True):
    """An aggregate count ("72 states signed") read in an article or the record."""

    __table_args__ = (UniqueConstraint("article_id", "action", "count"),)

    id: int | None = Field(default=None, primary_key=True)
    action: str = Field(max_length=20)
    count: int
    date: dt.date | None = None
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)


class TreatyParticipant(SQLModel, table=True):
    """The last stored row of the UN treaty record for one participant."""

    code: str = Field(primary_key=True, max_length=8)
    name: str = Field(max_length=200)
    signed: dt.date | None = None
    deposited: dt.date | None = None
    instrument: str | None = Field(default=None, max_length=20)
    updated_at: datetime = Field(default_factory=utcnow)


class Notification(SQLModel, table=True):
    """An outbox message, written in the transaction of what it announces."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=200)  # idempotency key
    kind: str = Field(max_length=20, index=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))  # JSON
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Delivery(SQLModel, table=True):
    """One notification to one target; retried with backoff until sent or failed."""

    __table_args__ = (UniqueConstraint("notification_id", "target"),)

    id: int | None = Field(default=None, primary_key=True)
    notification_id: int = Field(foreign_key="notification.id", index=True)
    target: str = Field(max_length=64)  # stable hash of the target URL, never the URL
    target_label: str = Field(max_length=500)  # redacted URL for display
    status: str = Field(default="pending", max_length=20, index=True)  # pending|sent|failed
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    sent_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class State(SQLModel, table=True):
    """Small key/value facts: heartbeat, baseline done, tallies announced."""

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)
