"""Tests for the UN Treaty Collection status record parser (monitor.parse.treaty)."""

from __future__ import annotations

import datetime
import logging
import time
from pathlib import Path

import pytest

from monitor.parse.treaty import (
    Participant,
    TreatyParseError,
    TreatyRecord,
    clean_name,
    parse_treaty_record,
)

DATA = Path(__file__).parent / "data" / "treaty"
HEADER = (
    "<tr><th>Participant</th><th>Signature</th>"
    "<th>Ratification, Acceptance(A), Approval(AA), Accession(a)</th></tr>"
)


def load(name: str, **kwargs: str) -> TreatyRecord:
    return parse_treaty_record((DATA / name).read_bytes(), **kwargs)


def by_name(record: TreatyRecord) -> dict[str, Participant]:
    return {p.name: p for p in record.participants}


def page(rows: str, header: str = HEADER) -> bytes:
    return (
        "<!DOCTYPE html><html><body><div class='table-responsive'><table>"
        f"{header}{rows}</table></div></body></html>"
    ).encode()


def d(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%Y-%m-%d").date()


# -- the fixtures, as README.md describes them ----------------------------------


@pytest.mark.parametrize(
    ("name", "participants", "signatories", "parties", "skipped"),
    [
        ("status.html", 75, 74, 5, 0),
        ("status.xml", 75, 74, 5, 0),
        ("status_new_signature.html", 76, 75, 5, 0),
        ("status_new_ratification.html", 77, 75, 9, 0),
        ("status_bad_row.html", 74, 73, 5, 1),
    ],
)
def test_fixture_counts(
    name: str, participants: int, signatories: int, parties: int, skipped: int
) -> None:
    record = load(name)
    assert len(record.participants) == participants
    assert record.signatories == signatories
    assert record.parties == parties
    assert len(record.skipped) == skipped


def test_hanoi_signatures_match_the_record() -> None:
    signed = [p.signed for p in load("status.html").participants]
    assert signed.count(d("2025-10-25")) == 65
    assert signed.count(d("2025-10-26")) == 7


def test_html_and_xml_give_the_same_participants() -> None:
    html = load("status.html")
    xml = load("status.xml")
    assert html.participants == xml.participants
    assert html == xml


def test_content_type_chooses_the_form() -> None:
    html = load("status.html", content_type="text/html; charset=utf-8")
    xml = load("status.xml", content_type="application/xml")
    assert html.participants == xml.participants
    assert load("status.xml", content_type="text/xml") == xml


def test_html_served_as_xml_is_read_as_html() -> None:
    with pytest.raises(TreatyParseError, match="no participant table found"):
        load("status_no_table.html", content_type="text/xml")
    assert load("status.html", content_type="application/xml") == load("status.xml")


def test_xml_with_namespaces() -> None:
    raw = (DATA / "status.xml").read_bytes()
    default_ns = raw.replace(b'<Treaty lang="en">', b'<Treaty xmlns="urn:un:mtdsg" lang="en">')
    prefixed = raw.replace(b"<Treaty lang", b'<Treaty xmlns:t="urn:un:mtdsg" lang')
    prefixed = prefixed.replace(b"<Row>", b"<t:Row>").replace(b"</Row>", b"</t:Row>")
    prefixed = prefixed.replace(b"<Entry>", b"<t:Entry>").replace(b"</Entry>", b"</t:Entry>")
    expected = load("status.xml").participants
    assert parse_treaty_record(default_ns).participants == expected
    assert parse_treaty_record(prefixed).participants == expected


def test_xml_rows_found_by_structure_not_path() -> None:
    xml = b"""<?xml version="1.0"?>
    <Doc><Body><Grid>
      <tr><td>Participant</td><td>Signature</td><td>Ratification, Accession(a)</td></tr>
      <tr><td>France</td><td>25 Oct 2025</td><td>8 Jun 2026 AA</td></tr>
    </Grid></Body></Doc>"""
    (france,) = parse_treaty_record(xml).participants
    assert (france.signed, france.deposited, france.instrument) == (
        d("2025-10-25"),
        d("2026-06-08"),
        "approval",
    )


# -- rows ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "deposited", "instrument"),
    [
        ("Viet Nam", "2026-02-12", "ratification"),
        ("Azerbaijan", "2026-03-18", "ratification"),
        ("Cambodia", "2026-04-03", "acceptance"),
        ("Hungary", "2026-05-05", "approval"),
        ("Turkmenistan", "2026-03-10", "accession"),
    ],
)
def test_each_instrument_suffix(name: str, deposited: str, instrument: str) -> None:
    for fixture in ("status.html", "status.xml"):
        participant = by_name(load(fixture))[name]
        assert participant.deposited == d(deposited)
        assert participant.instrument == instrument


def test_signatures_without_instrument() -> None:
    participants = by_name(load("status.html"))
    assert participants["Mauritius"].signed == d("2025-11-14")
    assert participants["Mauritius"].deposited is None
    assert participants["Mauritius"].instrument is None
    assert participants["Turkmenistan"].signed is None  # &nbsp; cell, accession only


def test_footnotes_stripped() -> None:
    for fixture in ("status.html", "status.xml"):
        names = set(by_name(load(fixture)))
        assert {"Azerbaijan", "European Union", "China", "Hungary"} <= names
        assert not any(ch.isdigit() for name in names for ch in name)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Azerbaijan3", "Azerbaijan"),
        ("Belgium 4, 5", "Belgium"),
        ("  Viet\u00a0Nam\n ", "Viet Nam"),
        ("Iran (Islamic Republic of)", "Iran (Islamic Republic of)"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("France", "FR"),
        ("China", "CN"),
        ("Azerbaijan", "AZ"),
        ("Brazil", "BR"),
        ("European Union", "EU"),
        ("Viet Nam", "VN"),
        ("Türkiye", "TR"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Venezuela (Bolivarian Republic of)", "VE"),
    ],
)
def test_codes_resolved(name: str, code: str) -> None:
    assert by_name(load("status.html"))[name].code == code


def test_unknown_participant_kept_without_code_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rows = "<tr><td>Atlantis</td><td>25 Oct 2025</td><td></td></tr>"
    with caplog.at_level(logging.WARNING, logger="monitor.parse.treaty"):
        (participant,) = parse_treaty_record(page(rows)).participants
    assert participant.name == "Atlantis"
    assert participant.code is None
    assert "name='Atlantis'" in caplog.text


def test_bad_row_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    url = "https://treaties.un.org/Pages/ViewDetails.aspx?mtdsg_no=XVIII-16"
    with caplog.at_level(logging.WARNING, logger="monitor.parse.treaty"):
        record = load("status_bad_row.html", url=url)
    assert "Kenya" not in by_name(record)
    assert record.skipped == ("Kenya | 25 Okt 2025 |",)
    (message,) = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert "Okt" in message and "reason=" in message and f"url={url}" in message


@pytest.mark.parametrize("name", ["status.html", "status.xml", "status_new_ratification.html"])
def test_status_line_agrees_silently(name: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="monitor.parse.treaty"):
        load(name)
    assert "status line" not in caplog.text


def test_status_line_disagreement_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="monitor.parse.treaty"):
        load("status_bad_row.html")
    assert "field=signatories declared=74 parsed=73" in caplog.text
    assert "field=parties" not in caplog.text


@pytest.mark.parametrize(
    "row",
    [
        "<tr><td>France</td><td>25 Oct 2025</td><td>8 Jun 2026 X</td></tr>",
        "<tr><td>France</td><td>31 Feb 2026</td><td></td></tr>",
        "<tr><td>France</td><td>25 Oct 2025 a</td><td></td></tr>",
        "<tr><td>France</td><td></td><td></td></tr>",
        "<tr><td colspan='3'>France 25 Oct 2025</td></tr>",
        "<tr><td></td><td>25 Oct 2025</td><td></td></tr>",
    ],
)
def test_unreadable_rows_are_skipped(row: str) -> None:
    good = "<tr><td>Poland</td><td>25 Oct 2025</td><td></td></tr>"
    record = parse_treaty_record(page(good + row))
    assert [p.name for p in record.participants] == ["Poland"]
    assert len(record.skipped) == 1


def test_blank_spacer_rows_ignored() -> None:
    rows = (
        "<tr><td>&nbsp;</td><td>&nbsp;</td><td></td></tr>"
        "<tr><td>Poland</td><td>25 October 2025</td><td>1 Sept 2026</td></tr>"
    )
    record = parse_treaty_record(page(rows))
    assert record.skipped == ()
    assert record.participants[0].deposited == d("2026-09-01")


def test_participant_table_found_by_header_not_position() -> None:
    other = "<table><tr><td>Status:</td><td>Signatories: 2. Parties: 0.</td></tr></table>"
    rows = "<tr><td>Poland</td><td>25 Oct 2025</td><td></td></tr>"
    html = page(rows).replace(b"<body>", b"<body>" + other.encode())
    assert [p.name for p in parse_treaty_record(html).participants] == ["Poland"]


def test_charset_from_content_type() -> None:
    rows = "<tr><td>C\u00f4te d'Ivoire</td><td>25 Oct 2025</td><td></td></tr>"
    raw = page(rows).decode().encode("iso-8859-1")
    record = parse_treaty_record(raw, content_type="text/html; charset=ISO-8859-1")
    assert record.participants[0].name == "C\u00f4te d'Ivoire"


# -- whole-document failures -----------------------------------------------------


def assert_one_line(exc: pytest.ExceptionInfo[TreatyParseError]) -> None:
    assert "\n" not in str(exc.value)


def test_missing_table_raises() -> None:
    with pytest.raises(TreatyParseError, match="no participant table found") as exc:
        load("status_no_table.html")
    assert_one_line(exc)


def test_xml_without_participants_raises() -> None:
    xml = b"<?xml version='1.0'?><Treaty><Header><Chapter>XVIII</Chapter></Header></Treaty>"
    with pytest.raises(TreatyParseError, match="no participant table found"):
        parse_treaty_record(xml)


def test_zero_rows_raises() -> None:
    with pytest.raises(TreatyParseError, match="no rows"):
        parse_treaty_record(page(""))
    xml = (DATA / "status.xml").read_bytes()
    start, end = xml.index(b"<Tbody>"), xml.index(b"</Tbody>")
    with pytest.raises(TreatyParseError, match="no rows"):
        parse_treaty_record(xml[: start + 7] + xml[end:])


def test_only_bad_rows_raises() -> None:
    rows = "<tr><td>France</td><td>soon</td><td></td></tr>"
    with pytest.raises(TreatyParseError, match="no readable rows"):
        parse_treaty_record(page(rows))


def test_malformed_xml_raises() -> None:
    xml = (DATA / "status.xml").read_bytes()
    with pytest.raises(TreatyParseError, match="invalid XML") as exc:
        parse_treaty_record(xml[: len(xml) // 2])
    assert_one_line(exc)
    with pytest.raises(TreatyParseError, match="invalid XML"):
        parse_treaty_record(b"<Treaty><Row></Treaty>", content_type="application/xml")


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Treaty><Row><Entry>&lol9;</Entry></Row></Treaty>"""


@pytest.mark.parametrize("content_type", [None, "application/xml", "text/xml"])
def test_entity_bomb_refused_fast(content_type: str | None) -> None:
    start = time.monotonic()
    with pytest.raises(TreatyParseError, match="DTD") as exc:
        parse_treaty_record(BOMB, content_type=content_type)
    assert time.monotonic() - start < 1.0
    assert_one_line(exc)


def test_external_entity_refused() -> None:
    xxe = b"""<?xml version="1.0"?>
<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><Treaty><Row><Entry>&x;</Entry></Row></Treaty>"""
    with pytest.raises(TreatyParseError, match="DTD"):
        parse_treaty_record(xxe)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (bytes(range(256)) * 20, None),
        (bytes(range(256)) * 20, "text/html"),
        (bytes(range(256)) * 20, "application/xml"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage", None),
        (b"", None),
        (b"%PDF-1.7 not a treaty page", "application/octet-stream"),
        (b"<<<>>>", None),
    ],
)
def test_garbage_raises(content: bytes, content_type: str | None) -> None:
    with pytest.raises(TreatyParseError) as exc:
        parse_treaty_record(content, content_type=content_type)
    assert_one_line(exc)


# -- what changes between the fixtures (the lead's diff tests rely on it) ------


def changed(before: TreatyRecord, after: TreatyRecord) -> set[str]:
    old, new = by_name(before), by_name(after)
    return {name for name in new if old.get(name) != new[name]} | (set(old) - set(new))


def test_changes_between_fixtures() -> None:
    base = load("status.html")
    signature = load("status_new_signature.html")
    ratification = load("status_new_ratification.html")
    assert changed(base, signature) == {"Japan"}
    assert by_name(signature)["Japan"].signed == d("2026-06-01")
    assert changed(signature, ratification) == {
        "Russian Federation",
        "Mongolia",
        "France",
        "Tajikistan",
    }
    instruments = {
        name: by_name(ratification)[name].instrument
        for name in ("Russian Federation", "Mongolia", "France", "Tajikistan")
    }
    assert instruments == {
        "Russian Federation": "ratification",
        "Mongolia": "acceptance",
        "France": "approval",
        "Tajikistan": "accession",
    }
