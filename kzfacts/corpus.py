"""Find and read articles: the bundled corpus or given paths -> Documents.

Paths are files, folders (walked recursively in sorted order, hidden entries skipped, symlink
loops reported), glob patterns and ``-`` for standard input. Formats go by extension:
``.txt``/``.md`` are text, ``.html``/``.htm`` pages give their main text through trafilatura
(the optional ``kzfacts[html]`` extra), ``.json``/``.jsonl`` hold article objects with ``text``
and optional ``title``, ``published``, ``url``, ``id``. A ``manifest.jsonl`` in a folder
(``doc``, ``published``, ``url``, ``title``) overrides what is read off the articles in it.

Reading never raises for one bad file: ``read_paths`` yields a ``Skipped`` naming the file (and
line) and the reason, and goes on with the rest.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from .dates import find_published
from .errors import CorpusError
from .headline import clean_title, title_of
from .files import (
    BOMS, MAX_ARTICLE_BYTES, decode, open_regular, os_reason, read_bounded, read_file, without_surrogates,
)
from .records import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
MANIFEST = "manifest.jsonl"
STDIN = "-"  # the path that means standard input
STDIN_NAME = "<stdin>"  # how messages name it
STDIN_PATH = Path(STDIN)  # standard input, by identity: a file named "-" (given as ./-) is a file

_HTML_EXTRA = "reading HTML needs the html extra: pip install 'kzfacts[html]'"


def bundled_dir() -> Path:
    """The bundled corpus: inside the installed package, or beside it in a checkout."""
    installed = resources.files("kzfacts") / "corpus"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parent.parent / "corpus"


def make_document(text: str, doc: str, *, path: str | None = None, title: str | None = None,
                  published=None, url: str | None = None, encoding: str | None = None) -> Document:
    """A Document from text, with the published date read off the text unless given."""
    text = without_surrogates(text)
    title = without_surrogates(title) if title is not None else title_of(text)
    return Document(
        id=without_surrogates(doc), text=text, title=title,
        published=published if published is not None else find_published(text),
        path=path, url=without_surrogates(url) if url is not None else None, encoding=encoding,
    )


# --- one file -> documents --------------------------------------------------------------------


def _published(value: Any, where: object, line: int | None) -> dt.date | None:
    """ "2023-03-28" or "2023-03-28T10:00:00Z" -> a date; None stays None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise CorpusError(where, f"published {value!r} is not a YYYY-MM-DD date", line) from None


def _optional_str(obj: dict[str, Any], key: str, where: object, line: int | None) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise CorpusError(where, f'"{key}" is not a string', line)


def _json_article(obj: Any, path: Path, doc: str, line: int | None) -> Document:
    """A Document from one JSON article object."""
    if not isinstance(obj, dict):
        raise CorpusError(path, 'not an article: expected an object with a "text" field', line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise CorpusError(path, 'no "text" field' if text is None else '"text" is not a string', line)
    if not text.strip():
        raise CorpusError(path, 'empty "text"', line)
    ident = obj.get("id")
    return make_document(
        text, str(ident) if ident is not None else doc, path=str(path),
        title=_optional_str(obj, "title", path, line), url=_optional_str(obj, "url", path, line),
        published=_published(obj.get("published"), path, line),
    )


def _json_loads(text: str | bytes, where: object, line: int | None = None) -> Any:
    """``json.loads``, with every way it fails as a CorpusError: bad syntax, nesting deeper than
    the interpreter's stack, a number of more digits than Python converts."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} (column {exc.colno})" if line else str(exc)
        raise CorpusError(where, f"not JSON: {reason}", line) from None
    except RecursionError:
        raise CorpusError(where, "JSON nested too deep to be an article", line) from None
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise CorpusError(where, f"not JSON we can read: {exc}", line) from None


def _read_json(path: Path) -> Iterator[Document | Skipped]:
    text, _ = decode(read_file(path), path)
    data = _json_loads(text, path)
    if isinstance(data, list):
        for i, obj in enumerate(data, 1):
            try:
                yield _json_article(obj, path, f"{path.stem}-{i}", None)
            except CorpusError as exc:
                yield Skipped(exc.path, f"article {i}: {exc.reason}")
    else:
        yield _json_article(data, path, path.stem, None)


def _jsonl_objects(path: Path) -> Iterator[tuple[int, Any] | Skipped]:
    """(line number, parsed object) of each non-blank line; a Skipped for each bad line.
    Streams, so a dump of any size is read; one line is an article and has its limit."""
    with open_regular(path) as fh:
        head = fh.read(4)
        if any(head.startswith(b) for b, c in BOMS if c != "utf-8-sig"):
            raise CorpusError(path, "JSON Lines must be UTF-8; this file is UTF-16 or UTF-32")
        fh.seek(0)
        lineno = 0
        while raw := fh.readline(MAX_ARTICLE_BYTES + 1):
            lineno += 1
            if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
                while (rest := fh.readline(2**20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the line, unread
                yield Skipped(str(path), f"line longer than {MAX_ARTICLE_BYTES // 2**20} MB, "
                                         "too large for an article", lineno)
                continue
            if lineno == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                yield lineno, _json_loads(raw.decode("utf-8"), path, lineno)
            except UnicodeDecodeError:
                yield Skipped(str(path), "not UTF-8 text (JSON Lines must be UTF-8)", lineno)
            except CorpusError as exc:
                yield Skipped(exc.path, exc.reason, exc.line)


def _read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    first = True
    for item in _jsonl_objects(path):
        if isinstance(item, Skipped):
            yield item
            continue
        lineno, obj = item
        # a gold file or a log beside the articles: say so once, not once a line
        if first and not (isinstance(obj, dict) and "text" in obj):
            raise CorpusError(path, 'not an article file: its first object has no "text" field')
        first = False
        try:
            yield _json_article(obj, path, f"{path.stem}-{lineno}", lineno)
        except CorpusError as exc:
            yield Skipped(exc.path, exc.reason, exc.line)


def _read_html(path: Path) -> Iterator[Document]:
    html, _ = decode(read_file(path), path)
    try:
        import trafilatura
    except ImportError:
        raise CorpusError(path, _HTML_EXTRA) from None
    page = trafilatura.bare_extraction(html, with_metadata=True)
    text = getattr(page, "text", None) if page is not None else None
    if not text or not text.strip():
        raise CorpusError(path, "no article text found in the page")
    published = None
    if page.date:
        try:
            published = dt.date.fromisoformat(page.date[:10])
        except ValueError:
            published = None
    yield make_document(text, path.stem, path=str(path), title=clean_title(page.title or "") or None,
                        published=published, url=page.url or None)


def _read_text(path: Path) -> Iterator[Document]:
    text, guessed = decode(read_file(path), path)
    yield make_document(text, path.stem, path=str(path), encoding=guessed)


def _read_stdin() -> Iterator[Document]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream put in its place (tests, notebooks)
        data = sys.stdin.read(MAX_ARTICLE_BYTES + 1).encode("utf-8", "surrogateescape")
        if len(data) > MAX_ARTICLE_BYTES:
            raise CorpusError(STDIN_NAME, f"more than {MAX_ARTICLE_BYTES // 2**20} MB, too large for an article")
    else:
        data = read_bounded(stream, STDIN_NAME)
    text, guessed = decode(data, STDIN_NAME)
    yield make_document(text, "stdin", path=STDIN_NAME, encoding=guessed)


def read_source(path: Path) -> Iterator[Document | Skipped]:
    """The documents of one file, by its extension (text when it has none we know); a Skipped
    for each bad line or item. Raises CorpusError when the file as a whole cannot be read."""
    if path is STDIN_PATH:
        return _read_stdin()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(path)
    if suffix == ".json":
        return _read_json(path)
    if suffix in HTML_SUFFIXES:
        return _read_html(path)
    return _read_text(path)


# --- manifests --------------------------------------------------------------------------------

_MANIFEST_FIELDS = ("published", "url", "title")


def read_manifest(path: Path) -> tuple[dict[str, dict[str, Any]], list[Skipped]]:
    """doc id -> the fields a manifest gives for it (those not null), and its bad lines."""
    entries: dict[str, dict[str, Any]] = {}
    bad: list[Skipped] = []
    try:
        for item in _jsonl_objects(path):
            if isinstance(item, Skipped):
                bad.append(item)
                continue
            lineno, obj = item
            if not isinstance(obj, dict) or not isinstance(obj.get("doc"), str):
                bad.append(Skipped(str(path), 'no "doc" field naming an article', lineno))
                continue
            try:
                fields = {k: obj[k] for k in _MANIFEST_FIELDS if obj.get(k) is not None}
                if "published" in fields:
                    fields["published"] = _published(fields["published"], path, lineno)
                for key in ("url", "title"):
                    _optional_str(fields, key, path, lineno)
            except CorpusError as exc:
                bad.append(Skipped(exc.path, exc.reason, exc.line))
                continue
            entries[obj["doc"]] = fields
    except CorpusError as exc:
        bad.append(Skipped(exc.path, exc.reason, exc.line))
    except OSError as exc:
        bad.append(Skipped(str(path), os_reason(exc)))
    return entries, bad


class _Manifests:
    """The manifests of one run, each read once; a nearer folder's entry wins."""

    def __init__(self) -> None:
        self._read: dict[Path, dict[str, dict[str, Any]]] = {}

    def load(self, folder: Path) -> tuple[dict[str, dict[str, Any]], list[Skipped]]:
        if folder in self._read:
            return self._read[folder], []
        path = folder / MANIFEST
        entries, bad = read_manifest(path) if path.is_file() else ({}, [])
        self._read[folder] = entries
        return entries, bad

    def overrides(self, path: Path, root: Path) -> tuple[dict[str, dict[str, Any]], list[Skipped]]:
        """The entries that apply to ``path``: from the folder beside ``root`` (``docs/`` with
        ``manifest.jsonl`` next to it, as the evaluation sets lie) down to the file's folder."""
        folders = [path.parent]
        while folders[-1] != root and root in folders[-1].parents:
            folders.append(folders[-1].parent)
        if folders[-1] == root and root.parent != root:
            folders.append(root.parent)
        merged: dict[str, dict[str, Any]] = {}
        bad: list[Skipped] = []
        for folder in reversed(folders):
            entries, problems = self.load(folder)
            bad += problems
            for doc, fields in entries.items():
                merged[doc] = {**merged.get(doc, {}), **fields}
        return merged, bad


# --- paths -> files ---------------------------------------------------------------------------


def _pattern_root(pattern: str) -> str:
    """The folder of a glob pattern before its first wildcard ("news/**/*.md" -> "news")."""
    fixed: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder: Path, ancestors: frozenset[str], root: str) -> Iterator[Path | Skipped]:
    """Article files under ``folder`` in sorted order; hidden entries and manifests left out,
    symlinks followed only while they stay inside ``root`` (the real path of the folder given)
    and do not lead back to a folder above (a loop)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(str(folder), os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir and (entry.name == MANIFEST or path.suffix.lower() not in ARTICLE_SUFFIXES):
            continue
        real = os.path.realpath(path)
        if is_dir and real in ancestors:
            yield Skipped(str(path), "symlink loop, not followed")
        elif entry.is_symlink() and not _inside(real, root):
            yield Skipped(str(path), "symlink out of the folder given, not followed")
        elif is_dir:
            yield from _walk(path, ancestors | {real}, root)
        else:
            yield path


def article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path] | Skipped]:
    """(file, the folder it was found from) for every file named by ``paths``, each file once;
    a Skipped for a path that is missing, a pattern that matches nothing, an empty folder.
    Standard input (``-``) comes as ``STDIN_PATH``, once however often it is named."""
    seen: set[str] = set()
    for given in map(str, paths):
        if given == STDIN:
            if STDIN_NAME not in seen:
                seen.add(STDIN_NAME)
                yield STDIN_PATH, Path(".")
            continue
        if not os.path.lexists(given) and glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Skipped(given, "no file matches this pattern")
            # a pattern's root is its folder before the first wildcard; a match that only a
            # symlink leads to from there lies outside it ("news/**" through "news/up -> ..")
            root = os.path.realpath(_pattern_root(given))
            expanded = []
            for name in matches:
                if _inside(os.path.realpath(name), root):
                    expanded.append(name)
                else:
                    yield Skipped(name, "symlink out of the pattern's folder, not followed")
        else:
            expanded = [given]
        for name in expanded:
            path = Path(name)
            if path.is_dir():
                found = False
                root = os.path.realpath(path)
                for item in _walk(path, frozenset({root}), root):
                    if isinstance(item, Path):
                        if (real := os.path.realpath(item)) in seen:
                            continue
                        seen.add(real)
                        found = True
                        yield item, path
                    else:
                        yield item
                if not found:
                    yield Skipped(name, "folder holds no article files")
            elif os.path.lexists(path):
                if path.name == MANIFEST:
                    continue  # named by a pattern such as "docs/*": it is read as a manifest
                real = os.path.realpath(path)
                if real not in seen:
                    seen.add(real)
                    yield path, path.parent
            else:
                yield Skipped(name, "no such file or folder")


class _Ids:
    """Document ids of one run, each given once: a second "index" becomes "index~2"."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def unique(self, doc: str) -> str:
        new, n = doc, 1
        while new in self.used:
            n += 1
            new = f"{doc}~{n}"
        self.used.add(new)
        return new


def read_paths(paths: Iterable[Path | str], *,
               note: Callable[[str], None] | None = None) -> Iterator[Document | Skipped]:
    """Documents of every readable file under ``paths``; a Skipped for each that is not.

    Document ids are unique in the run: one already taken gets ``~2`` (``~3``...) added, and
    ``note`` (when given) is told, as ``"PATH: ..."``.
    """
    manifests = _Manifests()
    ids = _Ids()
    for item in article_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        path, root = item
        overrides, bad = manifests.overrides(path, root) if path is not STDIN_PATH else ({}, [])
        yield from bad
        where = STDIN_NAME if path is STDIN_PATH else str(path)
        read = skipped = 0
        try:
            for got in read_source(path):
                if isinstance(got, Skipped):
                    skipped += 1
                    yield got
                    continue
                read += 1
                fields = overrides.get(got.id) or {}
                if (doc := ids.unique(got.id)) != got.id:
                    fields = {**fields, "id": doc}
                    if note is not None:
                        note(f"{got.path or where}: id {got.id!r} is taken, read as {doc!r}")
                yield dataclasses.replace(got, **fields) if fields else got
        except CorpusError as exc:
            yield Skipped(exc.path, exc.reason, exc.line)
        except OSError as exc:
            yield Skipped(where, os_reason(exc))
        except Exception as exc:  # noqa: BLE001 - one file, however broken, never ends the run
            yield Skipped(where, f"cannot read it: {type(exc).__name__}: {exc}")
        else:
            if not read and not skipped:
                yield Skipped(where, "holds no articles")
            elif not read:
                yield Skipped(where, "no article read from it")


def load_corpus(paths: Iterable[Path | str] | None = None) -> list[Document]:
    """Every readable document under ``paths`` (default: the bundled corpus)."""
    items = read_paths(paths if paths else [bundled_dir()])
    return [d for d in items if isinstance(d, Document)]
