"""Unqualified national bodies ("le Parlement", "el Congreso") in a country's own press."""

from __future__ import annotations

from monitor.detect import detect


def _events(text: str, lang: str, title: str = "") -> set[tuple[str, str]]:
    found = detect(text, language=lang, title=title)
    return {(r.country, r.action) for r in found.reports}


def test_parliament_is_the_one_country_named_as_ratifying() -> None:
    text = (
        "Le projet de loi autorisant la ratification de la Convention des Nations unies contre "
        "la cybercriminalité par la France a été examiné.\n\n"
        "Mardi, le Parlement a autorisé la ratification de la convention."
    )
    assert _events(text, "fr", "Le Parlement vote la convention de Hanoï") == {
        ("FR", "ratification")
    }


def test_congress_is_the_one_country_named_as_ratifying() -> None:
    text = (
        "El Consejo de Ministros remitió a las Cortes la ratificación por España de la "
        "Convención de las Naciones Unidas contra la Ciberdelincuencia.\n\n"
        "El Congreso aprobó el jueves la ratificación de la convención."
    )
    assert _events(text, "es", "Avanza la Convención de Hanói") == {("ES", "ratification")}


def test_no_attribution_when_no_country_or_two_are_named_as_ratifying() -> None:
    two = (
        "México y España estudian la Convención de las Naciones Unidas contra la "
        "Ciberdelincuencia.\n\nEl Congreso aprobó el jueves la ratificación de la convención."
    )
    assert _events(two, "es") == set()
    rival = (
        "La ratification de la Convention des Nations unies contre la cybercriminalité par le "
        "Sénégal et par la France est attendue.\n\n"
        "Mardi, le Parlement a autorisé la ratification de la convention."
    )
    assert _events(rival, "fr") == set()


def test_one_chamber_is_not_the_parliament() -> None:
    text = (
        "La Convention des Nations unies contre la cybercriminalité est ouverte à la signature."
        "\n\nLe Sénat a autorisé la ratification de la convention par la France."
    )
    assert _events(text, "fr") == set()


def test_a_qualified_parliament_names_its_own_country() -> None:
    text = (
        "The UN Convention against Cybercrime was opened for signature in Hanoi.\n\n"
        "Kenya's parliament authorised the ratification of the convention on Tuesday."
    )
    assert _events(text, "en") == {("KE", "ratification")}
