"""kzfacts: typed, sourced facts and figures from news on Kazakhstan-China relations.

    >>> import kzfacts
    >>> [str(r) for r in kzfacts.extract("Last year, mutual trade exceeded $41 billion.", published="2024-07-03")]
    ['Figure[trade_volume 41000000000 USD 2023 actual over]']

Names are imported on first use, so that ``kzfacts --help`` and ``--version`` do not pay for
compiling the rules.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# compiled patterns come from the cache kept between runs (kzfacts/regex_cache.py)
from . import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install_on_import()

# public name -> the module that defines it
_EXPORTS = {
    "bundled_dir": "corpus", "load_corpus": "corpus", "read_paths": "corpus",
    "CorpusError": "errors", "DataFileError": "errors", "KzfactsError": "errors",
    "extract": "extract", "extract_document": "extract", "extract_paths": "extract",
    **{name: "records" for name in (
        "DateSource", "Document", "Figure", "Meeting", "MeetingKind", "Metric", "Qualifier",
        "Skipped", "Span", "Status",
    )},
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kzfacts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """The import system binds each submodule on its package once loaded, which would turn
    ``kzfacts.extract`` the function into ``kzfacts/extract.py`` the module; refuse that one."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _EXPORTS:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:  # for type checkers and editors: the names as if imported eagerly
    from .corpus import bundled_dir, load_corpus, read_paths  # noqa: F401
    from .errors import CorpusError, DataFileError, KzfactsError  # noqa: F401
    from .extract import extract, extract_document, extract_paths  # noqa: F401
    from .records import (  # noqa: F401
        DateSource, Document, Figure, Meeting, MeetingKind, Metric, Qualifier, Skipped, Span, Status,
    )
