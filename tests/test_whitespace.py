"""Runs of white space never stall extraction (issue 18, class 1).

No test here measures time (``benchmarks/pathological.py`` does, up to a
million characters). Two things guard instead:

- a static audit of every regular expression of the package
  (:mod:`tests.regex_audit`): none may start with an unanchored unbounded run of
  white space, hold two unbounded runs of the same white space with only optional
  items between them, or repeat something that can be white space alone;
- a property test: any run of any white space, of any length up to a few
  thousand characters, before, after or inside a release, goes through the whole
  pipeline (with the model's spans stretched across the run, the hardest case for
  the rules), with true offsets.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractnews import Extractor
from extractnews.extraction import Extraction
from extractnews.orgs.definitions import paren_acronyms
from extractnews.text import prepare
from tests.annotated import FIXTURES
from tests.regex_audit import ANCHORED_BY_USE, BOUNDED_BY_USE, audit, package_patterns, problems
from tests.spans import ReplayNer, Spans, key
from tests.test_reliability import check_offsets

# ---------------------------------------------------------------- the audit


def test_every_pattern_of_the_package_is_linear_on_runs_of_white_space() -> None:
    assert len(package_patterns()) > 100  # the walk found the rooms' patterns, not a handful
    assert audit() == {}


def test_the_exemptions_still_exist() -> None:
    """An exemption names a pattern of the package: a renamed one must be audited again."""
    assert set(ANCHORED_BY_USE) | set(BOUNDED_BY_USE) <= set(package_patterns())


@pytest.mark.parametrize(
    "pattern",
    [
        r"[ \u00a0]*[.,]?[ \u00a0]*\(",  # a long form before "(": cubic
        r"\s+et\s+",  # searched: every space of a run is a start
        r",\s*:?\s*$",  # two optional runs around an optional colon
        r"\s*(?:,|,?\s*et)",  # a run, then a branch that opens with another
        r"(?:\s*\n)+x",  # iterations that trade line breaks
        r"(\s)+x",
        r"(?:l'\s*)?(?:le)?\s*$",  # a run closing an optional group, another after it
    ],
)
def test_the_audit_names_what_stalls(pattern: str) -> None:
    assert problems(re.compile(pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\s)\s+et\s+",  # cannot start inside a run
        r"\s{0,3}(?:,|et)",  # bounded
        r"[\s-]+",  # a run alone succeeds at its end
        r"\n(?:[^\S\n]*\n){2,}",  # one way to split
        r",\s*(?::\s*)?$",
        r"(?:^|\n)[\s•-]*$",  # anchored by its branch
    ],
)
def test_the_audit_lets_linear_patterns_pass(pattern: str) -> None:
    assert problems(re.compile(pattern)) == []


def test_a_leading_run_is_allowed_where_the_pattern_is_only_matched() -> None:
    assert problems(re.compile(r"\s*,\s*"), searched=False) == []
    assert problems(re.compile(r"\s*,\s*"))


# ---------------------------------------------------------------- "(SIGLE)" read from its parenthesis

_SP = "[ \u00a0\u202f]"
_OLD_PAREN_AFTER = re.compile(
    rf"{_SP}*[.,]?{_SP}*\({_SP}*(?:«{_SP}*)?(?P<short>[A-Z][A-Za-z]{{1,11}})"
    rf"{_SP}*(?:»{_SP}*)?(?:[ \u00a0,;][^()\n]{{0,80}})?\)"
)


@pytest.mark.parametrize(
    "text",
    [
        "la Banque africaine de développement (BAD) a approuvé",
        "le Bureau de lutte contre le terrorisme. (BLT) et l'Office , (ONUDC)",
        "l'Union interparlementaire  (« UIP »), puis (UNOCT, selon son sigle anglais)",
        "Programme alimentaire mondial ,  (PAM)(FAO) (ab) ( OMS )",
    ],
)
def test_long_forms_end_where_the_old_pattern_said(text: str) -> None:
    """Read backwards from "(", the long form ends where the pattern that started with
    optional spaces (cubic in a run of them) made it end, on ordinary text."""
    old = [(m.start(), m.group("short")) for m in _OLD_PAREN_AFTER.finditer(text)]
    new = [(end, m.group("short")) for end, m in paren_acronyms(text)]
    assert new == old


# ---------------------------------------------------------------- the property

#: Every white-space character of Unicode, and HTML's no-break space.
WHITE = [chr(c) for c in range(0x3001) if chr(c).isspace()]
RELEASES = ("qa-aa-bad-civ", "qa-un-cs-mali", "qa-oms-paludisme")


def _release(name: str) -> str:
    return str(json.loads((FIXTURES / "releases" / f"{name}.json").read_text(encoding="utf-8"))["text"])


@functools.cache
def _recorded() -> ReplayNer:
    return ReplayNer.load()


class StretchedNer:
    """The model's recorded spans of a release, moved onto the release with white space
    inserted: a span across the insertion stretches over the whole run."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.spans: Spans = _recorded().table[key(prepare(base).text)]

    def __call__(self, texts: Sequence[str], batch_size: int) -> list[Spans]:
        return [self._moved(text) for text in texts]

    def _moved(self, text: str) -> Spans:
        where: list[int] = []  # where each character of the release went
        for i, c in enumerate(text):
            if len(where) < len(self.base) and (c == self.base[len(where)] or not c.isspace()):
                where.append(i)
        where.append(len(text))
        if len(where) <= len(self.base):  # the release did not come through whole: no spans
            return []
        return [(where[s], where[e - 1] + 1, label) for s, e, label in self.spans]


@st.composite
def runs(draw: st.DrawFn) -> str:
    """A run of white space: one to three stretches of one character, up to 3,000 each."""
    parts = draw(st.lists(st.tuples(st.sampled_from(WHITE), st.integers(1, 3000)), min_size=1, max_size=3))
    return "".join(c * n for c, n in parts)


def _rules(result: Extraction) -> dict[str, list[tuple[str, str]]]:
    return {
        "dates": [(" ".join(d.text.split()), d.value or "") for d in result.dates],
        "money": [(" ".join(m.text.split()), str(m.amount)) for m in result.money],
    }


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(RELEASES),
    run=runs(),
    where=st.sampled_from(["after", "before", "inside"]) | st.floats(0, 1),
    html=st.booleans(),
)
def test_any_run_of_white_space_goes_through(name: str, run: str, where: object, html: bool) -> None:
    base = _release(name)
    if where == "after":
        text = base + run
    elif where == "before":
        text = run + base
    else:
        at = len(base) // 2 if where == "inside" else int(float(str(where)) * len(base))
        text = base[:at] + run + base[at:]
    if html:  # the same run as &nbsp; entities in a page
        text = "<p>" + text.replace("\u00a0", "&nbsp;") + "</p><p>Fin.</p>"
    extractor = Extractor(ner=StretchedNer(base))
    result = extractor.extract(text, reference_date="2021-06-01")
    check_offsets(result, text)
    if where in ("after", "before") and not html:  # nothing of the release moved
        alone = extractor.extract(base, reference_date="2021-06-01")
        assert _rules(result) == _rules(alone)
