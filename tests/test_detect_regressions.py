"""Sentences from blind pages that once produced false alerts, and their affirmative twins.

A false "X signed" alert costs users their trust, so each shape found wrong on
pages the detector's authors never saw is pinned here.
"""

from __future__ import annotations

import pytest

from monitor.detect import detect

OURS = {
    "en": "The UN Convention against Cybercrime was opened for signature in Hanoi.",
    "de": "Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt zur "
    "Unterzeichnung auf.",
    "fr": "La Convention des Nations unies contre la cybercriminalité est ouverte à la "
    "signature.",
    "es": "La Convención de las Naciones Unidas contra la Ciberdelincuencia está abierta a "
    "la firma.",
    "ru": "Конвенция ООН против киберпреступности открыта для подписания.",
    "zh": "联合国打击网络犯罪公约已开放签署。",
}

NO_EVENT = [
    ("de", "Deutschland hat weder unterzeichnet noch ratifiziert."),
    ("fr", "La France n'a ni signé ni ratifié la convention."),
    ("es", "Japón no ha firmado ni ratificado la convención."),
    ("ru", "Индия не подписала и не ратифицировала конвенцию."),
    ("zh", "日本既未签署也未批准该公约。"),
    (
        "en",
        "Correction: An earlier version of this story incorrectly stated that Canada had signed "
        "the convention.",
    ),
    ("en", "Notable non-signatories include the United States, Canada and India."),
    ("en", "Potential signatories include Kenya and Ghana."),
    ("en", "Japan, absent among the signatories, said it would study the text."),
    ("en", "The United States did not sign, and neither did Canada."),
    ("en", "Reports that India had signed were false, the ministry said."),
]

EVENT = [
    ("de", "Deutschland hat das Übereinkommen unterzeichnet und ratifiziert.", {"DE"}),
    ("en", "Kenya and Ghana are among the signatories.", {"KE", "GH"}),
    ("en", "Canada signed the convention on Monday, the ministry said.", {"CA"}),
]


@pytest.mark.parametrize(("lang", "sentence"), NO_EVENT)
def test_no_event(lang: str, sentence: str) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert [(r.country, r.action) for r in found.reports] == []


@pytest.mark.parametrize(("lang", "sentence", "countries"), EVENT)
def test_event(lang: str, sentence: str, countries: set[str]) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert {r.country for r in found.reports if r.action == "signature"} == countries
