"""Find and read articles: the bundled corpus or given paths -> Documents.

Reading never raises for one bad file: ``read_paths`` yields a ``Skipped`` naming the file and
the reason, and goes on with the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from .dates import find_published
from .records import Document, Skipped

ARTICLE_SUFFIXES = (".txt", ".md")


def bundled_dir() -> Path:
    """The bundled corpus: inside the installed package, or beside it in a checkout."""
    installed = resources.files("kzfacts") / "corpus"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent / "corpus"


def title_of(text: str) -> str | None:
    """The first short line of the text, which is where pages put their headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None


def make_document(text: str, doc: str, *, path: str | None = None, title: str | None = None,
                  published=None, url: str | None = None) -> Document:
    """A Document from text, with the published date read off the text unless given."""
    return Document(
        id=doc, text=text, title=title if title is not None else title_of(text),
        published=published if published is not None else find_published(text),
        path=path, url=url,
    )


def read_file(path: Path) -> Document:
    """Read one UTF-8 article file; raises CorpusError with the reason."""
    from .errors import CorpusError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise CorpusError(f"{path}: empty file")
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text") from exc
    return make_document(text, path.stem, path=str(path))


def article_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named by ``paths``, folders walked in sorted order, hidden files skipped."""
    for p in paths:
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                yield Skipped(str(p), "folder holds no article files")
            yield from found
        elif p.exists():
            yield p
        else:
            yield Skipped(str(p), "no such file or folder")


def read_one(path: Path) -> Document | Skipped:
    """The Document of one article file, or a Skipped saying why it could not be read."""
    from .errors import CorpusError

    try:
        return read_file(path)
    except CorpusError as exc:
        return Skipped(str(path), str(exc).split(": ", 1)[-1])


def read_paths(paths: Iterable[Path | str]) -> Iterator[Document | Skipped]:
    """Documents of every readable file under ``paths``; a Skipped for each that is not."""
    for item in article_files(Path(p) for p in paths):
        yield item if isinstance(item, Skipped) else read_one(item)


def load_corpus(paths: Iterable[Path | str] | None = None) -> list[Document]:
    """Every readable document under ``paths`` (default: the bundled corpus)."""
    items = read_paths(paths if paths else [bundled_dir()])
    return [d for d in items if isinstance(d, Document)]
