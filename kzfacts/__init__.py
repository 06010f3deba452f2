"""kzfacts: typed, sourced facts and figures from news on Kazakhstan-China relations.

    >>> import kzfacts
    >>> [str(r) for r in kzfacts.extract("Last year, mutual trade exceeded $41 billion.", published="2024-07-03")]
    ['Figure[trade_volume 41000000000 USD 2023 actual over]']
"""

__version__ = "0.1.0"

from .corpus import bundled_dir, load_corpus, read_paths  # noqa: E402
from .errors import CorpusError, DataFileError, KzfactsError  # noqa: E402
from .extract import extract, extract_document, extract_paths  # noqa: E402
from .records import (  # noqa: E402
    DateSource, Document, Figure, Meeting, MeetingKind, Metric, Qualifier, Skipped, Span, Status,
)

__all__ = [
    "CorpusError", "DataFileError", "DateSource", "Document", "Figure", "KzfactsError", "Meeting",
    "MeetingKind", "Metric", "Qualifier", "Skipped", "Span", "Status", "__version__", "bundled_dir",
    "extract", "extract_document", "extract_paths", "load_corpus", "read_paths",
]
