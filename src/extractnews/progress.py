"""A progress bar over a stream of results, for long runs in scripts and notebooks.

tqdm comes with spaCy; :func:`progress_bar` uses ``tqdm.auto``, which draws a
widget in Jupyter (when ``ipywidgets`` is installed) and a text bar on
standard error elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress_bar(results: Iterable[T], total: int | None, unit: str = "doc") -> Iterator[T]:
    """``results`` as they come, counted by a tqdm bar (``total`` None when unknown)."""
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install tqdm") from None
    with tqdm(total=total, unit=unit) as bar:
        for result in results:
            bar.update(1)
            yield result
