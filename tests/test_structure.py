"""Press-release structure: datelines, symbols, boilerplate sections."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.structure import find_dateline, find_sections, find_symbols


@pytest.mark.parametrize(
    ("text", "places", "date", "agency"),
    [
        (
            "BRUXELLES/LUXEMBOURG, le 3 février 2022 – La Commission a présenté",
            ("BRUXELLES", "LUXEMBOURG"),
            "2022-02-03",
            None,
        ),
        (
            "Lomé, 14 juillet 2018 (Service d'information de la CEDEAO) – Les chefs d'État",
            ("Lomé",),
            "2018-07-14",
            "Service d'information de la CEDEAO",
        ),
        (
            "Le programme s'étend\n\nNiamey, le 2 octobre 2015 - Le gouvernement",
            ("Niamey",),
            "2015-10-02",
            None,
        ),
        ("Yaoundé, le lundi 5 mars 2012 : Le ministre", ("Yaoundé",), "2012-03-05", None),
        ("MONTRÉAL, 9 septembre 2021 La société annonce", ("MONTRÉAL",), "2021-09-09", None),
        ("Un titre\n\n17 avril 2023\nCommuniqué\n\nLe texte commence ici.", (), "2023-04-17", None),
        ("KINSHASA — Les partenaires se sont réunis", ("KINSHASA",), None, None),
        ("Bamako, 12 fév (AMAP) – Le ministre a reçu", ("Bamako",), None, "AMAP"),
        (
            "Titre\n\n4 mai 2021\nCommuniqué\n\nCotonou - Bénin — Les partenaires",
            ("Cotonou", "Bénin"),
            "2021-05-04",
            None,
        ),
    ],
    ids=[
        "two-places-en-dash",
        "agency",
        "after-headline",
        "weekday-colon",
        "no-dash",
        "date-line",
        "place-only",
        "no-year-agency",
        "date-line-then-places",
    ],
)
def test_dateline_forms(text: str, places: tuple[str, ...], date: str | None, agency: str | None) -> None:
    d = find_dateline(text)
    assert d is not None
    assert (d.places, d.date, d.agency) == (places, date, agency)
    assert text[d.start : d.end] == d.text


def test_no_dateline_in_running_text() -> None:
    assert find_dateline("Le comité a adopté son rapport après deux jours de débats.") is None


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("Communiqué de presse n° 11/3 du 5 mai", ["11/3"]),
        ("Communiqué nº: IFAD 06/01\nRome, le 31 janvier", ["IFAD 06/01"]),
        ("la loi n° 2019-20 du 3 juin", ["2019-20"]),
        ("le n° 3 de la revue", []),
    ],
    ids=["release-number", "agency-code", "law", "a-plain-number"],
)
def test_numbered_references(text: str, symbols: list[str]) -> None:
    assert [s.text for s in find_symbols(text)] == symbols


def test_symbols() -> None:
    text = "Communiqué SOC/CP/314 et AG/AB/3975, voir aussi ECOSOC/6952, le 4/11/03."
    assert [s.text for s in find_symbols(text)] == ["SOC/CP/314", "AG/AB/3975", "ECOSOC/6952"]


def test_sections() -> None:
    text = (
        "Partager\n© ONU/J. Martin\nLe texte de la nouvelle.\n\nÀ propos de l'OIT\n"
        "L'OIT réunit gouvernements et employeurs.\n\nContact presse :\nmedia@example.org"
    )
    kinds = [(s.kind, text[s.start : s.end].split("\n")[0]) for s in find_sections(text)]
    assert kinds == [
        ("navigation", "Partager"),
        ("credit", "© ONU/J. Martin"),
        ("about", "À propos de l'OIT"),
        ("contact", "Contact presse :"),
    ]


@pytest.mark.slow
def test_dateline_gives_the_reference_date(extractor: Extractor) -> None:
    text = "DAKAR, le 23 janvier 2017 – Le fonds a été lancé hier, avant la réunion du 30 janvier."
    r = extractor.extract(text)
    assert (r.reference_date.isoformat() if r.reference_date else None, r.reference_source) == (
        "2017-01-23",
        "dateline",
    )
    assert {d.text: d.value for d in r.dates}["hier"] == "2017-01-22"


@pytest.mark.slow
def test_caller_reference_date_wins(extractor: Extractor) -> None:
    text = "DAKAR, le 23 janvier 2017 – Le fonds a été lancé hier."
    r = extractor.extract(text, reference_date="2017-01-25")
    assert r.reference_source == "caller"
    assert {d.text: d.value for d in r.dates}["hier"] == "2017-01-24"


@pytest.mark.slow
def test_boilerplate_flags(extractor: Extractor) -> None:
    text = (
        "Le PNUD a signé un accord avec la FAO à Rome.\n\nÀ propos du PNUD\n"
        "Le PNUD travaille dans 170 pays avec l'UNICEF."
    )
    r = extractor.extract(text)
    flags = {(a.text, a.start): a.boilerplate for a in r.acronyms}
    assert flags[("PNUD", text.index("PNUD"))] is False
    assert all(b for (t, s), b in flags.items() if s > text.index("À propos"))
    orgs = {o.id: o.in_body for o in r.organizations}
    assert orgs["undp"] is True and orgs["fao"] is True and orgs["unicef"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Titre de l'article\n\nLe Quotidien du Sahel (Niamey)\n3 Mai 2021\n\nNiamey — Le texte.",
            ("Le Quotidien du Sahel", "Niamey"),
        ),
        ("Titre\n\nAgence Presse Océan (Libreville)\n3 Mai 2021", ("Agence Presse Océan", "Libreville")),
        ("Le ministre (Niamey) a parlé longuement de la réforme agricole.", None),
        ("Titre\n\nLa Gazette (quelque part)\n", None),
    ],
    ids=["newspaper", "agency", "not-a-line", "not-a-place"],
)
def test_publication_line(text: str, expected: tuple[str, str] | None) -> None:
    from extractnews.kb import default_kb
    from extractnews.structure import find_publication

    found = find_publication(text, default_kb().is_place)
    assert ((text[found.start : found.end], found.place) if found else None) == expected


# ---------------------------------------------------------------- one-line contact blocks


@pytest.mark.parametrize(
    "line",
    [
        "Contact presse : Aïssatou Ba, chargée de communication, PAM Dakar – aissatou.ba@wfp.org",
        "Contacts médias : Jean Dupont, porte-parole, +41 22 917 12 34",
        "Contact pour les médias : Marie Curie (marie.curie@exemple.org)",
        "Attachée de presse : Agence Lumière, 01 23 45 67 89",
        "CONTACT PRESSE: Fatou Ndiaye, attachée de presse du PNUD",
    ],
)
def test_a_one_line_contact_block_is_a_contact_section(line: str) -> None:
    text = f"Le PNUD a signé un accord le 8 mai 2019.\n\n{line}\n\nFin du communiqué."
    sections = [(s.kind, text[s.start : s.end]) for s in find_sections(text)]
    assert ("contact", line) in sections
    assert all(kind != "contact" or t == line for kind, t in sections)  # the body stays body


@pytest.mark.parametrize(
    "line",
    [
        "Le contact presse du ministère a confirmé la date : le 8 mai.",
        "La presse : un pilier de la démocratie, selon le ministre.",
    ],
)
def test_a_sentence_about_the_press_is_not_a_contact_block(line: str) -> None:
    assert [s.kind for s in find_sections(line)] == []


class _People:
    """A NER that marks the given names as PER."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def __call__(self, texts: list[str], batch_size: int) -> list[list[tuple[int, int, str]]]:
        return [[(t.index(n), t.index(n) + len(n), "PER") for n in self.names if n in t] for t in texts]


def test_person_of_a_one_line_contact_block() -> None:
    text = (
        "Le PAM a distribué 300 tonnes de vivres le 8 mai 2019 à Kaolack.\n\n"
        "Contact presse : Aïssatou Ba, chargée de communication, PAM Dakar – aissatou.ba@wfp.org"
    )
    result = Extractor(ner=_People("Aïssatou Ba")).extract(text)
    [person] = result.people
    assert (person.name, person.role, person.organization, person.in_body) == (
        "Aïssatou Ba",
        "chargée de communication",
        None,
        False,
    )
    assert [e.boilerplate for e in result.entities if e.label == "PER"] == [True]
