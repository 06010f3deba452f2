"""People: every mention of a person in a text, and who they are.

Three sources, in order of trust: the aliases of ``data/people.toml`` ("Tokayev", "Toqayev",
"President Xi"); office words before a capitalised name ("Prime Minister Alikhan Smailov" ->
"Smailov"; Chinese names whole); offices alone, resolved by year through people.toml ("the Kazakh
Head of State" in 2022 -> Tokayev). Then Chinese names no office introduces (a family name and
pinyin syllables), and coreference of short forms ("Ambassador Zhang", "Wang said") and of
"the two presidents" (``coreference``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

import regex

from .coreference import corefer, described, pairs
from .gazetteer import Person, alias_index, people, places
from .mentions import Mention, Spans
from .rules import match_timeout
from .rules import compiled as _re
from .names import NAME_TOKEN as _NAME_TOKEN
from .names import chinese_names as _chinese_names
from .names import given_first_chinese_names, kazakh_names, surname_starts
from .names import given_name_word
from .office_names import company_suffix, name_after_office, names_a_thing, place_words, word_of_no_given_name, word_of_no_name
from .person_words import HONORIFICS, INITIAL, country_of, country_words, lexicon, written_name



def _titled(start: int, end: int, tokens: list[str], country: str | None) -> Mention:
    """A person an office introduces; a name written whole that no country word tells is
    Chinese ("Wei Bin, head of the port", "Deputy Mayor of Chengdu, Xie Zhu Yu")."""
    name = written_name(tokens, country)
    return Mention(start, end, name, country or ("CN" if " " in name else None), "title")


def _office_key(office: str) -> str | None:
    """The people.toml title an office's words name ("Prime  Minister" -> "prime_minister"), or None."""
    return lexicon().office_key.get(_re(r"\s+").sub(" ", office.lower()))


def _holder_by_surname(surname: str, office: str, country: str | None, when: dt.date | None) -> Person | None:
    """The one Chinese person people.toml knows who held ``office`` in the month of ``when`` and
    whose family name is ``surname`` ("Premier Li" in 2015: Li Keqiang), or None."""
    key = _office_key(office)
    if when is None or not key or key == "other" or country not in (None, "CN") or surname not in lexicon().chinese:
        return None
    found = [p for p in people().values() if p.country == "CN" and p.key.split()[0] == surname and p.held(key, when)]
    return found[0] if len(found) == 1 else None


def _office_holder(office: str, country: str, when: dt.date | None) -> str | None:
    """Who held ``office`` of ``country`` in the month of ``when``, when people.toml knows exactly one."""
    if when is None:
        return None
    found = [p.key for p in people().values() if p.country == country and p.held(office, when)]
    return found[0] if len(found) == 1 else None


# a Chinese family name in capitals before a given name, as Chinese sites write it ("JIN Li", "WANG Yi")
_FAMILY_IN_CAPITALS = regex.compile(r"(?<![\w’'-])([A-Z]{2,6})(?=[ \t]+[A-Z][a-z]+\b)", regex.V1)


def _family_names_capitalised(text: str) -> str:
    """The text with a Chinese family name written in capitals before a pinyin given name in
    title case ("JIN Li met ..." -> "Jin Li met ..."), the same length."""
    families, given_word = lexicon().chinese, given_name_word()
    out = None
    for m in _FAMILY_IN_CAPITALS.finditer(text):
        family = m.group(1).title()
        given = _re(r"[ \t]+([A-Z][a-z]+)\b").match(text, m.end())
        if family in families and given and given_word.fullmatch(given.group(1)):
            out = out or list(text)
            out[m.start() + 1:m.end()] = family[1:]
    return "".join(out) if out else text


_OF_COUNTRY = regex.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w’'-]+[ \t]+)?(?:Republic|Federation|Kingdom)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                            r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)\b", regex.V1)  # ("of the Republic of Tajikistan")
_INITIALS_AFTER = regex.compile(rf"[ \t]+{INITIAL}(?:[ \t]?{INITIAL}){{0,2}}(?![\w-])", regex.V1)
_HOLDER_CHARS = 1500  # how far back an undated page's office holder may be named


# the nouns that make the words before them a company's trade ("China's food processing company")
COMPANY_NOUNS = r"(?:company|corporation|firm|group|giant|holding|producer|manufacturer|operator|developer|bank)\b"
# a body of the country after its word: "of China's food processing company", "of Chinese company"
_BODY_AFTER_COUNTRY = _re(rf"(?:[’']s)?[ \t]+(?:(?-i:[a-z])[\w-]*[ \t]+){{0,3}}{COMPANY_NOUNS}")


def find_people(text: str, published: dt.date | None) -> list[Mention]:
    """Every person mention of a text, in order, without overlaps."""
    lex = lexicon()
    text = _family_names_capitalised(text)  # ("JIN Li": read as "Jin Li", one letter for one, offsets kept)
    found: list[Mention] = []
    taken = Spans()
    free = taken.free

    # longest alias first: "President Xi" must not cut "Xi Jinping" short
    # (the alias tried only where an alias's first word begins: its overlapped finditer tried
    # every position of the text)
    timeout = match_timeout(text)
    hits = sorted((m for s in lex.alias_starts.find(text) if (m := lex.alias.match(text, s, timeout=timeout))),
                  key=lambda m: (-len(m.group()), m.start()))
    by_start = sorted((m.start(), m.end(), _alias_key(" ".join(m.group().split()))) for m in hits)
    starts = [h[0] for h in by_start]
    for m in hits:
        if not free(m.start(), m.end()):
            continue
        if names_a_thing(text, m.end()):
            continue  # "Nursultan Nazarbayev International Airport", "Nazarbayev University": a thing
        if m.group().split()[-1] in lex.chinese and (given := _re(r"[ \t]+([A-Z][a-z]+)\b").match(
                text, m.end())) and given_name_word().fullmatch(given.group(1)) and \
                f"{m.group().split()[-1]} {given.group(1)}" not in alias_index():
            # "Xi Guohua", "Chairman Xi Guohua" are not Xi Jinping: a family name with another given name
            continue
        form = " ".join(m.group().split())  # "Han\nChunlin": a name broken across lines
        person = people()[_alias_key(form)]
        end = m.end()
        for h_start, h_end, h_key in by_start[bisect_right(starts, m.start()):bisect_left(starts, end + 2)]:
            if h_end > end and people()[h_key].key == person.key and free(end, h_end):
                if h_start >= end:
                    # "Kassym-Jomart" then "Toqayev": given names and surname, one mention written as the surname
                    form = " ".join(text[h_start:h_end].split())
                end = h_end  # "President Xi" and "Xi Jinping" overlap: one mention, "President Xi Jinping"
        found.append(Mention(m.start(), end, _alias_written(form), person.country,
                             "alias", person.key))
        taken.add(m.start(), end)
    aliases = sorted(found, key=lambda x: x.start)  # the aliases found so far, in text order
    alias_starts = [x.start for x in aliases]
    pos = 0
    # every match of ``office`` begins with a country word or an office word: tried only where
    # one of their first words stands, in order, the first match is the one ``search`` finds
    office_starts = lex.office_starts.find(text)
    while (m := _next_office(text, pos, office_starts)) is not None:
        pos = m.end()
        office = m.group("office")
        tail = m.group("tail")
        named = name_after_office(tail)
        after = _re(r"[ \t]*(?:\([A-Z]{2,8}\)[ \t]*)?([\w’'-]+)").match(text, m.end(), m.end() + 80)
        if named is not None and named[1] == len(tail) and after and (
                after.group(1) in company_suffix() or (after.group(1).lower() in lex.org and after.group(1)[0].isupper())):
            # "President of the Lianyungang port", "Chairman of Kazakhstan Temir Zholy (KTZ) National
            # Company": a place's or company's name
            named = None
        after_the = text[max(0, m.start() - 4):m.start()].lower() == "the "
        # ("The head of state will hold talks": the holder named before, as "the Head of State")
        head_of_state = after_the and _re(r"head\s+of\s+state").fullmatch(office) is not None
        if named is not None and "," in tail[:named[0]] and _after_name(text, m.start()):
            named = None  # "Karibzhanov, Deputy Speaker of the Majilis, Jia Qinglin": the office is the name's before
        if office[0].islower() and not m.group("country") and not head_of_state and not (
                named is not None and named[0] <= 1 and after_the) and not country_of(office) and not (
                _re(r"\s+of\b").match(tail) and lex.country_re.search(tail)):
            continue  # "leader", "counterpart" need a country word (before, within or after: "the head of the
            # Chinese government", "the head of the Government of Kazakhstan"), or a name right after "the minister"
        country = country_of(m.group("country") or "")
        if named is not None:
            s, e, tokens = named
            if (lead := country_words(tokens)) and lead < len(tokens):
                # "of Sierra Leone David Francis": the country's words end the office, not begin the name
                country = country or country_of(" ".join(tokens[:lead]))
                s += _re(rf"(?:\S+\s+){{{lead}}}").match(tail, s, e).end() - s
                tokens = tokens[lead:]
            start, end = m.start("tail") + s, m.start("tail") + e
            pos = end  # "ambassador Alexey Borodavkin the Head of State": an office may follow
            if not free(start, end) or not text[end:].strip():
                continue  # (nor a word the page's excerpt cuts off: "met with the Secretary of the Party Comm")
            if country is None:
                # "Kazakh Defense Minister Ruslan Zhaksylykov": a country word a word or two before the office
                # (or before a dash that joins two offices: "Aide to the President of Kazakhstan – Secretary of ...")
                near = _re(r"(?:\b[A-Z][\w’'-]*(?:[ \t]+|[ \t]+[–—][ \t]+)){1,3}\Z").search(text, max(0, m.start() - 40), m.start())
                # ("Turkmenistan's Ambassador to China Y": the country an envoy is sent to is not theirs)
                country = country_of(_re(r"\bto[ \t]+(?:the[ \t]+)?\S+(?:[ \t]+(?-i:[A-Z])\S*)*").sub(" ", tail[:s])) or (
                    country_of(near.group().split()[0]) if near else None)
            if country is None and (of := _OF_COUNTRY.match(text, end)):
                country = country_of(of.group(1))  # "President Rumen Radev of Bulgaria"
            if len(tokens) == 1 and (holder := _holder_by_surname(tokens[0], office, country, published)):
                # "Premier Li" on a page of 2015: the premier that month whose family name it is
                found.append(Mention(start, end, holder.key, holder.country, "title", holder.key))
            else:
                found.append(_titled(start, end, tokens, country))
            taken.add(start, end)
            continue
        # an office of a body, then the name set off by a comma, closing the clause ("the Chairman
        # of Kazakhstan Temir Zholy (KTZ) National Company JSC, Nurlan Sauranbayev.")
        if office[0].isupper() and _re(r"\s+of\b").match(tail) and not _after_name(text, m.start()) and (
                late := _re(rf"[^,.;:\n]{{0,80}},[ \t]+(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})"
                            rf"(?=[ \t]*(?:[.,;]|\s(?:on|in|at|and|who)\b))").match(text, m.end(), m.end() + 200)) and (
                not any(word_of_no_name(t) for t in late.group("name").split())) and free(*late.span("name")):
            tokens = late.group("name").split()
            country = country or country_of(tail + text[m.end():late.start("name")])
            found.append(_titled(late.start("name"), late.end("name"), tokens, country))
            taken.add(*late.span("name"))
            pos = late.end("name")
            continue
        # an office alone ("the Kazakh Head of State"): its holder that year, if people.toml knows
        # (the complement names the country itself: "President of China", not "President of China
        # Triumph International Engineering Co." or "of the Xinjiang Railway Company", nor "Vice
        # President of China's food processing company COFCO")
        word = lex.country_re.search(tail) if _re(r"\s+of\b").match(tail) else None
        complement = country_of(word.group()) if word and not _re(r"[ \t]+(?-i:[A-Z])").match(tail, word.end()) and \
            not _BODY_AFTER_COUNTRY.match(text, m.start("tail") + word.end()) else None
        # ("Kazakhstan and China   President of Kazakhstan", page furniture: the complement's country)
        # (an office named with its body: "Majilis Speaker", "Speaker of the Majilis": its key, and
        # the country the body's word tells)
        key = lex.office_key.get(_re(r"\s+").sub(" ", f"{m.group('country')} {office}".lower())) if m.group("country") else None
        key = key or _office_key(office)
        country = complement or country or (country_of(office) if key and key != "other" else None)
        if country is None and key and key != "other" and (office[0].isupper() or head_of_state) and not _re(
                rf"[ \t]+(?:{INITIAL}[ \t]+)?[A-Z][a-z]+(?![\w’'-])").match(tail) and not (
                word is None and _re(r"\s+of[ \t]+(?:the[ \t]+)?(?!Republic\b|Country\b|State\b)(?-i:[A-Z])").match(text, m.start("tail"))):
            # (nor a body's office: "the President of SINOPEC Corporation Y" is no country's president)
            # (not where a name the office's tail holds was not read: "President D. Medvedev of ...")
            # "the Head of State" with no country: the holder of the office named last before it
            # (back from the office through the aliases in text order, to the first that holds it
            # that year; in a page with no date, that ever held it, named close before)
            holder = _holder_before(aliases, alias_starts, m.start(), key, published.year if published else None,
                                    reach=None if published else _HOLDER_CHARS)
            if holder is None and not text[:m.start()].strip():
                # "President receives CNPC Chairman Y" opening the page: the holder the story names after
                holder = _holder_after(aliases, alias_starts, m.end(), key)
            if holder is not None:
                country = people()[holder.who].country
            elif after_the and _re(r"Head\s+of\s+State").fullmatch(office) and published is not None:
                # "The Head of State received Y", capitalised with no holder named before: the
                # Kazakh press's words for its president (Chinese outlets write "the Chinese head of state")
                country = "KZ"
        if office.lower() == "counterpart" and country:
            # "Premier Wen Jiabao and his Kazakh counterpart": the office that year (in a page with no
            # date, ever) of the person named last before it, held in the other country
            for i in range(bisect_left(alias_starts, m.start()) - 1, max(-1, bisect_left(alias_starts, m.start()) - 4), -1):
                other = people()[aliases[i].who]
                if published:
                    held = [t for t in ("president", "prime_minister", "foreign_minister") if other.held(t, published)]
                else:  # (the office held last: "Tokayev met his Chinese counterpart" is the president's)
                    ever = [x for x in other.titles if x[0] in ("president", "prime_minister", "foreign_minister")]
                    held = [max(ever, key=lambda x: (x[2] or 9999, x[1]))[0]] if ever else []
                if other.country != country and len(held) == 1:
                    key = held[0]
                    break
        # not this year's holder: "former President", "the then Premier"; nor another's office:
        # "Aide to the President of Kazakhstan Y", "the Office of the President"
        not_holder = _re(r"\b(?:former|ex|then|late)[\s-]+\Z", regex.I).search(text[max(0, m.start() - 12):m.start()]) or _re(
            r"\b(?:aide|advis[eo]r|assistant|spokes(?:man|person|woman)|chief\s+of\s+staff|administration|office|representative"
            r"|envoy)\s+(?:to|of|for)\s+(?:the\s+)?\Z", regex.I).search(text, max(0, m.start() - 40), m.start())
        if country and key and key != "other" and not not_holder and free(m.start(), m.end()):
            who = _office_holder(key, country, published)
            if who is None:
                # a year of two holders (2019), or a page with no date: the person of that country
                # named last before, who held the office that year, or ever ("Nursultan Nazarbayev
                # discussed ... The Kazakh President met ...")
                named = _holder_before(aliases, alias_starts, m.start(), key, published.year if published else None,
                                       country=country, reach=_HOLDER_CHARS)
                if named is None and published is None and (office.lower() == "counterpart" or not text[:m.start()].strip()):
                    # "On Wednesday, Xi told his Kazakh counterpart ..." in a page with no date, the
                    # counterpart named only after: the first of that country who ever held the office
                    named = _holder_after(aliases, alias_starts, m.end(), key, country)
                who = named.who if named else None
            i = bisect_left(alias_starts, m.end())
            if who and i < len(aliases) and aliases[i].who == who and aliases[i].start - m.end() <= 120 and \
                    _re(r"[^.;!?]*,\s*\Z").fullmatch(text, m.end(), aliases[i].start):
                continue  # "the Chairman of the Mazhilis (the lower house) of Kazakhstan, Yerlan Koshanov": named right after
            if who:
                found.append(Mention(m.start(), m.end("office"), who, country, "office", who))
                taken.add(m.start(), m.end("office"))
    # a name and then its office ("Ze Zhu, the vice president of China's COFCO", "Sun Li, deputy
    # head of the company"): the office vouches for the name; the country comes from its words
    for m in lex.named_office.finditer(text, overlapped=True, timeout=match_timeout(text)):
        tokens = m.group("name").split()
        if not free(m.start("name"), m.end("name")) or any(word_of_no_name(t) for t in tokens):
            continue
        # (the office's own words end at a comma: "Zhang Youxia, vice chairman of the Commission, on
        # Friday met with Kazakh ..." is no Kazakh)
        country = country_of(m.group("country") or "") or country_of(m.group("tail").split(",")[0])
        found.append(_titled(m.start("name"), m.end("name"), tokens, country))
        taken.add(*m.span("name"))
    # Chinese names the gazetteer does not know and no office introduces ("Sun Weidong, Deputy
    # Minister of ..."): a family name, then a given name made of pinyin syllables
    surnames_at = surname_starts(text)  # (both shapes of a Chinese name are tried there)
    for m in _chinese_names(text, surnames_at):
        # ("(Xinhua/Li Xueren)" is a credit; "Hong Kong" a place)
        if free(m.start(), m.end()) and not _credited(text, m.start()) and m.group() not in places():
            found.append(Mention(m.start(), m.end(), m.group(), "CN", "title"))
            taken.add(*m.span())
    # and written given name first ("Changjun Meng, the company's chairman"), not a place's ("Beijing Li")
    for a, b, name in given_first_chinese_names(text, surnames_at):
        if free(a, b) and not word_of_no_name(name.split()[0]) and name.split()[0] not in places():
            found.append(Mention(a, b, name, "CN", "title"))
            taken.add(a, b)
    # Kazakh and Russian names no list knows and no office introduces ("Askar Zhumagaliyev and
    # Chang Zhenming met"): a given name, then a surname of that shape; by surname, country unknown
    for m in kazakh_names(text):
        if not free(m.start(), m.end()) or word_of_no_name(m.group("surname")) or names_a_thing(text, m.end()):
            continue
        if _credited(text, m.start()):
            continue  # "KAZINFORM /Russlan Suleimenov/ Today ...": the reporter's credit
        if not word_of_no_given_name(m.group("given")):
            found.append(Mention(m.start(), m.end(), m.group("surname"), _office_country(text, m.start(), m.end()), "title"))
            taken.add(*m.span())
        elif _after_body(m.group("given")):
            # "the chairman of Karaganda Regional Maslikhat Omarov": the surname alone, after its body's name
            found.append(Mention(m.start("surname"), m.end(), m.group("surname"), None, "title"))
            taken.add(*m.span("surname"))
    # "Uzbekistan's Bakhtiyor Saidov, Tajikistan's Sirojiddin Mukhriddin": a country's name
    # (tried only where a possessive precedes a capital, at the country word that ends there)
    for q in _POSSESSIVE.finditer(text):
        c = lex.country_end.search(text, max(0, q.start() - 40), q.start())
        if c is None or (m := lex.possessed.match(text, c.start())) is None:
            continue
        if free(*m.span("name")) and not any(word_of_no_name(w) for w in m.group("name").split()):
            found.append(_titled(*m.span("name"), m.group("name").split(), country_of(m.group("country"))))
            taken.add(*m.span("name"))
    # "Mr. Zhakupov", "Ms. Li Na", "Professor Zhang Xiaoming": a name an honorific introduces
    if "M" in text or "D" in text or "P" in text:  # (Mr, Mrs, Ms, Madam, Dr, Professor, Prof)
        for m in _HONORIFIC.finditer(text):
            tokens = m.group("name").split()
            if free(m.start("name"), m.end("name")) and not any(word_of_no_name(w) for w in tokens):
                found.append(_titled(m.start("name"), m.end("name"), tokens, None))
                taken.add(*m.span("name"))
    found.sort(key=lambda x: x.start)
    # "the President of the AIU Irsaliyev S.A.": a surname's initials after it are the mention's
    # (a list reads on past them: "between A S.A. and B")
    found = [replace(x, end=t.end()) if (t := _INITIALS_AFTER.match(text, x.end)) and free(x.end, t.end()) else x
             for x in found]
    # an office holder is written as the article spells them elsewhere ("Masimov", not "Massimov")
    spelt = {x.who: x.name for x in found if x.how == "alias"}
    found = [replace(x, name=spelt[x.who]) if x.how == "office" and x.who in spelt else x for x in found]
    return described(text, pairs(text, corefer(text, found), published), country_of)


_POSSESSIVE = re.compile(r"[’']s[ \t]+(?=[A-Z])")
_APPOSITIVE = regex.compile(r",[ \t]+(?:the[ \t]+)?(?P<body>[^,;.()\n]{3,120})", regex.V1)
_OF_PLACE = regex.compile(r"\bof[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?([A-Z][\w’'-]+)", regex.V1)


def _appositive_country(text: str, end: int) -> str | None:
    """The country an office set off after a name ends with ("A.A. Kahharov, secretary of the
    Security Council of Tajikistan"), or None; not the office of the next name in a list ("A,
    Minister of Culture of China B": B's)."""
    if (m := _APPOSITIVE.match(text, end, end + 160)) is None:
        return None
    body = m.group("body")
    last = next((of for of in reversed(list(_OF_PLACE.finditer(body))) if country_of(of.group(1))), None)
    if last is None or _re(r"[ \t]+[A-Z]").match(body, last.end()):
        return None
    return country_of(last.group(1))


# the country an office right before a name ends with ("Vice Minister of Culture of the Republic of
# Kazakhstan G. A. Ahmedyarov", "Minister of Culture of the Kyrgyz Republic A. A. Maksutov")
_OF_PLACE_BEFORE = regex.compile(r"\bof[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w’'-]+[ \t]+)?Republic[ \t]+of[ \t]+)?([A-Z][\w’'-]+)(?:[ \t]+Republic)?[ \t]+\Z", regex.V1)

_COUNTRY_DASH = regex.compile(r"(?:^|[\s,(])([A-Z][\w’'-]+)[ \t]+[–—][ \t]+\Z", regex.V1)


def _office_country(text: str, start: int, end: int) -> str | None:
    """The country of a name no list knows, from the office before it or the one set off after it."""
    if (before := _OF_PLACE_BEFORE.search(text, max(0, start - 60), start)) and (c := country_of(before.group(1))):
        return c
    if (dash := _COUNTRY_DASH.search(text, max(0, start - 40), start)) and (c := country_of(dash.group(1))):
        return c  # "the foreign ministers of Kazakhstan – Murat Zhaksybekov, China – Y, ...": a list of country and name
    return _appositive_country(text, end)


def _credited(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a slash, as a wire's credit writes its reporter or
    photographer ("(Xinhua/Li Xueren)", "KAZINFORM /Russlan Suleimenov/")."""
    return text[max(0, at - 1):at] == "/"


_HONORIFIC = regex.compile(
    rf"(?<![\w.])(?:{'|'.join(HONORIFICS)})(?:\.[ \t]*|[ \t]+)(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}})", regex.V1)  # (also glued: "Mr.Askar")


def _after_name(text: str, at: int) -> bool:
    """Whether the office at ``at`` is set off after a name ("Zhanybek Karibzhanov, Deputy Speaker
    of the Majilis, Jia Qinglin, ..."): it is that name's, not the name's after it."""
    before = _re(r"([A-Z][\w’'-]+),[ \t]+(?:the[ \t]+)?(?:(?:[Dd]eputy|[Vv]ice|[Ff]irst|[Aa]cting|[Ee]xecutive)[ \t-]+){0,2}\Z"
                 ).search(text, max(0, at - 60), at)
    return before is not None and country_of(before.group(1)) is None and not word_of_no_name(before.group(1))


def _after_body(word: str) -> bool:
    """Whether ``word`` ends a body's name that its holder's surname may follow ("Maslikhat",
    "Akimat"): a body's word, not a country's or a place's."""
    lex, low = lexicon(), word.lower()
    return low in lex.org and low not in lex.country and word not in place_words() and low not in lex.stop


def _holder_before(aliases: list[Mention], starts: list[int], at: int, key: str, year: int | None, *,
                   country: str | None = None, reach: int | None = None) -> Mention | None:
    """The person named last before ``at`` (``aliases`` in text order, ``starts`` theirs) who held
    office ``key`` in ``year``, or ever where the year is unknown; of ``country`` and within
    ``reach`` characters where given."""
    for i in range(bisect_left(starts, at) - 1, -1, -1):
        alias = aliases[i]
        person = people()[alias.who]
        if alias.end > at or (reach is not None and at - alias.end > reach) or (country and person.country != country):
            continue
        if person.held(key, year) if year else any(t[0] == key for t in person.titles):
            return alias
    return None


def _holder_after(aliases: list[Mention], starts: list[int], at: int, key: str, country: str | None = None) -> Mention | None:
    """The first person named after ``at`` (within ``_HOLDER_CHARS``) who ever held office ``key``,
    of ``country`` where given: a page with no date, its office told before its holder."""
    return next((a for a in aliases[bisect_left(starts, at):] if a.start - at <= _HOLDER_CHARS
                 and (country is None or people()[a.who].country == country)
                 and any(t[0] == key for t in people()[a.who].titles)), None)


def _next_office(text: str, pos: int, starts: list[int]) -> regex.Match[str] | None:
    """``lexicon().office.search(text, pos)``, tried at ``starts`` (sorted) only."""
    office, timeout = lexicon().office, match_timeout(text)
    for i in range(bisect_left(starts, pos), len(starts)):
        if (m := office.match(text, starts[i], timeout=timeout)) is not None:
            return m
    return None


# "the two presidents": the office both hold (None: any named pair of the two countries)
def _alias_key(form: str) -> str:
    return alias_index()[form]


@cache
def _alias_written(form: str) -> str:
    """The name as this text writes it ("Toqayev", "Erken Tuniyazi"), or the people.toml key
    where the alias is no name ("President Xi", "Elbasy", "Xingrui"); once per alias."""
    person = people()[_alias_key(form)]
    words = form.split()
    if any(w.lower() in lexicon().office_key for w in words):
        return person.key
    if person.country == "CN" or " " in person.key:
        # (a Chinese name whole, "W. Jiabao": Wen Jiabao; a namesake's keyed whole: "Akylbek Japarov")
        return form if len(words) >= 2 and not form[1:2] == "." else person.key
    last = words[-1]
    return last if SequenceMatcher(None, last.lower(), person.key.lower()).ratio() >= 0.6 else person.key


