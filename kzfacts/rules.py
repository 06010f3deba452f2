"""The rule registry: every rule is an id and a compiled pattern, registered once.

Import fails on a duplicate id or on a pattern that matches the empty string, so a broken
rule is caught by the first test that imports kzfacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

MATCH_TIMEOUT = 2.0  # seconds; a runaway match is reported as a skip, never a hang
# The regex module's timeout covers a whole ``finditer``, so a long article needs more time
# than a short one: this much per character on top (the slowest pattern reads about 0.3 MB/s,
# so 10 s a megabyte leaves room for a slow machine and still stops a runaway).
TIMEOUT_PER_CHAR = 1e-5


def match_timeout(text: str) -> float:
    """Seconds one pass of a pattern over ``text`` may take before it counts as runaway."""
    return MATCH_TIMEOUT + TIMEOUT_PER_CHAR * len(text)

# Rules fold case the simple way ("ſ" is "s", but "ß" is not "ss" nor "ﬁ" "fi"): the full folding
# the V1 flag turns on costs about twice the time at every position, and English news never
# needs it. Put in front of a pattern compiled with IGNORECASE | V1.
SIMPLE_CASE = "(?-f)"


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, once per process. Hot paths call this (as ``_re``)
    instead of ``regex.search(pattern, ...)``, whose own cache costs about 10 µs a call."""
    return regex.compile(pattern, flags)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pattern: regex.Pattern[str]
    doc: str = ""


REGISTRY: dict[str, Rule] = {}


def alternation(forms, *, escape: bool = False) -> str:
    """Forms as one regex alternation, longest first so that "bln" wins over "b"; a space in a
    form is any white space, also in verbose patterns. ``escape`` for plain words, not regex."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join((regex.escape(f) if escape else f).replace("\\ ", " ").replace(" ", r"\s+") for f in ordered)


def rule(rule_id: str, pattern: str, doc: str = "", flags: int = 0) -> Rule:
    """Compile and register a rule; refuses duplicate ids and empty-matching patterns."""
    if rule_id in REGISTRY:
        raise ValueError(f"rule {rule_id!r} is registered twice")
    compiled = regex.compile(SIMPLE_CASE + pattern, flags | regex.VERBOSE | regex.IGNORECASE | regex.V1)
    if compiled.fullmatch("") is not None:
        raise ValueError(f"rule {rule_id!r} matches the empty string")
    made = Rule(rule_id, compiled, doc)
    REGISTRY[rule_id] = made
    return made
