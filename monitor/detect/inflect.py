"""Rule-based case forms of country names for inflected languages.

Rather than listing every form, each word of a name is reduced to a stem by
its ending class and the case endings of that class are appended (Polish and
Russian nouns and adjectives; the German genitive -s).  The forms are folded
(lower case, no diacritics), like everything in the gazetteer index.
"""

from __future__ import annotations

from itertools import product

# (ending of the folded base form, endings replacing it); first match wins.
_PL_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("owa", ("owa", "owej", "owa", "owe")),  # Korea Południowa (folded a/ą/ę)
    ("ska", ("ska", "ski", "skiej", "ske", "sce")),  # Polska -> Polsce
    ("cka", ("cka", "ckiej", "ce")),
    ("na", ("na", "nej", "nie", "ny", "ne")),  # Ukraina
    ("ia", ("ia", "ii", "ie", "ia")),  # Norwegia, Tanzania
    ("ja", ("ja", "ji", "je")),  # Rosja, Francja
    (
        "ka",
        ("ka", "ki", "ce", "ke", "kiej"),
    ),  # Wielka -> Wielkiej                # Ameryka -> Ameryce
    ("ga", ("ga", "gi", "dze", "ge")),
    ("ta", ("ta", "ty", "cie", "te")),  # Malta -> Malcie
    ("da", ("da", "dy", "dzie", "de")),  # Kanada -> Kanadzie
    ("ra", ("ra", "ry", "rze", "re")),
    ("a", ("a", "y", "ie", "e", "i", "o")),  # Kuba -> Kuby, Kubie, Kube(ę)
    ("owe", ("owe", "owych", "owym", "owymi")),
    ("one", ("one", "onych", "onym", "onymi")),  # Zjednoczone
    ("skie", ("skie", "skich", "skim", "skimi")),
    ("cy", ("cy", "iec", "com", "cami", "czech")),  # Niemcy -> Niemiec
    ("ny", ("ny", "n", "now", "nom", "nami", "nach")),  # Chiny, Filipiny, Stany
    ("hy", ("hy", "h", "hom", "hami", "hach", "szech")),  # Włochy, Czechy
    ("gry", ("gry", "gier", "grom", "grami", "grzech")),  # Węgry
    ("y", ("y", "ow", "om", "ami", "ach")),  # Stany, Niderlandy
    ("t", ("t", "tu", "towi", "tem", "cie")),  # Egipt -> Egipcie
    ("d", ("d", "du", "dowi", "dem", "dzie")),  # Czad
    ("r", ("r", "ru", "rowi", "rem", "rze")),  # Katar -> Katarze
    ("k", ("k", "ku", "kowi", "kiem")),  # Irak
    ("g", ("g", "gu", "gowi", "giem")),
    ("l", ("l", "la", "lu", "lowi", "lem", "lii")),
    ("j", ("j", "ju", "jowi", "jem")),
    ("", ("", "u", "owi", "em", "ie", "a")),  # Wietnam -> Wietnamu, Wietnamie
)

_RU_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ая", ("ая", "ои", "ую", "ою")),  # Южная (folded й -> и)
    ("ое", ("ое", "ого", "ому", "ым", "ом")),  # Соединенное
    ("ые", ("ые", "ых", "ым", "ыми")),  # Соединенные
    ("ие", ("ие", "их", "им", "ими")),  # Арабские
    ("ии", ("ии", "ии", "иеи")),
    ("ия", ("ия", "ии", "ию", "иеи", "иеи")),  # Россия -> России, Россией
    ("ея", ("ея", "еи", "ею", "еи")),  # Корея -> Кореи, Корею
    ("я", ("я", "и", "ю", "еи", "е")),
    ("ца", ("ца", "цы", "це", "цу", "цеи")),
    ("а", ("а", "ы", "и", "е", "у", "ои", "ою")),  # Куба, Канада, Америка
    ("ты", ("ты", "тов", "там", "тами", "тах")),  # Штаты
    ("ы", ("ы", "ов", "ам", "ами", "ах")),  # Нидерланды, Филиппины
    ("аи", ("аи", "ая", "аю", "аем", "ае")),  # Китай (folded)
    ("еи", ("еи", "ея", "ею", "еем", "ее")),
    ("и", ("и",)),
    ("ь", ("ь", "я", "ю", "ем", "е", "и", "ью")),  # Израиль, Беларусь (feminine)
    ("ет", ("ет", "та", "ту", "том", "те")),  # Египет -> Египта
    ("о", ("о", "а", "у", "ом", "е")),  # Королевство
)
_RU_INDECLINABLE_END = ("о", "у", "е", "ю", "и")
_RU_CONSONANT_ENDINGS = ("", "а", "у", "ом", "е")
_MAX_FORMS = 400


def _apply(word: str, rules: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    for ending, replacements in rules:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)] if ending else word
            return sorted({stem + r for r in replacements} | {word})
    return [word]


def _pl_word(word: str) -> list[str]:
    if len(word) < 4 or not word.isalpha():
        return [word]
    return _apply(word, _PL_RULES)


def _ru_word(word: str, multiword: bool) -> list[str]:
    if len(word) < 3 or not word.isalpha() or word.isupper():
        return [word]
    forms = _apply(word, _RU_RULES)
    if forms != [word]:
        return forms
    if word.endswith(_RU_INDECLINABLE_END) or multiword:
        return [word]
    return sorted({word + e for e in _RU_CONSONANT_ENDINGS})


def _de_word(word: str) -> list[str]:
    if len(word) < 4 or word.endswith(("s", "x", "z", "ß", "en", "e")) or not word.isalpha():
        return [word]
    return [word, word + "s"]


def inflected_forms(name: str, lang: str) -> list[str]:
    """Folded case forms of a folded `name` in `lang` (just the name where not inflected)."""
    words = name.split(" ")
    if lang == "pl":
        per_word = [_pl_word(w) for w in words]
    elif lang == "ru":
        per_word = [_ru_word(w, len(words) > 1) for w in words]
    elif lang == "de" and len(words) == 1:
        per_word = [_de_word(words[0])]
    else:
        return [name]
    total = 1
    for forms in per_word:
        total *= len(forms)
    if total > _MAX_FORMS:
        per_word = [forms if i == 0 else [words[i]] for i, forms in enumerate(per_word)]
    return [" ".join(combo) for combo in product(*per_word)]
