"""Bytes off the disk, and text out of them: the one bounded reader every input goes through.

A path is opened without blocking and read only when it is a regular file (a FIFO would wait
for a writer for ever, ``/dev/zero`` never ends); at most the cap plus one byte is read,
whatever the file claims to hold. Decoding is UTF-8 (a byte order mark says otherwise), a
single-byte legacy encoding when the bytes are not UTF-8 at all, and UTF-8 with the stray bytes
replaced when they are UTF-8 but for a few.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

import regex

from .errors import CorpusError

# A news article is kilobytes; a saved page with its scripts a few megabytes. Past this a file
# (or one JSON line) is refused before it is read, so "50 MB on one line" costs nothing.
MAX_ARTICLE_BYTES = 10 * 2**20

# Single-byte encodings that English news about the region comes in when it is not Unicode.
# Multi-byte Asian codecs are left out on purpose: charset-normalizer picks "shift_jis" for
# ASCII text with a few cp1251 letters in it ("said Mr. Smirnov Смирнов"). cp1252 goes before
# latin-1 because it reads the curly quotes Windows puts in ("trade reached “$24 billion”").
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1", "koi8_r", "cp866", "iso8859_5")
UTF8_REPAIRED = "utf-8"  # Document.encoding of UTF-8 text with a few stray bytes replaced

# byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters that text does not hold (tab, line breaks and form feed are fine)
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# UTF-16 code units that pair with nothing: JSON's "\udc00" and Python's surrogateescape make them
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _too_large(size_mb: float | None = None) -> str:
    got = f"{size_mb:.1f} MB" if size_mb is not None else f"more than {MAX_ARTICLE_BYTES // 2**20} MB"
    return f"too large for an article: {got} (the limit is {MAX_ARTICLE_BYTES // 2**20} MB)"


def os_reason(exc: OSError) -> str:
    """Why the system would not let us read it, in words."""
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read it: permission denied"
    return f"cannot read it: {exc.strerror or exc}"


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, refused (CorpusError) unless it is a regular file. Opened
    without blocking, so a FIFO with no writer is refused rather than waited on."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CorpusError(path, os_reason(exc)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise CorpusError(path, f"not a regular file ({_kind(mode)}), not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "special"


def read_bounded(stream: BinaryIO, where: object) -> bytes:
    """All of ``stream``, refused once it passes the cap (at most the cap plus one byte read)."""
    chunks, total = [], 0
    while total <= MAX_ARTICLE_BYTES and (chunk := stream.read(min(2**20, MAX_ARTICLE_BYTES + 1 - total))):
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_ARTICLE_BYTES:
        raise CorpusError(where, _too_large())
    return b"".join(chunks)


def read_file(path: Path) -> bytes:
    """The bytes of one regular file, refused when larger than an article can be."""
    with open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_ARTICLE_BYTES:
                raise CorpusError(path, _too_large(size / 2**20))
            return read_bounded(fh, path)
        except OSError as exc:
            raise CorpusError(path, os_reason(exc)) from exc


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD: one character for one, so offsets
    hold, and every output can encode it."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


# --- bytes -> text ----------------------------------------------------------------------------


def decode(data: bytes, where: object) -> tuple[str, str | None]:
    """The text in ``data`` and, when it was not clean Unicode, the encoding it was read as
    (a legacy one, or ``UTF8_REPAIRED``).

    Raises CorpusError naming ``where`` for an empty, binary or undecodable file.
    """
    if not data.strip():
        raise CorpusError(where, "empty file")
    text, guessed = None, None
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise CorpusError(where, f"not {codec.removesuffix('-sig').upper()} text, though it starts like it") from None
            break
    else:
        if b"\x00" in data:  # anywhere: text never holds NUL, and the verdict must not hang on where
            raise CorpusError(where, "binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, guessed = _mostly_utf8(data) or _decode_legacy(data, where)
    if not text.strip():
        raise CorpusError(where, "empty file")
    if len(_CONTROL.findall(text)) > len(text) // 100:
        raise CorpusError(where, "binary file, not text")
    return text, guessed


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes (a cut, a pasted byte): the text with those replaced.
    Only when UTF-8 characters outnumber the strays many times: a legacy file decoded so would
    be all replacement marks, and pure ASCII with one stray byte is read right as legacy."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", "ignore")) - stray
    return (text, UTF8_REPAIRED) if wide >= 4 * stray else None


def _decode_legacy(data: bytes, where: object) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise CorpusError(where, "not UTF-8 text, nor a single-byte encoding we can tell")
    return data.decode(best.encoding), best.encoding
