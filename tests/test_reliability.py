"""Reliability: any input, no crash, nothing lost, offsets always true.

:func:`check_offsets` walks an :class:`~extractnews.records.Extraction` and
checks ``source[start:end] == text`` for every mention it holds; every test
here (and ``test_properties.py``) goes through it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

import extractnews
from extractnews import Extractor
from extractnews.errors import Warnings
from extractnews.extraction import Extraction
from extractnews.text import chunks, looks_like_html, replace_surrogates

# ---------------------------------------------------------------- the offset check

#: Every field of an Extraction that holds mentions (directly or in ``.mentions``).
MENTION_FIELDS = ("entities", "dates", "money", "acronyms", "symbols")
GROUP_FIELDS = ("organizations", "people")


def _generic_mentions(obj: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every record with ``text``, ``start`` and ``end`` anywhere inside ``obj``."""
    if isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _generic_mentions(item, f"{where}[{i}]")
        return
    if not isinstance(obj, BaseModel):
        return
    fields = type(obj).model_fields
    if {"text", "start", "end"} <= fields.keys():
        yield where, obj
    for name in fields:
        yield from _generic_mentions(getattr(obj, name), f"{where}.{name}")


TAG = re.compile(r"<(?:!--|/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>)|-->")
"""A tag or comment of an HTML page."""


def check_offsets(result: Extraction, source: str) -> int:
    """Assert that every mention of ``result`` is the slice of ``source`` it claims to be.

    Covers entities, dates, money, acronyms, symbols, the mentions of
    organizations and people, and the dateline; sections are checked for
    bounds. A generic walk over the whole record must find exactly the same
    mentions, so a mention-bearing field added later cannot escape the check.
    Returns the number of mentions checked.
    """
    assert result.error is None, result.error
    assert result.text_length == len(source)
    # a lone surrogate of the source is quoted as U+FFFD, one for one (docs/records.md)
    source = replace_surrogates(source)
    listed: list[tuple[str, Any]] = []
    for name in MENTION_FIELDS:
        listed += [(f"{name}[{i}]", m) for i, m in enumerate(getattr(result, name))]
    for name in GROUP_FIELDS:
        for i, group in enumerate(getattr(result, name)):
            listed += [(f"{name}[{i}].mentions[{j}]", s) for j, s in enumerate(group.mentions)]
    if result.dateline is not None:
        listed.append(("dateline", result.dateline))
    for where, m in listed:
        assert 0 <= m.start <= m.end <= len(source), f"{where}: ({m.start}, {m.end}) out of range"
        assert source[m.start : m.end] == m.text, (
            f"{where}: text {m.text!r} but source[{m.start}:{m.end}] is {source[m.start : m.end]!r}"
        )
    for i, section in enumerate(result.sections):
        assert 0 <= section.start <= section.end <= len(source), f"sections[{i}] out of range"
    if looks_like_html(source):  # no mention ever holds markup
        for where, m in listed:
            assert not TAG.search(m.text), f"{where}: markup inside {m.text!r}"
    found = {id(m) for _, m in _generic_mentions(result, "result")}
    assert found == {id(m) for _, m in listed}, "a mention-bearing field escapes check_offsets"
    return len(listed)


# ---------------------------------------------------------------- texts

SENTENCE = (
    "À Genève, le 8 mai 2019, le Programme des Nations Unies pour le développement (PNUD) "
    "a reçu 2,1 millions d'euros de l'Union africaine (UA)."
)

PARAGRAPHS = (
    "Le Programme des Nations Unies pour le développement (PNUD) a reçu 2,1 millions d'euros "
    "de l'Union africaine (UA) le 8 mai 2019 à Genève.",
    "Les coopératives agricoles de la région ont présenté leurs besoins lors d'une série de réunions "
    "publiques. Les participants ont insisté sur l'accès à l'eau, la formation des jeunes et "
    "l'entretien des routes rurales, qui restent des priorités pour les familles.",
    "La Banque africaine de développement (BAD) apportera 12,5 millions de dollars avant le "
    "15 juin 2020, a annoncé Mme Amina Diallo, directrice régionale, depuis Dakar.",
    "Les travaux doivent commencer au printemps et s'étendre sur plusieurs saisons. Un comité de suivi "
    "se réunira chaque trimestre afin de vérifier l'avancement des chantiers et de publier un rapport "
    "accessible à tous.",
)
LAST_PARAGRAPH = (
    "Enfin, le Fonds monétaire international (FMI) versera 7 millions d'euros le 30 novembre 2023 à Nairobi."
)

HTML = """<!DOCTYPE html>
<html><head><title>Communiqué de presse</title>
<style>p { color: red; } .PNUD::after { content: "8 mai 2019"; }</style>
<script>var msg = "Le 9 juin 2021, le FMI a versé 5 millions d'euros"; if (a < b && c > d) { go(); }</script>
</head><body>
<!-- Le 10 juillet 2022, l'OMS : commentaire -->
<h1>Genève &amp; Nairobi</h1>
<p>GENÈVE, le 8 mai 2019 &ndash; Le Programme des Nations Unies pour le d&eacute;veloppement (PNUD)
a re&#231;u 2,1 millions d&#39;euros de l&rsquo;Union africaine (UA).</p>
<p>La Banque africaine de d&#233;veloppement (BAD) apportera 12,5 millions de dollars le
15&nbsp;juin&nbsp;2020.</p>
</body></html>"""

ENGLISH = (
    "The United Nations Development Programme announced on Tuesday that it had received 2.1 million "
    "dollars from the African Union to support farmers in the Sahel region. The funding will be used "
    "over three years to restore degraded land and to train young people in sustainable agriculture, "
    "the agency said in a statement issued in New York on 8 May 2019."
)


def _long_document(min_length: int) -> tuple[str, int]:
    """Repeated French paragraphs, then LAST_PARAGRAPH; returns the text and the number of rounds."""
    parts: list[str] = []
    length = rounds = 0
    while length < min_length:
        parts.extend(PARAGRAPHS)
        length += sum(len(p) + 2 for p in PARAGRAPHS)
        rounds += 1
    parts.append(LAST_PARAGRAPH)
    return "\n\n".join(parts), rounds


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def canon(text: str) -> str:
    """The text with zero-width characters dropped, odd spaces and lone surrogates (or the U+FFFD
    quoting them) made spaces, NFC."""
    text = text.translate(_ZERO_WIDTH).replace("\u00a0", " ").replace("\u202f", " ")
    text = _SURROGATE.sub(" ", text).replace("\ufffd", " ")  # quoted as U+FFFD in mentions
    return unicodedata.normalize("NFC", text)


def signature(result: Extraction) -> dict[str, list[Any]]:
    """What was found, without offsets: comparable across spellings of one text."""
    return {
        "entities": sorted((canon(e.text), e.label, e.kb_id or "") for e in result.entities),
        "dates": sorted((canon(d.text), d.value or "") for d in result.dates),
        "money": sorted((canon(m.text), str(m.amount), m.currency or "") for m in result.money),
        "acronyms": sorted((a.short, canon(a.long_fr or ""), a.org_id or "") for a in result.acronyms),
        "organizations": sorted(
            (o.id or "", canon(o.name_fr or ""), len(o.mentions)) for o in result.organizations
        ),
        "people": sorted(canon(p.name) for p in result.people),
    }


def rule_signature(result: Extraction) -> dict[str, list[Any]]:
    """The rule-based part of :func:`signature` (dates, money, acronyms): model-independent."""
    sig = signature(result)
    return {k: sig[k] for k in ("dates", "money", "acronyms")}


# Every case: (text, the SENTENCE variant it spells, or None).
NFD_SENTENCE = unicodedata.normalize("NFD", SENTENCE)
ANY_TEXT: dict[str, str] = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0\u202f\u3000 \n",
    "control-chars": "\x00\x01\x07\x1b\x7f" + SENTENCE.replace(", le", ",\x0b le") + "\x0c\x1c\x1f",
    "zero-width": SENTENCE.replace(" ", "\u200b ")
    .replace("PNUD", "PN\u00adUD")
    .replace("Genève", "Gen\ufeffève")
    .replace("millions", "mil\u2060lions"),
    "only-zero-width": "\u200b\ufeff\u00ad\u200d\u2060",
    "no-break-spaces": SENTENCE.replace(" ", "\u00a0"),
    "narrow-no-break-spaces": SENTENCE.replace(" ", "\u202f"),
    "nfd": NFD_SENTENCE,
    "stray-combining": "\u0301\u0308 " + SENTENCE + " \u0301",
    "emoji": "🎉🇫🇷 " + SENTENCE + " 👍🏽👨‍👩‍👧 💶",
    "arabic-hebrew": "مرحبا بالعالم، هذا نص عربي. " + SENTENCE + " \u200fשלום עולם, זה טקסט בעברית.\u200e",
    "lone-surrogates": "\ud800 " + SENTENCE.replace("Union africaine", "Union\udfffafricaine") + " \udc00",
    "html": HTML,
    "html-nfd-zero-width": "<p>" + NFD_SENTENCE.replace(" ", "\u200b ") + "</p><br/>",
    "english": ENGLISH,
    "single-token-200k": ("ab1é" * 50_000),
    "cjk": "北京，2019年5月8日。 " + SENTENCE,
}

# The SENTENCE spelled differently: everything found must be the same.
SAME_AS_SENTENCE = ("control-chars", "zero-width", "nfd", "emoji", "lone-surrogates")
# Only the rules (dates, money, acronyms) are sure to agree: the model sees other tokens.
RULES_AS_SENTENCE = ("no-break-spaces", "narrow-no-break-spaces", "stray-combining", "arabic-hebrew", "cjk")


@pytest.fixture(scope="module")
def sentence_result(extractor: Extractor) -> Extraction:
    return extractor.extract(SENTENCE)


@pytest.mark.slow
@pytest.mark.parametrize("case", list(ANY_TEXT), ids=list(ANY_TEXT))
def test_any_text(extractor: Extractor, case: str) -> None:
    text = ANY_TEXT[case]
    result = extractor.extract(text, id=case)
    check_offsets(result, replace_surrogates(text))  # a lone surrogate is quoted as U+FFFD
    json.loads(result.model_dump_json())  # the wire format never raises
    assert result.id == case


@pytest.mark.slow
def test_sentence_baseline(sentence_result: Extraction) -> None:
    """What the variants below are compared with: the plain sentence finds everything."""
    check_offsets(sentence_result, SENTENCE)
    assert [d.value for d in sentence_result.dates] == ["2019-05-08"]
    assert [(m.amount, m.currency) for m in sentence_result.money] == [(Decimal(2_100_000), "EUR")]
    assert {a.short for a in sentence_result.acronyms} == {"PNUD", "UA"}
    assert "Genève" in {e.text for e in sentence_result.entities}


@pytest.mark.slow
@pytest.mark.parametrize("case", SAME_AS_SENTENCE, ids=SAME_AS_SENTENCE)
def test_variant_finds_the_same(extractor: Extractor, sentence_result: Extraction, case: str) -> None:
    text = ANY_TEXT[case]
    result = extractor.extract(text)
    check_offsets(result, text)
    assert signature(result) == signature(sentence_result)


@pytest.mark.slow
@pytest.mark.parametrize(
    "case",
    [c for c in RULES_AS_SENTENCE],
)
def test_variant_rules_find_the_same(extractor: Extractor, sentence_result: Extraction, case: str) -> None:
    text = ANY_TEXT[case]
    result = extractor.extract(text)
    check_offsets(result, text)
    assert rule_signature(result) == rule_signature(sentence_result)


@pytest.mark.slow
@pytest.mark.parametrize("case", ["empty", "whitespace", "only-zero-width"])
def test_empty_text_gives_an_empty_record(extractor: Extractor, case: str) -> None:
    result = extractor.extract(ANY_TEXT[case])
    assert result.ok
    assert signature(result) == signature(Extraction())
    assert result.dateline is None and result.symbols == () and result.sections == ()
    assert Warnings.EMPTY in result.warnings


@pytest.mark.slow
def test_nfd_matches_nfc_with_offsets_into_nfd(extractor: Extractor, sentence_result: Extraction) -> None:
    assert len(NFD_SENTENCE) > len(SENTENCE)
    result = extractor.extract(NFD_SENTENCE)
    check_offsets(result, NFD_SENTENCE)
    assert signature(result) == signature(sentence_result)
    # the offsets are the NFD string's, not the NFC one's: shifted by the accents before them
    pairs = zip((*result.money, *result.dates), (*sentence_result.money, *sentence_result.dates), strict=True)
    for nfd, nfc in pairs:
        assert nfd.start == len(unicodedata.normalize("NFD", SENTENCE[: nfc.start])) > nfc.start
    geneve = next(e for e in result.entities if canon(e.text) == "Genève")
    assert geneve.text == unicodedata.normalize("NFD", "Genève")


@pytest.mark.slow
def test_html_page(extractor: Extractor) -> None:
    result = extractor.extract(HTML)
    check_offsets(result, HTML)
    assert Warnings.HTML in result.warnings
    assert {"2019-05-08", "2020-06-15"} <= {d.value for d in result.dates}
    assert (Decimal(2_100_000), "EUR") in {(m.amount, m.currency) for m in result.money}
    assert (Decimal(12_500_000), "USD") in {(m.amount, m.currency) for m in result.money}
    assert {"PNUD", "UA", "BAD"} <= {a.short for a in result.acronyms}
    # an entity holding an HTML entity: its text is the HTML slice, not the decoded text
    assert any("d&eacute;veloppement" in e.text for e in result.entities if e.label == "ORG")
    # nothing from <title>'s neighbours <style>, <script> or the comment
    hidden = [
        (HTML.index(open_), HTML.index(close) + len(close))
        for open_, close in (("<style>", "</style>"), ("<script>", "</script>"), ("<!--", "-->"))
    ]
    for m in (*result.entities, *result.dates, *result.money, *result.acronyms):
        assert not any(lo <= m.start < hi for lo, hi in hidden), f"{m.text!r} found in a script/style/comment"
    assert "2021-06-09" not in {d.value for d in result.dates}
    assert "2022-07-10" not in {d.value for d in result.dates}
    assert "FMI" not in {a.short for a in result.acronyms}
    # no tag ever inside a date or amount
    for m in (*result.dates, *result.money):
        assert "<" not in m.text


@pytest.mark.slow
def test_english_text_works_with_a_warning(extractor: Extractor) -> None:
    result = extractor.extract(ENGLISH)
    check_offsets(result, ENGLISH)
    assert Warnings.NOT_FRENCH in result.warnings
    assert Warnings.NOT_FRENCH not in extractor.extract(SENTENCE * 3).warnings


@pytest.mark.slow
def test_single_huge_token(extractor: Extractor) -> None:
    text = ANY_TEXT["single-token-200k"]
    assert len(text) == 200_000 and " " not in text
    result = extractor.extract(text)
    check_offsets(result, text)
    assert any(w.startswith("W003") for w in result.warnings)


@pytest.mark.slow
def test_huge_mixed_case_token(extractor: Extractor) -> None:
    # a base64-like blob: capitals inside a run of letters once made the acronym search
    # quadratic (about 4 minutes for 200,000 characters); the benchmark times it
    text = "Ab1é" * 50_000
    result = extractor.extract(text)
    check_offsets(result, text)
    assert result.acronyms == ()


@pytest.mark.slow
def test_absurdly_large_amount(extractor: Extractor) -> None:
    text = "Le fonds a reçu 99999999999999999999999999 milliards de dollars le 8 mai 2019."
    result = extractor.extract(text)
    check_offsets(result, text)
    assert [d.value for d in result.dates] == ["2019-05-08"]
    assert [m.amount for m in result.money] == [Decimal("99999999999999999999999999") * 10**9]


def _check_long_document(result: Extraction, text: str, rounds: int, chunk_size: int) -> None:
    check_offsets(result, text)
    pieces = len(list(chunks(text, chunk_size)))
    assert pieces > 1
    assert Warnings.CHUNKED.format(size=chunk_size, n=pieces) in result.warnings
    values = [d.value for d in result.dates]
    # nothing dropped: one date and one amount per paragraph written, the last one included
    assert values.count("2019-05-08") == rounds
    assert values.count("2020-06-15") == rounds
    assert values[-1] == "2023-11-30"
    amounts = [(m.amount, m.currency) for m in result.money]
    assert amounts.count((Decimal(2_100_000), "EUR")) == rounds
    assert amounts.count((Decimal(12_500_000), "USD")) == rounds
    assert amounts[-1] == (Decimal(7_000_000), "EUR")
    last_start = text.rindex(LAST_PARAGRAPH)
    assert [a.short for a in result.acronyms if a.start >= last_start] == ["FMI"]
    assert [a.short for a in result.acronyms].count("PNUD") == rounds
    assert "Nairobi" in {e.text for e in result.entities if e.start >= last_start}


@pytest.fixture(scope="module")
def small_chunks(extractor: Extractor) -> Extractor:
    """An Extractor cutting texts every 2,000 characters, sharing the session's model."""
    small = Extractor(chunk_size=2000)
    small._nlp = extractor.nlp  # the loaded pipeline; loading it again would only cost time
    return small


@pytest.mark.slow
def test_many_chunks_lose_nothing(small_chunks: Extractor) -> None:
    text, rounds = _long_document(30_000)
    assert len(list(chunks(text, 2000))) > 10
    _check_long_document(small_chunks.extract(text), text, rounds, 2000)


@pytest.mark.slow
def test_longer_than_chunk_size(extractor: Extractor) -> None:
    text, rounds = _long_document(extractor.chunk_size + 20_000)
    result = extractor.extract(text)
    _check_long_document(result, text, rounds, extractor.chunk_size)


@pytest.mark.slow
def test_one_and_a_half_million_characters(extractor: Extractor) -> None:
    text, rounds = _long_document(1_500_000)
    assert len(text) >= 1_500_000
    result = extractor.extract(text)
    _check_long_document(result, text, rounds, extractor.chunk_size)


# ---------------------------------------------------------------- wrong types and values

WRONG_TYPES = {
    "None": None,
    "bytes": SENTENCE.encode(),
    "int": 42,
    "float": 3.14,
    "list": [SENTENCE],
    "dict": {"text": SENTENCE},
}


@pytest.mark.parametrize("value", list(WRONG_TYPES.values()), ids=list(WRONG_TYPES))
def test_extractor_rejects_a_text_that_is_not_str(extractor: Extractor, value: object) -> None:
    with pytest.raises(TypeError, match=f"got {type(value).__name__}"):
        extractor.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", list(WRONG_TYPES.values()), ids=list(WRONG_TYPES))
def test_extract_function_rejects_a_text_that_is_not_str(value: object) -> None:
    with pytest.raises(TypeError, match=f"got {type(value).__name__}"):
        extractnews.extract(value)  # type: ignore[arg-type]


def test_bytes_message_says_decode(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match="decode"):
        extractor.extract(b"Le PNUD")  # type: ignore[arg-type]


BAD_DATES = ["hier", "2019-13-01", "2019-02-30", "", "8 mai 2019", "2019-05-081", "2019-05-08garbage"]


@pytest.mark.parametrize("value", BAD_DATES, ids=[repr(v) for v in BAD_DATES])
@pytest.mark.parametrize("entry", ["Extractor.extract", "extractnews.extract"])
def test_bad_reference_date_string(extractor: Extractor, entry: str, value: str) -> None:
    call = extractor.extract if entry == "Extractor.extract" else extractnews.extract
    with pytest.raises(ValueError, match="reference_date"):
        call(SENTENCE, reference_date=value)


WRONG_DATE_TYPES = {
    "int": 20190508,
    "float": 2019.5,
    "bytes": b"2019-05-08",
    "list": [2019, 5, 8],
    "tuple": (2019, 5, 8),
}


@pytest.mark.parametrize("value", list(WRONG_DATE_TYPES.values()), ids=list(WRONG_DATE_TYPES))
@pytest.mark.parametrize("entry", ["Extractor.extract", "extractnews.extract"])
def test_reference_date_of_a_wrong_type(extractor: Extractor, entry: str, value: object) -> None:
    call = extractor.extract if entry == "Extractor.extract" else extractnews.extract
    with pytest.raises(TypeError, match="reference_date"):
        call(SENTENCE, reference_date=value)  # type: ignore[arg-type]


GOOD_DATES = {
    "date": dt.date(2019, 5, 8),
    "datetime": dt.datetime(2019, 5, 8, 10, 30),
    "iso": "2019-05-08",
    "iso-spaces": " 2019-05-08 ",
    "iso-datetime": "2019-05-08T10:30:00+02:00",
}


@pytest.mark.slow
@pytest.mark.parametrize("value", list(GOOD_DATES.values()), ids=list(GOOD_DATES))
def test_good_reference_dates(extractor: Extractor, value: object) -> None:
    text = "Le 3 mars, le PNUD a reçu 2 millions d'euros."
    result = extractor.extract(text, reference_date=value)  # type: ignore[arg-type]
    check_offsets(result, text)
    assert result.reference_date == dt.date(2019, 5, 8)
    assert result.reference_source == "caller"
    assert [d.value for d in result.dates] == ["2019-03-03"]


# ---------------------------------------------------------------- batches

OTHER = "Le 3 mars, la Banque africaine de développement (BAD) a versé 5 millions de dollars."


def _batch_items() -> list[tuple[object, str | None, str | None]]:
    """(item, expected id, expected error fragment or None)."""
    return [
        ({"id": "good-1", "text": SENTENCE}, "good-1", None),
        ({"id": "none", "text": None}, "none", "TypeError"),
        ({"id": "no-text", "reference_date": "2019-05-08"}, "no-text", "no 'text'"),
        ({"id": "bad-date", "text": SENTENCE, "reference_date": "2019-13-01"}, "bad-date", "ValueError"),
        ({"id": "bytes", "text": SENTENCE.encode()}, "bytes", "decode"),
        ({"id": "date-type", "text": SENTENCE, "reference_date": 20190508}, "date-type", "TypeError"),
        ((OTHER, "2019-05-08"), None, None),
        (SENTENCE, None, None),
        (None, None, "TypeError"),
        (b"bytes item", None, "TypeError"),
        ((b"bytes", None), None, "TypeError"),
        ({"id": 7, "text": OTHER, "reference_date": dt.date(2020, 6, 30)}, "7", None),
        ({"id": "empty", "text": ""}, "empty", None),
        ({"id": "good-2", "text": HTML}, "good-2", None),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_extract_many_one_output_per_input(extractor: Extractor, batch_size: int) -> None:
    cases = _batch_items()
    results = list(extractor.extract_many((item for item, _, _ in cases), batch_size=batch_size))
    assert len(results) == len(cases)
    for (item, expected_id, error), result in zip(cases, results, strict=True):
        assert result.id == expected_id
        if error is None:
            assert result.ok, (item, result.error)
            text = item if isinstance(item, str) else item[0] if isinstance(item, tuple) else item["text"]
            check_offsets(result, text)
        else:
            assert result.error is not None and error in result.error, (item, result.error)
            assert signature(result) == signature(Extraction())
    by_id = {r.id: r for r in results if r.id}
    assert [d.value for d in by_id["good-1"].dates] == ["2019-05-08"]
    assert [d.value for d in results[6].dates] == ["2019-03-03"]  # the pair's reference date
    assert [d.value for d in by_id["7"].dates] == ["2020-03-03"]
    assert {"2019-05-08", "2020-06-15"} <= {d.value for d in by_id["good-2"].dates}


@pytest.mark.slow
def test_extract_many_same_as_extract(extractor: Extractor) -> None:
    texts = [SENTENCE, OTHER, HTML, NFD_SENTENCE, "", ENGLISH]
    batch = [r.model_dump_json() for r in extractor.extract_many(texts, batch_size=4)]
    single = [extractor.extract(t).model_dump_json() for t in texts]
    assert batch == single


def test_extract_many_rejects_a_bad_batch_size(extractor: Extractor) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        list(extractor.extract_many([SENTENCE], batch_size=0))


@pytest.mark.slow
def test_internal_failure_fails_one_document_only(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extractnews.wiring as module

    real = module.analyse

    def flaky(text: str, *args: Any, **kwargs: Any) -> Extraction:
        if "BOOM" in text:
            raise RuntimeError("analysis exploded")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(module, "analyse", flaky)
    items = [
        {"id": "a", "text": SENTENCE},
        {"id": "b", "text": "BOOM " + SENTENCE},
        {"id": "c", "text": OTHER},
    ]
    results = list(extractor.extract_many(items, batch_size=3))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[0].ok and results[2].ok
    check_offsets(results[0], SENTENCE)
    check_offsets(results[2], OTHER)
    assert results[1].error == "internal error: RuntimeError: analysis exploded"
    assert results[1].entities == () and results[1].dates == ()
    assert results[0].model_dump_json() == extractor.extract(SENTENCE, id="a").model_dump_json()


class _FlakyModel:
    """A model that fails on any batch holding "MODEL-BOOM"."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner

    def __call__(self, texts: Any, batch_size: int = 32) -> Any:
        texts = list(texts)
        if any("MODEL-BOOM" in t for t in texts):
            raise ValueError("the model failed")
        return self.ner(texts, batch_size)


@pytest.mark.slow
def test_model_failure_fails_one_document_only(extractor: Extractor) -> None:
    flaky = Extractor(ner=_FlakyModel(extractor.ner))
    items = [{"id": "a", "text": SENTENCE}, {"id": "b", "text": "MODEL-BOOM"}, {"id": "c", "text": OTHER}]
    results = list(flaky.extract_many(items, batch_size=3))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[1].error == "internal error: ValueError: the model failed"
    assert results[0].model_dump_json() == extractor.extract(SENTENCE, id="a").model_dump_json()
    assert results[2].model_dump_json() == extractor.extract(OTHER, id="c").model_dump_json()
    with pytest.raises(ValueError, match="the model failed"):
        flaky.extract("MODEL-BOOM")


# ---------------------------------------------------------------- concurrency and determinism

TWELVE = [
    SENTENCE,
    OTHER,
    HTML,
    NFD_SENTENCE,
    ENGLISH,
    "",
    *PARAGRAPHS,
    LAST_PARAGRAPH,
    "GENÈVE/NEW YORK, le 6 novembre 2020 – Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) "
    "a reçu près de 3 milliards de francs CFA. Document SOC/CP/314.",
]


@pytest.mark.slow
def test_threads_match_sequential(extractor: Extractor) -> None:
    assert len(TWELVE) == 12
    sequential = [extractor.extract(t).model_dump_json() for t in TWELVE]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: extractor.extract(t).model_dump_json(), TWELVE * 2))
    assert threaded == sequential * 2


@pytest.mark.slow
def test_fresh_extractor_in_threads(extractor: Extractor) -> None:
    """Threads racing for the first use of a fresh Extractor (lazy model and KB loading)."""
    fresh = Extractor()
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: fresh.extract(t).model_dump_json(), TWELVE))
    assert threaded == [extractor.extract(t).model_dump_json() for t in TWELVE]


@pytest.mark.slow
def test_two_runs_are_byte_identical(extractor: Extractor) -> None:
    first = [r.model_dump_json() for r in extractor.extract_many(TWELVE)]
    second = [r.model_dump_json() for r in extractor.extract_many(TWELVE)]
    assert first == second
    for text, dumped in zip(TWELVE, first, strict=True):
        check_offsets(Extraction.model_validate_json(dumped), text)


@pytest.mark.slow
def test_processes_match_one_process(extractor: Extractor) -> None:
    items = [{"id": str(i), "text": t} for i, t in enumerate(TWELVE)] + [{"id": "bad", "text": None}]
    one = [r.model_dump_json() for r in extractor.extract_many(items, batch_size=3)]
    two = [r.model_dump_json() for r in extractor.extract_many(items, batch_size=3, n_process=2)]
    assert two == one
    assert len(one) == len(items)
