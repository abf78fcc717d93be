"""Errors and warnings of extractnews, in one place."""

from __future__ import annotations


class ExtractNewsError(Exception):
    """Base class of the errors extractnews raises itself."""


class ExtractNewsTypeError(ExtractNewsError, TypeError):
    """An argument of the wrong type (a text that is not a ``str``, ...)."""


class DataFileError(ExtractNewsError, ValueError):
    """A data file under ``models/`` (or a knowledge-base folder) that does not validate."""


class KnowledgeBaseError(DataFileError):
    """An organisation entry of the knowledge base that does not validate."""


class Warnings:
    """Messages put in ``Extraction.warnings`` (the record, not the logging system)."""

    NOT_FRENCH = "W001: the text does not look French; results may be poor"
    HTML = "W002: the text was HTML; tags and scripts were ignored"
    CHUNKED = "W003: the text was longer than {size} characters and was processed in {n} pieces"
    EMPTY = "W004: the text is empty or only white space"
    REFERENCE_OUT_OF_RANGE = (
        "W005: the reference date {date} is outside the years {low}-{high} that dates are read in; "
        "it was ignored (a placeholder for a missing date?)"
    )
    SURROGATES = (
        "W006: the text held {n} lone surrogate(s) (half of a UTF-16 pair, not a character); "
        "mentions show U+FFFD in their place, at the same offsets"
    )
