"""The catalogue: the bundled one is valid; malformed ones name file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.catalogue import CatalogueError, load_catalogue
from monitor.config import bundled_feeds_dir


def test_bundled_catalogue_has_the_real_sources() -> None:
    specs = load_catalogue(bundled_feeds_dir() / "sources.toml")
    kinds = {s.kind for s in specs}
    assert kinds == {"feed", "page", "listing", "treaty"}
    google = [s for s in specs if s.url.startswith("https://news.google.com/rss/search")]
    assert len({s.tags[0] for s in google}) >= 8
    assert any("XVIII-16" in s.url for s in specs if s.kind == "treaty")
    pages = {s.url for s in specs if s.kind == "page"}
    assert any("vietnamnet.vn" in u for u in pages) and any("dantri.com.vn" in u for u in pages)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[[source]]\nname = "a"\nkind = "blog"\nurl = "https://x.org/"\n', ":3: field 'kind'"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "ftp://x.org/"\n', ":4: field 'url'"),
        ('[[source]]\nname = "a"\nkind = "feed"\n', ":1: field 'url'"),
        (
            '[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org/"\nevery = "often"\n',
            ":5: field 'every'",
        ),
        (
            '[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org/"\ncolour = 1\n',
            ":5: field 'colour'",
        ),
        (
            '[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org/"\n\n'
            '[[source]]\nname = "a"\nkind = "feed"\nurl = "https://y.org/"\n',
            "duplicate",
        ),
        ('[[source]\nname = "a"\n', "line 1"),
        ("", "no [[source]] entries"),
    ],
)
def test_malformed_catalogue_names_file_line_and_field(
    tmp_path: Path, body: str, expected: str
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    message = str(err.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(tmp_path / "nope.toml")
