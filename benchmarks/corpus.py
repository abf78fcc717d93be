"""Deterministic benchmark corpus: synthetic French press releases.

Every document is built by recombining the sentence templates below with a
seeded :class:`random.Random`, so the same ``(n, seed)`` always gives the same
texts, byte for byte. The templates are written for this benchmark (nothing
is copied from a real corpus) and cover what extractnews looks for:
organisations with French and English acronyms, people with titles, dates in
every form, amounts in euros, dollars and FCFA, places, datelines and the
usual boilerplate ("À propos de ...", "Contact presse").

    .venv/bin/python benchmarks/corpus.py --docs 300 --stats
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections.abc import Callable

MIN_CHARS = 1_500
MAX_CHARS = 6_000
DEFAULT_DOCS = 300
DEFAULT_SEED = 20_240_517

# (French name, French acronym, English name, English acronym)
ORGS: tuple[tuple[str, str, str, str], ...] = (
    ("Union africaine", "UA", "African Union", "AU"),
    ("Organisation des Nations Unies", "ONU", "United Nations", "UN"),
    (
        "Programme des Nations Unies pour le développement",
        "PNUD",
        "United Nations Development Programme",
        "UNDP",
    ),
    ("Fonds des Nations Unies pour l'enfance", "UNICEF", "United Nations Children's Fund", "UNICEF"),
    ("Organisation mondiale de la santé", "OMS", "World Health Organization", "WHO"),
    (
        "Haut-Commissariat des Nations Unies pour les réfugiés",
        "HCR",
        "Office of the United Nations High Commissioner for Refugees",
        "UNHCR",
    ),
    ("Programme alimentaire mondial", "PAM", "World Food Programme", "WFP"),
    (
        "Organisation des Nations Unies pour l'alimentation et l'agriculture",
        "FAO",
        "Food and Agriculture Organization",
        "FAO",
    ),
    ("Banque africaine de développement", "BAD", "African Development Bank", "AfDB"),
    (
        "Communauté économique des États de l'Afrique de l'Ouest",
        "CEDEAO",
        "Economic Community of West African States",
        "ECOWAS",
    ),
    ("Fonds monétaire international", "FMI", "International Monetary Fund", "IMF"),
    ("Organisation internationale du travail", "OIT", "International Labour Organization", "ILO"),
    ("Organisation mondiale du commerce", "OMC", "World Trade Organization", "WTO"),
    (
        "Union économique et monétaire ouest-africaine",
        "UEMOA",
        "West African Economic and Monetary Union",
        "WAEMU",
    ),
    (
        "Organisation internationale pour les migrations",
        "OIM",
        "International Organization for Migration",
        "IOM",
    ),
    ("Agence française de développement", "AFD", "French Development Agency", "AFD"),
    (
        "Organisation de coopération et de développement économiques",
        "OCDE",
        "Organisation for Economic Co-operation and Development",
        "OECD",
    ),
    (
        "Bureau de la coordination des affaires humanitaires",
        "OCHA",
        "Office for the Coordination of Humanitarian Affairs",
        "OCHA",
    ),
)

# organisations the knowledge base will not know: the text defines them
LOCAL_ORGS: tuple[tuple[str, str], ...] = (
    ("Agence nationale de l'eau potable", "ANEP"),
    ("Réseau des femmes entrepreneures du Sahel", "REFES"),
    ("Office national des routes rurales", "ONRR"),
    ("Fédération des coopératives agricoles du Nord", "FCAN"),
    ("Centre régional de formation aux métiers du numérique", "CRFMN"),
    ("Institut supérieur des sciences de la santé", "ISSS"),
    ("Société de gestion du patrimoine ferroviaire", "SGPF"),
    ("Conseil national de la jeunesse", "CNJ"),
    ("Observatoire régional du climat et de l'environnement", "ORCE"),
    ("Caisse autonome d'amortissement des collectivités", "CAAC"),
)

FIRST_NAMES = (
    "Aminata",
    "Jean-Baptiste",
    "Fatou",
    "Mamadou",
    "Claire",
    "Ousmane",
    "Mariam",
    "Pierre",
    "Aïssatou",
    "Kofi",
    "Nathalie",
    "Ibrahima",
    "Hélène",
    "Moussa",
    "Sophie",
    "Cheikh",
    "Awa",
    "François",
    "Adama",
    "Élodie",
    "Souleymane",
    "Marie-Claire",
    "Youssouf",
    "Thomas",
)
LAST_NAMES = (
    "Diallo",
    "Traoré",
    "Ndiaye",
    "Koné",
    "Ouédraogo",
    "Martin",
    "Mensah",
    "Sow",
    "Dubois",
    "Camara",
    "Bamba",
    "Lefèvre",
    "Touré",
    "Kaboré",
    "Sylla",
    "Moreau",
    "Keïta",
    "Nkurunziza",
    "Mbeki",
    "Fofana",
    "Rousseau",
    "Cissé",
    "Zongo",
    "Garnier",
)
HONORIFICS = ("M.", "Mme", "Dr", "Pr", "S.E.M.", "Son Excellence", "Madame", "Monsieur")
ROLES = (
    "directeur exécutif",
    "directrice générale",
    "représentant résident",
    "ministre de la Santé",
    "ministre de l'Économie et des Finances",
    "secrétaire générale",
    "coordonnateur national",
    "présidente du conseil d'administration",
    "chef de mission",
    "porte-parole",
    "commissaire chargé des affaires sociales",
    "ambassadeur de France",
    "gouverneur",
    "maire de la commune",
    "directrice régionale pour l'Afrique de l'Ouest et du Centre",
)
CITIES = (
    "Dakar",
    "Abidjan",
    "Bamako",
    "Ouagadougou",
    "Niamey",
    "Lomé",
    "Cotonou",
    "Conakry",
    "Yaoundé",
    "Libreville",
    "Kinshasa",
    "Addis-Abeba",
    "Genève",
    "Paris",
    "New York",
    "Nouakchott",
    "N'Djamena",
    "Brazzaville",
    "Bangui",
    "Antananarivo",
    "Tunis",
    "Rabat",
)
COUNTRIES = (
    "Sénégal",
    "Côte d'Ivoire",
    "Mali",
    "Burkina Faso",
    "Niger",
    "Togo",
    "Bénin",
    "Guinée",
    "Cameroun",
    "Gabon",
    "République démocratique du Congo",
    "Éthiopie",
    "Mauritanie",
    "Tchad",
    "Congo",
    "République centrafricaine",
    "Madagascar",
    "Tunisie",
    "Maroc",
    "France",
)
REGIONS = (
    "du Sahel",
    "de la région des Grands Lacs",
    "du bassin du lac Tchad",
    "de l'Afrique de l'Ouest",
    "de l'Afrique centrale",
    "de la Corne de l'Afrique",
)
TOPICS = (
    "la sécurité alimentaire",
    "l'accès à l'eau potable",
    "la vaccination des enfants",
    "l'électrification rurale",
    "l'emploi des jeunes",
    "la scolarisation des filles",
    "la lutte contre le paludisme",
    "la résilience climatique",
    "l'inclusion financière",
    "la protection des réfugiés",
    "la santé maternelle",
    "la transformation numérique",
    "l'entrepreneuriat féminin",
    "la gouvernance locale",
    "la prévention des conflits",
)
EVENTS = (
    "un atelier de validation",
    "une conférence des donateurs",
    "une table ronde",
    "un forum régional",
    "une mission conjointe",
    "une réunion de haut niveau",
    "la cérémonie de lancement",
    "un séminaire de formation",
)
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_FEMININE = frozenset(
    (
        "Côte d'Ivoire",
        "Guinée",
        "République démocratique du Congo",
        "Mauritanie",
        "République centrafricaine",
        "Tunisie",
        "France",
    )
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


class _Doc:
    """One press release under construction: consistent cast, varied sentences."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.year = rng.randint(2015, 2024)
        self.city = rng.choice(CITIES)
        self.country = rng.choice(COUNTRIES)
        self.orgs = rng.sample(ORGS, 3)
        self.local = rng.choice(LOCAL_ORGS)
        self.people = [self._person() for _ in range(3)]
        self.introduced: set[str] = set()

    # ------------------------------------------------------------ pieces

    def _person(self) -> tuple[str, str, str]:
        r = self.rng
        name = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
        return r.choice(HONORIFICS), name, r.choice(ROLES)

    def person(self) -> str:
        honorific, name, role = self.rng.choice(self.people)
        if name in self.introduced:
            return self.rng.choice((f"{honorific} {name.split()[-1]}", name))
        self.introduced.add(name)
        return self.rng.choice(
            (
                f"{honorific} {name}, {role}",
                f"le {role}, {honorific} {name}"
                if not role.startswith("directrice")
                else f"{honorific} {name}",
            )
        )

    def org(self) -> str:
        fr, fr_acr, en, en_acr = self.rng.choice(self.orgs)
        if fr_acr in self.introduced:
            return self.rng.choice((fr_acr, fr_acr, fr))
        self.introduced.add(fr_acr)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{fr} ({fr_acr})"
        if form == 1 and en_acr != fr_acr:
            return f"{fr} ({fr_acr}, {en_acr} en anglais)"
        if form == 2:
            return f"{fr} ({en}, {en_acr})"
        return f"{fr_acr} ({fr})"

    def local_org(self) -> str:
        name, acr = self.local
        if acr in self.introduced:
            return acr
        self.introduced.add(acr)
        return f"{name} ({acr})"

    def date(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.randrange(12)
        year = self.year + r.choice((0, 0, 0, 1, -1))
        forms = (
            f"le {day} {MONTHS[month]} {year}",
            f"le {r.choice(WEEKDAYS)} {day} {MONTHS[month]}",
            f"le {'1er' if day == 1 else day} {MONTHS[month]}",
            f"le {day:02d}/{month + 1:02d}/{year}",
            f"le {year}-{month + 1:02d}-{day:02d}",
            f"en {MONTHS[month]} {year}",
            f"du {day} au {min(day + r.randint(1, 5), 31)} {MONTHS[month]} {year}",
            f"entre {MONTHS[month]} et {MONTHS[(month + 2) % 12]} {year}",
            r.choice(
                (
                    "hier",
                    "aujourd'hui",
                    "la semaine prochaine",
                    "mardi dernier",
                    "le mois prochain",
                    "d'ici la fin de l'année",
                    "dans les trois prochains mois",
                )
            ),
            f"au cours du {r.choice(('premier', 'deuxième', 'troisième'))} trimestre {year}",
            f"d'ici {year + r.randint(2, 10)}",
            f"pour la période {year}-{year + r.randint(2, 5)}",
            f"le {day} {MONTHS[month].capitalize()} {year} à {r.randint(8, 18)}h{r.choice(('00', '30'))}",
        )
        return r.choice(forms)

    def money(self) -> str:
        r = self.rng
        n = r.randint(1, 950)
        dec = r.randint(1, 9)
        forms = (
            f"{n} millions d'euros",
            f"{n},{dec} millions de dollars",
            f"{n} milliards de francs CFA",
            f"{r.randint(1, 999)} {r.randint(100, 999)} {r.randint(100, 999)} FCFA",
            f"{n} {r.randint(100, 999)} €",
            f"€{n},{dec} millions",
            f"{r.randint(1, 99)},{dec} M€",
            f"{n} millions USD",
            f"US$ {n},{dec} millions",
            f"{n} {r.randint(100, 999)} dollars américains",
            f"{n} milliards FCFA (environ {max(1, n * 3 // 2)} millions d'euros)",
            f"{r.choice(('deux', 'trois', 'cinq', 'dix', 'vingt'))} millions de dollars",
            f"{n} 000 francs CFA",
        )
        return r.choice(forms)

    def topic(self) -> str:
        return self.rng.choice(TOPICS)

    def of_country(self) -> str:
        c = self.country
        if c[0] in "ÉAEIOU":
            return f"de l'{c}"
        if c in _FEMININE:
            return f"de la {c}"
        return f"de {c}" if c == "Madagascar" else f"du {c}"

    def place(self) -> str:
        r = self.rng
        c = self.country
        country = f"en {c}" if c[0] in "ÉAEIOU" or c in _FEMININE else f"au {c}"
        if c == "Madagascar":
            country = "à Madagascar"
        return r.choice(
            (
                f"à {self.city}",
                country,
                f"dans les pays {r.choice(REGIONS)}",
                f"dans la région de {r.choice(CITIES)}",
                f"à {r.choice(CITIES)}",
            )
        )

    # ------------------------------------------------------------ sentences

    def sentence(self) -> str:
        return self.rng.choice(_SENTENCES)(self)

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_SENTENCES: tuple[Callable[[_Doc], str], ...] = (
    lambda d: _cap(
        f"{d.org()} a annoncé {d.date()} une contribution de {d.money()} "
        f"en faveur de {d.topic()} {d.place()}."
    ),
    lambda d: _cap(
        f"{d.person()} a déclaré : « Ce financement de {d.money()} marque une "
        f"étape importante pour {d.topic()} et pour les communautés les plus "
        "vulnérables. »"
    ),
    lambda d: _cap(
        f"{d.rng.choice(EVENTS)} a eu lieu {d.date()} {d.place()}, en présence "
        f"de {d.person()} et de représentants de {d.org()}."
    ),
    lambda d: _cap(
        f"Le programme, mis en œuvre par {d.local_org()} avec l'appui de "
        f"{d.org()}, couvrira {d.rng.randint(3, 40)} communes {d.date()}."
    ),
    lambda d: _cap(
        f"Selon {d.person()}, plus de {d.rng.randint(2, 900)} 000 personnes "
        f"bénéficieront directement du projet {d.place()}."
    ),
    lambda d: _cap(
        f"Le budget total s'élève à {d.money()}, dont {d.money()} apportés par "
        f"{d.org()} et le reste par le gouvernement {d.of_country()}."
    ),
    lambda d: _cap(
        f"{d.org()} et {d.org()} ont signé {d.date()} un protocole d'accord "
        f"portant sur {d.topic()} pour la période {d.year}-"
        f"{d.year + d.rng.randint(2, 6)}."
    ),
    lambda d: _cap(
        "Cette initiative s'inscrit dans le cadre des Objectifs de développement "
        f"durable (ODD) et de l'Agenda 2063 de {d.org()}."
    ),
    lambda d: _cap(f"{d.date()}, {d.person()} a reçu une délégation de {d.org()} conduite par {d.person()}."),
    lambda d: _cap(
        f"Une deuxième tranche de {d.money()} sera décaissée {d.date()}, sous "
        f"réserve de l'évaluation à mi-parcours réalisée par {d.local_org()}."
    ),
    lambda d: _cap(f"Les travaux, lancés {d.date()}, devraient s'achever {d.date()} {d.place()}."),
    lambda d: _cap(
        "« Nous devons agir ensemble et sans délai », a souligné "
        f"{d.person()} lors de son allocution {d.place()}."
    ),
    lambda d: _cap(
        f"En {d.year - d.rng.randint(1, 5)}, {d.org()} avait déjà mobilisé "
        f"{d.money()} pour {d.topic()} dans les pays {d.rng.choice(REGIONS)}."
    ),
    lambda d: _cap(
        f"Le rapport publié {d.date()} par {d.org()} estime que les besoins non "
        f"couverts atteignent {d.money()}, soit {d.rng.randint(10, 80)} % de "
        "l'appel de fonds."
    ),
    lambda d: _cap(
        f"Les participants venus {d.of_country()}, de {d.rng.choice(CITIES)} et "
        f"de {d.rng.choice(CITIES)} ont adopté une feuille de route assortie "
        f"d'un calendrier précis {d.date()}."
    ),
    lambda d: _cap(
        f"{d.person()} a rappelé que {d.local_org()} avait été créé {d.date()} pour renforcer {d.topic()}."
    ),
    lambda d: _cap(
        f"Le Premier ministre {d.of_country()} a salué {d.date()} l'engagement "
        f"de {d.org()} aux côtés des autorités {d.place()}."
    ),
)

_HEADLINES: tuple[Callable[[_Doc], str], ...] = (
    lambda d: f"{d.orgs[0][1]} : {d.money()} pour {d.rng.choice(TOPICS)} {d.place()}",
    lambda d: f"{_cap(d.rng.choice(TOPICS))} : {d.orgs[0][0]} et {d.orgs[1][1]} renforcent leur partenariat",
    lambda d: f"COMMUNIQUÉ DE PRESSE – {_cap(d.rng.choice(EVENTS))} {d.place()}",
)


def _dateline(d: _Doc) -> str:
    r = d.rng
    day, month = r.randint(1, 28), r.randrange(12)
    forms = (
        f"{d.city.upper()}, {day} {MONTHS[month]} {d.year} –",
        f"{d.city} ({d.country}), le {day} {MONTHS[month]} {d.year} -",
        f"{d.city}, {day:02d}/{month + 1:02d}/{d.year} —",
        f"{d.city.upper()} ({r.choice(('AFP', 'APS', 'Reuters', 'ANP'))}) -",
    )
    return r.choice(forms)


def _boilerplate(d: _Doc) -> str:
    fr, acr, en, en_acr = d.orgs[0]
    r = d.rng
    return (
        f"À propos de {acr}\n"
        f"{fr} ({en}, {en_acr}) œuvre depuis {r.randint(1945, 2005)} dans plus de "
        f"{r.randint(20, 190)} pays pour {r.choice(TOPICS)}. Pour en savoir plus : "
        f"www.{acr.lower()}.org\n\n"
        f"Contact presse\n"
        f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}, chargée de communication, "
        f"+221 {r.randint(30, 79)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}, "
        f"presse@{acr.lower()}.org\n"
        f"###"
    )


def make_document(rng: random.Random) -> str:
    """One press release between MIN_CHARS and MAX_CHARS characters."""
    d = _Doc(rng)
    target = rng.randint(MIN_CHARS + 300, MAX_CHARS - 700)
    head = f"{rng.choice(_HEADLINES)(d)}\n\n{_dateline(d)} {d.paragraph()}"
    tail = "\n\n" + _boilerplate(d)
    body = [head]
    size = len(head) + len(tail)
    while size < target:
        para = d.paragraph()
        if size + len(para) + 2 > MAX_CHARS - len(tail) and size >= MIN_CHARS - len(tail):
            break
        body.append(para)
        size += len(para) + 2
    text = "\n\n".join(body) + tail
    if len(text) > MAX_CHARS:  # a long last paragraph: cut on a sentence end
        keep = MAX_CHARS - len(tail)
        main = "\n\n".join(body)[:keep]
        text = main[: main.rfind(". ") + 1] + tail
    while len(text) < MIN_CHARS:
        text = text.replace(tail, "\n\n" + d.paragraph() + tail)
    return text


def make_corpus(n: int = DEFAULT_DOCS, seed: int = DEFAULT_SEED) -> list[str]:
    """``n`` press releases, identical for the same ``(n, seed)``."""
    rng = random.Random(seed)
    return [make_document(rng) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--stats", action="store_true", help="print sizes instead of the texts")
    args = parser.parse_args()
    texts = make_corpus(args.docs, args.seed)
    if args.stats:
        sizes = [len(t) for t in texts]
        print(
            f"{len(texts)} documents, {sum(sizes):,} characters, "
            f"min {min(sizes)}, median {statistics.median(sizes):.0f}, max {max(sizes)}"
        )
        return
    print("\n\n=====\n\n".join(texts))


if __name__ == "__main__":
    main()
