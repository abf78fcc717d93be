"""A static audit of every regular expression of extractnews, for runs of white space.

Python's ``re`` backtracks: a pattern that may *start* with an unbounded run of
white space and is searched across a text tries every position of a run, each
one consuming the rest of the run (quadratic); two unbounded runs over the same
characters with only optional items between them can split a run in every way
(cubic). A 20,000-space run then stalls a worker.

:func:`problems` reads the parse tree of a pattern (``re._parser``) and names
every such construct; :func:`package_patterns` finds every pattern the package
compiles: module globals, the word lists built by the rooms' cached loaders,
and the string literals passed to ``re.search``, ``re.finditer``... in its code.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

try:  # Python 3.11+
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sc  # type: ignore[no-redef]
    import sre_parse as sp  # type: ignore[no-redef]

import extractnews

#: The white space a run may be made of.
WHITE = (" ", "\t", "\n", "\u00a0", "\u202f")
UNBOUNDED = sc.MAXREPEAT
_POSSESSIVE = [sc.POSSESSIVE_REPEAT] if hasattr(sc, "POSSESSIVE_REPEAT") else []
REPEATS = (sc.MAX_REPEAT, sc.MIN_REPEAT, *_POSSESSIVE)

_CATEGORIES = {
    sc.CATEGORY_SPACE: str.isspace,
    sc.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sc.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sc.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    sc.CATEGORY_DIGIT: str.isdecimal,
    sc.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
}


def _class_matches(items: list[tuple[Any, Any]], c: str) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is sc.NEGATE:
            negate = True
        elif op is sc.LITERAL:
            hit = hit or chr(av) == c
        elif op is sc.RANGE:
            hit = hit or av[0] <= ord(c) <= av[1]
        elif op is sc.CATEGORY:
            hit = hit or _CATEGORIES.get(av, lambda _: False)(c)
    return hit != negate


def white_of(item: tuple[Any, Any]) -> frozenset[str]:
    """The white-space characters one single-character item matches (empty for others)."""
    op, av = item
    if op is sc.LITERAL:
        return frozenset(c for c in WHITE if chr(av) == c)
    if op is sc.NOT_LITERAL:
        return frozenset(c for c in WHITE if chr(av) != c)
    if op is sc.ANY:
        return frozenset(c for c in WHITE if c != "\n")
    if op is sc.IN:
        return frozenset(c for c in WHITE if _class_matches(av, c))
    return frozenset()


def _run(item: tuple[Any, Any]) -> frozenset[str]:
    """The white space an unbounded repeat of one character item runs over (else empty)."""
    op, av = item
    if op in REPEATS and av[1] == UNBOUNDED and len(av[2]) == 1:
        body = av[2][0]
        if body[0] is sc.SUBPATTERN and len(body[1][-1]) == 1:  # "(\\s)+"
            body = body[1][-1][0]
        return white_of(body)
    return frozenset()


def _skippable(item: tuple[Any, Any]) -> bool:
    """The item may match the empty string (an optional item, an assertion)."""
    op, av = item
    if op in REPEATS:
        return av[0] == 0 or all(_skippable(i) for i in av[2])
    if op is sc.SUBPATTERN:
        return all(_skippable(i) for i in av[-1])
    if op is sc.BRANCH:
        return any(all(_skippable(i) for i in alt) for alt in av[1])
    return op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT)


def _only_white(items: list[tuple[Any, Any]]) -> bool:
    """The sequence can match a string of white space alone (and not the empty string only)."""
    some = False
    for item in items:
        op, av = item
        if _skippable(item) and op not in REPEATS:
            continue
        if op in REPEATS:
            if _only_white(list(av[2])):
                some = True
            elif av[0] != 0:
                return False
        elif op is sc.SUBPATTERN:
            if not _only_white(list(av[-1])):
                return False
            some = True
        elif white_of(item):
            some = True
        else:
            return False
    return some


def _anchor(item: tuple[Any, Any]) -> bool:
    """``^``, ``\\A`` or a lookbehind: the match cannot start anywhere in a run."""
    op, av = item
    return op is sc.AT or (op in (sc.ASSERT, sc.ASSERT_NOT) and av[0] == -1)


def _leading_run(items: list[tuple[Any, Any]]) -> bool:
    """The sequence may start with an unbounded run of white space, unanchored, that something
    must follow (a run alone, as in ``re.split(r"\\s+", ...)``, succeeds at the end of the run)."""
    flat = _flat(items)
    if len(flat) == 1 and _run(flat[0]):
        return False
    return _opening(items) == "run"


def _opening(items: list[tuple[Any, Any]]) -> str:
    """How a match of the sequence may begin: "run" (an unanchored run of white space),
    "blocked" (an anchor or something that must match first), "open" (it may match empty)."""
    for item in items:
        op, av = item
        if _anchor(item):
            return "blocked"
        if _run(item):
            return "run"
        if op is sc.SUBPATTERN:
            inner = _opening(list(av[-1]))
        elif op is sc.BRANCH:
            ways = {_opening(list(alt)) for alt in av[1]}
            inner = "run" if "run" in ways else "open" if "open" in ways else "blocked"
        elif op in REPEATS:
            inner = _opening(list(av[2]))
            inner = "open" if inner == "blocked" and av[0] == 0 else inner
        else:
            inner = "open" if _skippable(item) else "blocked"
        if inner != "open":
            return inner
    return "open"


def _flat(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A sequence with its plain groups opened (adjacency does not stop at a group's edge)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is sc.SUBPATTERN:
            out.extend(_flat(list(av[-1])))
        else:
            out.append((op, av))
    return out


def _sequences(items: list[tuple[Any, Any]]) -> Iterator[list[tuple[Any, Any]]]:
    """Every sequence of the tree: the top one, group bodies, branch alternatives, repeat bodies."""
    yield items
    for op, av in items:
        if op is sc.SUBPATTERN:
            yield from _sequences(list(av[-1]))
        elif op is sc.BRANCH:
            for alt in av[1]:
                yield from _sequences(list(alt))
        elif op in REPEATS:
            yield from _sequences(list(av[2]))
        elif op in (sc.ASSERT, sc.ASSERT_NOT):
            yield from _sequences(list(av[1]))


def _opens_with_run(items: list[tuple[Any, Any]], white: frozenset[str]) -> bool:
    """The sequence, past its optional items, may begin with an unbounded run over ``white``."""
    for item in items:
        op, av = item
        if _run(item) & white:
            return True
        if op is sc.SUBPATTERN and _opens_with_run(list(av[-1]), white):
            return True
        if op is sc.BRANCH and any(_opens_with_run(list(alt), white) for alt in av[1]):
            return True
        if op in REPEATS and _opens_with_run(list(av[2]), white):
            return True
        if not _skippable(item):
            return False
    return False


def _closing_run(item: tuple[Any, Any]) -> frozenset[str]:
    """The white space of an unbounded run the item may end with ("(?:l'\\s*)?" ends with one)."""
    op, av = item
    if _run(item):
        return _run(item)
    if op is sc.SUBPATTERN:
        body = list(av[-1])
    elif op in REPEATS:
        body = list(av[2])
    elif op is sc.BRANCH:
        return frozenset().union(*(_closing_run(alt[-1]) for alt in av[1] if alt))
    else:
        return frozenset()
    out: frozenset[str] = frozenset()
    for inner in reversed(body):
        out |= _closing_run(inner)
        if not _skippable(inner):
            break
    return out


def _adjacent_runs(items: list[tuple[Any, Any]]) -> bool:
    """Two unbounded runs over the same white space with only optional items between them."""
    flat = _flat(items)
    for i, item in enumerate(flat):
        white = _closing_run(item)
        if white and _opens_with_run(flat[i + 1 :], white):
            return True
    return False


def _ends(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """The white space the last character the sequence matches may be."""
    out: frozenset[str] = frozenset()
    for item in reversed(items):
        op, av = item
        if op is sc.SUBPATTERN:
            out |= _ends(list(av[-1]))
        elif op is sc.BRANCH:
            out = out.union(*(_ends(list(alt)) for alt in av[1]))
        elif op in REPEATS:
            out |= _ends(list(av[2]))
        else:
            out |= white_of(item)
        if not _skippable(item):
            break
    return out


def _first_run(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """The white space of the unbounded run the sequence may open with (past optional items)."""
    out: frozenset[str] = frozenset()
    for item in _flat(items):
        out |= _run(item)
        if not _skippable(item):
            break
    return out


def _nested_runs(items: list[tuple[Any, Any]]) -> bool:
    """An unbounded repeat of something that can be white space alone, whose iterations can
    trade characters (one ends with what the next one's run takes): ``(\\s*\\n)+``."""
    for seq in _sequences(items):
        for op, av in seq:
            if op not in REPEATS or av[1] != UNBOUNDED:
                continue
            body = list(av[2])
            trades = bool(_first_run(body) & _ends(body)) or (len(body) == 1 and bool(_run(body[0])))
            if _only_white(body) and trades:
                return True
    return False


def audit() -> dict[str, list[str]]:
    """What :func:`problems` finds in every pattern of the package, but those whose input is
    bounded (:data:`BOUNDED_BY_USE`); a pattern only matched at a position may start with a run."""
    out = {}
    for where, pattern in package_patterns().items():
        if where in BOUNDED_BY_USE:
            continue
        searched = not where.endswith(":match") and where not in ANCHORED_BY_USE
        found = problems(pattern, searched=searched)
        if found:
            out[where] = found
    return out


def problems(pattern: re.Pattern[str], *, searched: bool = True) -> list[str]:
    """What makes ``pattern`` super-linear on a run of white space (an empty list if nothing).

    ``searched``: the pattern is tried at every position (``search``, ``finditer``, ``sub``...),
    so it may not start with a run; one only matched at a position may.
    """
    tree = list(sp.parse(pattern.pattern, pattern.flags))
    found = []
    if searched and _leading_run(tree):
        found.append("starts with an unbounded run of white space, unanchored")
    if any(_adjacent_runs(seq) for seq in _sequences(tree)):
        found.append("two unbounded runs of the same white space with only optional items between")
    if _nested_runs(tree):
        found.append("an unbounded repeat of something that can be white space alone")
    return found


# ---------------------------------------------------------------- every pattern of the package


def _walk(value: Any, where: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if id(value) in seen or depth > 8:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield where, value
    elif isinstance(value, dict) or type(value).__name__ == "mappingproxy":
        for k, v in value.items():
            yield from _walk(v, f"{where}[{k!r}]", seen, depth + 1)
    elif isinstance(value, (list, tuple, frozenset, set)):
        for i, v in enumerate(value):
            yield from _walk(v, f"{where}[{i}]", seen, depth + 1)
    elif hasattr(value, "__dataclass_fields__") or hasattr(type(value), "model_fields"):
        for name in getattr(value, "__dataclass_fields__", None) or type(value).model_fields:
            yield from _walk(getattr(value, name, None), f"{where}.{name}", seen, depth + 1)


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(extractnews.__path__, "extractnews."):
        if info.name.split(".")[-1] in ("__main__",):
            continue
        yield importlib.import_module(info.name)


class _Literals(ast.NodeVisitor):
    """String literals passed as the pattern of ``re.<function>(...)``."""

    FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"})

    def __init__(self) -> None:
        self.found: list[tuple[int, str, int, str]] = []

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if (
            isinstance(f, ast.Attribute)
            and isinstance(f.value, ast.Name)
            and f.value.id == "re"
            and f.attr in self.FUNCTIONS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            flags = 0
            for arg in [*node.args[1:], *(k.value for k in node.keywords if k.arg == "flags")]:
                named = isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
                if named and arg.value.id == "re":  # type: ignore[attr-defined]
                    flags |= int(getattr(re, arg.attr, 0)) if arg.attr.isupper() else 0
            self.found.append((node.lineno, node.args[0].value, flags, f.attr))
        self.generic_visit(node)


#: Patterns only ever matched at one position (``match``, ``fullmatch``): a leading run costs
#: one pass over it there. Literals passed to ``re.match``/``re.fullmatch`` are found as such.
ANCHORED_BY_USE = {
    "extractnews.people.lexicon.people_words.role_link_re": "matched on the 30 characters after a name",
    "extractnews.money.patterns._PARENS": "applied once, at import, to pycountry's currency names",
    "extractnews.entities.chains._OF_WORD": "matched at the end of a name's part",
    "extractnews.entities.chains._AND": "matched at the end of a name's part",
    "extractnews.entities.chains._BARE_FIELD": "matched at the end of a portfolio",
    "extractnews.entities.chains._LINK": "matched at the end of a name's part",
    "extractnews.entities.chains.AND_WORD": "matched at the end of a name's part",
    "extractnews.entities.chains._NEXT_WORD": "matched at the end of a name's part",
    "extractnews.entities.complements._AND_OF": "matched at the end of a candidate",
    "extractnews.entities.complements._PURPOSE": "matched at the end of a candidate",
    "extractnews.entities.complements._OF_HERE": "matched at the end of a candidate",
    "extractnews.entities.labels._NEXT_WORD": "matched at the end of a span",
    "extractnews.entities.labels._TITLE_CONTEXT_AFTER": "matched at the end of a title's initials",
    "extractnews.entities.boundaries._NAME_GOES_ON": "matched at the end of a government's leader",
    "extractnews.entities.boundaries._OF_AFTER": "matched at the end of a cardinal point",
    "extractnews.entities.labels._NUMBER_AFTER": "matched at the end of a span",
    "extractnews.entities.labels._SIGNATURE_AFTER": "matched at the end of a span",
    "extractnews.entities.labels._MOTTO": "fullmatch on one line of 120 characters at most",
    "extractnews.entities.boundaries._UP_TO_OF": "fullmatch between a head word and a place",
    "extractnews.entities.precision._ARTICLE_ONLY": "fullmatch on the part of a span after a dash",
    "extractnews.entities.contacts._AFTER_NAME": "matched at the end of a name",
    "extractnews.people.layouts._ENTRY": "fullmatch on the head of one line",
    "extractnews.people.layouts._HEADING_LEAD": "matched at the start of one line",
    "extractnews.people.layouts._SIGNATURE_LEAD": "matched at the start of one line",
    "extractnews.people.lexicon.people_words.contact_heading_re": "matched at the start of one line",
}
#: Patterns whose input is bounded whatever the text: not audited.
BOUNDED_BY_USE = {
    "extractnews.structure.dateline._PLACE_ONLY": "searched in the header only (1,200 characters)",
}


@functools.cache
def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every regular expression extractnews compiles, by where it lives (a literal passed to
    ``re.match`` or ``re.fullmatch`` is named ``module:line:match``)."""
    out: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    known: set[tuple[str, int]] = set()
    for module in _modules():
        for name, value in vars(module).items():
            if getattr(value, "__module__", module.__name__) != module.__name__ and not isinstance(
                value, re.Pattern
            ):
                continue
            if callable(value) and hasattr(value, "cache_info") and not inspect.signature(value).parameters:
                value = value()  # a room's cached word lists: their patterns too
            for where, pattern in _walk(value, f"{module.__name__}.{name}", seen):
                if (pattern.pattern, pattern.flags) not in known:
                    known.add((pattern.pattern, pattern.flags))
                    out[where] = pattern
        source = inspect.getsource(module)
        visitor = _Literals()
        visitor.visit(ast.parse(source))
        for line, text, flags, function in visitor.found:
            anchored = ":match" if function in ("match", "fullmatch") else ""
            pattern = re.compile(text, flags)
            if (pattern.pattern, pattern.flags) not in known:  # not one compiled above
                known.add((pattern.pattern, pattern.flags))
                out[f"{module.__name__}:{line}{anchored}"] = pattern
    return out
