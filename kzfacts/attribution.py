"""Who a figure's sentence says the figure comes from: "according to the State Revenue
Committee", "China's General Administration of Customs said", "Kazakh statistics show".

A small resolver over one sentence, called by the figure resolver. The cue phrases and the words
a source's name may hold are data (``data/sources.toml``). A name is a run of capitalised words,
with a few lower-case joiners ("of", "and"), modifiers ("official", "several") and head nouns
("statistics", "press service"). No cue, or no name next to it: no attribution.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .gazetteer import load
from .rules import MATCH_TIMEOUT, Rule, alternation, rule
from .rules import compiled as _re

# "He said that ..." names nobody: a pronoun or a bare article is not a source
_NOT_A_NAME = r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|His|Her|Its|Their|Our|The|In|On|At|As)\b)"
# a capitalised word, possessive allowed ("China's"), a dot only inside ("El.kz"), never "Akorda."
_CAP = rf"(?-i:{_NOT_A_NAME}[A-Z](?:[\w’'&-]|\.(?=\w)){{0,30}})"


_alt = alternation  # cue fragments are regex already


@cache
def attribution_rules() -> tuple[Rule, Rule, Rule]:
    """The three attribution rules (before, after, inverted), built from data/sources.toml once."""
    data = load("sources")
    names, cues = data["names"], data["cues"]
    head = rf"(?-i:(?:{_alt(names['heads'])}))\b"  # lower case only: "statistics", not "Statistics Act"
    mod = rf"(?-i:(?:{_alt(names['modifiers'])}))\b"
    join = rf"(?-i:(?:{_alt(names['joiners'])}))\b"
    unit = rf"(?:{_CAP}|{head})"
    name = rf"""
        (?P<name>
          (?:{mod}\s+){{0,3}}{unit}                            # "several media outlets", "Kazakh"
          (?:\s+(?:{join}\s+){{0,2}}(?:{mod}\s+){{0,2}}{unit}){{0,7}}  # "... Administration of Customs"
        )
    """
    the = r"(?:(?-i:the|The)\s+)?"  # "the Akorda press service": the article is not the name
    return (
        rule(
            "attribution.before",
            rf"\b(?:{_alt(cues['before'])})\s+{the}{name}",
            "a cue before the source: according to the State Revenue Committee",
        ),
        rule(
            "attribution.after",
            # "the head of State noted": a name does not begin inside a longer phrase
            rf"(?<![\w’'-])(?<!\b{join}\s+){the}{name}\s+(?:{_alt(cues['after'])})\b",
            "a verb after the source: China's General Administration of Customs said",
        ),
        rule(
            "attribution.inverted",
            rf",[»”\"’]?\s+(?:{_alt(cues['inverted'])})\s+{the}{name}",
            "after the clause: ..., reported the Akorda press service",
        ),
    )


@lru_cache(maxsize=64)
def _sources(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every source cue in ``sentence``; searched once per sentence, as
    its figures come in turn (a line of 40 figures would otherwise be searched 40 times)."""
    found = []
    for r in attribution_rules():
        try:
            found += [(m.start(), m.end(), m.group("name"))
                      for m in r.pattern.finditer(sentence, timeout=MATCH_TIMEOUT)]
        except TimeoutError:
            continue
    return tuple(found)


def resolve_attribution(sentence: str, start: int, end: int) -> str | None:
    """The source the sentence names for the figure at [start, end) of it, or None.

    Where the sentence names several, the one whose cue stands nearest to the figure wins.
    """
    best, best_dist = None, 10**9
    for m_start, m_end, name in _sources(sentence):
        if m_start < end and m_end > start:
            continue  # a "name" that holds the figure itself is no name
        dist = start - m_end if m_end <= start else m_start - end
        if dist < best_dist:
            best, best_dist = name, dist
    if best is None:
        return None
    return _re(r"\s+").sub(" ", best).strip()
