"""National parliaments and chambers by their own names, which name their country.

"Der Nationalrat" alone could be Austria's or Switzerland's, and "la Chambre des
députés" Luxembourg's, Italy's or Mexico's, so only names that belong to one
state are listed; the rest go through `home_bodies` (an unqualified body is the
one country the article is about).  A mention becomes a report only when it is
the agent of a completed act on this convention (`events`).
"""

from __future__ import annotations

# Names in the national language, used by the news of every Latin-script language.
# fmt: off
_NATIVE: dict[str, tuple[str, ...]] = {
    "AT": ("Österreichischer Nationalrat",),
    "AZ": ("Milli Majlis", "Milli Məclis", "Milli Mejlis"),
    "BD": ("Jatiya Sangsad",),
    "BR": ("Senado Federal", "Câmara dos Deputados", "Congresso Nacional brasileiro"),
    "DE": ("Bundestag", "Deutscher Bundestag"),
    "DK": ("Folketing", "Folketinget"),
    "EE": ("Riigikogu",),
    "ES": ("Cortes Generales", "Congreso de los Diputados"),
    "FI": ("Eduskunta",),
    "HU": ("Országgyűlés",),
    "IE": ("Oireachtas", "Dáil Éireann", "Dáil"),
    "IL": ("Knesset",),
    "IN": ("Lok Sabha", "Rajya Sabha"),
    "IS": ("Althing", "Alþingi"),
    "LT": ("Seimas",),
    "LV": ("Saeima",),
    "NL": ("Tweede Kamer", "Eerste Kamer", "Staten-Generaal"),
    "NO": ("Storting", "Stortinget"),
    "PL": ("Sejm", "Sejm RP"),
    "PT": ("Assembleia da República",),
    "SE": ("Riksdag", "Riksdagen"),
    "UA": ("Verkhovna Rada", "Werchowna Rada"),
}
_LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "UA": ("Верховная рада",), "AZ": ("Милли меджлис",), "SE": ("Риксдаг",),
        "DE": ("Бундестаг",), "IL": ("Кнессет",), "KZ": ("Мажилис",),
    },
    "zh": {
        "RU": ("国家杜马",), "DE": ("联邦议院",), "UA": ("最高拉达",), "IL": ("以色列议会",),
    },
    "ja": {"RU": ("国家院",), "DE": ("ドイツ連邦議会",), "IL": ("クネセト",)},
    "ko": {"RU": ("국가두마",), "DE": ("연방하원",), "IL": ("크네세트",)},
    "ar": {"IL": ("الكنيست",), "AZ": ("الميلي مجلس",)},
}
# fmt: on
_LATIN = frozenset({"en", "vi", "fr", "es", "pl", "de", "pt", "id"})


def parliaments(lang: str) -> dict[str, tuple[str, ...]]:
    """Code -> names of national parliaments and chambers usable in `lang`."""
    table = dict(_NATIVE) if lang in _LATIN else {}
    for code, names in _LOCAL.get(lang, {}).items():
        table[code] = table.get(code, ()) + names
    return table
