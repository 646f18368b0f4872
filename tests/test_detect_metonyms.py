"""Heads of state, capitals and UN envoys standing for their country as agents of an act."""

from __future__ import annotations

import pytest

from monitor.detect import detect

OURS = {
    "en": "The UN Convention against Cybercrime was opened for signature in Hanoi.",
    "fr": "La Convention des Nations unies contre la cybercriminalité est ouverte à la signature.",
    "es": "La Convención de la ONU contra la Ciberdelincuencia está abierta a la firma.",
    "de": "Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt auf.",
    "ru": "Конвенция ООН против киберпреступности открыта для подписания.",
    "zh": "联合国打击网络犯罪公约已开放签署。",
    "ja": "国連サイバー犯罪条約が署名のために開放された。",
}

EVENT = [
    ("en", "Putin signed the law on ratification of the convention.", ("RU", "ratification")),
    ("ru", "Путин подписал закон о ратификации конвенции.", ("RU", "ratification")),
    ("zh", "普京签署了批准该公约的法律。", ("RU", "ratification")),
    ("ja", "プーチン大統領は条約の批准法に署名した。", ("RU", "ratification")),
    (
        "en",
        "Xi Jinping signed the presidential order ratifying the convention.",
        ("CN", "ratification"),
    ),
    (
        "en",
        "President Ilham Aliyev signed the law approving the convention.",
        ("AZ", "ratification"),
    ),
    (
        "fr",
        "Macron a signé le décret portant ratification de la convention.",
        ("FR", "ratification"),
    ),
    ("fr", "Pékin a signé la convention.", ("CN", "signature")),
    ("de", "Moskau hat die Konvention ratifiziert.", ("RU", "ratification")),
    ("es", "Moscú ratificó la convención en marzo.", ("RU", "ratification")),
    (
        "en",
        "The Permanent Representative of Kenya to the United Nations deposited the instrument "
        "of ratification on Monday.",
        ("KE", "ratification"),
    ),
    (
        "es",
        "El representante permanente de México ante las Naciones Unidas depositó el instrumento "
        "de ratificación.",
        ("MX", "ratification"),
    ),
]

NO_EVENT = [
    ("en", "Putin has not signed the law on ratification yet."),
    ("en", "Macron said France would ratify the convention next year."),
    ("en", "Lula called on all states to ratify the convention."),
    ("es", "Pekín no ha ratificado la convención."),
    ("de", "In Moskau wurde die Konvention unterzeichnet."),
    ("en", "The convention was signed in Paris and Berlin on Monday."),
    ("en", "Kenya signed the convention in order to speed up its ratification."),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), EVENT)
def test_metonym_is_the_agent(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert [(r.country, r.action) for r in found.reports] == [expected]


@pytest.mark.parametrize(("lang", "sentence"), NO_EVENT)
def test_metonym_without_a_completed_act(lang: str, sentence: str) -> None:
    found = detect(f"{OURS[lang]}\n\n{sentence}", language=lang)
    assert [(r.country, r.action) for r in found.reports if r.action == "ratification"] == []
    assert all(r.country in ("KE",) for r in found.reports)
