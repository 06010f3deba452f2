"""The rule registry: every rule is an id and a compiled pattern, registered once.

Import fails on a duplicate id or on a pattern that matches the empty string, so a broken
rule is caught by the first test that imports kzfacts.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

MATCH_TIMEOUT = 2.0  # seconds; a runaway match is reported as a skip, never a hang
# The regex module's timeout covers a whole ``finditer``, so a long article needs more time
# than a short one: this much per character on top (the slowest pattern reads about 0.3 MB/s,
# so 10 s a megabyte leaves room for a slow machine and still stops a runaway).
TIMEOUT_PER_CHAR = 1e-5


def match_timeout(text: str) -> float:
    """Seconds one pass of a pattern over ``text`` may take before it counts as runaway."""
    return MATCH_TIMEOUT + TIMEOUT_PER_CHAR * len(text)


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
    compiled = regex.compile(pattern, flags | regex.VERBOSE | regex.IGNORECASE | regex.V1)
    if compiled.fullmatch("") is not None:
        raise ValueError(f"rule {rule_id!r} matches the empty string")
    made = Rule(rule_id, compiled, doc)
    REGISTRY[rule_id] = made
    return made
