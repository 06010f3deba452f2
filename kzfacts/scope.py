"""Whose figure it is: ``bilateral``, ``regional`` or ``wider``, read from its sentence.

"Trade between Kazakhstan and China" is bilateral; "trade between Kazakhstan and Xinjiang" or
"cargo through the Alashankou crossing" is regional; "China's trade with Central Asia" or
"Kazakhstan's foreign trade" is wider. Each is a real figure, but only the first is the
Kazakhstan–China total, so facts and conflicts never set one against another.

The words come from ``data/scope.toml``. A region or a bloc counts only where the text ties it
to the figure (a possessive, "with", "between ... and", "through", "trade in ..."), in the
figure's clause, before the number or just after it up to the next comma; of several, the one
nearest to the number decides. A total over all partners ("foreign trade", "FDI") is wider
unless the same stretch names the other side ("Chinese FDI", "foreign trade with China").
With no cue a figure is bilateral: the articles we read are about the two countries.
``third_country`` tells when the nearest cue is a third country ("trade with Russia"): its trade
is another pair's, which figures drop.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .gazetteer import load
from .person_words import country_of
from .vocab import Scope

_BEFORE = 160  # characters before the number a cue may stand
_AFTER = 60  # and after it, up to the next comma

# what a place is tied to: "Xinjiang trade", "investment in Gansu province"
_TOPIC = (r"(?i:trade|trading|turnover|exports?|imports?|investments?|FDI|shipments|cargo|freight|"
          r"supplies|transit|traffic|exported|imported|invested|traded|shipped)")  # (a project's site is no scope)
_SIDE = r"(?:Kazakhstan|China|Chinese|Kazakh)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    named: regex.Pattern[str]  # any place or bloc at all: most windows have none
    regional: regex.Pattern[str]
    wider: regex.Pattern[str]
    bilateral: regex.Pattern[str]  # says outright it is the two countries
    totals: regex.Pattern[str]
    other_side: regex.Pattern[str]
    third: regex.Pattern[str]  # a third country tied to the figure ("trade with Russia")


def _alt(forms: list[str]) -> str:
    return "|".join(sorted(forms, key=len, reverse=True))


def _tied(names: str, *, crossing: bool = False) -> str:
    """A name the text ties to a figure, as a regex; ``crossing`` adds "at the ..." and any
    mention followed by a crossing word."""
    p = rf"(?<!\w)(?:{names})(?![\w$])"
    forms = [
        # "Xinjiang's trade", "Xinjiang's largest trading partner"; not "Central Asia's largest economy"
        rf"{p}['’]s\s+(?:[\w-]+\s+){{0,2}}?{_TOPIC}\b",
        rf"\b(?i:between|among)\s[^,;.]{{0,40}}?{p}(?!['’]s)",  # "between Kazakhstan and Xinjiang"
        # "trade with Central Asia"; not "together with Russia"
        rf"(?<!(?i:together|along)\s+)\b(?i:with|through|via|across)\s+(?:(?i:the|its)\s+)?{p}",
        rf"\b{_TOPIC}\b[^,;.]{{0,40}}?\b(?i:of|in|from|to|into|at)\s+(?:(?i:the)\s+)?{p}",
        rf"{p}(?:[-–]{_SIDE})?\s+{_TOPIC}\b",  # "Xinjiang-Kazakhstan trade"
        rf"\b{_SIDE}[-–]{p}\s+{_TOPIC}\b",  # "China-Central Asia trade"
    ]
    if crossing:
        forms += [rf"\b(?i:at)\s+(?:(?i:the|this)\s+)?{p}", p]
    return "|".join(f"(?:{f})" for f in forms)


def _subject(names: str) -> str:
    """A third country as the subject of the figure's verb: "Kyrgyzstan recorded a 28.8 percent
    increase in trade turnover with China" (its trade with China, another pair's)."""
    return (rf"(?<!\w)(?:{names})\s+(?:(?:also|meanwhile)\s+)?"
            r"(?:saw|sees|recorded|records|experienced|posted|registered|logged|witnessed|showed|reported)\b")


@cache
def _patterns() -> _Patterns:
    data = load("scope")
    reg, wid, bil = data["regional"], data["wider"], data["bilateral"]
    places = _alt(reg["regions"] + reg["cities"])
    crossings = _alt(reg["crossings"])
    words = rf"(?i:{_alt(reg['crossing_words'])})"
    regional = "|".join([_tied(places), _tied(crossings, crossing=True), _tied(words)])
    blocs = _alt(wid["blocs"] + wid["countries"])
    wider = _tied(blocs)
    return _Patterns(
        named=regex.compile(rf"(?<!\w)(?:{places}|{crossings}|{words}|{blocs})(?![\w$])", regex.V1),
        regional=regex.compile(regional, regex.V1),
        wider=regex.compile(wider, regex.V1),
        bilateral=regex.compile(
            r"(?i:\bbilateral\b|\bmutual\b|\b(?:Kazakh(?:stan)?|Sino)[-–]Chin(?:a|ese)\b"
            r"|\bChin(?:a|ese)[-–]Kazakh(?:stan)?\b"
            r"|\bbetween\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|sides|nations)\b"
            r"|\bbetween\s+(?:Kazakhstan\s+and\s+China|China\s+and\s+Kazakhstan)\b(?!['’]s))",
            regex.V1,
        ),
        totals=regex.compile(rf"(?i:\b(?:{_alt(wid['totals'])})\b)", regex.V1),
        other_side=regex.compile(rf"(?i:\b(?:{_alt(bil['other_side'])}))(?!\w)", regex.V1),
        third=regex.compile(rf"{_tied(_alt(wid['countries']))}|{_subject(_alt(wid['countries']))}", regex.V1),
    )


def _window(clause: str, start: int, end: int) -> tuple[str, int]:
    """The stretch of ``clause`` a figure's scope is read from, and where its number starts
    in it: up to ``_BEFORE`` characters before, and after it up to the next comma."""
    lo = max(0, start - _BEFORE)
    after = clause[end:end + _AFTER]
    cut = regex.search(r"[,;(]|\s[–—]\s", after)
    hi = end + (cut.start() if cut else len(after))
    return clause[lo:hi], start - lo


@lru_cache(maxsize=64)
def _plain(clause: str) -> bool:
    """Whether ``clause`` names no place, bloc or total at all: then each of its figures is
    bilateral without a look at its window (a clause of 10,000 percentages is searched once)."""
    p = _patterns()
    return p.named.search(clause) is None and p.totals.search(clause) is None


def read_scope(clause: str, start: int, end: int) -> Scope:
    """The scope of the figure at [start, end) of ``clause`` (the clause that holds it)."""
    return _nearest(clause, start, end)[0]


def third_country(clause: str, start: int, end: int) -> bool:
    """Whether the cue nearest the figure ties it to a third country ("trade with Russia",
    "Russia's exports to Kazakhstan"): a figure of another pair of countries."""
    return _nearest(clause, start, end)[1]


@lru_cache(maxsize=256)
def _nearest(clause: str, start: int, end: int) -> tuple[Scope, bool]:
    if _plain(clause):
        return Scope.BILATERAL, False
    text, s = _window(clause, start, end)
    e = s + (end - start)
    p = _patterns()
    # (distance, rank, 0 for a third country, scope): nearest first; a third country's name is a
    # bloc's too ("wider"), and where both stand at one place the third country's reading wins
    found: list[tuple[int, int, int, Scope]] = []
    tied = ((p.regional, Scope.REGIONAL, 0, 1), (p.third, Scope.WIDER, 1, 0), (p.wider, Scope.WIDER, 1, 1),
            (p.bilateral, Scope.BILATERAL, 2, 1)) if p.named.search(text) else ()
    for pattern, scope, rank, other in tied:
        for m in pattern.finditer(text, overlapped=True):
            if m.end() <= s:
                found.append((s - m.end(), rank, other, scope))
            elif m.start() >= e:
                found.append((10**6 + m.start() - e, rank, other, scope))
    if found:
        _, _, other, scope = min(found)
        return scope, other == 0
    if p.totals.search(text) and not p.other_side.search(text):
        return Scope.WIDER, False
    return Scope.BILATERAL, False


# "with Kazakhstan and Kyrgyzstan ... by 58.8% and 1.9% respectively": a list of countries, then a
# list of figures as long, paired in order
# (or commas alone: "trade with Kazakhstan, Kyrgyzstan, Tajikistan increased by 8.6 percent, 130 percent and 60 percent")
_COUNTRY_LIST = regex.compile(r"\b[A-Z][\w’'-]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]+)+\b", regex.V1)
_NUMBER = regex.compile(r"(?<![\w.,])\d[\d.,]*\d?(?![\w])(?!\s*(?:year|years)\b)", regex.V1)
_RESPECTIVELY = regex.compile(r"(?:[^.;]|\.(?=\d)){0,40}?\brespectively\b", regex.V1)


def respectively_of(sentence: str, start: int, end: int) -> str | None:
    """The country a figure is paired with by "respectively" ("imports and exports with Kazakhstan
    and Kyrgyzstan rose by 58.8% and 1.9% respectively": 1.9% is Kyrgyzstan's), or None."""
    if "respectively" not in sentence or not (after := _RESPECTIVELY.match(sentence, end)):
        return None
    for m in reversed(list(_COUNTRY_LIST.finditer(sentence, 0, start))):
        countries = [country_of(n) for n in regex.findall(r"[A-Z][\w’'-]+", m.group())]
        while countries and countries[-1] is None:
            countries.pop()  # ("Kazakhstan, Kyrgyzstan, and Tajikistan, XUAR's top three partners,": the list ends at the last country)
        if len(countries) < 2 or None in countries:
            continue
        numbers = [n for n in _NUMBER.finditer(sentence, m.end(), after.end())]
        at = [k for k, n in enumerate(numbers) if n.start() <= start < n.end() or start <= n.start() < end]
        if len(numbers) == len(countries) and at:
            return countries[at[0]]
        return None
    return None
