"""The name an office introduces, read from the words after it ("Ambassador to China Nuryshev",
"Chairman of the Board of Kazakhstan Temir Zholy JSC, Nurlan Sauranbayev"), and the capitalised
words that are no name: an office's, a body's, a company's, a country's or a place's.
"""

from __future__ import annotations

from functools import cache

import regex

from .gazetteer import office_words, places, titles
from .names import NAME_TOKEN as _NAME_TOKEN
from .names import pinyin_word as _pinyin_word
from .person_words import INITIAL, lexicon
from .rules import compiled as _re


def name_after_office(tail: str) -> tuple[int, int, list[str]] | None:
    """The last run of name words in an office's tail ("to China Nuryshev" -> "Nuryshev")."""
    best = None
    run: list[regex.Match[str]] = []
    comma = tail.find(",")
    if comma >= 0:
        # "Ambassador Zhang Xiao, Li Fei and ...": the office names the first; the name after
        # the comma counts only when none came before it ("Ambassador to Kazakhstan, Zhang Xiao,")
        first = name_after_office(tail[:comma])
        if first is not None:
            return first
        after = name_after_office(tail[comma + 1:])
        if after is None:
            return None
        return after[0] + comma + 1, after[1] + comma + 1, after[2]
    for m in _re(rf"(?:{INITIAL}){{1,3}}(?=[ \t]*{_NAME_TOKEN})|{_NAME_TOKEN}|[A-Z]{{2,6}}\b|[’']s\b|\S+").finditer(tail):
        word = m.group()
        if not run and word.endswith("."):
            if _re(rf"(?:{INITIAL}){{1,3}}").fullmatch(word):
                run.append(m)  # initials before the surname: "Prime Minister K. Massimov", "Sh. Mirziyoyev", "K.K.Masimov"
                continue
        # (a body's noun is no name: "Director of the National Museum")
        is_name = _re(_NAME_TOKEN).fullmatch(word) is not None and word not in company_suffix() and (not word_of_no_name(word) or (
            run and run[-1].group() in lexicon().chinese and _pinyin_word().fullmatch(word) is not None) or (  # "Dong Jun"
            not run and word in lexicon().chinese and (given := _re(r"[ \t]+([A-Z][a-z]+)\b").match(tail, m.end()))
            and _pinyin_word().fullmatch(given.group(1)) is not None and not word_of_no_name(given.group(1))))  # "He Yanfeng"
        if is_name:
            run.append(m)
            continue
        if run and (word in company_suffix() or (word[0].isupper() and word.lower() in lexicon().org)
                    or _re(r"\([A-Z]{2,8}\)").fullmatch(word)):
            run = []  # "Kazakhstan Temir Zholy JSC", "the Asian Infrastructure Investment Bank", "Temir Zholy (KTZ)": a body's name
            continue
        if run and word in ("’s", "'s") and _re(r"\bof\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*\Z").search(tail[:run[0].start()]):
            run = []  # "Chairman of the Nur Otan People's Democratic Party": a body's, not the holder's name
            continue
        if word.lower() == "to" and (nxt := _re(r"\s*(?:the\s+)?([\w’'-]+)").match(tail, m.end())) and not (
                nxt.group(1).lower() in lexicon().country or nxt.group(1) in place_words()
                or nxt.group(1).lower() in lexicon().org):
            break  # "Chair to Discuss New Projects": an infinitive, not "Ambassador to China Zhang Xiao"
        if run:
            if best:
                return None  # two runs of capitalised words: a headline ("President Demonstrates China's Rising Influence")
            best = run
        run = []
        if word == "and" and best:
            break  # "Minister of Trade Arman Shakkaliyev and Sun Li": the office names the first
        if best and word.islower() and word not in _HEADLINE_GLUE:
            break  # "Rector X September 8 met with Vice President Y": a sentence goes on, no headline
    if run:
        if best:
            return None
        best = run
    if best and best[0].group().endswith("."):
        best = best if len(best) > 1 else None  # initials alone are no name ("Prime Minister Sh." cut short)
    if not best or len(best) > 3:
        return None
    if len(best) == 3 and best[0].group() in lexicon().chinese and _pinyin_word().fullmatch(best[1].group()) and \
            _pinyin_word().fullmatch(best[2].group()) is None:
        best = best[:2]  # "Chairman Jia Qinglin Delivers a Speech": a family name and a given name end it
    if len(best) == 1 and _re(r"(?:^|\s)(?:in|at|of)\s+(?:the\s+)?\Z").search(tail[:best[0].start()]):
        return None  # "the foreign minister in Washington", "Deputy Mayor of Chengdu": a place or body, not a name
    if _re(r"(?:^|\s)for\s+(?:the\s+)?\Z").search(tail[:best[0].start()]) or len(best) == 1 and _re(
            r"(?:^|\s)[A-Z][\w’'-]*\s+and\s+\Z").search(tail[:best[0].start()]):
        # "Vice-Rector for Scientific and ...", "Head of the Department for Countering Drug Business",
        # "Director of the Institute of Ecology and Geography": a portfolio or a body's field, not a name
        return None
    return best[0].start(), best[-1].end(), [m.group() for m in best]


# the lower-case words a headline's capitalised words may have between them ("Minister of Trade
# Meets Chairman of the Bank")
_HEADLINE_GLUE = frozenset("of the a an and for to in at on by with from as vs".split())


def word_of_no_name(word: str, places: frozenset[str] | None = None) -> bool:
    """A capitalised word that belongs to an office, a body, a country, a place or a headline,
    not a name ("... Central Committee and Director of the Office"); ``places``: the place words
    that count (every word of every place's name, unless told)."""
    lex, low = lexicon(), word.lower()
    return (low in lex.org or low in lex.stop or low in lex.country or word in (place_words() if places is None else places)
            or low in office_words())


def word_of_no_given_name(word: str) -> bool:
    """``word_of_no_name`` for a given name before a surname of its shape: a word only of a place of
    several words stands ("Sultan Kusetov", not read as "Nur-Sultan")."""
    return word_of_no_name(word, lone_place_words())


@cache
def lone_place_words() -> frozenset[str]:
    """The places named by one word ("Astana", "Beijing")."""
    return frozenset(form for form in places() if " " not in form)


@cache
def company_suffix() -> frozenset[str]:
    return frozenset(titles()["words"]["company_suffix"])


def names_a_thing(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` begins the name of a body ("Nazarbayev University",
    "Nazarbayev Intellectual Schools", "the Buketov Karaganda University")."""
    after = _re(r"(?:[ \t]+(?:State|[A-Z][a-z]+(?:al|ic|an))){0,2}[ \t]+([A-Z][\w-]*)").match(text, end, end + 80)
    return after is not None and after.group(1) in company_suffix()


@cache
def place_words() -> frozenset[str]:
    return frozenset(w for form in places() for w in form.split())
