"""Compiled ``regex`` patterns kept on disk between runs, so start-up does not grow with the rules.

The ``regex`` module parses and optimises each pattern in Python (some hundred kzfacts patterns
take 0.4 s, two thirds of a short run) and only then hands the finished program, plain ints,
strings and dicts, to its C core. ``install()`` keeps those finished programs in one file per
kzfacts, ``regex`` and Python version, and on the next run builds each pattern from its program
without parsing it again: the same C call with the same arguments, so the same pattern.

Only str patterns compiled without named lists, locale or debug flags are kept. The file is read
with ``marshal`` (data only, nothing in it runs) and written at exit, atomically, when new
patterns were compiled (a pattern whose text varies from run to run, one built from a set,
adds a copy each time: past twice the programs a run uses, only the last run's are kept). ``KZFACTS_REGEX_CACHE`` names its folder (default: the user's cache
folder); set it to ``off`` for none. Any surprise (an unknown ``regex`` internals, an unreadable
or unwritable file) leaves ``regex`` as it is.

The same file keeps, under a digest of the text each is made from, what start-up builds from the
data before any pattern (``memo``: the parsed TOML, the word tries, the grouped alternations):
values of ``marshal``'s plain types, a fresh copy each call.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_programs: dict[tuple[str, int, int], tuple | bytes] = {}  # (pattern, flags, default version) -> args; memo's values
_used: set[tuple[str, int, int]] = set()  # keys compiled or read in this run
_new = 0
_installed = False
_active = False  # the cache is in use: installed with a file to read and write


def _folder() -> Path | None:
    where = os.environ.get("KZFACTS_REGEX_CACHE")
    if where is not None:
        return None if where.strip().lower() in ("", "off", "0", "no") else Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else None)
    return Path(base or Path.home() / ".cache") / "kzfacts"


def _file() -> Path | None:
    folder = _folder()
    if folder is None:
        return None
    import regex

    from . import __version__

    rx = getattr(regex, "__version__", None)
    if not rx:
        return None
    py = "".join(map(str, sys.version_info[:2]))
    return folder / f"regex-{__version__}-{rx}-py{py}.marshal"


def install_on_import() -> None:
    """``install()`` once ``regex`` is imported, by whom ever: ``kzfacts --help`` imports no
    pattern and should not pay for the module or the file."""
    if "regex" in sys.modules:
        install()
        return
    if any(isinstance(f, _OnImport) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _OnImport())


class _OnImport:
    """A finder that finds nothing; told of the import of ``regex``, it lets the usual
    finders load it and then installs the cache on it."""

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201
        if name != "regex":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module):  # noqa: ANN001, ANN202
            load(module)
            sys.modules[name] = module  # install() imports it by name
            install()

        spec.loader.exec_module = exec_module
        return spec


def install() -> None:
    """Route ``regex`` compiles through the cache (once per process)."""
    global _installed, _active
    if _installed:
        return
    _installed = True
    try:
        import regex
        from regex import _main

        original, core = _main._compile, _main._regex
        path = _file()
    except Exception:  # noqa: BLE001 - no cache is always safe
        return
    if path is None or not callable(getattr(core, "compile", None)):
        return
    try:
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            _programs.update(loaded)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    unkept = regex.DEBUG | regex.LOCALE
    built: dict[tuple[str, int, int], object] = {}

    def _compile(pattern, flags, ignore_unused, kwargs, cache_it):  # noqa: ANN001, ANN202
        global _new
        if type(pattern) is not str or kwargs or flags & unkept or not cache_it:
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        got = built.get(key)
        if got is not None:
            return got
        _used.add(key)
        args = _programs.get(key)
        if args is not None:
            try:
                got = built[key] = core.compile(*args)
                return got
            except Exception:  # noqa: BLE001 - a stale program: compile afresh
                pass
        with _lock:  # catch the C call's arguments on their way in
            seen: list[tuple] = []

            class _Catch:
                def __getattr__(self, name):  # noqa: ANN001, ANN204
                    return getattr(core, name)

                @staticmethod
                def compile(*a):  # noqa: ANN002, ANN205
                    seen.append(a)
                    return core.compile(*a)

            _main._regex = _Catch()
            try:
                got = original(pattern, flags, ignore_unused, kwargs, cache_it)
            finally:
                _main._regex = core
        if len(seen) == 1 and not seen[0][1] & regex.LOCALE and not seen[0][5]:
            # flags come as RegexFlag, which marshal does not take: plain ints
            args = tuple(int(a) if isinstance(a, int) and type(a) is not int else a for a in seen[0])
            try:
                marshal.dumps(args)
            except ValueError:
                return got
            _programs[key] = args
            built[key] = got
            _new += 1
        return got

    _main._compile = _compile
    atexit.register(_save, path)
    _active = True


_RE_VERSION = -1  # the key's third part for a ``re`` program (``regex``'s are its DEFAULT_VERSION)


def re_compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program kept in the same file: the word scans built
    from long lists (the aliases' first words, the triggers' opening words) are ``re`` patterns,
    whose parsing cost 0.1 s of a short run. Any surprise (another Python's ``re`` internals)
    falls back on ``re.compile``."""
    global _new
    key = (pattern, int(flags), _RE_VERSION)
    args = _programs.get(key) if _active else None
    if args is not None:
        try:
            import _sre

            got = _sre.compile(*args)
            _used.add(key)
            return got
        except Exception:  # noqa: BLE001 - a stale program: compile afresh
            pass
    compiled = re.compile(pattern, flags)
    if not _active or flags & (re.DEBUG | re.LOCALE):
        return compiled
    try:
        from re import _compiler, _parser

        p = _parser.parse(pattern, int(flags))
        code = _compiler._code(p, int(flags))
        index = dict(p.state.groupdict)
        groups = [None] * p.state.groups
        for name, i in index.items():
            groups[i] = name
        # (the code holds re's named opcodes, int subclasses that marshal refuses: plain ints)
        args = (pattern, int(int(flags) | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), index, tuple(groups))
        marshal.dumps(args)
        import _sre

        if _sre.compile(*args).pattern != compiled.pattern:
            return compiled
    except Exception:  # noqa: BLE001 - no cache is always safe
        return compiled
    with _lock:
        _programs[key] = args
        _used.add(key)
        _new += 1
    return compiled


_DATA_VERSION = -2  # the key's third part for a value ``memo`` keeps


def memo(text: str, build: Callable[[], Any]) -> Any:
    """``build()``, a value made from ``text`` alone (the parsed data files, the scans of the
    aliases' words: 50 ms of a short run), kept in the same file under a digest of ``text``;
    a fresh copy each call. A value ``marshal`` cannot write is built each run."""
    global _new
    key = (hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest(), 0, _DATA_VERSION)
    kept = _programs.get(key) if _active else None
    if isinstance(kept, bytes):
        try:
            got = marshal.loads(kept)
            _used.add(key)
            return got
        except (ValueError, EOFError, TypeError):
            pass
    value = build()
    if _active:
        try:
            data = marshal.dumps(value)
        except ValueError:
            return value
        with _lock:
            _programs[key] = data
            _used.add(key)
            _new += 1
    return value


def _save(path: Path) -> None:
    """Write the programs when this run compiled new ones (atomically: a rename)."""
    if not _new:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        # past twice what a run uses (at least 400), only this run's are kept
        keep = (_programs if len(_programs) <= 2 * max(len(_used), 200)
                else {k: _programs[k] for k in _used if k in _programs})
        tmp.write_bytes(marshal.dumps(dict(keep)))
        os.replace(tmp, path)
    except OSError:
        pass
