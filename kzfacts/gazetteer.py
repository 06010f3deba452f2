"""Load the data files in ``kzfacts/data`` once, validate them, and build lookups.

A broken data file is a programmer error: it fails loudly at load time with a
``DataFileError`` naming the file and the problem, so the tests catch it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import DataFileError


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML data file ``kzfacts/data/<name>.toml``."""
    path = resources.files("kzfacts") / "data" / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"data/{name}.toml: {exc}") from exc


def claim(table: dict[str, str], form: str, owner: str, file: str) -> None:
    """Record that ``form`` belongs to ``owner``; a form claimed twice is an error."""
    key = form.lower()
    if key in table and table[key] != owner:
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


# --- people and places (meetings) ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """One person of ``data/people.toml``: the name kzfacts writes, aliases, country, offices."""

    key: str
    aliases: tuple[str, ...]
    country: str
    titles: tuple[tuple[str, int, int | None], ...]  # (office, from year, to year or None)

    def held(self, office: str, year: int) -> bool:
        return any(t == office and start <= year <= (end or 9999) for t, start, end in self.titles)


@cache
def people() -> dict[str, Person]:
    """Name kzfacts writes -> Person; an alias claimed by two people is a DataFileError."""
    owners: dict[str, str] = {}
    out: dict[str, Person] = {}
    for key, entry in load("people").items():
        try:
            aliases = tuple(entry["aliases"])
            country = str(entry["country"])
            titles = tuple((str(t["title"]), int(t["from"]), (int(t["to"]) if t.get("to") else None))
                           for t in entry.get("titles", []))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(f"data/people.toml: [{key}] is malformed: {exc!r}") from exc
        for alias in (key, *aliases):
            claim(owners, alias, key, "people")
        out[key] = Person(key, aliases, country, titles)
    return out


@cache
def person_aliases() -> dict[str, str]:
    """Every alias and key (lower case) -> the person's key."""
    return {form.lower(): p.key for p in people().values() for form in (p.key, *p.aliases)}


@cache
def places() -> dict[str, str]:
    """Place form (as printed) -> the place name kzfacts writes; a form claimed twice is an error."""
    owners: dict[str, str] = {}
    out: dict[str, str] = {}
    for key, entry in load("places").items():
        for form in (key, *entry.get("forms", [])):
            claim(owners, form, key, "places")
            out[form] = key
    return out


@cache
def titles() -> dict[str, Any]:
    """The office words, country words, name words and cue words of ``data/titles.toml``."""
    data = load("titles")
    owners: dict[str, str] = {}
    for code, forms in data["countries"].items():
        for form in forms:
            claim(owners, form, code, "titles")
    return data
