"""The public surface as a Python user meets it: tab completion, checked options, progress. No model."""

from __future__ import annotations

import pytest

import extractnews
from extractnews import Extractor
from extractnews.errors import ExtractNewsTypeError, Warnings


def test_dir_lists_the_public_names_only() -> None:
    names = dir(extractnews)
    assert {"extract", "Extractor", "to_dataframe", "Extraction", "Money", "__version__"} <= set(names)
    assert not {"Any", "TYPE_CHECKING", "annotations"} & set(names)
    assert names == sorted(extractnews.__all__)
    for name in names:  # every name offered can be read
        assert getattr(extractnews, name) is not None


@pytest.mark.parametrize("code", ["XYZ", "dollar", "US", "", "€"])
def test_default_dollar_must_be_an_iso_4217_code(code: str) -> None:
    with pytest.raises(ValueError, match=r"ISO 4217.*'USD', 'CAD'") as info:
        Extractor(model=None, default_dollar=code)
    assert repr(code) in str(info.value)


def test_default_dollar_of_a_wrong_type() -> None:
    with pytest.raises(ExtractNewsTypeError, match="default_dollar"):
        Extractor(model=None, default_dollar=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "expected"), [("cad", "CAD"), (" AUD ", "AUD"), ("HKD", "HKD")])
def test_default_dollar_is_normalised_and_used(code: str, expected: str) -> None:
    result = Extractor(model=None, default_dollar=code).extract("Ottawa versera 5 millions de dollars.")
    assert [m.currency for m in result.money] == [expected]


def test_extract_many_shows_progress(capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["Le PNUD a reçu 3 millions d'euros le 8 mai 2019."] * 7
    results = list(Extractor(model=None).extract_many(texts, batch_size=3, progress=True))
    assert [len(r.money) for r in results] == [1] * 7
    err = capsys.readouterr().err
    assert "7/7" in err and "doc" in err


def test_extract_many_progress_on_a_stream_has_no_total(capsys: pytest.CaptureFixture[str]) -> None:
    stream = (f"Réunion numéro {i}." for i in range(4))
    assert len(list(Extractor(model=None).extract_many(stream, progress=True))) == 4
    err = capsys.readouterr().err
    assert "4doc" in err.replace(" ", "") and "/4" not in err


def test_extract_many_is_silent_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    list(Extractor(model=None).extract_many(["Un texte."] * 3))
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------- language warning


@pytest.mark.parametrize(
    "text",
    [
        "The meeting will be held in Geneva on 8 May.",
        "UNDP has received 3 million dollars from the African Union.",
        "The Global Fund is the main partner of the programme.",
    ],
)
def test_a_short_english_text_gets_the_not_french_warning(text: str) -> None:
    assert Warnings.NOT_FRENCH in Extractor(model=None).extract(text).warnings


@pytest.mark.parametrize(
    "text",
    [
        "Le Global Fund to Fight AIDS, Tuberculosis and Malaria a reçu 3 millions de dollars.",
        "Save the Children et l'UNICEF ont signé un accord le 8 mai.",
        "Le rapport « The State of the World » a été publié.",
        "Photo : UN Women/Ryan Brown",
        "Réunion à Genève.",
    ],
)
def test_a_short_french_text_with_english_names_gets_no_warning(text: str) -> None:
    assert Warnings.NOT_FRENCH not in Extractor(model=None).extract(text).warnings
