"""Read models for the CLI: rows as JSON-ready dicts (the shapes in DESIGN.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from monitor import store
from monitor.detect.countries import country_name
from monitor.models import Article, Event, EventReport, Source
from monitor.tally import compute


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_rows(*, session: Session, limit: int) -> list[dict[str, Any]]:
    """Stored articles, newest first."""
    return [
        {
            "id": a.id,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "title": a.title,
            "published": _iso(a.published),
            "language": a.language,
            "source": a.source,
            "story_id": a.story_id,
            "fetched_at": _iso(a.fetched_at),
        }
        for a in store.list_articles(session=session, limit=limit)
    ]


def story_rows(*, session: Session, limit: int) -> list[dict[str, Any]]:
    """Stories, most recently active first."""
    rows = []
    for story, articles in store.list_stories(session=session, limit=limit):
        rows.append(
            {
                "id": story.id,
                "title": story.title,
                "first_seen": _iso(story.first_seen),
                "last_seen": _iso(story.last_seen),
                "article_count": len(articles),
                "languages": sorted({a.language for a in articles if a.language}),
                "sources": sorted({a.source for a in articles}),
                "urls": [a.url for a in articles],
            }
        )
    return rows


def event_rows(*, session: Session) -> list[dict[str, Any]]:
    """Events with their evidence and sources, by date."""
    events = session.exec(select(Event).order_by(col(Event.date), col(Event.country))).all()
    reports = session.exec(
        select(EventReport, Article)
        .join(Article, col(EventReport.article_id) == Article.id)
        .order_by(col(EventReport.id))
    ).all()
    by_event: dict[int, list[tuple[EventReport, Article]]] = {}
    for report, article in reports:
        by_event.setdefault(report.event_id, []).append((report, article))
    rows = []
    for e in events:
        found = by_event.get(e.id or 0, [])
        rows.append(
            {
                "country": e.country,
                "country_name": country_name(e.country),
                "action": e.action,
                "date": _iso(e.official_date or e.date),
                "status": e.status,
                "kind": e.kind,
                "official_date": _iso(e.official_date),
                "reported_date": _iso(e.date),
                "sources": list(dict.fromkeys(a.url for _, a in found)),
                "evidence": found[0][0].evidence if found else None,
                "reports": len(found),
            }
        )
    return rows


def status_view(*, session: Session) -> dict[str, Any]:
    """The tally and the per-country table."""
    countries: dict[str, dict[str, Any]] = {}
    for row in event_rows(session=session):
        entry = countries.setdefault(
            row["country"],
            {
                "country": row["country"],
                "country_name": row["country_name"],
                "signed": None,
                "ratified": None,
                "instrument": None,
                "status": row["status"],
                "reports": 0,
            },
        )
        if row["action"] == "signature":
            entry["signed"] = row["date"]
        else:
            entry["ratified"], entry["instrument"] = row["date"], row["kind"]
        entry["reports"] += row["reports"]
        if row["status"] == "reported":
            entry["status"] = "reported"
    view = compute(session=session).as_dict()
    view["countries"] = sorted(countries.values(), key=lambda r: r["country_name"])
    return view


def source_rows(*, session: Session) -> list[dict[str, Any]]:
    """Sources with their health."""
    sources = session.exec(select(Source).order_by(col(Source.name))).all()
    return [
        {
            "name": s.name,
            "kind": s.kind,
            "url": s.url,
            "enabled": s.enabled,
            "last_success": _iso(s.last_success_at),
            "last_checked": _iso(s.last_checked_at),
            "last_error": s.last_error,
            "last_error_at": _iso(s.last_error_at),
            "error_count": s.error_count,
            "next_check": _iso(s.next_check_at),
            "status": s.last_status,
        }
        for s in sources
    ]
