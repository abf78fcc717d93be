"""Entities on inline-annotated fixtures, through the real pipeline."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.candidate import Candidate
from extractnews.entities import (
    clean_model_span,
    foreign_sentences,
    grow,
    honorific_people,
    model_candidates,
    reconcile,
)
from extractnews.entities.labels import dated_programme, title_initial
from extractnews.kb import default_kb
from tests.annotated import load, parse

CASES = load("entities.txt")


@pytest.mark.parametrize(("line",), [(line,) for _, line in CASES], ids=[i for i, _ in CASES])
def test_entities(replay: Extractor, line: str) -> None:
    text, tags = parse(line)
    found = {(e.label, e.text) for e in replay.extract(text).entities}
    for tag in tags:
        if tag.tag == "x":
            assert not any(t == tag.text and label != "MISC" for label, t in found), (
                f"{tag.text!r} is an entity"
            )
        else:
            assert (tag.tag.upper(), tag.text) in found, f"missing {tag.tag.upper()} {tag.text!r} in {found}"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Selon M. Yury Fedotov, le plan", (6, 21, "PER"), ("Yury Fedotov", "PER")),
        ("L'UIP et l'ONU", (0, 5, "ORG"), ("UIP", "ORG")),
        (
            "la Présidente du Parlement des Emirats arabes unis,",
            (3, 50, "ORG"),
            ("Parlement des Emirats arabes unis", "ORG"),
        ),
        (
            "le Groupe consultatif de haut niveau de l'UIP",
            (3, 42, "ORG"),
            ("Groupe consultatif de haut niveau", "ORG"),
        ),
        ("la Commission économique de cette région", (3, 40, "ORG"), ("Commission économique", "ORG")),
    ],
    ids=["honorific", "elision", "title-led", "dangling-preposition", "demonstrative-tail"],
)
def test_clean_model_span_repairs(text: str, span: tuple[int, int, str], expected: tuple[str, str]) -> None:
    cand = clean_model_span(text, *span)
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Skip to main content", (0, 20, "MISC")),
        ("Regardez la vidéo.", (0, 8, "LOC")),
        ("le Secrétaire général de l'UIP", (3, 30, "PER")),
        ("Les Etats Membres ont voté.", (4, 17, "ORG")),
        ("la COVID a freiné", (3, 8, "LOC")),
        ("Actualités\nL'UIP", (0, 16, "MISC")),
    ],
    ids=["furniture", "imperative", "title-as-person", "generic-noun", "stop-acronym", "across-lines"],
)
def test_clean_model_span_drops(text: str, span: tuple[int, int, str]) -> None:
    assert clean_model_span(text, *span) is None


def test_honorific_people_finds_names_without_the_model() -> None:
    text = "Étaient présents Mme Amal Al Qubaisi et S.E. M. Jean Ping, Président."
    names = {text[c.start : c.end] for c in honorific_people(text)}
    assert names == {"Amal Al Qubaisi", "Jean Ping"}


def test_reconcile_prefers_longest_then_kb() -> None:
    text = "l'Office des Nations Unies contre la drogue et le crime"
    short = Candidate(2, 26, "ORG", "model")
    full = Candidate(2, len(text), "ORG", "kb", "unodc")
    same = Candidate(2, 26, "LOC", "kb")
    chosen = reconcile(text, [short, full, same])
    assert chosen == [full]
    assert reconcile(text, [short, same]) == [same]


def test_reconcile_drops_model_span_glueing_kb_names() -> None:
    text = "L'UIP et l'ONU signent"
    glued = Candidate(2, 14, "ORG", "model")
    uip, onu = Candidate(2, 5, "ORG", "kb", "ipu"), Candidate(11, 14, "ORG", "kb", "un")
    assert reconcile(text, [glued, uip, onu]) == [uip, onu]


# ---------------------------------------------------------------- precision layer


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Le chiffre d'affaires a augmenté.\n• Croissance de 12 % du résultat net", "Croissance", "LOC"),
        ("Soulignons que le programme a été prolongé.", "Soulignons", "ORG"),
        ("Indispensable à la reprise, le fonds a été doublé.", "Indispensable", "PER"),
        ("une tournée dans le Sud du pays", "Sud", "LOC"),
        ("Les Ministres ont salué le travail accompli.", "Ministres", "ORG"),
        ("devant les Hautes Autorités de la République", "Hautes Autorités de la République", "LOC"),
        (
            "les domaines de l'Enseignement supérieur et de la Recherche",
            "Enseignement supérieur et de la Recherche",
            "ORG",
        ),
        ("KIGALI, Rwanda, March 3, 2011/", "March 3", "LOC"),
        ("LE COMMUNIQUÉ FINAL DE LA RÉUNION DES MINISTRES", "COMMUNIQUÉ", "ORG"),
        ("Lobjectif a été atteint.", "Lobjectif", "LOC"),
        ("le chef de l'État malien a reçu", "État malien", "LOC"),
    ],
    ids=[
        "line-opening-noun",
        "sentence-opening-verb",
        "adjective-as-person",
        "cardinal-point",
        "collective",
        "collective-adjective",
        "field-of-government",
        "english-date",
        "headline-word",
        "glued-elision-common-noun",
        "title-complement",
    ],
)
def test_precision_rules_drop(text: str, word: str, label: str) -> None:
    start = text.index(word)
    assert clean_model_span(text, start, start + len(word), label) is None


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("contre la société SONIX Mali SA,(SONIX) une amende", ("SA,(SONIX", "LOC"), ("SONIX", "ORG")),
        ("par la facilité élargie (FED)2. La suite", ("FED)2", "ORG"), ("FED", "ORG")),
        ("et le Togo - représentés par leurs ministres", ("Togo - représentés", "LOC"), ("Togo", "LOC")),
        ("quatre pays - la Colombie, le Pérou", ("pays - la Colombie", "LOC"), ("Colombie", "LOC")),
        ("grâce à la solidarité de Colombie, qui", ("solidarité de Colombie", "LOC"), ("Colombie", "LOC")),
        ("le consul de Belgique, M. Dupont", ("de Belgique", "LOC"), ("Belgique", "LOC")),
        (
            "LOrganisation régionale des pêches (ORP)",
            ("LOrganisation régionale des pêches", "ORG"),
            ("Organisation régionale des pêches", "ORG"),
        ),
        ("le conseil de Sodexa SE a approuvé", ("Sodexa SE", "MISC"), ("Sodexa SE", "ORG")),
        ("approuvé par le F.m.i hier", ("F.m.i", "LOC"), ("F.m.i", "ORG")),
        (
            "Note d'information n° 12/4\nLe 3 mai",
            ("Note d'information n° 12/4", "ORG"),
            ("Note d'information", "ORG"),
        ),
    ],
    ids=[
        "bracket-opens",
        "bracket-closes",
        "dash-then-verb",
        "noun-then-dash",
        "noun-of-place",
        "leading-de",
        "glued-elision",
        "legal-form",
        "dotted-initials",
        "number-tail",
    ],
)
def test_precision_rules_repair(text: str, span: tuple[str, str], expected: tuple[str, str]) -> None:
    start = text.index(span[0])
    cand = clean_model_span(text, start, start + len(span[0]), span[1])
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


def test_a_repaired_span_says_which_rules_changed_it() -> None:
    text = "selon l'Union africaine et"
    cand = clean_model_span(text, 6, len(text), "ORG")
    assert cand is not None
    assert cand.reason == "no_leading_article+no_trailing_junk"
    untouched = clean_model_span(text, 8, 23, "ORG")
    assert untouched is not None and untouched.reason is None


def test_the_reason_reaches_the_entity(rules: Extractor) -> None:
    text = "Le gouvernement du Burundi a signé un accord avec le gouvernement béninois."
    found = {(e.text, e.origin, e.reason) for e in rules.extract(text).entities}
    assert ("gouvernement du Burundi", "rule", "government_of_place") in found
    assert ("gouvernement béninois", "rule", "government_of_nation") in found


# ---------------------------------------------------------------- language


def test_foreign_sentences_are_found_and_get_no_french_rule() -> None:
    text = (
        "Le Fonds a approuvé un prêt au Kenya. "
        "The loan will support the national water programme of the country.\n"
        "Rappelons que le projet a commencé en 2019."
    )
    foreign = foreign_sentences(text)
    assert [text[a:b].strip() for a, b in foreign] == [
        "The loan will support the national water programme of the country."
    ]
    word = text.index("The")
    assert clean_model_span(text, word, word + 3, "ORG", french=False) is None
    bank = "said the African Development Bank on Monday"
    start = bank.index("African")
    cand = clean_model_span(bank, start, start + len("African Development Bank"), "ORG", french=False)
    assert cand is not None and bank[cand.start : cand.end] == "African Development Bank"


def test_model_spans_in_a_foreign_sentence_must_hold_up() -> None:
    text = "Le prêt a été signé.\nThe Minister thanked the Bank for its support of the sector.\n"
    the = text.index("The Minister")
    spans = [(the, the + len("The Minister"), "PER"), (text.index("Bank"), text.index("Bank") + 4, "ORG")]
    assert model_candidates(text, spans) == []


# ---------------------------------------------------------------- boundaries


def _grown(text: str, cands: list[Candidate] | None = None) -> set[tuple[str, str, str | None]]:
    return {(text[c.start : c.end], c.label, c.reason) for c in grow(text, cands or [], default_kb())}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "le ministère de l'Agriculture, de l'élevage et de la pêche a publié",
            "ministère de l'Agriculture, de l'élevage et de la pêche",
        ),
        (
            "le ministère sénégalais de l'Enseignement supérieur et de la Recherche scientifique, et le",
            "ministère sénégalais de l'Enseignement supérieur et de la Recherche scientifique",
        ),
        (
            "au Ministère des Affaires étrangères et européennes de la République italienne, un",
            "Ministère des Affaires étrangères et européennes de la République italienne",
        ),
        ("I.2. AU TITRE DU MINISTERE DES MINES ET DE L'ENERGIE\n", "MINISTERE DES MINES ET DE L'ENERGIE"),
    ],
    ids=["lower-case-portfolios", "nationality-adjective", "country-complement", "capitals"],
)
def test_ministries_run_through_their_portfolios(text: str, name: str) -> None:
    assert (name, "ORG", "ministry") in _grown(text)


def test_ministries_stop_at_what_is_no_portfolio() -> None:
    text = "du ministère de la Santé à la mise en œuvre, et de M. Diallo"
    assert _grown(text) == {("ministère de la Santé", "ORG", "ministry")}


def _place(text: str, name: str) -> Candidate:
    return Candidate(text.index(name), text.index(name) + len(name), "LOC", "kb")


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "la contribution du gouvernement de la République du Burundi sera",
            "Burundi",
            ("gouvernement de la République du Burundi", "ORG", "government_of_place"),
        ),
        ("par l'Etat du Niger (30 %)", "Niger", ("Etat du Niger", "ORG", "government_of_place")),
        ("le gouverneur de l'État de Lagos", "Lagos", ("État de Lagos", "LOC", "government_of_place")),
        ("la Ville de Kinshasa a présenté", "Kinshasa", ("Ville de Kinshasa", "ORG", "government_of_place")),
    ],
    ids=["government", "state-of-a-country", "state-of-a-city", "city-council"],
)
def test_governments_of_a_place(text: str, place: str, expected: tuple[str, str, str]) -> None:
    assert expected in _grown(text, [_place(text, place)])


def test_governments_of_a_nation_or_a_leader_but_not_a_title() -> None:
    text = "le gouvernement gabonais, puis le gouvernement Dupré, et le chef de l'État ivoirien"
    grown = _grown(text)
    assert ("gouvernement gabonais", "ORG", "government_of_nation") in grown
    assert ("gouvernement Dupré", "ORG", "government_of_leader") in grown
    assert not any(name.startswith("État") for name, _, _ in grown)


def test_bodies_of_a_place_legal_forms_facilities_and_schools() -> None:
    text = (
        "l'Assemblée nationale du Burundi, la société Sonabel SA, la centrale solaire de Niamey, "
        "l'aéroport international de Niamey et le lycée Mamadou Dia de Podor"
    )
    assembly = Candidate(text.index("Assemblée"), text.index(" du Burundi"), "ORG", "kb")
    company = Candidate(text.index("Sonabel"), text.index(" SA"), "ORG", "model")
    airport = Candidate(text.index("aéroport"), text.index(" et le lycée"), "ORG", "model")
    person = Candidate(text.index("Mamadou"), text.index(" de Podor"), "PER", "model")
    places = [_place(text, "Burundi"), _place(text, "Niamey")]
    grown = _grown(text, [assembly, company, airport, person, *places])
    assert ("Assemblée nationale du Burundi", "ORG", "body_of_place") in grown
    assert ("Sonabel SA", "ORG", "legal_form") in grown
    assert ("centrale solaire de Niamey", "LOC", "facility") in grown
    assert ("aéroport international de Niamey", "LOC", "facility") in grown
    assert ("lycée Mamadou Dia de Podor", "ORG", "school") in grown


def test_a_known_organisation_gets_no_place_glued_to_it() -> None:
    text = "les Nations Unies du Burundi"
    un = Candidate(4, 17, "ORG", "kb", "un")
    assert not any(r == "body_of_place" for _, _, r in _grown(text, [un, _place(text, "Burundi")]))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("OUAGADOUGU, le 3 mars", "OUAGADOUGU", "OUAGADOUGU"),
        ("BUJUMBOURA, le 3 mars", "BUJUMBOURA", "BUJUMBOURA"),
        ("YAMOUSOUKRO, le 3 mars", "YAMOUSOUKRO", "YAMOUSOUKRO"),
    ],
    ids=["letter-missing", "letter-added", "letter-missing-inside"],
)
def test_near_miss_place_names(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    grown = _grown(text, [Candidate(start, start + len(span), "ORG", "model")])
    assert (expected, "LOC", "near_place") in grown


def test_near_miss_place_joins_its_neighbour_and_leaves_other_words() -> None:
    text = "ADIS ABEBA, Éthiopie. Le Président Macron"
    abeba = Candidate(text.index("ABEBA"), text.index("ABEBA") + 5, "ORG", "model")
    macron = Candidate(text.index("Macron"), len(text), "ORG", "model")
    grown = _grown(text, [abeba, macron])
    assert ("ADIS ABEBA", "LOC", "near_place") in grown
    assert not any(r == "near_place" and "Macron" in t for t, _, r in grown)


def test_a_known_name_run_on_into_common_words_is_the_known_name() -> None:
    text = "la Banque mondiale et des autres partenaires techniques"
    model = Candidate(3, len(text), "ORG", "model")
    kb = Candidate(3, 18, "ORG", "kb", "world-bank")
    assert reconcile(text, [model, kb]) == [kb]


def test_texts_named_after_a_place_and_compound_regions() -> None:
    text = "selon la Charte de Lomé, la Haute-Guinée et la réunion de Lomé"
    lome = [_place(text, "Lomé"), Candidate(text.rindex("Lomé"), len(text), "LOC", "kb")]
    region = Candidate(text.index("Haute"), text.index(" et la"), "ORG", "model")
    grown = _grown(text, [*lome, region])
    assert ("Charte de Lomé", "MISC", "text_named_after_place") in grown
    assert ("Haute-Guinée", "LOC", "compound_region") in grown
    assert not any(t.endswith("réunion de Lomé") for t, _, _ in grown)


@pytest.mark.parametrize(
    ("outer", "inner", "chosen"),
    [
        ("Bureau de l'Union des parlements africains", "Union des parlements africains", "inner"),
        ("Conseil des ministres de la Ligue des États sahéliens", "Ligue des États sahéliens", "inner"),
        ("Commission de la Communauté des États sahéliens", "Communauté des États sahéliens", "outer"),
    ],
    ids=["bureau", "council-of-ministers", "institution"],
)
def test_an_administrative_unit_of_a_named_organisation(outer: str, inner: str, chosen: str) -> None:
    text = f"le {outer} a salué"
    model = Candidate(3, 3 + len(outer), "ORG", "model")
    known = Candidate(text.index(inner), text.index(inner) + len(inner), "ORG", "definition")
    assert reconcile(text, [model, known]) == [known if chosen == "inner" else model]


def test_a_school_the_model_or_the_people_room_already_opened_gets_its_town() -> None:
    text = "les élèves du lycée Mamadou Dia de Podor ont reçu"
    school = Candidate(text.index("lycée"), text.index(" de Podor"), "ORG", "model")
    assert ("lycée Mamadou Dia de Podor", "ORG", "school") in _grown(text, [school])


# ---------------------------------------------------------------- chains and complements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "par le ministère de l'Éducation nationale et de la Réforme du système scolaire, et",
            "ministère de l'Éducation nationale et de la Réforme du système scolaire",
        ),
        ("MINISTÈRE DE LA SANTÉ ET DE L'HYGIÈNE\n\nCOMMUNIQUÉ\n", "MINISTÈRE DE LA SANTÉ ET DE L'HYGIÈNE"),
        ("Le ministère des Sports informe les clubs", "ministère des Sports"),
        (
            "au Département des Finances et des Relations extérieures,",
            "Département des Finances et des Relations extérieures",
        ),
    ],
    ids=["lower-case-complement", "stops-at-line-break", "stops-at-verb", "capitalised-department"],
)
def test_ministries_complements_and_stops(text: str, name: str) -> None:
    assert {t for t, _, r in _grown(text) if r == "ministry"} == {name}


def test_a_department_of_no_field_is_a_territory() -> None:
    assert not any(r == "ministry" for _, _, r in _grown("dans le département du Zou et celui des Collines"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la commission des finances et du budget a adopté", "commission des finances et du budget"),
        ("la Commission économie et finances a siégé", "Commission économie et finances"),
        ("selon la commission parlementaire des Finances, le texte", "commission parlementaire des Finances"),
        ("la commission économique et financière du Sénat", "commission économique et financière"),
    ],
    ids=["lower-case", "bare-nouns", "adjective-then-field", "adjectives"],
)
def test_committees_named_by_their_fields(text: str, name: str) -> None:
    assert (name, "ORG", "committee") in _grown(text)


@pytest.mark.parametrize(
    "text",
    [
        "la Commission européenne accompagnée du commissaire",
        "la Commission européenne, accompagnée du commissaire",
        "la commission technique a siégé",
        "la Commission économique pour l'Afrique",
    ],
    ids=["participle", "participle-after-comma", "one-adjective", "one-adjective-then-pour"],
)
def test_no_committee_without_two_parts_or_a_field(text: str) -> None:
    assert not any(r == "committee" for _, _, r in _grown(text))


def test_a_committee_of_a_named_body_is_named_with_it() -> None:
    text = "devant la commission des lois de l'Assemblée nationale du Gabon"
    assembly = Candidate(text.index("Assemblée"), text.index(" du Gabon"), "ORG", "kb")
    assert ("commission des lois de l'Assemblée nationale", "ORG", "body_of_body") in _grown(text, [assembly])
    board = "le Conseil d'administration de la Banque ouest-africaine de développement"
    bank = Candidate(board.index("Banque"), len(board), "ORG", "kb")
    council = Candidate(3, board.index(" de la Banque"), "ORG", "model")
    assert not any(r == "body_of_body" for _, _, r in _grown(board, [council, bank]))


def test_offices_of_title_holders() -> None:
    text = "Cabinet de la Ministre de l'Économie, du Plan et de la Coopération\nle cabinet du ministre a dit"
    assert {t for t, _, r in _grown(text) if r == "office_of"} == {
        "Cabinet de la Ministre de l'Économie, du Plan et de la Coopération"
    }


@pytest.mark.parametrize(
    ("text", "cut", "label", "name"),
    [
        (
            "la Régie Malgache d'Eau et d'Électricité, qui",
            "Régie Malgache d'Eau",
            "ORG",
            "Régie Malgache d'Eau et d'Électricité",
        ),
        (
            "Bureau de presse et de communication de la Ville de Lyon\n",
            "Bureau de presse",
            "ORG",
            "Bureau de presse et de communication de la Ville de Lyon",
        ),
        (
            "en Afrique de l'Est et du Sud cette année",
            "Afrique de l'Est",
            "LOC",
            "Afrique de l'Est et du Sud",
        ),
    ],
    ids=["capitalised", "lower-case", "cardinal-points"],
)
def test_names_coordinated_by_et(text: str, cut: str, label: str, name: str) -> None:
    start = text.index(cut)
    model = Candidate(start, start + len(cut), label, "model")
    assert (name, label, "coordinated") in _grown(text, [model])


def test_no_coordination_into_an_acronym_or_a_known_name() -> None:
    text = "la Banque de Guinée et de la BCEAO, la Caisse des Dépôts et de l'Union africaine"
    bank = Candidate(3, text.index(" et de la"), "ORG", "model")
    caisse = Candidate(text.index("Caisse"), text.index(" et de l'Union"), "ORG", "model")
    union = Candidate(text.index("Union"), len(text), "ORG", "kb", "au")
    assert not any(r == "coordinated" for _, _, r in _grown(text, [bank, caisse, union]))


def test_a_body_keeps_its_field_of_action() -> None:
    text = "le Fonds Amadou Kane pour le développement rural et social a financé"
    fund = Candidate(3, text.index(" pour"), "ORG", "model")
    name = "Fonds Amadou Kane pour le développement rural et social"
    assert (name, "ORG", "purpose") in _grown(text, [fund])
    known = Candidate(3, text.index(" pour"), "ORG", "kb", "x")
    assert not any(r == "purpose" for _, _, r in _grown(text, [known]))


def test_a_model_misc_over_a_ministry_gives_way() -> None:
    text = "AU TITRE DU MINISTÈRE DES MINES\n"
    misc = Candidate(3, text.index("\n"), "MISC", "model")
    ministry = Candidate(text.index("MINISTÈRE"), text.index("\n"), "ORG", "rule", reason="ministry")
    assert reconcile(text, [misc, ministry]) == [ministry]


def test_every_portfolio_of_a_minister_is_no_body() -> None:
    text = "le ministre de l'Économie, des Finances et du Secteur bancaire a signé"
    start = text.index("Secteur")
    assert clean_model_span(text, start, start + len("Secteur bancaire"), "ORG") is None


@pytest.mark.parametrize(
    ("text", "known_end", "wins"),
    [
        ("une mission du Fonds monétaire international conduite par", "international", "kb"),
        ("le soutien de la Croix-Rouge sénégalaise", "Croix-Rouge", "model"),
    ],
    ids=["participle", "adjective"],
)
def test_a_known_name_run_on_into_a_lower_case_word(text: str, known_end: str, wins: str) -> None:
    start = next(i for i in range(len(text)) if text[i].isupper())
    end = text.index(known_end) + len(known_end)
    model = Candidate(start, text.index(" par") if "par" in text else len(text), "ORG", "model")
    kb = Candidate(start, end, "ORG", "kb", "k")
    assert reconcile(text, [model, kb]) == [kb if wins == "kb" else model]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("près du lac de Bagré, au sud", "lac de Bagré", "Bagré"),
        ("dans la wilaya de Tindouf, les", "wilaya de Tindouf", "Tindouf"),
        ("la région des Cascades et", "région des Cascades", "Cascades"),
        ("sur l'île Anjouan, le", "île Anjouan", "Anjouan"),
        ("autour du lac Tchad, la", "lac Tchad", "lac Tchad"),
        ("à l'île Maurice, le", "île Maurice", "île Maurice"),
        ("le canton de Fribourg a voté", "canton de Fribourg", "canton de Fribourg"),
        ("l'aéroport de Kigali est fermé", "aéroport de Kigali", "aéroport de Kigali"),
    ],
    ids=["lake", "wilaya", "region", "island", "lake-of-a-country", "island-country", "canton", "airport"],
)
def test_a_lower_case_place_noun_is_no_part_of_the_name(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    cand = clean_model_span(text, start, start + len(span), "LOC")
    assert cand is not None and text[cand.start : cand.end] == expected


def test_a_division_the_model_took_for_a_body_is_the_place() -> None:
    text = "dans le département de l'Alibori et au département des Finances"
    start = text.index("département de")
    cand = clean_model_span(text, start, start + len("département de l'Alibori"), "ORG")
    assert cand is not None and (text[cand.start : cand.end], cand.label) == ("Alibori", "LOC")
    start = text.index("département des")
    cand = clean_model_span(text, start, len(text), "ORG")
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == ("département des Finances", "ORG")


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("les recettes encaissées par le Trésor au premier trimestre", ("Trésor", "LOC"), ("Trésor", "ORG")),
        ("la subvention du Trésor public à la société", ("Trésor", "LOC"), ("Trésor public", "ORG")),
        ("le texte sera transmis au Parlement avant juin", ("Parlement", "ORG"), ("Parlement", "ORG")),
        ("La Confédération participera au projet", ("Confédération", "LOC"), ("Confédération", "ORG")),
        ("le Directeur du Trésor, M. Rakoto", ("Directeur du Trésor", "LOC"), ("Trésor", "ORG")),
        ("lors d'une visite à Tizi Ouzou le 9 mai", ("Tizi Ouzou", "PER"), ("Tizi Ouzou", "LOC")),
        ("le lancement est prévu à Kindia.", ("Kindia", "PER"), ("Kindia", "LOC")),
        ("un prix remis à M. Kindia hier", ("Kindia", "PER"), ("Kindia", "PER")),
    ],
    ids=[
        "treasury",
        "public-treasury",
        "parliament",
        "confederation",
        "title-of-a-body",
        "town-of-two-words",
        "town-after-a",
        "honorific",
    ],
)
def test_label_repairs(text: str, span: tuple[str, str], expected: tuple[str, str]) -> None:
    start = text.index(span[0])
    cand = clean_model_span(text, start, start + len(span[0]), span[1])
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("La Ministre-Présidente, Mme Awa Baldé, a dit", "Ministre-Présidente", "ORG"),
        ("selon le Président-directeur général du groupe", "Président-directeur général", "ORG"),
        ("l'enveloppe est fixée à 7 700 MD dans la loi", "MD", "ORG"),
        ("un plan de Rs 4,2 milliards pour le littoral", "Rs", "LOC"),
        ("une subvention de Fr. 450 000 à la fondation", "Fr", "LOC"),
        ("le prêt.\n\nAPS/KB/MT\n", "KB", "ORG"),
    ],
    ids=[
        "compound-title",
        "chief-executive",
        "unit-after-a-number",
        "currency-before",
        "dotted-currency",
        "initials",
    ],
)
def test_label_repairs_drop(text: str, span: str, label: str) -> None:
    start = text.index(span)
    assert clean_model_span(text, start, start + len(span), label) is None


def test_an_agency_on_its_sign_off_line_stays() -> None:
    text = "le prêt.\n\nAPS/KB/MT\n"
    start = text.index("APS")
    assert clean_model_span(text, start, start + 3, "ORG") is not None


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("avec le groupe japonais Hoshi Denki pour", ("Hoshi Denki", "PER"), ("Hoshi Denki", "ORG")),
        ("un contrat à l'entreprise Solaris pour", ("Solaris", "LOC"), ("Solaris", "ORG")),
        ("les élections en RDC et au Congo", ("RDC", "LOC"), ("RDC", "LOC")),
        ("Le Soleil | Publié le 3 mai", ("Soleil | Publié", "ORG"), ("Soleil", "ORG")),
    ],
    ids=["company-noun-and-adjective", "company-noun", "country-acronym", "bar-separator"],
)
def test_more_label_repairs(text: str, span: tuple[str, str], expected: tuple[str, str]) -> None:
    start = text.index(span[0])
    cand = clean_model_span(text, start, start + len(span[0]), span[1])
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("RÉPUBLIQUE DU NIGER\nFraternité – Travail – Progrès\nCOMMUNIQUÉ", "Fraternité", "LOC"),
        ("BURKINA FASO\nUnité - Progrès - Justice\n", "Progrès", "PER"),
        ("- Directeur de Cabinet Adjoint : Monsieur X", "Cabinet Adjoint", "PER"),
    ],
    ids=["motto", "motto-hyphens", "body-and-title-as-person"],
)
def test_more_label_repairs_drop(text: str, span: str, label: str) -> None:
    start = text.index(span)
    assert clean_model_span(text, start, start + len(span), label) is None


def test_an_honorific_is_a_word_of_its_own() -> None:
    text = "COMMUNIQUÉ DE PRESSE\n\nLe Ministre des Finances, S.E. M. Paul Biya, a dit."
    assert {text[c.start : c.end] for c in honorific_people(text)} == {"Paul Biya"}


def test_a_long_minister_title_is_read_to_its_last_portfolio() -> None:
    text = (
        "le ministre de l'Économie, de l'Emploi, du Commerce extérieur, de la Recherche, de "
        "l'Innovation, du Numérique, de l'Aménagement du territoire, de l'Agriculture, de l'IFAPME "
        "et des Centres de formation, Jean Lambert"
    )
    start = text.index("Centres")
    assert clean_model_span(text, start, start + len("Centres de formation"), "ORG") is None


def test_a_legal_form_in_lower_case() -> None:
    text = "à l'entreprise Nordia Chimie inc. pour"
    company = Candidate(text.index("Nordia"), text.index(" inc."), "ORG", "model")
    assert ("Nordia Chimie inc.", "ORG", "legal_form") in _grown(text, [company])


def test_a_body_of_a_place_the_model_found() -> None:
    text = "la directrice de l'Agence du bassin hydraulique du Tensift a dit"
    agency = Candidate(text.index("Agence"), text.index(" du Tensift"), "ORG", "model")
    river = Candidate(text.index("Tensift"), text.index(" a dit"), "LOC", "model")
    grown = _grown(text, [agency, river])
    assert ("Agence du bassin hydraulique du Tensift", "ORG", "body_of_place") in grown


def test_institutions_lines_and_aliases() -> None:
    text = (
        "le Centre hospitalier régional de référence de Kaolack et l'Office cantonal de "
        "l'emploi (Emploi Genève) ont signé.\nService de la Communication\nDirection des "
        "Affaires juridiques a rappelé\n"
    )
    town = Candidate(text.index("Kaolack"), text.index(" et l'"), "LOC", "kb")
    office = Candidate(text.index("Office"), text.index(" (Emploi"), "ORG", "model")
    alias = Candidate(text.index("Emploi Genève"), text.index(") ont"), "LOC", "model")
    grown = _grown(text, [town, office, alias])
    assert ("Centre hospitalier régional de référence de Kaolack", "ORG", "institution_of_place") in grown
    assert ("Emploi Genève", "ORG", "alias_of_body") in grown
    assert {t for t, _, r in grown if r == "body_line"} == {"Service de la Communication"}


def test_an_acronym_in_a_portfolio_list_is_a_body() -> None:
    text = "le ministre de l'Emploi, de la Formation et de l'ONEF, Paul Dubois"
    start = text.index("ONEF")
    cand = clean_model_span(text, start, start + 4, "ORG")
    assert cand is not None and text[cand.start : cand.end] == "ONEF"
    start = text.index("Formation")
    assert clean_model_span(text, start, start + len("Formation"), "ORG") is None


def test_a_legal_form_keeps_its_full_stop() -> None:
    text = "à l'entreprise Nordia Chimie inc. pour"
    start = text.index("Nordia")
    cand = clean_model_span(text, start, text.index(". pour"), "LOC")
    assert cand is not None and (text[cand.start : cand.end], cand.label) == ("Nordia Chimie inc.", "ORG")


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Contacts :\nAwa Sarr Ndour, PAM/Dakar, +221 77 000 00 00\n", "Awa Sarr Ndour", "PER"),
        ("les prix de l'électricité.\n\nJean Altidor\n", "Jean Altidor", "PER"),
        ("Grand Popo, le 3 mai 2024 - Le ministre", "Grand Popo", "LOC"),
        ("Bobo Dioulasso\nLe ministre", "Bobo Dioulasso", "LOC"),
    ],
    ids=["contact-line", "byline", "dateline", "known-town"],
)
def test_a_name_opening_a_signature_line_is_a_person(text: str, span: str, label: str) -> None:
    start = text.index(span)
    cand = clean_model_span(text, start, start + len(span), "LOC")
    assert cand is not None and cand.label == label


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "le budget du Ministère de la Santé pour l'exercice 2025 est",
            ("Ministère de la Santé pour l'exercice", "ORG"),
            ("Ministère de la Santé", "ORG"),
        ),
        (
            "la Commune de Kaya au titre de l'année 2024 a",
            ("Commune de Kaya au titre de l'année", "ORG"),
            ("Commune de Kaya", "ORG"),
        ),
        ("Le C2D finance des routes.", ("C2D finance des routes", "ORG"), ("C2D", "ORG")),
        ("la SNDI-2030 est adoptée", ("SNDI", "LOC"), ("SNDI", "MISC")),
        ("sur la Transcamerounaise, puis", ("Transcamerounaise", "ORG"), ("Transcamerounaise", "LOC")),
        ("la Nationale 7 est coupée", ("Nationale 7", "ORG"), ("Nationale 7", "LOC")),
        ("la RN7 est coupée", ("RN7", "LOC"), ("RN7", "LOC")),
    ],
    ids=[
        "period-tail",
        "year-tail",
        "acronym-then-verb",
        "glued-year",
        "railway",
        "national-road",
        "road-acronym",
    ],
)
def test_names_stop_at_periods_verbs_and_titles(
    text: str, span: tuple[str, str], expected: tuple[str, str]
) -> None:
    start = text.index(span[0])
    cand = clean_model_span(text, start, start + len(span[0]), span[1])
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("M. Jean Okou, PDG de la Sonabel", ("PDG", "ORG")),
        ("le GM, M. Paul Ndong, a signé", ("GM", "ORG")),
        ("le SG du ministère a lu", ("SG du ministère", "ORG")),
    ],
)
def test_initials_of_a_title_are_no_body(text: str, span: tuple[str, str]) -> None:
    start = text.index(span[0])
    assert clean_model_span(text, start, start + len(span[0]), span[1]) is None


def test_a_span_of_years_makes_a_programme_but_a_lone_year_does_not() -> None:
    text = "Le PND 2025-2029 et le PAG 2021/2026 suivent le rapport BOAD 2024. Le PDG a gagné les élections."
    assert dated_programme(text, text.index("PND"), text.index("PND") + 3)
    assert dated_programme(text, text.index("PAG"), text.index("PAG") + 3)
    assert not dated_programme(text, text.index("BOAD"), text.index("BOAD") + 4)
    assert not title_initial(text, text.index("PDG"), text.index("PDG") + 3)  # the party


def test_the_road_rule_finds_roads_in_lower_case_too() -> None:
    text = "la route nationale 2 et la Transgabonaise, mais pas la route de Kaya"
    grown = _grown(text)
    assert ("route nationale 2", "LOC", "road") in grown
    assert ("Transgabonaise", "LOC", "road") in grown
    assert not any(name.startswith("route de") for name, _, _ in grown)


def test_a_government_is_no_cut_person_name() -> None:
    text = "le Secrétaire général du Gouvernement Moustapha Ali Alifei, puis le gouvernement Barnier"
    grown = _grown(text)
    assert not any(name.startswith("Gouvernement Moustapha") for name, _, _ in grown)
    assert ("gouvernement Barnier", "ORG", "government_of_leader") in grown


def test_cardinal_points_naming_regions_but_not_directions() -> None:
    text = (
        "Les régions du Nord, de l'Adamaoua et de l'Extrême-Nord sont touchées; dans le Sud-Ouest "
        "aussi. Le Nord du Mali et l'Est du pays, le Nord-Ouest du Burkina restent calmes."
    )
    points = [(name, reason) for name, label, reason in _grown(text) if label == "LOC"]
    assert ("Nord", "region_point") in points and ("Extrême-Nord", "region_point") in points
    assert ("Sud-Ouest", "region_point") in points
    assert not any(name in ("Est", "Nord-Ouest") for name, _ in points)
    assert sum(name == "Nord" for name, _ in points) == 1


def test_a_number_belongs_to_a_district_but_not_to_a_count() -> None:
    text = "Le siège est à Ouaga 2000, et la réunion a eu lieu à Dakar 15 délégués présents."
    places = [_place(text, "Ouaga"), _place(text, "Dakar")]
    grown = _grown(text, places)
    assert ("Ouaga 2000", "LOC", "numbered_place") in grown
    assert not any(name.startswith("Dakar ") for name, _, _ in grown)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Port-Vila, le 14 mars 2025 – Le gouvernement a reçu la délégation.", "ORG"),
        ("Mata-Utu, 3 juin 2024 – Le conseil s'est réuni.", "PER"),
    ],
)
def test_a_dateline_place_is_a_place_whatever_the_model_said(text: str, label: str) -> None:
    from extractnews.entities import dateline_places
    from extractnews.structure.dateline import find_dateline

    line = find_dateline(text)
    assert line is not None
    place = line.places[0]
    wrong = Candidate(0, len(place), label, "model")
    elsewhere = Candidate(text.index("Le "), text.index("Le ") + 2, label, "model")
    out = dateline_places(text, [wrong, elsewhere], line.start, line.end, line.places)
    assert [(c.label, c.reason) for c in out] == [("LOC", "dateline_place"), (label, None)]


def test_a_dateline_place_found_by_the_model_becomes_a_place_in_the_extraction() -> None:
    text = "Port-Vila, le 14 mars 2025 – Le Premier ministre a reçu la délégation."
    result = Extractor(ner=lambda texts, _: [[(0, 9, "ORG")] for _ in texts]).extract(text)
    assert [(e.text, e.label) for e in result.entities if e.start == 0] == [("Port-Vila", "LOC")]
