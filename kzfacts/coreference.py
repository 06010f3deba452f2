"""Coreference: who a short name stands for ("Ambassador Zhang", "Wang said": the person the
article names in full), "the two presidents", "both leaders": the two people of Kazakhstan
and China the article named last before, where they hold that office, and "the Chinese
ambassador", "the Kazakh guest": the one person of that country (and office) named before."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import replace

import regex

from collections.abc import Callable

from .gazetteer import alias_index, people
from .mentions import Mention, Spans
from .names import chinese_surnames, grouped_alternation
from .office_names import names_a_thing
from .rules import compiled as _re
from .rules import match_timeout
from .scan import safe_lower


_PAIR = regex.compile(
    r"""\b(?:the\s+two(?:\s+(?:countries|nations|states)[’']?)?|both)\s+(?:(?P<leaders>leaders|men|officials)|(?P<president>presidents|heads\s+of\s+state)
        |(?P<prime_minister>premiers|prime\s+ministers|heads\s+of\s+government)
        |(?P<foreign_minister>foreign\s+ministers))\b""",
    regex.I | regex.V1 | regex.VERBOSE)
# the same on text lower-cased by ``scan.safe_lower``, case-sensitive: several times quicker
_PAIR_LOWER = regex.compile(_PAIR.pattern, regex.V1 | regex.VERBOSE)
_PAIR_CHARS = 2500  # how far back the pair's names are sought


def pairs(text: str, found: list[Mention], published: dt.date | None) -> list[Mention]:
    """ "the two presidents" stands for the two people of Kazakhstan and China the article named
    last before it, where they hold that office (a mention each, on the same span)."""
    out = list(found)
    starts = [x.start for x in found]  # (``found`` is in text order)
    lower = safe_lower(text)
    pairs = _PAIR.finditer(text, timeout=match_timeout(text)) if lower is None else \
        _PAIR_LOWER.finditer(lower, timeout=match_timeout(text))
    for m in pairs:
        office = next(k for k, v in m.groupdict().items() if v)
        pair = []
        near = found[bisect_left(starts, m.start() - _PAIR_CHARS):bisect_left(starts, m.start())]
        for country in ("KZ", "CN"):
            named = [x for x in near if x.country == country and x.end <= m.start() and x.who in people()]
            # "the two leaders": whatever office the two named last hold
            held = [t for t in people()[named[-1].who].titles if t[0] == office or office == "leaders"] if named else []
            if held and (published is None or office == "leaders" or people()[named[-1].who].held(office, published.year)):
                pair.append(replace(named[-1], start=m.start(), end=m.end(), how="pair"))
        if len(pair) == 2 and all(f.end <= m.start() or f.start >= m.end() for f in found):
            out += pair
    out.sort(key=lambda x: x.start)
    return out


_BYLINE = regex.compile(r"(?:^|\n)[ \t]*[Bb]y[ \t]+\Z", regex.V1)


def bylined(text: str, m: Mention) -> bool:
    """Whether a mention is a byline's ("By Hu Qihua (China Daily)"): the reporter, no person the story tells of."""
    return _BYLINE.search(text, max(0, m.start - 12), m.start) is not None


def corefer(text: str, found: list[Mention]) -> list[Mention]:
    """A name written short ("Ambassador Zhang", "Wang said") is the person written in full
    elsewhere in the article ("Zhang Xiao"); bare surnames of people found by office are
    mentions too ("Smailov said")."""
    by_word: dict[str, set[tuple[str, str]]] = {}  # a word of a name written in full -> those names
    for f in found:
        if " " in f.name:
            for word in f.name.split():
                by_word.setdefault(word, set()).add((f.name, f.who))
    out: list[Mention] = []
    spelt = _misspelt(found)
    for m in found:
        if m.name in spelt:
            m = replace(m, name=spelt[m.name][0], key=spelt[m.name][1])  # "Li Kequiang" for "Li Keqiang"
        if m.how == "title" and " " not in m.name:
            same = set(by_word.get(m.name, ()))
            if len(same) == 1:
                name, who = same.pop()
                m = replace(m, name=name, key=who)
        out.append(m)
    # "Wang said", "Li also met ...": a Chinese family name alone is the one person of the
    # article who bears it, written whole
    families: dict[str, set[tuple[str, str]]] = {}
    for m in out:
        words = m.name.split()
        if bylined(text, m):
            continue  # "By Hu Qihua (China Daily)": the reporter is no person the story tells of
        if len(words) >= 2 and words[0] in chinese_surnames() and m.country in ("CN", None):
            families.setdefault(words[0], set()).add((m.name, m.who))
    single = {fam: next(iter(v)) for fam, v in families.items() if len(v) == 1}
    # "Jianqiang said", "Jianqiang also met ...": an outlet that takes a Chinese given name for the
    # family name; a long given name of one person of the article, no family name itself
    givens: dict[str, set[tuple[str, str]]] = {}
    for fam, named in families.items():
        for name, who in named:
            words = name.split()
            if len(words) == 2 and len(words[1]) >= 5 and words[1] not in chinese_surnames():
                givens.setdefault(words[1], set()).add((name, who))
    single.update({g: next(iter(v)) for g, v in givens.items() if len(v) == 1 and g not in single})
    if single:
        taken = Spans.of(out)
        pat = _re(rf"(?<![\w’'/-])(?:{grouped_alternation(sorted(single))})(?![\w-]|\s+[A-Z][a-z]|[’'](?!s\b)\w)", regex.V1)  # cached ("Xi'an" is a city)
        for m in pat.finditer(text, timeout=match_timeout(text)):
            if taken.free(m.start(), m.end()):
                name, who = single[m.group()]
                out.append(Mention(m.start(), m.end(), name, "CN", "alias", who))
        out.sort(key=lambda x: x.start)
    # bare surnames of people found only by their office
    known = {m.name for m in out if m.how == "title" and " " not in m.name and m.name not in alias_index()}
    if known:
        taken = Spans.of(out)
        pat = _re(rf"(?<![\w-])(?:{grouped_alternation(sorted(known))})(?![\w-])", regex.V1)  # cached
        country = {m.name: m.country for m in out}
        for m in pat.finditer(text, timeout=match_timeout(text)):
            if taken.free(m.start(), m.end()) and not names_a_thing(text, m.end()):
                # (not "the Buketov University": a body named after the person)
                out.append(Mention(m.start(), m.end(), m.group(), country.get(m.group()), "alias"))
        out.sort(key=lambda x: x.start)
    return out


def _misspelt(found: list[Mention]) -> dict[str, tuple[str, str]]:
    """A Chinese name the article misspells once ("Li Kequiang" beside "Li Keqiang"): the name
    whole, of one family, whose given name is one letter off the given name of a person the list
    knows, stands for that person."""
    known = {(m.name, m.who) for m in found if m.key and " " in m.name}
    out: dict[str, tuple[str, str]] = {}
    for m in found:
        words = m.name.split()
        if m.key or len(words) != 2 or words[0] not in chinese_surnames() or len(words[1]) < 5:
            continue
        near = {(name, who) for name, who in known if name.split()[0] == words[0] and len(name.split()) == 2
                and _one_off(name.split()[1].lower(), words[1].lower())}
        if len(near) == 1:
            out[m.name] = near.pop()
    return out


def _one_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter put in, left out or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_DESCRIBED = regex.compile(
    r"(?<![\w-])[Tt]he\s+(?:(?P<c>[A-Z][a-z]+)\s+|[A-Z]{2,6}\s+)?(?P<w>(?i:ambassador|envoy)|diplomat|guest|politician|official|visitor"
    r"|leader|president|(?i:secretary[- ]general|rector))(?![\w-])",
    regex.V1)
# named in an office: "Ambassador Zhang Xiao", "Zhang Xiao, China's new ambassador" (in one sentence),
# "Secretary General of CICA Ambassador Kairat Sarybay", "Rector Duman Orynbekov"
_OFFICES = {"ambassador": r"ambassador|envoy", "envoy": r"ambassador|envoy", "secretary general": r"secretary[- ]general",
            "rector": r"rector"}


def _named_in_office(text: str, x: Mention, until: int, word: str) -> bool:
    """Whether ``x`` is named with the office ``word`` right before the name or in the words after it."""
    office = _OFFICES[word]
    reach = 30 if word in ("ambassador", "envoy") else 120  # ("Secretary General of the Conference on ... (CICA) Ambassador X")
    return bool(_re(rf"\b(?:{office})\b[^.!?\n]{{0,{reach}}}\Z", regex.I).search(text, max(0, x.start - reach - 20), x.start)
                or _re(rf"[^.!?\n]{{0,40}}?\b(?:{office})\b", regex.I).match(text, x.end, until))


_DESCRIBED_CHARS = 3000  # how far back the one person described is sought


def described(text: str, found: list[Mention], country_of: Callable[[str], str | None]) -> list[Mention]:
    """ "the Chinese ambassador", "the Kazakh guest", "the ambassador": the one person named before
    of that country (an envoy: named as one, "Ambassador Zhang Xiao", "Zhang Xiao, China's ambassador");
    none where two could be meant."""
    if "he " not in text:
        return found
    out = list(found)
    taken = Spans.of(found)
    starts = [x.start for x in found]
    for m in _DESCRIBED.finditer(text, timeout=match_timeout(text)):
        country = country_of(m.group("c")) if m.group("c") else None
        if m.group("c") and country is None or not taken.free(m.start(), m.end()):
            continue  # "the Foreign ambassador": no country word
        word = regex.sub(r"[- ]", " ", m.group("w").lower())
        office = word if word in _OFFICES else None
        if country is None and not office:
            continue  # "the guest" alone could be anyone
        if office and _re(r"\s+(?-i:[A-Z])").match(text, m.end()):
            continue  # "the rector Dulatbekov N.O.": the office of the name after it
        near = found[bisect_left(starts, m.start() - _DESCRIBED_CHARS):bisect_left(starts, m.start())]
        if word in ("leader", "president"):
            # "the Kazakh leader", "the Chinese president" in a page that tells no year: the one
            # person of that country named before who has been its president (people.toml)
            near = [x for x in near if any(t[0] == "president" for t in getattr(people().get(x.who), "titles", ()))]
        body = _re(r"\s+of\s+(?:the\s+)?((?-i:[A-Z])[\w’'-]+)").match(text, m.end()) if office else None
        who = {x.who: x for x in near if (country is None or x.country == country) and (not office or (
            # ("the Secretary-General of the United Nations" after the SCO's: another body's office)
            (body is None or body.group(1) in text[max(0, x.start - 80):x.end + 80]) and
            _named_in_office(text, x, m.start(), office)
            or (office in ("ambassador", "envoy") and any(t[0].startswith("ambassador") for t in getattr(people().get(x.who), "titles", ())))))}
        if len(who) == 1:
            x = next(iter(who.values()))
            out.append(Mention(m.start(), m.end(), x.name, x.country, "described", x.key))
            taken.add(m.start(), m.end())
    out.sort(key=lambda x: x.start)
    return out
