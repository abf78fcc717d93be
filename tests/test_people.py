"""People records: honorific, role and organisation."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.candidate import Candidate
from extractnews.entities import (
    capitalised_surname_people,
    clean_model_span,
    joined_people,
    married_names,
    surnames_are_people,
    titled_surnames,
)
from extractnews.kb import default_kb
from extractnews.people import find_people, split_role
from extractnews.records import Entity
from tests.annotated import load, parse

CASES = load("people.txt")


def _none(value: str) -> str | None:
    return None if value == "none" else value


@pytest.mark.parametrize(("line",), [(line,) for _, line in CASES], ids=[i for i, _ in CASES])
def test_people(replay: Extractor, line: str) -> None:
    """<per>: a person with the attributes given (those left out are not checked), named by a
    PER entity; <x>: neither a person nor a PER entity."""
    text, tags = parse(line)
    result = replay.extract(text)
    people = {p.name: p for p in result.people}
    per = {e.text for e in result.entities if e.label == "PER"}
    for tag in tags:
        if tag.tag == "x":
            assert tag.text not in people and tag.text not in per, f"{tag.text!r} is a person"
            continue
        name = tag.text
        for h in ("M. ", "Mme "):
            name = name.removeprefix(h)
        assert name in people, f"{name!r} not in {list(people)}"
        assert name in per, f"{name!r} is no PER entity: {per}"
        p = people[name]
        for attr, value in (
            ("honorific", p.honorific),
            ("role", p.role),
            ("org", p.organization),
            ("country", p.country),
        ):
            if attr in tag.attrs:
                assert value == _none(tag.attrs[attr]), f"{name}: {attr} {value!r}"


def test_later_surname_is_a_person_entity(replay: Extractor) -> None:
    """The model leaves "Dewinter" out after "le Ministre"; the surname of the one person who
    bears it is a PER entity and that person's mention, a place's name never."""
    text = (
        "Le Vice-Président Pierre-Alain Dewinter a présenté le plan. "
        "Selon le Ministre Dewinter, le plan est prêt."
    )
    result = replay.extract(text)
    assert [(e.text, e.start) for e in result.entities if e.label == "PER"] == [
        ("Pierre-Alain Dewinter", 18),
        ("Dewinter", text.rindex("Dewinter")),
    ]
    assert [m.text for m in result.people[0].mentions] == ["Pierre-Alain Dewinter", "Dewinter"]


def test_short_mention_links_to_full_name(rules: Extractor) -> None:
    text = "M. Hailemariam Desalegn a ouvert le sommet. « C'est historique », a dit M. Dessalegn."
    people = rules.extract(text).people
    assert [p.name for p in people] == ["Hailemariam Desalegn"]
    assert [m.text for m in people[0].mentions] == ["Hailemariam Desalegn", "Dessalegn"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- Filiga Issa SAWADOGO, au titre du Burkina Faso,\n- Lassina BOUARE, au titre du Mali",
            ["Filiga Issa SAWADOGO", "Lassina BOUARE"],
        ),
        ("Selon Mme BETY Aminata Habibou, le tarif baisse.", ["BETY Aminata Habibou"]),
        ("Par Emmanuel KANAMUGIRA\n\n8 octobre 2025", ["Emmanuel KANAMUGIRA"]),
        ("Moussa BA et Amadou SY ont signé.", ["Moussa BA", "Amadou SY"]),
        ("L'opérateur CELTEL Niger SA a payé l'amende.", []),
        ("Capgemini SE et Lux-Development SA ont signé.", []),
        ("Selon KABORE, le projet avance.", []),
        ("Le conseil de BNP Paribas a approuvé.", []),
        ("Lancement Officiel PNDAR. Le PNDAR vise les jeunes.", []),
        ("Lancement Officiel PNDAR (PNDAR) à Dori.", []),
    ],
    ids=[
        "list",
        "surname-first",
        "byline",
        "short-surnames",
        "company-and-country",
        "legal-forms",
        "no-first-name",
        "acronym",
        "acronym-with-article",
        "acronym-defined",
    ],
)
def test_surnames_in_capitals(text: str, names: list[str]) -> None:
    found = [
        text[c.start : c.end] for c in capitalised_surname_people(text, default_kb()) if c.end - c.start > 8
    ]
    assert found == names


def test_surname_in_capitals_is_one_person_and_no_acronym(rules: Extractor) -> None:
    text = "Kossi Edem NUBUKPA a été nommé. NUBUKPA a remercié les chefs d'État de l'UEMOA."
    result = rules.extract(text)
    assert [(p.name, [m.text for m in p.mentions]) for p in result.people] == [
        ("Kossi Edem NUBUKPA", ["Kossi Edem NUBUKPA", "NUBUKPA"])
    ]
    assert "NUBUKPA" not in {a.short for a in result.acronyms}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("sous la présidence de Son Excellence Monsieur", "Son Excellence", None),
        ("a salué Monsieur, puis", "Monsieur", None),
        ("du Ministre-Président Hugo Delvaux et", "Ministre-Président Hugo Delvaux", ("Hugo Delvaux", "PER")),
        ("la Représentante Résidente de", "Représentante Résidente", None),
        (
            "au lycée Samory Touré de Kankan, a",
            "Samory Touré de Kankan",
            ("lycée Samory Touré de Kankan", "ORG"),
        ),
        ("dans la rue Victor Hugo, près", "Victor Hugo", ("rue Victor Hugo", "LOC")),
        ("le Président-directeur général du groupe a", "Président-directeur général du groupe", None),
        ("l'Agence des routes (Ageroute). La Ageroute a", "Ageroute", ("Ageroute", "ORG")),
    ],
    ids=[
        "honorifics-alone",
        "monsieur-alone",
        "name-after-title",
        "title-adjective",
        "school",
        "street",
        "compound-title",
        "defined-short-form",
    ],
)
def test_person_repairs(text: str, span: str, expected: tuple[str, str] | None) -> None:
    start = text.rindex(span)
    cand = clean_model_span(text, start, start + len(span), "ORG" if "Président" in span else "PER")
    assert (None if cand is None else (text[cand.start : cand.end], cand.label)) == expected


def test_model_place_that_is_a_surname_is_the_person() -> None:
    text = "Rosa Mendes a parlé. Mendes a conclu."
    chosen = surnames_are_people(text, [Candidate(0, 11, "PER", "model"), Candidate(21, 27, "LOC", "model")])
    assert [c.label for c in chosen] == ["PER", "PER"]


def test_two_person_spans_side_by_side_are_one_name() -> None:
    text = "par Jean jacques Urbain hier"
    joined = joined_people(text, [Candidate(4, 16, "PER", "model"), Candidate(17, 23, "PER", "model")])
    assert [text[c.start : c.end] for c in joined] == ["Jean jacques Urbain"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Secrétaire général adjoint du BLT", ("Secrétaire général adjoint", "BLT")),
        ("Président de la République de Chypre", ("Président de la République", "Chypre")),
        ("Premier ministre libanais", ("Premier ministre", "libanais")),
        ("ministre française de l'Éducation nationale", ("ministre de l'Éducation nationale", "française")),
        ("président du comité de direction", ("président du comité de direction", None)),
        (
            "directrice générale de la banque publique d'investissement",
            ("directrice générale", "banque publique d'investissement"),
        ),
        ("Présidente déléguée de la section canadienne", ("Présidente déléguée", "section canadienne")),
        ("ministre déléguée à l'Économie", ("ministre déléguée à l'Économie", None)),
        (
            "directeur du programme Afrique d'Amnesty International",
            ("directeur du programme Afrique", "Amnesty International"),
        ),
        ("Managing Director at Kestrel Partners", ("Managing Director", "Kestrel Partners")),
        ("conseiller du président depuis 2010", ("conseiller du président", None)),
        (
            "directrice des opérations de la Banque mondiale pour le Cameroun",
            ("directrice des opérations", "Banque mondiale"),
        ),
        (
            "Représentant spécial du Secrétaire général et Chef de la Mission X",
            ("Représentant spécial du Secrétaire général", None),
        ),
        ("Haut-Commissaire des Nations Unies pour les réfugiés", ("Haut-Commissaire", "Nations Unies")),
        (
            "Chef de la Mission multidimensionnelle intégrée au Mali",
            ("Chef", "Mission multidimensionnelle intégrée"),
        ),
    ],
)
def test_split_role_without_entities(phrase: str, expected: tuple[str, str | None]) -> None:
    role, org, _ = split_role(phrase, 0, {})
    assert (role, org) == expected


def test_first_title_of_the_text_wins_and_later_mentions_complete_it(rules: Extractor) -> None:
    text = (
        "M. Jean Kalala, Président de la République, a reçu la presse. "
        "Plus tard, le Président de la République du Congo, M. Jean Kalala, a visité Pointe-Noire."
    )
    (person,) = rules.extract(text).people
    assert (person.role, person.organization, person.country) == ("Président de la République", "Congo", "CG")


@pytest.mark.parametrize(
    ("phrase", "role", "organization"),
    [
        ("chargée de communication", "chargée de communication", None),
        ("chargé de programme", "chargé de programme", None),
        ("responsable de la communication", "responsable de la communication", None),
        ("directrice pour information", "directrice pour information", None),
        ("Premier ministre éthiopien", "Premier ministre", "éthiopien"),
        ("ministre malien", "ministre", "malien"),
        ("chargée de communication du PAM", "chargée de communication", "PAM"),
    ],
)
def test_a_complement_after_de_is_not_a_nationality(phrase: str, role: str, organization: str | None) -> None:
    assert split_role(phrase, 0, {})[:2] == (role, organization)


# ---------------------------------------------------------------- false persons (hand-made model spans)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("TOURISME\n\nLes arrivées ont progressé de 12 %.", "TOURISME"),
        ("2. INVESTISSEMENTS :\nLe pays a attiré des capitaux.", "INVESTISSEMENTS"),
        ("TITRE DES MESURES INDIVIDUELLES\n\nLe Conseil a nommé.", "TITRE DES MESURES INDIVIDUELLES"),
        ("Riposte\nLes équipes ont été déployées.", "Riposte"),
        ("Le bilan est lourd. Riposte et prévention restent les priorités de la riposte.", "Riposte"),
        ("Le projet a coûté 45 millions de Frw au total.", "Frw"),
        ("Le ticket coûte 1 500 Rwf.", "Rwf"),
    ],
    ids=[
        "heading-ism",
        "numbered-heading",
        "heading-of-words",
        "line-word",
        "lower-case-elsewhere",
        "frw",
        "rwf",
    ],
)
def test_a_heading_or_a_currency_is_no_person(text: str, word: str) -> None:
    start = text.index(word)
    assert clean_model_span(text, start, start + len(word), "PER") is None


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Les inondations ont touché Gatumba et les collines voisines.", "Gatumba", "LOC"),
        ("Les habitants du quartier de Nyamirambo ont été vaccinés.", "Nyamirambo", "LOC"),
        ("La vedette a rejoint l'île Praslin hier.", "Praslin", "LOC"),
        ("Selon le Président Bamba, le pays avance.", "Bamba", "PER"),
        ("Fait à Dakar\n\nLe Ministre\n\nABDOULAYE DIOP", "ABDOULAYE DIOP", "PER"),
        ("Signé :\nJEAN DE DIEU NSABIMANA", "JEAN DE DIEU NSABIMANA", "PER"),
        ("Koffi a remercié les partenaires.", "Koffi", "PER"),
        ("Le rapport de Frw Consulting a été publié.", "Frw", "PER"),
    ],
    ids=[
        "town",
        "neighbourhood",
        "island",
        "title-before",
        "signature",
        "name-particle",
        "first-name",
        "no-amount",
    ],
)
def test_a_place_is_a_place_and_a_name_stays_a_person(text: str, word: str, label: str) -> None:
    start = text.index(word)
    cand = clean_model_span(text, start, start + len(word), "PER")
    assert cand is not None and (text[cand.start : cand.end], cand.label) == (word, label)


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        ("Mme Aminata KABORÉ/TRAORÉ, Directrice", "Aminata KABORÉ", "Aminata KABORÉ/TRAORÉ"),
        ("Mme Aminata Kaboré / Traoré a signé", "Aminata Kaboré", "Aminata Kaboré / Traoré"),
        (
            "Marie-Claire MBADINGA épouse NZÉ, ministre",
            "Marie-Claire MBADINGA",
            "Marie-Claire MBADINGA épouse NZÉ",
        ),
        ("Madame Odile Bikoro née Ondo Mba a reçu", "Odile Bikoro", "Odile Bikoro née Ondo Mba"),
        ("Mme Awa Ba née le 3 mai 1970", "Awa Ba", None),
        ("Mme Awa Ba/PAM, +221 77 000 00 00", "Awa Ba", None),
        ("Mme Awa Ba/Dakar, +221 77 000 00 00", "Awa Ba", None),
    ],
    ids=["slash", "spaced-slash", "epouse", "nee", "birth-date", "body-after-slash", "town-after-slash"],
)
def test_a_married_name_is_one_name(text: str, first: str, name: str | None) -> None:
    start = text.index(first)
    person = Candidate(start, start + len(first), "PER", "model")
    found = [text[c.start : c.end] for c in married_names(text, [person], default_kb())]
    assert found == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Le ministre NSENGIYUMVA a salué les résultats.", ["NSENGIYUMVA"]),
        ("Selon la Présidente KAMBIRÉ, la saison est bonne.", ["KAMBIRÉ"]),
        ("Le ministre N'GUESSAN a signé.", ["N'GUESSAN"]),
        ("Les enseignants FRAM seront payés.", []),
        ("Le directeur de la SONABEL a parlé. Le directeur SONABEL est absent.", []),
        ("Le ministre UEMOA a parlé.", []),
        ("LE MINISTRE DIOP A PARLÉ", []),
        ("Le Directeur GÉNÉRAL a parlé.", []),
    ],
    ids=[
        "minister",
        "president",
        "apostrophe",
        "plural-title",
        "acronym-of-the-text",
        "known-acronym",
        "headline",
        "title-word",
    ],
)
def test_a_surname_in_capitals_after_a_title_is_a_person(text: str, names: list[str]) -> None:
    assert [text[c.start : c.end] for c in titled_surnames(text, default_kb())] == names


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Monsieur Paul KABORE, Ingénieur agronome, est nommé Directeur général de l'Office de l'eau.",
            "Directeur général",
            "Office de l'eau",
        ),
        (
            "M. Paul Kaboré, Inspecteur du Trésor, Mle 12 345 K, est nommé Directeur du Budget.",
            "Directeur",
            "Budget",
        ),
        ("M. Paul Kaboré, ministre des Mines, a été nommé président du conseil.", "ministre des Mines", None),
        ("M. Paul Kaboré, Médecin, a reçu. Il est nommé Directeur de l'Hôpital Yalgado.", "Médecin", None),
        (
            "L'administrateur Paul Kaboré, Directeur de l'Office national de l'eau, a parlé.",
            "Directeur",
            "Office national de l'eau",
        ),
        ("L'administrateur Paul Kaboré, directeur adjoint, a parlé.", "administrateur", None),
        ("Le ministre Paul Kaboré, porte-parole du Gouvernement, a parlé.", "ministre", None),
    ],
    ids=[
        "trade",
        "grade-and-matricule",
        "post-stays",
        "another-sentence",
        "bare-trade-before",
        "after-without-body",
        "post-before",
    ],
)
def test_a_nomination_or_a_title_after_a_trade_is_the_role(
    text: str, role: str, organization: str | None
) -> None:
    name = next(n for n in ("Paul KABORE", "Paul Kaboré") if n in text)
    start = text.index(name)
    (person,) = find_people(
        text, [Entity(text=name, start=start, end=start + len(name), label="PER")], default_kb()
    )
    assert (person.role, person.organization) == (role, organization)
