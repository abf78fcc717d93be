"""Scoring extractions against gold press releases.

The gold format (:data:`GOLD_FORMAT`, also printed by ``extractnews evaluate
--help``) is one JSON object per document (a file may also hold a list of
them)::

    {"id": "...", "reference_date": "2005-01-25" or null, "text": "...",
     "entities": [{"text", "label"}], "dates": [{"text", "value"}],
     "money": [{"text", "amount", "currency"}],
     "acronyms": [{"short", "long_fr", "long_en", "group", "xl"?}],
     "people": [{"name", "honorific", "role", "organization"}]}

``text``, ``entities``, ``dates``, ``money`` and ``acronyms`` are required
(an empty list when the document has none), so that a document annotated for
other purposes is refused rather than scored as if it had nothing.

What is counted, per document, summed over the corpus:

- **entities**: the set of ``(label, folded text)`` of PER, ORG and LOC,
  strict match, overall and per label; a lenient score also accepts a system
  entity of the same label whose folded text contains, or is contained in,
  the gold one and shares at least half of its words;
- **dates**: the set of ``value`` strings (unresolved dates are ignored);
- **money**: the set of ``(amount to the cent, currency)``;
- **acronyms**: ``long_fr`` accuracy (some system acronym with the same short
  form has the same folded ``long_fr``); cross-language alias accuracy (for
  a gold ``group`` that is an established acronym other than ``short``, not
  marked ``"xl": false``: it is among the ``aliases``); precision (share of
  the distinct system short forms that the gold lists);
- **people** (documents whose gold has a ``people`` list): names F1 on the
  folded names, then, over the names found, role accuracy (same folded role,
  or one that starts with it) and organisation accuracy (the folded gold
  organisation occurs in the folded system one).

Texts are compared *folded*: NFC, typographic apostrophes and non-breaking
spaces made plain, white space collapsed, surrounding ``.,;:`` and one
leading article or elision (l', le, la, les, du, de la, de l', des, d')
removed, then lower-cased, accents dropped and every run of characters other
than ``a-z0-9`` made one space. An extraction whose ``error`` is set counts
as a document with nothing found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .extraction import Extraction
from .records import Acronym
from .text.french import fold as text_fold

if TYPE_CHECKING:
    from .extractor import Extractor

LABELS = ("PER", "ORG", "LOC")

_LEADING_ARTICLE = re.compile(r"^(?:l'|le |la |les |du |de la |de l'|des |d')", re.IGNORECASE)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ESTABLISHED_ACRONYM = re.compile(r"[A-Z0-9]{2,8}")
_CENT = Decimal("0.01")

REQUIRED = ("entities", "dates", "money", "acronyms")
"""The lists every gold document has (empty when there is nothing to find); ``people`` is optional."""

GOLD_FORMAT = """\
gold format: one JSON object per document (a file may hold a list of them):
  {"id": "a1",                        optional: the file name otherwise
   "text": "...",                     the release as given to extractnews
   "reference_date": "2019-05-08",    optional: the publication date, or null
   "entities": [{"text": "Union africaine", "label": "ORG"}, ...],      PER, ORG or LOC
   "dates":    [{"text": "8 mai 2019", "value": "2019-05-08"}, ...],
   "money":    [{"text": "2,1 millions d'euros", "amount": "2100000", "currency": "EUR"}, ...],
   "acronyms": [{"short": "UA", "long_fr": "Union africaine", "long_en": "African Union",
                 "group": "AU"}, ...],                 group: the acronym in the other language
   "people":   [{"name": "Awa Diop", "honorific": "Mme", "role": "ministre",
                 "organization": "Sénégal"}, ...]}      optional: people are scored when present
"text", "entities", "dates", "money" and "acronyms" are required, [] when there is none."""


# ---------------------------------------------------------------- normalisation


def normalise(text: str) -> str:
    """Tidy a surface string and drop one leading French article or elision."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = " ".join(text.split()).strip(".,;:")
    return _LEADING_ARTICLE.sub("", text, count=1)


def fold(text: str | None) -> str:
    """The comparison key of a surface string.

    ``"L’Office des Nations Unies."`` -> ``"office des nations unies"``.
    """
    if not text:
        return ""
    return _NON_ALNUM.sub(" ", text_fold(normalise(text))).strip()


def overlaps(a: str, b: str) -> bool:
    """Lenient match of two folded strings: one inside the other, half of the words shared."""
    if not a or not b or (a not in b and b not in a):
        return False
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(len(wa), len(wb)) >= 0.5


def money_key(amount: object, currency: object) -> tuple[Decimal, str]:
    """``(amount to the cent, upper-case currency)``; raises ValueError on a non-number."""
    if isinstance(amount, bool) or not isinstance(amount, (int, float, str, Decimal)):
        raise ValueError(f"not an amount: {amount!r}")
    try:
        value = Decimal(str(amount)).quantize(_CENT)
    except InvalidOperation:
        raise ValueError(f"not an amount: {amount!r}") from None
    return value, str(currency).upper()


# ---------------------------------------------------------------- counting


@dataclass
class PRF:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Any], system: set[Any]) -> None:
        self.tp += len(gold & system)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    """``correct`` out of ``total``; the score is None when nothing was counted."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    def as_dict(self) -> dict[str, Any]:
        value = self.correct / self.total if self.total else None
        return {"score": value, "correct": self.correct, "total": self.total}


@dataclass
class Tally:
    """Every counter of an evaluation; :func:`score_document` adds one document to it."""

    documents: int = 0
    failed: int = 0
    entities: PRF = field(default_factory=PRF)
    entities_lenient: PRF = field(default_factory=PRF)
    by_label: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    dates: PRF = field(default_factory=PRF)
    money: PRF = field(default_factory=PRF)
    acronym_long_fr: Ratio = field(default_factory=Ratio)
    acronym_alias: Ratio = field(default_factory=Ratio)
    acronym_precision: Ratio = field(default_factory=Ratio)
    people: PRF = field(default_factory=PRF)
    people_role: Ratio = field(default_factory=Ratio)
    people_organization: Ratio = field(default_factory=Ratio)
    per_doc: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def check_gold(gold: object) -> None:
    """Raise ValueError (what is wrong, and the format) unless ``gold`` is a gold document."""
    if not isinstance(gold, Mapping) or not isinstance(gold.get("text"), str):
        raise ValueError("a gold document is an object with a 'text' string (see the gold format)")
    missing = [key for key in REQUIRED if key not in gold]
    if missing:
        raise ValueError(
            f"gold document {gold.get('id')!r} has no {', '.join(map(repr, missing))} "
            "(every gold document lists entities, dates, money and acronyms, [] when there is none)"
        )
    for key in (*REQUIRED, *(["people"] if "people" in gold else [])):
        _gold_list(gold, key)


def _gold_list(gold: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = gold.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, Mapping) for x in value):
        raise ValueError(f"gold document {gold.get('id')!r}: '{key}' must be a list of objects")
    return value


def _score_entities(
    gold: Mapping[str, Any], extraction: Extraction, tally: Tally
) -> tuple[set[Any], set[Any]]:
    gold_ents = {
        (e["label"], fold(e["text"])) for e in _gold_list(gold, "entities") if e.get("label") in LABELS
    }
    sys_ents: set[tuple[str, str]] = {
        (e.label, fold(e.text)) for e in extraction.entities if e.label in LABELS
    }
    tally.entities.add(gold_ents, sys_ents)
    for label in LABELS:
        tally.by_label[label].add(
            {g for g in gold_ents if g[0] == label}, {s for s in sys_ents if s[0] == label}
        )

    def lenient(x: tuple[str, str], pool: set[tuple[str, str]]) -> bool:
        return any(y[0] == x[0] and overlaps(x[1], y[1]) for y in pool)

    found = sum(lenient(g, sys_ents) for g in gold_ents)
    tally.entities_lenient.tp += found
    tally.entities_lenient.fn += len(gold_ents) - found
    tally.entities_lenient.fp += sum(not lenient(s, gold_ents) for s in sys_ents)
    return gold_ents, sys_ents


def _score_money(
    gold: Mapping[str, Any], extraction: Extraction, tally: Tally, doc_id: str
) -> tuple[set[Any], set[Any]]:
    try:
        gold_money = {money_key(m.get("amount"), m.get("currency")) for m in _gold_list(gold, "money")}
    except ValueError as e:
        raise ValueError(f"gold document {doc_id!r}: {e}") from None
    sys_money = {money_key(m.amount, m.currency) for m in extraction.money}
    tally.money.add(gold_money, sys_money)
    return gold_money, sys_money


def _score_acronyms(gold: Mapping[str, Any], extraction: Extraction, tally: Tally) -> list[str]:
    """Count long forms, aliases and precision; return the short forms whose long form is wrong."""
    by_short: dict[str, list[Acronym]] = {}
    for acronym in extraction.acronyms:
        by_short.setdefault(acronym.short, []).append(acronym)
    gold_acronyms = _gold_list(gold, "acronyms")
    gold_shorts = {a["short"] for a in gold_acronyms}
    for short in by_short:
        tally.acronym_precision.add(short in gold_shorts)
    wrong_long = []
    for a in gold_acronyms:
        candidates = by_short.get(a["short"], [])
        want_long = fold(a.get("long_fr"))
        ok = any(fold(c.long_fr) == want_long for c in candidates)
        tally.acronym_long_fr.add(ok)
        if not ok:
            wrong_long.append(a["short"])
        group = str(a.get("group") or "").upper()
        if a.get("xl", True) and group != a["short"].upper() and _ESTABLISHED_ACRONYM.fullmatch(group):
            tally.acronym_alias.add(any(group in {x.upper() for x in c.aliases} for c in candidates))
    return wrong_long


def _score_people(gold: Mapping[str, Any], extraction: Extraction, tally: Tally) -> None:
    if "people" not in gold:
        return
    gold_people = {fold(p["name"]): p for p in _gold_list(gold, "people")}
    sys_people = {fold(p.name): p for p in extraction.people if p.name}
    tally.people.add(set(gold_people), set(sys_people))
    for name in gold_people.keys() & sys_people.keys():
        g, s = gold_people[name], sys_people[name]
        if g.get("role"):
            want, got = fold(g["role"]), fold(s.role)
            tally.people_role.add(got == want or got.startswith(want + " "))
        if g.get("organization"):
            tally.people_organization.add(fold(g["organization"]) in fold(s.organization))


def score_document(gold: Mapping[str, Any], extraction: Extraction, tally: Tally) -> None:
    """Add one document's counts to ``tally``."""
    doc_id = str(gold.get("id"))
    tally.documents += 1
    if extraction.error is not None:
        tally.failed += 1
        extraction = Extraction(id=extraction.id, error=extraction.error)
    gold_ents, sys_ents = _score_entities(gold, extraction, tally)
    gold_dates = {str(d["value"]) for d in _gold_list(gold, "dates") if d.get("value")}
    sys_dates = {d.value for d in extraction.dates if d.value}
    tally.dates.add(gold_dates, sys_dates)
    gold_money, sys_money = _score_money(gold, extraction, tally, doc_id)
    wrong_long = _score_acronyms(gold, extraction, tally)
    _score_people(gold, extraction, tally)
    tally.per_doc[doc_id] = {
        "entities_missed": sorted(f"{label} {text}" for label, text in gold_ents - sys_ents),
        "entities_spurious": sorted(f"{label} {text}" for label, text in sys_ents - gold_ents),
        "dates_missed": sorted(gold_dates - sys_dates),
        "dates_spurious": sorted(sys_dates - gold_dates),
        "money_missed": sorted(f"{a} {c}" for a, c in gold_money - sys_money),
        "money_spurious": sorted(f"{a} {c}" for a, c in sys_money - gold_money),
        "acronyms_wrong": wrong_long,
    }


def report(tally: Tally) -> dict[str, Any]:
    """The JSON-ready report of a tally (the structure :func:`evaluate` returns)."""
    return {
        "documents": tally.documents,
        "failed": tally.failed,
        "entities": tally.entities.as_dict(),
        "entities_by_label": {label: prf.as_dict() for label, prf in tally.by_label.items()},
        "entities_lenient": tally.entities_lenient.as_dict(),
        "dates": tally.dates.as_dict(),
        "money": tally.money.as_dict(),
        "acronyms": {
            "long_fr": tally.acronym_long_fr.as_dict(),
            "alias": tally.acronym_alias.as_dict(),
            "precision": tally.acronym_precision.as_dict(),
        },
        "people": {
            "names": tally.people.as_dict(),
            "role": tally.people_role.as_dict(),
            "organization": tally.people_organization.as_dict(),
        },
        "per_doc": tally.per_doc,
    }


def _as_extraction(item: Extraction | Mapping[str, Any]) -> Extraction:
    return item if isinstance(item, Extraction) else Extraction.model_validate(dict(item))


def evaluate(
    gold_docs: Sequence[Mapping[str, Any]],
    extractions: Iterable[Extraction | Mapping[str, Any]] | Mapping[str, Extraction],
) -> dict[str, Any]:
    """Score extractions against gold documents.

    Args:
        gold_docs: gold documents in the format of the module documentation.
        extractions: one :class:`Extraction` (or its ``model_dump()``) per gold
            document, in the same order; or a mapping from gold ``id`` to
            Extraction, where a missing id counts as a document with nothing found.

    Returns:
        ``{"documents", "failed", "entities", "entities_by_label",
        "entities_lenient", "dates", "money", "acronyms", "people", "per_doc"}``;
        every P/R/F1 entry is ``{"precision", "recall", "f1", "tp", "fp", "fn"}``
        and every accuracy or acronym precision ``{"score", "correct", "total"}``
        (score None when there was nothing to count).

    Raises:
        ValueError: not one extraction per document, an extraction whose id
            is not its document's, or a malformed gold document (one without
            the lists of :data:`REQUIRED`, see :func:`check_gold`).
    """
    if isinstance(extractions, Mapping):
        by_id = extractions
        pairs = [(g, by_id.get(str(g.get("id"))) or Extraction(id=str(g.get("id")))) for g in gold_docs]
    else:
        results = [_as_extraction(x) for x in extractions]
        if len(results) != len(gold_docs):
            raise ValueError(f"{len(gold_docs)} gold documents but {len(results)} extractions")
        pairs = list(zip(gold_docs, results, strict=True))
    for gold, _ in pairs:
        check_gold(gold)
    tally = Tally()
    for gold, extraction in pairs:
        if extraction.id is not None and extraction.id != str(gold.get("id")):
            raise ValueError(f"extraction {extraction.id!r} paired with gold document {gold.get('id')!r}")
        score_document(gold, _as_extraction(extraction), tally)
    return report(tally)


# ---------------------------------------------------------------- files


def _read_gold_file(file: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{file}: not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{file}: not UTF-8 text") from None
    docs = []
    for doc in data if isinstance(data, list) else [data]:
        try:
            check_gold(doc)
        except ValueError as e:
            raise ValueError(f"{file}: {e}") from None
        docs.append({**doc, "id": str(doc.get("id") or file.stem)})
    return docs


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read gold documents from JSON files (one document or a list each) or folders of them.

    Raises:
        ValueError: a file that is not JSON or not gold documents (the message names it),
            a folder without ``*.json`` files, or no document at all.
        OSError: a file that cannot be read.
    """
    docs: list[dict[str, Any]] = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        if not files:
            raise ValueError(f"{path}: a folder without *.json gold files")
        for file in files:
            docs.extend(_read_gold_file(file))
    if not docs:
        raise ValueError("no gold documents to score")
    return docs


def evaluate_files(
    paths: Iterable[str | Path], n_process: int = 1, *, extractor: Extractor | None = None
) -> dict[str, Any]:
    """Run an Extractor over gold files (with their ``reference_date``) and score it.

    Args:
        paths: gold JSON files (or folders of them).
        n_process: worker processes for :meth:`Extractor.extract_many`.
        extractor: the Extractor to evaluate; a default one when None.
    """
    docs = load_gold(paths)
    if extractor is None:
        from .extractor import Extractor

        extractor = Extractor()
    items = [{"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")} for d in docs]
    return evaluate(docs, list(extractor.extract_many(items, n_process=n_process)))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _prf_cells(m: Mapping[str, Any]) -> tuple[str, str, str]:
    """P, R and F1, each "–" when there was nothing to count (no found, no gold, neither)."""
    found, gold = m["tp"] + m["fp"], m["tp"] + m["fn"]
    return (
        _pct(m["precision"] if found else None),
        _pct(m["recall"] if gold else None),
        _pct(m["f1"] if found or gold else None),
    )


def format_report(report: Mapping[str, Any]) -> str:
    """A plain-text table of a report from :func:`evaluate`."""
    lines = [
        f"{report['documents']} documents, {report['failed']} failed",
        "",
        f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]

    def row(name: str, m: Mapping[str, Any]) -> None:
        p, r, f1 = _prf_cells(m)
        lines.append(f"{name:22}{p:>7}{r:>7}{f1:>7}{m['tp']:6}{m['fp']:6}{m['fn']:6}")

    row("entities (strict)", report["entities"])
    for label, m in report["entities_by_label"].items():
        row(f"  {label}", m)
    row("entities (lenient)", report["entities_lenient"])
    row("dates", report["dates"])
    row("money", report["money"])
    row("people (names)", report["people"]["names"])
    lines.append("")

    def ratio(name: str, m: Mapping[str, Any]) -> None:
        lines.append(f"{name:34}{_pct(m['score']):>7}  ({m['correct']}/{m['total']})")

    ratio("acronyms: long_fr accuracy", report["acronyms"]["long_fr"])
    ratio("acronyms: cross-language aliases", report["acronyms"]["alias"])
    ratio("acronyms: precision", report["acronyms"]["precision"])
    ratio("people: role accuracy", report["people"]["role"])
    ratio("people: organisation accuracy", report["people"]["organization"])
    return "\n".join(lines)
