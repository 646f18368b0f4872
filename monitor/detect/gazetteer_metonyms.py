"""Capitals and heads of state that stand for their country in the news ("Moscou a ratifié",
"Putin signed the law on ratification").

Kept short on purpose: only capitals that are not also common words or places
where the convention itself was signed (Hanoi names the convention), and only
heads of state in office in 2025-26 whose surname is unambiguous.  Review the
heads list when a government changes.  A mention only becomes a report when
it is the agent of a completed act on this convention (`events`).
"""

from __future__ import annotations

# fmt: off
CAPITALS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "RU": ("Moscou",), "CN": ("Pékin",), "AZ": ("Bakou",), "GB": ("Londres",),
        "DE": ("Berlin",), "JP": ("Tokyo",), "CA": ("Ottawa",), "BR": ("Brasilia",),
        "AU": ("Canberra",), "KE": ("Nairobi",), "SN": ("Dakar",), "CI": ("Abidjan",),
    },
    "es": {
        "RU": ("Moscú",), "CN": ("Pekín",), "AZ": ("Bakú",), "GB": ("Londres",),
        "FR": ("París",), "DE": ("Berlín",), "JP": ("Tokio",), "BR": ("Brasilia",),
    },
    "pt": {
        "RU": ("Moscou", "Moscovo"), "CN": ("Pequim",), "AZ": ("Baku",), "GB": ("Londres",),
        "FR": ("Paris",), "DE": ("Berlim",), "JP": ("Tóquio",), "GH": ("Acra",),
    },
    "de": {
        "RU": ("Moskau",), "CN": ("Peking",), "AZ": ("Baku",), "GB": ("London",),
        "FR": ("Paris",), "JP": ("Tokio",), "PL": ("Warschau",),
    },
    "pl": {
        "RU": ("Moskwa",), "CN": ("Pekin",), "AZ": ("Baku",), "GB": ("Londyn",),
        "FR": ("Paryż",), "DE": ("Berlin",), "JP": ("Tokio",),
    },
    "ru": {"AZ": ("Баку",), "GB": ("Лондон",), "FR": ("Париж",), "DE": ("Берлин",),
           "JP": ("Токио",), "BY": ("Минск",), "KG": ("Бишкек",), "UZ": ("Ташкент",),
           "TJ": ("Душанбе",), "AM": ("Ереван",), "CN": ("Пекин",), "NG": ("Абуджа",)},
    "vi": {"PT": ("Lisbon",), "ES": ("Madrid",), "FR": ("Paris",), "DE": ("Berlin",),
           "RU": ("Moskva", "Mát-xcơ-va"), "CN": ("Bắc Kinh",), "JP": ("Tokyo",),
           "KR": ("Seoul",), "ID": ("Jakarta",), "MY": ("Kuala Lumpur",), "TH": ("Bangkok",),
           "LA": ("Vientiane", "Viêng Chăn"), "KH": ("Phnom Penh",), "AU": ("Canberra",)},
    "id": {"RU": ("Moskow",), "CN": ("Beijing",), "GB": ("London",)},
    "ko": {"RU": ("모스크바",), "CN": ("베이징",)},
    "ar": {"RU": ("موسكو",), "CN": ("بكين",), "AZ": ("باكو",)},
}

HEADS_OF_STATE: dict[str, tuple[str, ...]] = {
    "RU": ("Putin", "Poutine", "Putín", "Путин", "普京", "プーチン", "푸틴", "بوتين"),
    "CN": ("Xi Jinping", "Си Цзиньпин", "习近平", "習近平", "시진핑", "شي جين بينغ"),
    "AZ": ("Ilham Aliyev", "Aliyev", "Alijew", "Alíyev", "Алиев", "阿利耶夫", "アリエフ",
           "알리예프", "علييف"),
    "BR": ("Lula da Silva", "Lula",),
    "FR": ("Emmanuel Macron", "Macron", "Макрон", "马克龙", "マクロン", "마크롱", "ماكرون"),
}
# fmt: on


def metonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """Capitals of `lang` plus every head of state's name, by country code."""
    table = {code: tuple(names) for code, names in CAPITALS.get(lang, {}).items()}
    for code, names in HEADS_OF_STATE.items():
        table[code] = table.get(code, ()) + names
    return table
