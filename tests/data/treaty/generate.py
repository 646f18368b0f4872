"""Regenerate the treaty status fixtures: python tests/data/treaty/generate.py

The participant data below is the single source for every fixture in this
folder; README.md states the counts it produces. Edit here, not in the output.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

# Name as printed (footnote marks: "^2" -> <sup>2</sup> in HTML / <superscript> in XML,
# a bare trailing digit stays inline as the UN page sometimes prints it).
HANOI_25 = [
    "Albania", "Algeria", "Angola", "Australia", "Austria", "Azerbaijan3", "Belarus",
    "Belgium", "Bolivia (Plurinational State of)", "Brazil", "Burkina Faso", "Cambodia",
    "Cameroon", "Chile", "China^1", "Colombia", "Costa Rica", "Côte d'Ivoire", "Cuba",
    "Cyprus", "Czechia", "Democratic Republic of the Congo", "Denmark",
    "Dominican Republic", "Ecuador", "Egypt", "Estonia", "European Union^2", "Finland",
    "France", "Ghana", "Greece", "Hungary4", "Indonesia", "Iran (Islamic Republic of)",
    "Ireland", "Italy", "Kazakhstan", "Kenya", "Lao People's Democratic Republic",
    "Lithuania", "Malaysia", "Mexico", "Mongolia", "Morocco", "Mozambique", "Nigeria",
    "Norway", "Pakistan", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Russian Federation", "Saudi Arabia", "Singapore",
    "South Africa", "Spain", "Sweden", "Thailand", "Türkiye",
    "United Kingdom of Great Britain and Northern Ireland",
    "Venezuela (Bolivarian Republic of)", "Viet Nam",
]
HANOI_26 = [
    "Guatemala", "Luxembourg", "Nicaragua", "Paraguay", "Senegal", "Sri Lanka", "Uruguay",
]

# name -> (signature, instrument cell) for the main fixture (status as at 10 May 2026)
BASE: dict[str, tuple[str, str]] = {}
for _n in HANOI_25:
    BASE[_n] = ("25 Oct 2025", "")
for _n in HANOI_26:
    BASE[_n] = ("26 Oct 2025", "")
BASE["Mauritius"] = ("14 Nov 2025", "")
BASE["Tunisia"] = ("9 Jan 2026", "")
BASE["Turkmenistan"] = ("", "10 Mar 2026 a")
BASE["Viet Nam"] = ("25 Oct 2025", "12 Feb 2026")
BASE["Azerbaijan3"] = ("25 Oct 2025", "18 Mar 2026")
BASE["Cambodia"] = ("25 Oct 2025", "3 Apr 2026\u00a0A")
BASE["Hungary4"] = ("25 Oct 2025", "5 May 2026 AA")

NEW_SIGNATURE = dict(BASE)
NEW_SIGNATURE["Japan"] = ("1 Jun 2026", "")

NEW_RATIFICATION = dict(NEW_SIGNATURE)
NEW_RATIFICATION["Russian Federation"] = ("25 Oct 2025", "2 Jun 2026")
NEW_RATIFICATION["Mongolia"] = ("25 Oct 2025", "4 Jun 2026 A")
NEW_RATIFICATION["France"] = ("25 Oct 2025", "8 Jun 2026 AA")
NEW_RATIFICATION["Tajikistan"] = ("", "11 Jun 2026 a")

BAD_ROW = dict(BASE)
BAD_ROW["Kenya"] = ("25 Okt 2025", "")  # not an English month: the row is skipped


def _sort_key(name: str) -> str:
    return name.replace("Côte", "Cote").replace("Türkiye", "Turkiye").lower()


def _html_name(name: str) -> str:
    if "^" in name:
        base, note = name.split("^")
        return f"{base}<sup>{note}</sup>"
    return name


def _html_cell(text: str) -> str:
    return text.replace("\u00a0", "&nbsp;") if text else "&nbsp;"


def html_rows(data: dict[str, tuple[str, str]]) -> str:
    # Empty cells vary as on the real page: some "&nbsp;", some truly empty.
    rows = []
    for name in sorted(data, key=_sort_key):
        sig, inst = data[name]
        rows.append(
            "                      <tr>\n"
            f"                        <td>{_html_name(name)}</td>\n"
            f"                        <td>{_html_cell(sig)}</td>\n"
            f"                        <td>{_html_cell(inst) if inst or len(name) % 2 else ''}</td>\n"
            "                      </tr>"
        )
    return "\n".join(rows)


def counts(data: dict[str, tuple[str, str]]) -> tuple[int, int]:
    return sum(1 for s, _ in data.values() if s), sum(1 for _, i in data.values() if i)


PARTICIPANT_TABLE = """\
                <div class="table-responsive">
                  <table class="table table-striped table-bordered table-condensed" id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid" summary="Participants">
                    <thead>
                      <tr class="tableHeader">
                        <th style="width:40%">Participant</th>
                        <th style="width:25%">Signature</th>
                        <th style="width:35%">Ratification, Acceptance(A), Approval(AA), Accession(a)</th>
                      </tr>
                    </thead>
                    <tbody>
{rows}
                    </tbody>
                  </table>
                </div>
"""


def html_page(data: dict[str, tuple[str, str]] | None, as_at: str) -> str:
    template = (HERE / "page_template.html.in").read_text(encoding="utf-8")
    # The maintenance variant keeps the header of the main page, drops the table.
    s, p = counts(BASE if data is None else data)
    sigs, parties = str(s), str(p)
    table = MAINTENANCE if data is None else PARTICIPANT_TABLE.format(rows=html_rows(data))
    return (
        template.replace("{{AS_AT}}", as_at)
        .replace("{{SIGNATORIES}}", sigs)
        .replace("{{PARTIES}}", parties)
        .replace("{{PARTICIPANT_TABLE}}", table)
    )


MAINTENANCE = """\
                <div class="alert alert-warning" id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_lblMaintenance">
                  <p>The participant information for this treaty is temporarily unavailable
                  while the database is being updated. Please try again later.</p>
                </div>
"""


def _xml_name(name: str) -> str:
    if "^" in name:
        base, note = name.split("^")
        return f"{_esc(base)}<superscript>{note}</superscript>"
    return _esc(name)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")


def xml_doc(data: dict[str, tuple[str, str]], as_at: str) -> str:
    s, p = counts(data)
    rows = []
    for name in sorted(data, key=_sort_key):
        sig, inst = data[name]
        rows.append(
            "            <Row>\n"
            f"              <Entry>{_xml_name(name)}</Entry>\n"
            f"              <Entry>{sig}</Entry>\n"
            f"              <Entry>{inst.replace(chr(0xa0), ' ')}</Entry>\n"
            "            </Row>"
        )
    template = (HERE / "xml_template.xml.in").read_text(encoding="utf-8")
    return (
        template.replace("{{AS_AT}}", as_at)
        .replace("{{SIGNATORIES}}", str(s))
        .replace("{{PARTIES}}", str(p))
        .replace("{{ROWS}}", "\n".join(rows))
    )


def main() -> None:
    pages = {
        "status.html": (BASE, "10 May 2026"),
        "status_new_signature.html": (NEW_SIGNATURE, "2 Jun 2026"),
        "status_new_ratification.html": (NEW_RATIFICATION, "12 Jun 2026"),
        "status_bad_row.html": (BAD_ROW, "10 May 2026"),
        "status_no_table.html": (None, "10 May 2026"),
    }
    for filename, (data, as_at) in pages.items():
        (HERE / filename).write_text(html_page(data, as_at), encoding="utf-8")
    (HERE / "status.xml").write_text(xml_doc(BASE, "10 May 2026"), encoding="utf-8")
    for filename, (data, _) in pages.items():
        if data is not None:
            print(filename, "participants", len(data), "signatories/parties", counts(data))


if __name__ == "__main__":
    main()
