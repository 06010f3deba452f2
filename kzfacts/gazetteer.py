"""Load the data files in ``kzfacts/data`` once, validate them, and build lookups.

A user's own folder of data files (``--data DIR`` or ``KZFACTS_DATA``) may hold any of
``people.toml``, ``places.toml``, ``titles.toml`` and ``cues.toml``; each is merged over the
bundled file of its name: new tables are added, tables of the same name merged key by key,
lists extended, other values replaced. A broken data file fails loudly at load time with a
``DataFileError`` naming the file and the problem (for a form claimed twice, both owners and
both files), so the tests catch it.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError
from .regex_cache import memo

USER_FILES = ("people", "places", "titles", "cues")  # the data files a user's folder may hold
_UNSET: Any = object()
_data_dir: Path | None = _UNSET  # set by use_data(); unset: KZFACTS_DATA, else none


def data_dir() -> Path | None:
    """The user's folder of data files in use, or None for the bundled files alone."""
    if _data_dir is _UNSET:
        env = os.environ.get("KZFACTS_DATA")
        return Path(env).resolve() if env else None
    return _data_dir


def use_data(path: str | Path | None) -> None:
    """Merge the data files of ``path`` over the bundled ones from now on (None: bundled only).

    Every cached lookup and pattern built from the data is dropped when the folder changes,
    so nothing built from one folder's names serves another. Raises DataFileError for a folder
    that does not exist or holds a ``.toml`` file kzfacts does not read.
    """
    global _data_dir
    new = Path(path).resolve() if path else None
    if new is not None:
        _check_folder(new)
    if new != data_dir() or _data_dir is _UNSET:
        _data_dir = new
        _clear_caches()


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise DataFileError(f"{folder}: no such folder of data files")
    stray = sorted(p.name for p in folder.glob("*.toml") if p.stem not in USER_FILES)
    if stray:
        raise DataFileError(f"{folder}: kzfacts reads only {', '.join(f + '.toml' for f in USER_FILES)}"
                            f" from a data folder, not {', '.join(stray)}")


def _clear_caches() -> None:
    """Drop every cache of every kzfacts module (lookups, compiled patterns). A rule built
    from the data by a cached function leaves the registry with it, to be built again."""
    import inspect

    from .rules import REGISTRY, Rule

    for name, module in list(sys.modules.items()):
        if module is None or not (name == "kzfacts" or name.startswith("kzfacts.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if not callable(clear) or getattr(value, "__module__", None) != name:
                continue
            if value.cache_info().currsize and not inspect.signature(value).parameters:
                made = value()  # the cached value, at no cost
                for r in made if isinstance(made, tuple) else (made,):
                    if isinstance(r, Rule) and REGISTRY.get(r.id) is r:
                        del REGISTRY[r.id]
            clear()


def _bundled_label(name: str) -> str:
    return f"kzfacts/data/{name}.toml"


@cache
def _sources(name: str, folder: Path | None) -> tuple[tuple[str, dict[str, Any]], ...]:
    """(label, parsed data) of the bundled file and, when the folder has one, the user's."""
    path = resources.files("kzfacts") / "data" / f"{name}.toml"
    try:
        text = path.read_text(encoding="utf-8")
        out = [(_bundled_label(name), memo(text, lambda: tomllib.loads(text)))]
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"{_bundled_label(name)}: {exc}") from exc
    mine = folder / f"{name}.toml" if folder is not None and name in USER_FILES else None
    if mine is not None and mine.is_file():
        try:
            text = mine.read_text(encoding="utf-8")
            out.append((str(mine), memo(text, lambda: tomllib.loads(text))))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise DataFileError(f"{mine}: {getattr(exc, 'strerror', None) or exc}") from exc
    return tuple(out)


def sources(name: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The files behind data file ``name``: the bundled one, then the user's (``--data``)."""
    return _sources(name, data_dir())


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


@cache
def _load(name: str, folder: Path | None) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for _, data in _sources(name, folder):
        merged = _merge(merged, data)
    return merged


def load(name: str) -> dict[str, Any]:
    """The parsed data file ``kzfacts/data/<name>.toml``, with the user's merged over it."""
    return _load(name, data_dir())


def _origins(name: str, forms_of) -> dict[tuple[str, str], str]:
    """(form in lower case, owner) -> the file that first gave the owner that form."""
    out: dict[tuple[str, str], str] = {}
    for label, data in sources(name):
        for owner, forms in forms_of(data):
            for form in forms:
                out.setdefault((str(form).lower(), owner), label)
    return out


def claim(table: dict[str, str], form: str, owner: str, file: str,
          origins: dict[tuple[str, str], str] | None = None) -> None:
    """Record that ``form`` belongs to ``owner``; a form claimed twice is an error, naming both
    owners and, given ``origins`` (see ``_origins``), the file each claim came from."""
    key = form.lower()
    if key in table and table[key] != owner:
        first = table[key]
        if origins:
            one = origins.get((key, first), _bundled_label(file))
            two = origins.get((key, owner), _bundled_label(file))
            raise DataFileError(f"{form!r} is claimed twice in {file}.toml: by {first!r} ({one}) "
                                f"and by {owner!r} ({two}); an alias may belong to one entry only")
        raise DataFileError(f"data/{file}.toml: {form!r} is claimed by {table[key]!r} and {owner!r}")
    table[key] = owner


@cache
def months() -> dict[str, int]:
    """Month form (lower case) -> month number."""
    out: dict[str, str] = {}
    for num, forms in load("months").items():
        if isinstance(forms, list):
            for f in forms:
                claim(out, f, num, "months")
    return {k: int(v) for k, v in out.items()}


@cache
def page_months() -> dict[str, int]:
    """Month forms of a page's date stamp: the text's, and those only stamps print."""
    out = {k: str(v) for k, v in months().items()}
    for num, forms in load("months").get("page", {}).items():
        for f in forms:
            claim(out, f, num, "months")
    return {k: int(v) for k, v in out.items()}


@cache
def number_words() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in load("numbers")["words"].items()}


@cache
def scales() -> dict[str, int]:
    """Scale form (lower case) -> power of ten."""
    owners: dict[str, str] = {}
    out: dict[str, int] = {}
    for name, entry in load("numbers")["scales"].items():
        for f in entry["forms"]:
            claim(owners, f, name, "numbers")
            out[f.lower()] = int(entry["power"])
    return out


@cache
def currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(form before the number -> code, form after the number -> code), forms in lower case."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for code, entry in load("numbers")["currencies"].items():
        for f in entry.get("before", []):
            claim(before, f, code, "numbers")
        for f in entry.get("after", []):
            claim(after, f, code, "numbers")
    return before, after


@cache
def usd_rates() -> dict[str, float]:
    """A currency code -> the rough worth of one unit in US dollars (``numbers.toml``)."""
    return {code: float(entry.get("usd", 1.0)) for code, entry in load("numbers")["currencies"].items()}


# --- people and places (meetings) ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """One person of ``data/people.toml``: the name kzfacts writes, aliases, country, offices."""

    key: str
    aliases: tuple[str, ...]
    country: str
    # (office, (from year, month), (to year, month)): January and December where people.toml gives
    # a year only, (9999, 12) while in office
    terms: tuple[tuple[str, tuple[int, int], tuple[int, int]], ...] = ()

    @property
    def titles(self) -> tuple[tuple[str, int, int | None], ...]:
        """(office, from year, to year or None) of each term."""
        return tuple((t, start[0], None if end[0] == 9999 else end[0]) for t, start, end in self.terms)

    def held(self, office: str, when: int | _dt.date) -> bool:
        """Whether they held ``office`` in a year, or in the month of a date (a year of two
        holders has one of them each month)."""
        if isinstance(when, int):
            return any(t == office and start[0] <= when <= end[0] for t, start, end in self.terms)
        at = (when.year, when.month)
        return any(t == office and start <= at <= end for t, start, end in self.terms)


def _year_month(value: object, *, last: bool) -> tuple[int, int]:
    """2019 -> (2019, 1), or (2019, 12) for a term's ``last`` month; "2019-03" -> (2019, 3)."""
    if isinstance(value, int):
        return value, 12 if last else 1
    y, m = str(value).split("-")
    if not 1 <= int(m) <= 12:
        raise ValueError(f"no month {m} in {value!r}")
    return int(y), int(m)


@cache
def people() -> dict[str, Person]:
    """Name kzfacts writes -> Person; an alias claimed by two people is a DataFileError."""
    owners: dict[str, str] = {}
    out: dict[str, Person] = {}
    origins = _origins("people", lambda data: ((k, (k, *e.get("aliases", ()))) for k, e in data.items()
                                               if isinstance(e, dict)))
    for key, entry in load("people").items():
        try:
            aliases = tuple(str(a) for a in entry["aliases"])
            country = str(entry["country"])
            terms = tuple((str(t["title"]), _year_month(t["from"], last=False),
                           _year_month(t["to"], last=True) if t.get("to") else (9999, 12)) for t in entry.get("titles", []))
        except (KeyError, TypeError, ValueError) as exc:
            where = origins.get((key.lower(), key), _bundled_label("people"))
            what = f"no {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            raise DataFileError(f"{where}: [{key}] is malformed: {what} (a person has aliases = "
                                f"[...], country = \"KZ\" and optional titles)") from None
        for alias in (key, *aliases):
            claim(owners, alias, key, "people", origins)
        out[key] = Person(key, aliases, country, terms)
    # "W. Jiabao", "L. Keqiang": a Chinese name as Kazakh and Russian outlets shorten it, the family
    # name's initial and the given name (left out where two people would share it)
    short: dict[str, list[str]] = {}
    for p in out.values():
        words = p.key.split()
        if p.country == "CN" and len(words) == 2:
            short.setdefault(f"{words[0][0]}. {words[1]}", []).append(p.key)
    for form, keys in short.items():
        if len(keys) == 1 and form not in owners:
            p = out[keys[0]]
            out[p.key] = Person(p.key, (*p.aliases, form), p.country, p.terms)
    return out


@cache
def office_words() -> frozenset[str]:
    """Every word of the offices' forms, lower case ("director", "general", "of")."""
    return frozenset(w.lower() for forms in titles()["titles"].values() for f in forms for w in f.split())


@cache
def alias_index() -> dict[str, str]:
    """Every alias and key, as written -> the person's key."""
    return {a: p.key for p in people().values() for a in (p.key, *p.aliases)}


@cache
def person_aliases() -> dict[str, str]:
    """Every alias and key (lower case) -> the person's key."""
    return {form.lower(): p.key for p in people().values() for form in (p.key, *p.aliases)}


def _words(form: str) -> list[str]:
    return form.lower().replace("-", " ").split()


def find_people(query: str) -> list[Person]:
    """People one of whose names is ``query``, or has every word of it ("zhang" finds each
    Zhang, "xi jinping" finds Xi), in any case."""
    q = " ".join(_words(query))
    if not q:
        return []
    found = []
    for person in people().values():
        forms = [" ".join(_words(f)) for f in (person.key, *person.aliases)]
        tokens = {w for f in forms for w in f.split()}
        if q in forms or all(w in tokens for w in q.split()):
            found.append(person)
    return found


def close_people(query: str, n: int = 5) -> list[str]:
    """Keys of the people whose names come close to ``query``: those with one of its words as
    a name ("President Tokayev" -> Tokayev), then near spellings ("Tokaeyv")."""
    import difflib

    by_word: dict[str, list[str]] = {}
    by_form: dict[str, str] = {}
    for person in people().values():
        for form in (person.key, *person.aliases):
            by_form.setdefault(" ".join(_words(form)), person.key)
            for w in _words(form):
                by_word.setdefault(w, [])
                if person.key not in by_word[w]:
                    by_word[w].append(person.key)
    offices = {w for forms in titles()["titles"].values() for f in forms for w in _words(f)}
    out = [p.key for p in find_people(query)]
    words = [w for w in _words(query) if len(w) > 1 and w not in offices]  # "President Tokayev"
    for w in words:
        out += by_word.get(w, [])
    if out:
        return list(dict.fromkeys(out))[:n]
    for form in difflib.get_close_matches(" ".join(words), list(by_form), n=n, cutoff=0.75):
        out.append(by_form[form])
    for w in words:
        for near in difflib.get_close_matches(w, list(by_word), n=n, cutoff=0.8):
            out += by_word[near]
    return list(dict.fromkeys(out))[:n]


@cache
def places() -> dict[str, str]:
    """Place form (as printed) -> the place name kzfacts writes; a form claimed twice is an error."""
    owners: dict[str, str] = {}
    out: dict[str, str] = {}
    origins = _origins("places", lambda data: ((k, (k, *e.get("forms", ()))) for k, e in data.items()
                                               if isinstance(e, dict)))
    for key, entry in load("places").items():
        for form in (key, *entry.get("forms", [])):
            claim(owners, form, key, "places", origins)
            out[form] = key
    return out


@cache
def place_countries() -> dict[str, str]:
    """Place form (as printed) -> the country it lies in, for the places ``places.toml`` gives one."""
    return {form: str(entry["country"]) for key, entry in load("places").items() if "country" in entry
            for form in (key, *entry.get("forms", []))}


@cache
def titles() -> dict[str, Any]:
    """The office words, country words, name words and cue words of ``data/titles.toml``."""
    data = load("titles")
    owners: dict[str, str] = {}
    origins = _origins("titles", lambda data: data.get("countries", {}).items())
    for code, forms in data["countries"].items():
        for form in forms:
            claim(owners, form, code, "titles", origins)
    return data
