"""The words a person is read by: the gazetteer's aliases, office and country words, the words
that are no name (organisations, stop words) and Chinese family names, compiled once
(``lexicon``); which country a phrase's country word names; how a name is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .gazetteer import alias_index, titles
from .names import NAME_TOKEN as _NAME_TOKEN
from .names import SURNAME_ENDINGS
from .names import Starts as _Starts
from .names import grouped_alternation
from .names import INITIAL
from .names import pinyin_word as _pinyin_word

_FLAGS = regex.VERBOSE | regex.V1


def _alt(forms: list[str]) -> str:
    """Plain words (names, places, offices) as an alternation, longest first (grouped by first
    letter: the same matches, found quicker)."""
    return grouped_alternation(forms)



@dataclass(frozen=True, slots=True)
class Lexicon:
    alias: regex.Pattern[str]
    office: regex.Pattern[str]  # country word? office word, then the words that may follow
    office_key: dict[str, str]  # office form (lower) -> office key
    country: dict[str, str]  # country word (lower) -> code
    country_re: regex.Pattern[str]
    org: frozenset[str]
    stop: frozenset[str]
    chinese: frozenset[str]
    named_office: regex.Pattern[str]  # "Ze Zhu, the vice president of COFCO": name, then office
    possessed: regex.Pattern[str]  # "Tajikistan's Sirojiddin Mukhriddin": a country's, then a name
    country_end: regex.Pattern[str]  # a country word that ends where the search ends
    office_starts: _Starts  # where a match of ``office`` may start: a country or office word
    alias_starts: _Starts  # where a match of ``alias`` may start


@cache
def lexicon() -> Lexicon:
    data = titles()
    forms = alias_index()
    office_key = {f.lower(): key for key, fs in data["titles"].items() for f in fs}
    country = {f.lower(): code for code, fs in data["countries"].items() for f in fs}
    country_alt = _alt(list({f for fs in data["countries"].values() for f in fs}))
    office_alt = _alt([f for fs in data["titles"].values() for f in fs])
    return Lexicon(
        # "Xi" but not "Xi'an"; "Xi's visit" is Xi
        alias=regex.compile(rf"(?<![\w-])(?:{_alt(list(forms))})(?![\w-]|['’][a-z]{{2}})", regex.V1),
        office=regex.compile(
            rf"""(?<![\w-])(?:(?P<country>{country_alt})(?:[ \t]+\([A-Z]{{2,8}}\))?[ \t]+)?(?P<office>{office_alt})(?<=\.)?\b
            (?P<tail>(?:\s+(?:of|to|for|the|and|in|country)\b
                       |[ \t]+(?:region|province|oblast|city|district|county|prefecture)\b   # "Governor of Turkistan region Y"
                       |[ \t]+(?:{INITIAL}){{1,3}}(?:(?=[ \t]+{_NAME_TOKEN})|{_NAME_TOKEN})   # initials before the surname ("Prime Minister K. Massimov", "K.K.Masimov")
                       |[ \t]+{_NAME_TOKEN}|[ \t]+[A-Z]{{2,6}}\b|\s*[’']s\b
                       |[ \t]+\([A-Z]{{2,8}}\)(?=[ \t]+{_NAME_TOKEN})   # a body's acronym, then its officer ("Datang Corporation (CDT) Y")
                       |[ \t]+[A-Z][a-z]+[A-Z][\w-]*   # a body's camel-cased name ("KazMunayGas")

                       # "Ambassador to Kazakhstan, Zhang Xiao, on March 14": a name set off by commas
                       |,(?=[ \t]+{_NAME_TOKEN}[ \t]+{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?(?:\s*[,.;:)]|\s+[a-z]|\s*\Z))
                       # up to 24 pieces: "Head of the International Department of the Central Committee of
                       # the Communist Party of China, Liu Haixing"
                       ){{0,24}})""",
            _FLAGS,
        ),
        office_key=office_key,
        office_starts=_Starts([f.split()[0] for fs in (data["titles"], data["countries"])
                               for forms in fs.values() for f in forms]),
        alias_starts=_Starts([f.split()[0] for f in forms]),
        country=country,
        country_re=regex.compile(rf"(?<![\w-])(?:{country_alt})(?![\w-])", regex.V1 | regex.I),
        org=frozenset(w.lower() for w in data["words"]["organisation"]),
        stop=frozenset(w.lower() for w in data["words"]["stop"]),
        chinese=frozenset(data["words"]["chinese_surnames"]),
        country_end=regex.compile(rf"(?<![\w-])(?:{country_alt})\Z", _FLAGS),
        possessed=regex.compile(
            rf"""(?<![\w-])(?P<country>{country_alt})[’']s[ \t]+(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})
                 (?=[ \t]*(?:,|and\b))   # (in a list: "China's Youth Parliamentary Delegation visits" is none)""",
            _FLAGS,
        ),
        named_office=regex.compile(
            rf"""(?<![\w’'-])(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})
                 \s*(?:,|[–—]|\s-)\s*(?:the\s+|a\s+)?(?:(?:newly\s+)?(?:appointed|elected|new)\s+)?
                 (?:(?P<country>{country_alt})\s+)?(?i:{_alt(data["words"]["after_name"])})\b
                 (?P<tail>(?:\s+(?:of|at|to|for|in)\b)?[^.;:]{{0,60}})""",
            _FLAGS,
        ),
    )


def country_of(words: str) -> str | None:
    """The country the first country word of ``words`` tells ("Kazakh" -> "KZ"), or None."""
    m = lexicon().country_re.search(words)
    return lexicon().country[m.group().lower().replace("’", "'")] if m else None


def country_words(tokens: list[str]) -> int:
    """How many of a name run's first words are a country's ("Sierra Leone David" -> 2), 0 if none."""
    for n in range(min(3, len(tokens) - 1), 0, -1):
        if " ".join(tokens[:n]).lower() in lexicon().country:
            return n
    return 0


def written_name(tokens: list[str], country: str | None) -> str:
    """Chinese names whole ("Zhang Xiao"), others by surname ("Alikhan Smailov" -> "Smailov")."""
    if len(tokens) >= 2 and _HYPHENED_GIVEN.fullmatch(tokens[-1]):
        # "(Dr) Choi Yuk-lin": a Hong Kong name, family name first; with the English given name
        # written before it, whole ("Donald Tsang Yam-kuen", as the press also writes "Donald Tsang")
        english = len(tokens) >= 3 and _ENGLISH_GIVEN.fullmatch(tokens[-3]) and tokens[-3] not in HONORIFICS
        return " ".join(tokens[-3:] if english else tokens[-2:])
    if country == "CN" or (len(tokens) >= 2 and country is None and (
            tokens[0] in lexicon().chinese or all(_pinyin_word().fullmatch(t) for t in tokens))):
        # "Minister of Culture and Tourism Sun Yeli": the name begins at its family name
        first = next((i for i, t in enumerate(tokens[:-1]) if t in lexicon().chinese), 0)
        return " ".join(tokens[first:])
    if len(tokens) >= 3 and _PATRONYMIC.search(tokens[-1]):
        return tokens[0]  # "Kassymov Yerlan Bolatovich": surname, given name, patronymic (not "Alexander Mashkevich")
    if len(tokens) == 2 and _SURNAME.search(tokens[0]) and not _SURNAME.search(tokens[1]):
        return tokens[0]  # "Kyraubayev Zhoshykhan": surname first, as Kazakh lists and rosters write it
    return tokens[-1]


_PATRONYMIC = regex.compile(r"(?:ovich|evich|ovna|evna)\Z")
_SURNAME = regex.compile(rf"[a-z](?:{SURNAME_ENDINGS})\Z")  # a Kazakh or Russian surname's ending

def kazakh_shaped(name: str) -> bool:
    """Whether a name's last word has a Kazakh or Russian surname's ending ("Zhaksybekov"): on a page
    of the two countries, the Kazakh side of a meeting whose country no word told."""
    return bool(name) and _SURNAME.search(name.split()[-1]) is not None


_HYPHENED_GIVEN = regex.compile(r"[A-Z][a-z]+-[a-z]+")  # a given name of two syllables joined in lower case
_ENGLISH_GIVEN = regex.compile(r"[A-Z][a-z]{2,}")
# the words that introduce a name as a person's, not its own ("Mr. Zhakupov", "Dr Choi Yuk-lin")
HONORIFICS = ("Mr", "Mrs", "Ms", "Madam", "Dr", "Professor", "Prof")
