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
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .dates import find_published
from .errors import CorpusError
from .records import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
MANIFEST = "manifest.jsonl"
STDIN = "-"  # the path that means standard input
STDIN_NAME = "<stdin>"  # how messages name it

# A news article is kilobytes; a saved page with its scripts a few megabytes. Past this a file
# (or one JSON line) is refused before it is read, so "50 MB on one line" costs nothing.
MAX_ARTICLE_BYTES = 10 * 2**20

# Single-byte encodings that English news about the region comes in when it is not Unicode.
# Multi-byte Asian codecs are left out on purpose: charset-normalizer picks "shift_jis" for
# ASCII text with a few cp1251 letters in it ("said Mr. Smirnov Смирнов"). cp1252 goes before
# latin-1 because it reads the curly quotes Windows puts in ("trade reached “$24 billion”").
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1", "koi8_r", "cp866", "iso8859_5")

# byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters that text does not hold (tab, line breaks and form feed are fine)
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_EXTRA = "reading HTML needs the html extra: pip install 'kzfacts[html]'"


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
                  published=None, url: str | None = None, encoding: str | None = None) -> Document:
    """A Document from text, with the published date read off the text unless given."""
    return Document(
        id=doc, text=text, title=title if title is not None else title_of(text),
        published=published if published is not None else find_published(text),
        path=path, url=url, encoding=encoding,
    )


# --- bytes -> text ----------------------------------------------------------------------------


def decode(data: bytes, where: object) -> tuple[str, str | None]:
    """The text in ``data`` and, when it was not Unicode, the legacy encoding it was read as.

    Raises CorpusError naming ``where`` for an empty, binary or undecodable file.
    """
    if not data.strip():
        raise CorpusError(where, "empty file")
    text, guessed = None, None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise CorpusError(where, f"not {codec.removesuffix('-sig').upper()} text, though it starts like it") from None
            break
    else:
        if b"\x00" in data[:8192]:
            raise CorpusError(where, "binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, guessed = _decode_legacy(data, where)
    if not text.strip():
        raise CorpusError(where, "empty file")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise CorpusError(where, "binary file, not text")
    return text, guessed


def _decode_legacy(data: bytes, where: object) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise CorpusError(where, "not UTF-8 text, nor a single-byte encoding we can tell")
    return data.decode(best.encoding), best.encoding


def _read_bytes(path: Path) -> bytes:
    """The bytes of one file, refused when larger than an article can be."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise CorpusError(path, f"too large for an article: {size / 2**20:.1f} MB "
                                    f"(the limit is {MAX_ARTICLE_BYTES // 2**20} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, _os_reason(exc)) from exc


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read it: permission denied"
    return f"cannot read it: {exc.strerror or exc}"


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


def _read_json(path: Path) -> Iterator[Document | Skipped]:
    text, _ = decode(_read_bytes(path), path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(path, f"not JSON: {exc}") from None
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
    with path.open("rb") as fh:
        head = fh.read(4)
        if any(head.startswith(b) for b, c in _BOMS if c != "utf-8-sig"):
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
                yield lineno, json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Skipped(str(path), "not UTF-8 text (JSON Lines must be UTF-8)", lineno)
            except json.JSONDecodeError as exc:
                yield Skipped(str(path), f"not JSON: {exc.msg} (column {exc.colno})", lineno)


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
    html, _ = decode(_read_bytes(path), path)
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
    yield make_document(text, path.stem, path=str(path), title=page.title or None,
                        published=published, url=page.url or None)


def _read_text(path: Path) -> Iterator[Document]:
    text, guessed = decode(_read_bytes(path), path)
    yield make_document(text, path.stem, path=str(path), encoding=guessed)


def _read_stdin() -> Iterator[Document]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(MAX_ARTICLE_BYTES + 1) if stream is not None else sys.stdin.read().encode()
    if len(data) > MAX_ARTICLE_BYTES:
        raise CorpusError(STDIN_NAME, f"more than {MAX_ARTICLE_BYTES // 2**20} MB, too large for an article")
    text, guessed = decode(data, STDIN_NAME)
    yield make_document(text, "stdin", path=STDIN_NAME, encoding=guessed)


def read_source(path: Path) -> Iterator[Document | Skipped]:
    """The documents of one file, by its extension (text when it has none we know); a Skipped
    for each bad line or item. Raises CorpusError when the file as a whole cannot be read."""
    if str(path) == STDIN:
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
        bad.append(Skipped(str(path), _os_reason(exc)))
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
        """The entries that apply to ``path``: from ``root`` down to its folder."""
        folders = [path.parent]
        while folders[-1] != root and root in folders[-1].parents:
            folders.append(folders[-1].parent)
        merged: dict[str, dict[str, Any]] = {}
        bad: list[Skipped] = []
        for folder in reversed(folders):
            entries, problems = self.load(folder)
            bad += problems
            for doc, fields in entries.items():
                merged[doc] = {**merged.get(doc, {}), **fields}
        return merged, bad


# --- paths -> files ---------------------------------------------------------------------------


def _walk(folder: Path, ancestors: frozenset[str]) -> Iterator[Path | Skipped]:
    """Article files under ``folder`` in sorted order; hidden entries and manifests left out,
    symlinked folders followed unless they lead back to a folder above (a loop)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(str(folder), _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            real = os.path.realpath(path)
            if real in ancestors:
                yield Skipped(str(path), "symlink loop, not followed")
                continue
            yield from _walk(path, ancestors | {real})
        elif entry.name != MANIFEST and path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path] | Skipped]:
    """(file, the folder it was found from) for every file named by ``paths``, each file once;
    a Skipped for a path that is missing, a pattern that matches nothing, an empty folder."""
    seen: set[str] = set()
    for given in map(str, paths):
        if given == STDIN:
            yield Path(STDIN), Path(".")
            continue
        if not os.path.lexists(given) and glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Skipped(given, "no file matches this pattern")
            expanded = matches
        else:
            expanded = [given]
        for name in expanded:
            path = Path(name)
            if path.is_dir():
                found = False
                for item in _walk(path, frozenset({os.path.realpath(path)})):
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


def read_paths(paths: Iterable[Path | str]) -> Iterator[Document | Skipped]:
    """Documents of every readable file under ``paths``; a Skipped for each that is not."""
    manifests = _Manifests()
    for item in article_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        path, root = item
        overrides, bad = manifests.overrides(path, root) if str(path) != STDIN else ({}, [])
        yield from bad
        read = skipped = 0
        try:
            for got in read_source(path):
                if isinstance(got, Skipped):
                    skipped += 1
                    yield got
                    continue
                read += 1
                fields = overrides.get(got.id)
                yield dataclasses.replace(got, **fields) if fields else got
        except CorpusError as exc:
            yield Skipped(exc.path, exc.reason, exc.line)
        except OSError as exc:
            yield Skipped(str(path), _os_reason(exc))
        else:
            if not read and not skipped:
                yield Skipped(str(path), "holds no articles")
            elif not read:
                yield Skipped(str(path), "no article read from it")


def load_corpus(paths: Iterable[Path | str] | None = None) -> list[Document]:
    """Every readable document under ``paths`` (default: the bundled corpus)."""
    items = read_paths(paths if paths else [bundled_dir()])
    return [d for d in items if isinstance(d, Document)]
