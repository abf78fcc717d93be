"""HTML pages: no mention ever holds markup; navigation, headers, footers, asides and scripts
are furniture sections. No model: a stand-in NER gives the spans a statistical model might."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractnews import Extraction, Extractor
from extractnews.text import prepare
from tests.test_reliability import check_offsets


class CapitalRuns:
    """A NER that calls every run of capitalised words an ORG, whatever lies between them
    (" | ", a line break): the kind of span that straddled the links of a menu."""

    def __call__(self, texts: Sequence[str], batch_size: int) -> list[list[tuple[int, int, str]]]:
        run = re.compile(r"[A-ZÉ][\w'-]+(?:[ |\n–-]{1,5}[A-ZÉ][\w'-]+)*")
        return [[(m.start(), m.end(), "ORG") for m in run.finditer(text)] for text in texts]


@pytest.fixture(scope="module")
def greedy() -> Extractor:
    return Extractor(ner=CapitalRuns())


NAV = '<nav><a href="/">Accueil</a> | <a href="/presse">Presse</a></nav>'
PAGE = (
    "<html><head><title>Communiqué</title><script>var page = 'Accueil Presse';</script></head><body>"
    '<header class="site"><a href="/"><img src="logo.png" alt="">Fondation Horizon</a></header>'
    f"{NAV}"
    '<ul role="menu"><li><a href="/agenda">Agenda</a></li><li><a href="/contact">Contact</a></li></ul>'
    "<main><article><header><h1>La Banque africaine de développement soutient Dakar</h1>"
    "<p>Publié le 8 mai 2019</p></header>"
    "<p>DAKAR, le 8 mai 2019 – La Banque africaine de développement (BAD) a accordé "
    "3&nbsp;millions d'euros à la ville de Dakar.</p>"
    "<footer><p>Mots-clés : Sénégal</p></footer></article></main>"
    "<aside><h2>Lire aussi</h2>"
    "<p>Le Fonds Vert pour le Climat a reçu 5 millions de dollars le 2 mars 2018.</p></aside>"
    "<footer><p>© 2019 Fondation Horizon – Tous droits réservés</p></footer>"
    "<script>track('8 juin 2020');</script></body></html>"
)


def _kinds(result: Extraction, source: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in result.sections:
        out.setdefault(s.kind, []).append(source[s.start : s.end])
    return out


def test_navigation_is_a_section_and_no_entity_holds_its_links(greedy: Extractor) -> None:
    source = f"<html><body>{NAV}<p>Le PNUD a reçu 3 millions d'euros.</p></body></html>"
    result = greedy.extract(source)
    check_offsets(result, source)  # no mention holds markup
    assert not [e for e in result.entities if "</a>" in e.text or "<a" in e.text]
    assert _kinds(result, source)["navigation"] == [NAV]
    for e in result.entities:
        in_nav = source.index(NAV) <= e.start < source.index(NAV) + len(NAV)
        assert e.boilerplate == in_nav, e


def test_page_furniture_becomes_sections(greedy: Extractor) -> None:
    result = greedy.extract(PAGE)
    check_offsets(result, PAGE)
    kinds = _kinds(result, PAGE)
    assert kinds["navigation"][0] == NAV
    assert kinds["navigation"][1].startswith('<ul role="menu">') and kinds["navigation"][1].endswith("</ul>")
    assert kinds["header"] == [PAGE[PAGE.index('<header class="site">') : PAGE.index("</header>") + 9]]
    assert kinds["footer"] == ["<footer><p>© 2019 Fondation Horizon – Tous droits réservés</p></footer>"]
    assert len(kinds["aside"]) == 1 and kinds["aside"][0].startswith("<aside>")
    assert [s.startswith("<script>") and s.endswith("</script>") for s in kinds["script"]] == [True, True]


def test_an_articles_own_header_and_footer_are_body(greedy: Extractor) -> None:
    result = greedy.extract(PAGE)
    kinds = _kinds(result, PAGE)
    furniture = [s for k in ("header", "footer") for s in kinds.get(k, [])]
    assert not any("Publié le" in s or "Mots-clés" in s for s in furniture)
    assert "contact" not in kinds  # the menu's "Contact" link opens no contact block
    bad = next(e for e in result.entities if e.text == "Banque africaine de développement")
    assert not bad.boilerplate
    assert {(str(m.amount), m.currency, m.boilerplate) for m in result.money} == {
        ("3000000", "EUR", False),
        ("5000000", "USD", True),  # in the aside
    }


def test_mentions_in_furniture_are_flagged_and_scripts_are_not_read(greedy: Extractor) -> None:
    result = greedy.extract(PAGE)
    dates = {(d.value, d.boilerplate) for d in result.dates}
    assert ("2019-05-08", False) in dates and ("2018-03-02", True) in dates
    assert "2020-06-08" not in {d.value for d in result.dates}  # inside a script
    assert [(o.id, o.in_body) for o in result.organizations if o.id in ("gcf", "afdb")] == [
        ("afdb", True),
        ("gcf", False),  # only in the aside
    ]
    page = [(s.start, s.end) for s in result.sections if s.kind != "script"]
    for e in result.entities:
        assert e.boilerplate == any(a <= e.start and e.end <= b for a, b in page), e


def test_furniture_offsets_survive_the_unicode_clean_up() -> None:
    source = "<nav>Accueil\u200b | Actualite\u0301s</nav><p>Le PNUD\u00ad a reçu 3 millions.</p><p>Fin</p>"
    prepared = prepare(source)
    [(kind, start, end)] = prepared.furniture
    assert kind == "navigation"
    assert prepared.text[start:end] == "\nAccueil | Actualités\n"
    assert source[slice(*prepared.to_source(start, end))] == source[: source.index("</nav>") + 6]


def test_plain_text_has_no_markup_and_no_furniture() -> None:
    prepared = prepare("Le <nav> du PNUD a reçu 3 millions.")  # one tag-like word is not HTML
    assert prepared.markup == () and prepared.furniture == ()


PIECES = st.sampled_from(
    ["<p>", "</p>", "<b>", "</b>", '<a href="/x">', "</a>", "<nav>", "</nav>", "<header>", "</header>",
     "<footer>", "</footer>", "<aside>", "</aside>", "<article>", "</article>", '<div role="navigation">',
     "</div>", "<br/>", "<!-- Commentaire PNUD -->", "<script>var x = 'Union africaine';</script>",
     "Union africaine", "Accueil", " | ", "PNUD", "le 8 mai 2019", "3 millions d'euros", " ", "\n",
     "Programme des Nations Unies", "&amp;", "M. Jean Dupont", "Genève"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(PIECES, min_size=2, max_size=30))
def test_no_mention_ever_holds_markup(greedy: Extractor, pieces: list[str]) -> None:
    source = "<p>" + "".join(pieces)
    result = greedy.extract(source)
    check_offsets(result, source)
    for s in result.sections:
        assert 0 <= s.start <= s.end <= len(source)


def test_an_articles_footer_inside_the_page_footer_does_not_end_it() -> None:
    source = (
        "<p>Le PNUD a reçu 3 millions d'euros.</p>"
        "<footer><article><footer>Publié le 8 mai</footer></article><p>© PNUD 2019</p></footer>"
    )
    prepared = prepare(source)
    [(kind, start, end)] = prepared.furniture
    assert kind == "footer"
    assert source[slice(*prepared.to_source(start, end))] == source[source.index("<footer>") :]
