"""Which metric a number is: the cue words around a money sum, a percentage or a count.

``metric_money``, ``metric_percent`` and ``metric_count`` read a candidate's sentence (with the
sentence before it, for words that point back: "the figure", "it") and give its metric and the
rule that decided it; the cue nearest to the number wins (``data/cues.toml``). A number with no
cue of a core metric is ``other``, never a guess.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import takewhile

import regex

from .candidate_rules import of_which_rule
from .candidates import Candidate, count_group
from .figure_cues import compile_cue, cues
from .figure_guards import PER_SHARE
from .gazetteer import load, usd_rates
from .person_words import country_of
from .records import Metric
from .rules import alternation
from .rules import compiled as _re

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1
_alt = alternation  # cue fragments are regex already

_TOPICS = ("trade", "export", "import", "investment")  # cue groups that name a core metric
_CUE_BEFORE = 160  # how far before a number a metric cue may stand (characters)
_CUE_AFTER = 50  # and after it, where none stands before ("$320 bil. FDI")


_NAME_AFTER_OF = regex.compile(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?\Z")
# capitalised words ending in the cue, after a word in lower case ("the firm Eurasia Investment";
# not "Foreign Direct Investment from China" opening the sentence, nor "of Foreign Direct Investment")
_NAME_BEFORE = regex.compile(r"\b(?-i:[a-z][\w-]*)[ \t,]+(?:(?-i:[A-Z])[\w&'-]*[ \t]+){1,4}(?<!\bDirect[ \t]+)\Z")


def _not_a_cue(sentence: str, m: regex.Match[str]) -> bool:
    """Whether a cue word is a body's name: within one, or the last word of one naming a core
    metric ("the manager of Eurasia Investment, said"; a fund's or bank's name still says its figure
    is none of ours)."""
    return _in_a_name(sentence, m.start(), m.end()) or (
        m.lastgroup in _TOPICS and m.group().istitle() and _NAME_BEFORE.search(sentence, 0, m.start()) is not None)


def _in_a_name(sentence: str, a: int, b: int) -> bool:
    """Whether the cue word at [a, b) is part of a body's name inside running text ("the Trade
    Policy Development Center", "the Ministry of Trade and Integration"), not a word about trade;
    a headline's capitals are no name."""
    word = sentence[a:b]
    if not word[:1].isupper() or word.isupper() or not sentence[:a].strip():
        return False
    words = sentence.split()
    if sum(w[:1].isupper() for w in words) > 0.5 * len(words):
        return False  # a headline in title case
    after = sentence[b:b + 30].lstrip()
    if after[:1].isupper() or (after.startswith("and ") and after[4:5].isupper()):
        return True  # "Trade Policy Development Center", "Trade and Integration"
    return _NAME_AFTER_OF.search(sentence, max(0, a - 40), a) is not None  # "the Ministry of Trade"


_CHANNEL = regex.compile(r"\b(?:via|through|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?\Z", _FLAGS)
# a flow's goods set off after it (and after its partner: "Imports from Kazakhstan, including"):
# ", mainly (including, such as, notably) ..." up to a goods word
_MADE_OF = regex.compile(
    r"(?:\s+(?:of\s+)?goods)?(?:\s+(?:from|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+"
    r"(?:mainly|mostly|chiefly|largely|primarily|principally|notably|including|such\s+as|especially|in\s+particular)"
    r"\s+[^.;:()]*?", _FLAGS)


def _nearest_cue(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The metric cue group nearest to the number at [start, end) of ``sentence``.

    A commodity word just before a trade cue makes it one commodity's trade, which is no
    core metric ("natural gas exports ... were worth $503mn", "agricultural trade stood at")."""
    if PER_SHARE.match(sentence, end, end + 24):
        return "unrelated", 0  # "for 55.00 US dollars cash per share": a price, not a sum paid
    best, best_dist, best_at = None, 10**9, 0
    lo = max(0, start - _CUE_BEFORE)
    # (a cue that begins in the window may end past it: "(about 18.7 billion U.S. dollars) in imports
    # and exports" is trade, not the imports its first word would be)
    found = [m for m in takewhile(lambda m: m.start() < end + _CUE_AFTER, cues().metric.finditer(sentence, lo))
             if not _not_a_cue(sentence, m)]
    # "the trade volume between the two countries via the China-Europe freight trains reached":
    # the way the goods went, after the trade it carried, names no other topic
    found = [m for i, m in enumerate(found) if not (
        m.lastgroup == "commodity" and _CHANNEL.search(sentence, max(0, m.start() - 40), m.start())
        and any(f.lastgroup == "trade" for f in found[:i]))]
    # "Exports, mainly machinery, textiles and shoes, were $7.7 billion": the goods set off between
    # commas after the flow are what it holds, not the topic of its sum
    found = [m for i, m in enumerate(found) if not (
        m.lastgroup == "commodity" and m.end() <= start
        and any(f.lastgroup in ("trade", "export", "import") and _MADE_OF.fullmatch(sentence, f.end(), m.start())
                for f in found[:i])
        and "," in sentence[m.end():start])]
    # the nearest cue before the number; one after it only where none stands before
    # ("$320 bil. FDI", but "imports and exports ... hit 23.9 billion yuan, up 9 percent. Throughput")
    for m in found:
        if m.end() <= start:
            dist = start - m.end()
        elif m.start() >= end:
            dist = 10**6 + m.start() - end
        else:
            continue
        if dist < best_dist:
            best, best_dist, best_at = m.lastgroup, dist, m.start()
    if best in _TOPICS:
        for m in found:
            if m.lastgroup == "commodity" and 0 <= best_at - m.end() <= 3:
                return "commodity", best_dist
            if best == "trade" and m.lastgroup in ("import", "export") and 0 <= best_at - m.end() <= 1:
                return m.lastgroup, best_dist  # "the region's import trade volume": its imports
    return best, best_dist


# the words that may stand between a verb of spending and its sum ("invested up to", "will spend more than")
_VERB_QUAL = r"(?:(?:up\s+to|about|around|over|more\s+than|nearly|some|almost|at\s+least)\s+)?"
_INVEST_VERB = regex.compile(rf"\b(?:invest|inject)(?:s|ed|ing)?\s+{_VERB_QUAL}\Z", _FLAGS)
# "$89 million to be invested in the project", "$2 billion will be invested"
_INVESTED_AFTER = regex.compile(
    r"\s+(?:(?:is|are|was|were|will\s+be|to\s+be|has\s+been|have\s+been|would\s+be)\s+)(?:invested|injected)\b", _FLAGS)
# "with a $130 million government investment": the noun right after the sum (not "a $1 billion
# investment agreement / fund / project", another thing's worth)
_INVESTMENT_AFTER = regex.compile(
    r"\s+(?:(?:government|state|private|public|foreign|direct|Chinese|Kazakh|total|initial|additional)\s+){0,2}"
    r"investments?\b(?!\s+(?:agreements?|deals?|contracts?|funds?|programs?|programmes?|plans?|projects?|portfolios?|banks?|vehicles?)\b)",
    _FLAGS)


_INVESTMENT_OF = regex.compile(
    r"\binvestments?\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:(?:about|around|over|more\s+than|nearly|some|"
    r"at\s+least|up\s+to|an\s+estimated|approximately)\s+)?\Z", _FLAGS)
_PROJECTS_WITH = regex.compile(r"\b(?:projects?|plants?|facilit(?:y|ies))\s+(?:with|for)\s+(?:a\s+|an\s+)?(?:total\s+)?"
                               r"(?:capital\s+)?investments?\s+(?:of|worth|totall?ing|amounting\s+to)\s+\S*\s*\Z", _FLAGS)

# the price paid for a stake or for assets is an investment, though "stake" is no cue of one
# ("acquired a 55% stake in X for $89 million", "paid $939 million for an 11 percent stake",
# "the $1.91 billion that its parent agreed to pay for the assets")
_QUAL = r"(?:(?:about|around|over|more\s+than|nearly|some|approximately|roughly|almost|up\s+to)\s+)?"
# (a full stop inside a number or after a company's abbreviation ends nothing: "a 25.12 per cent
# stake", "the assets of Nations Energy Company Ltd. for")
_NO_STOP = r"(?:[^.;$]|(?<=\d)\.(?=\d)|(?<=\b(?:Ltd|Co|Inc|Corp|Plc))\.)"
_BOUGHT_FOR = regex.compile(
    rf"\b(?:acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing))\s+(?:{_NO_STOP}{{0,80}}?\s)?"
    rf"(?:stake|shares|assets)\b{_NO_STOP}{{0,80}}?\sfor\s+{_QUAL}\Z", _FLAGS)
# "CNPC in 2005 bought Petrokazakhstan, the largest oil company, for USD 4.18 billion": a company
# bought by its name (not "bought Kazakh wheat for", a commodity's price)
_BOUGHT_NAMED_FOR = regex.compile(
    rf"\b(?:acquir(?:e|es|ed)|bought|buys?|purchas(?:e|es|ed))\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w-]+){_NO_STOP}{{0,120}}?\sfor\s+{_QUAL}\Z", _FLAGS)
_PAID = regex.compile(rf"\b(?:pay|pays|paid|paying)\s+{_QUAL}\Z", _FLAGS)
_FOR_STAKE = regex.compile(
    r"(?P<clause>\s+(?:that|which)\s+(?:[\w’'-]+\s+){0,4}?(?:pay|paid))?\s+for\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w%.-]+\s+){0,4}?(?:stake|shares|assets)\b", _FLAGS)


def _paid_for_stake(sentence: str, s: int, e: int) -> bool:
    before = sentence[max(0, s - 200):s]
    if _BOUGHT_FOR.search(before):
        return True
    after = _FOR_STAKE.match(sentence, e, min(len(sentence), e + 120))
    return after is not None and (after.group("clause") is not None or _PAID.search(before) is not None)


_DEAL_TO_BUY = regex.compile(
    rf"\b(?:deals?|agreements?|contracts?)\s+to\s+(?:acquire|buy|purchase|take\s+over)\b{_NO_STOP}{{0,80}}?\sfor\s+{_QUAL}\Z", _FLAGS)
_SPEND_VERB = regex.compile(rf"\b(?:spend|spends|spent|spending)\s+{_VERB_QUAL}\Z", _FLAGS)
_ON_BUILDING = regex.compile(r"\s+on\s+(?:(?:the\s+)?(?:construction|building|development)\s+of\b"
                             r"|(?:building|constructing|developing)\s+(?:the|a|an|new)\b)", regex.I | regex.V1)   # ("on building the link")
_CONTRACTED_FOR = regex.compile(
    rf"(?:\b(?:was|were|has\s+been|have\s+been)\s+contracted|\b(?:signed|awarded|won|concluded)\s+(?:a|the)\s+contract\s+to)\b"
    rf"[^.;]{{0,110}}?\bfor\s+{_QUAL}\Z", regex.I | regex.V1)


# a sum told as the worth of a tonnage just before it: one commodity's, not the trade's
_TONNAGE_WORTH = regex.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:(?:thousand|million|billion|mln|bln)\s+)?(?:tonnes?|tons?)(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?"
    r",?\s+(?:or|worth|valued\s+at|\(|totall?ing|amounting\s+to)\s+(?:\[\w+\]\s*)?" + _QUAL + r"\Z", regex.I | regex.V1)


def metric_money(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str]:
    c = cues()
    before = sentence[max(0, s - 120):s]
    if _INVEST_VERB.search(before) or _INVESTED_AFTER.match(sentence, e) or (
            _SPEND_VERB.search(before) and _ON_BUILDING.match(sentence, e)):
        # "agreed to invest up to $300 million in ... projects"; "China will spend more than $1
        # billion on the construction of a new plant"
        return Metric.INVESTMENT, "investment.verb"
    if _INVESTMENT_OF.search(before) and not _PROJECTS_WITH.search(before):
        return Metric.INVESTMENT, "investment.noun"  # "a coal project that could require a minimum investment of $4 billion"
    if _CONTRACTED_FOR.search(before):
        # "X was contracted to develop the project documentation by December 1, 2028, for 10.9
        # billion tenge": the contract's sum, not the project's
        return Metric.AGREEMENT_VALUE, "agreement_value.contract"
    if c.project_value_before.search(before):
        return Metric.PROJECT_VALUE, "project_value.bound"
    if c.facility_before.search(before) and c.building.search(sentence):
        return Metric.PROJECT_VALUE, "project_value.facility"  # "are building a pipeline worth some $700 million"
    if c.facility_cost.search(before):
        return Metric.PROJECT_VALUE, "project_value.cost"  # "the pipeline was completed in 2005 at a cost of $700 million"
    if c.closing_cost.search(sentence, max(0, s - 200), s):
        return Metric.PROJECT_VALUE, "project_value.cost"  # "The project's capacity is 1.2 million tons, with a cost of $1.5 billion"
    if c.fronted_cost.search(before) and c.built_after.match(sentence, e):
        return Metric.PROJECT_VALUE, "project_value.fronted"  # "With a preliminary cost of $1.5 billion, the project"
    if c.facility_after.match(sentence, e) and c.building.search(sentence) and not _re(
            r"\b(?:agreements?|deals?|contracts?|documents?|memorand\w*)\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+\S*\s*\Z",
            regex.I).search(before):
        # "documents for the construction of a $1.3 billion butadiene plant": the plant's value
        return Metric.PROJECT_VALUE, "project_value.facility"
    if _DEAL_TO_BUY.search(before):
        return Metric.INVESTMENT, "investment.deal_to_buy"  # "struck a deal to acquire a gold mine for $1.2 billion": its price
    if c.agreement_value_before.search(before):
        return Metric.AGREEMENT_VALUE, "agreement_value.bound"
    if _re(r"\bworth\s+(?:(?:about|around|some|over|nearly)\s+)?\Z", regex.I).search(before) and \
            of_which_rule().pattern.search(before[-120:]):
        return Metric.PROJECT_VALUE, "project_value.part"  # "nine of which have been launched, worth $2.5 billion"
    after = c.bound_value_after.match(sentence, e, min(len(sentence), e + 60))
    if after:
        if after.group("project"):
            return Metric.PROJECT_VALUE, "project_value.worth_of"
        return Metric.AGREEMENT_VALUE, "agreement_value.worth_of"
    if _paid_for_stake(sentence, s, e):
        return Metric.INVESTMENT, "investment.stake"
    if (bought := _BOUGHT_NAMED_FOR.search(sentence, max(0, s - 200), s)) and country_of(bought["name"]) is None:
        # (a country's word is no company's name: "China bought Kazakh wheat for $300 million")
        return Metric.INVESTMENT, "investment.bought"  # "CNPC bought PetroKazakhstan, the oil company, for $4.18 billion"
    if _TONNAGE_WORTH.search(before):
        return Metric.OTHER, "other.tonnage"  # "exports tripled to 425,000 tonnes or $92 million": that goods' worth
    cue = _cue(sentence, s, e, prev_sentence)
    metric = {
        "trade": (Metric.TRADE_VOLUME, "trade_volume.cue"),
        "export": (Metric.EXPORT_VOLUME, "export_volume.cue"),
        "import": (Metric.IMPORT_VOLUME, "import_volume.cue"),
        "investment": (Metric.INVESTMENT, "investment.cue"),
    }.get(cue or "")
    if metric is None and c.facility_after.match(sentence, e) and c.building.search(sentence):
        return Metric.PROJECT_VALUE, "project_value.facility"  # "a new $300 million seaport will be built"
    if metric is None and _INVESTMENT_AFTER.match(sentence, e):
        # ("a gas pipeline connected to China with a $130 million government investment": the
        # sum's own noun, past a commodity's word told before it)
        return Metric.INVESTMENT, "investment.noun_after"
    return metric or (Metric.OTHER, f"other.{cue or 'no_cue'}")


def _cue(sentence: str, s: int, e: int, prev_sentence: str) -> str | None:
    """The metric cue of the number at [s, e); a word pointing back ("the figure", "sales")
    takes the last topic of the sentence before."""
    cue, _ = _nearest_cue(sentence, s, e)
    if cue is None and (terms := _IN_TERMS.search(sentence, e, min(len(sentence), e + 200))) and (
            named := cues().metric.search(sentence, terms.end(), min(len(sentence), terms.end() + 40))) and \
            named.lastgroup in _TOPICS:
        # "China ranks fourth ($21.3 billion), after A, B and C, in terms of foreign direct
        # investment": the ranking's measure, however far on in the clause
        cue = named.lastgroup
    if cue == "same_as_before":
        # ("Trade keeps setting records; it amounted to $17 billion": "it" of this sentence's topic first)
        here = _topics(sentence, 0, s)
        topics = _topics(prev_sentence, 0, len(prev_sentence))
        cue = here[-1] if here else (topics[-1] if topics else None)
        if not here and cue == "trade" and _commodity_trade(prev_sentence):
            cue = "commodity"  # "the turnover of agricultural products exceeded $1.3 billion. In June, this figure ..."
    elif cue == "trade" and _THE_TRADE.search(sentence, max(0, s - 200), s) and not _PAIR.search(sentence) \
            and _commodity_trade(prev_sentence):
        cue = "commodity"  # "Agricultural trade ... grows. In 2024, the trade volume rose to $1.4 billion": that trade
    return cue


def _topics(sentence: str, a: int, b: int) -> list[str]:
    """The core metrics' cues in ``sentence[a:b]``, in order; none from a body's name ("sales" after
    "the manager of Eurasia Investment" are not its investment)."""
    return [m.lastgroup for m in cues().metric.finditer(sentence, a, b)
            if m.lastgroup in _TOPICS and not _not_a_cue(sentence, m)]


_IN_TERMS = regex.compile(r"\bin\s+terms\s+of\s+(?:the\s+)?", _FLAGS)
_THE_TRADE = regex.compile(r"\bthe\s+(?:trade\s+)?(?:volume|turnover)\b[^.;]*\Z", _FLAGS)
_PAIR = regex.compile(r"\b(?:between|bilateral|mutual|Kazakh\w*|China|Chinese|Sino)\b", _FLAGS)


def _commodity_trade(sentence: str) -> bool:
    """Whether a sentence's trade is one commodity's: "Agricultural trade ...", "the turnover of
    agricultural products"."""
    found = list(cues().metric.finditer(sentence))
    return any(m.lastgroup == "trade" and any(
        c.lastgroup == "commodity" and (0 <= m.start() - c.end() <= 3 or regex.fullmatch(r"\s+of\s+(?:the\s+)?", sentence[m.end():c.start()]))
        for c in found) for m in found)


# a percent before this one in a list ("8%, 25.8% and ..."), and one after it
# (also with each item's year: "grew by 11% in 2018 and by 23% in 2019", "11% in 2018, in 2019 - 23%")
_PERCENT = r"\d(?:[\d.,]*\d)?\s?(?:%|percent|per\s+cent)"  # a percent written out
_IN_YEAR = r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?"  # and the year it is of
_LIST_BEFORE = regex.compile(rf"{_PERCENT}{_IN_YEAR}"
                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|for)\s+(?:19|20)\d\d\s*(?:[-–—,]\s*)?)?(?:by\s+)?\Z", _FLAGS)
# "rose from 17.7% in 2020 to 24.1%": the second of a change's two levels takes the words before the first
_FROM_TO_BEFORE = regex.compile(rf"\bfrom\s+{_PERCENT}{_IN_YEAR}\s+to\s+\Z", _FLAGS)
_LIST_AFTER = regex.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERCENT}", _FLAGS)
# a change (the growth and decline cues say so) set off right after an amount in tonnes or
# containers is that amount's ("imports and exports at the port reached 8.65 million tonnes, an
# increase of 17.1 percent")
_AFTER_TONNAGE = regex.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:(?:thousand|million|billion|mln|bln)\s+)?(?:tonnes?|tons?|TEUs?|containers?)"
    r"(?:\s+of\s+(?:goods|cargo|freight))?,[^,;$%]{0,40}\Z", regex.I | regex.V1)
_NAMED_AFTER = regex.compile(
    r"\s*(?:(?:year-on-year|annual|y-o-y)\s+)?(?:(?:increase|growth|rise|jump|gain|decrease|decline|drop|fall)\s+in\s+"
    r"|(?P<more>more|less|fewer)\s+(?:of\s+)?)", _FLAGS)


def metric_percent(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str, int]:
    """Metric, rule suffix and sign (-1 for a decline) of a percentage."""
    c = cues()
    # "increases of 52.5% and 44.5% in trade turnover, respectively": a percent inside a list
    # takes the words before the list's first item and after its last
    head, tail = s, e
    while (m := _LIST_BEFORE.search(sentence, max(0, head - 40), head)) is not None:
        head = m.start()
    if (m := _FROM_TO_BEFORE.search(sentence, max(0, head - 40), head)) is not None:
        head = m.start() + 5  # (after "from ": its number)
    while (m := _LIST_AFTER.match(sentence, tail, tail + 100)) is not None:
        tail = m.end()
    before, after = sentence[max(0, head - 60):head], sentence[tail:tail + 100]
    cue = _cue(sentence, head, tail, prev_sentence) if (head, tail) != (s, e) else _cue(sentence, s, e, prev_sentence)
    named = _NAMED_AFTER.match(after)
    if named:
        # "a 23.6% increase in Kazakh-Chinese mutual trade", "45% more plastics and rubber": the
        # words right after the number name what changed
        what = [m.lastgroup for m in c.metric.finditer(after, named.end(), min(len(after), named.end() + 45))]
        if what:
            # (the head comes last: "import and export cargo", "trade in oil" are goods, not trade)
            cue = "commodity" if "commodity" in what and (named.group("more") or what[0] == "trade") else what[0]
    share_after = c.share_after.match(after)
    if share_after is not None and not (share_after.group("word") or share_after.group("what")):
        share_after = None
    if share_after is not None and (c.growth_before.search(before) or c.decline_before.search(before)):
        share_after = None  # "increases of 52.5% in trade turnover": a change, not a share
    if c.share_before.search(before) or share_after:
        what = (share_after.group("what") or "").lower() if share_after else ""
        if what in ("trade", "turnover") or "and" in what.split() or (not what and cue == "trade"):
            return Metric.TRADE_SHARE, "trade_share.cue", 1
        return Metric.OTHER, "other.share", 1
    sign = 0
    if c.decline_before.search(before) or c.decline_after.match(after):
        sign = -1
    elif c.growth_before.search(before) or c.growth_after.match(after):
        sign = 1
    if sign and cue == "trade" and _AFTER_TONNAGE.search(sentence, max(0, head - 80), head):
        return Metric.OTHER, "other.percent.tonnage", sign  # "imports and exports reached 8 million tonnes, an increase of 17 percent"
    if sign and cue == "trade":
        return Metric.TRADE_GROWTH, "trade_growth.cue", sign
    # "exports fell 19 percent": a decline is negative whatever changed
    return Metric.OTHER, f"other.percent.{cue or 'no_cue'}", sign or 1


NOT_OURS = frozenset({"other.percent.unrelated"})  # "China's GDP grew by 4.9 percent": no figure of ours
SMALLEST_USD = 10_000  # a sum worth less, in US dollars at a rough rate, is no country's trade, investment or project


def too_small(value: float | Decimal, unit: str) -> bool:
    """Whether a sum is a household's, not a country's ("of every $100 of goods, $43 came from
    Russia", "shoppers spend over 300,000 tenge"): below ``SMALLEST_USD`` at its currency's
    rough rate."""
    return float(value) * usd_rates().get(str(unit), 1.0) < SMALLEST_USD


@cache
def _attendance() -> regex.Pattern[str]:
    words = _alt(load("cues")["binding"]["attendance"])
    return compile_cue(rf"\b(?:{words})\s+(?:of|from)(?:\s+(?:the|more\s+than|over|some|about|nearly|around))*\s*\Z", _FLAGS)


@cache
def _gathered() -> regex.Pattern[str]:
    words = _alt(load("cues")["binding"]["gathered"])
    return compile_cue(rf"\b(?:{words})(?:\s+(?:more\s+than|over|some|about|nearly|around|almost|up\s+to))?\s+\Z", _FLAGS)


_BACK_TO_DOCUMENTS = regex.compile(
    r"\s*(?:The|These|Those|All|Among)\s+(?:the\s+)?(?:signed\s+)?(?:documents|agreements|deals|contracts|them)\b", regex.V1)


def metric_count(cand: Candidate, sentence: str, before: str = "", prev_sentence: str = "") -> tuple[Metric, str] | None:
    if _attendance().search(before) or _gathered().search(before):
        return None  # "a delegation of 30 companies", "a pavilion representing 15 companies" count guests, not a fact
    group = count_group(cand.noun or "")
    if group == "projects":
        return Metric.PROJECT_COUNT, "project_count.noun"
    if group == "agreements":
        # "the two agreements reached at the highest level" is no count of signed documents;
        # "16 documents were signed. The documents included six interregional agreements": the
        # signing may be told in the sentence the count refers back to
        signed = cues().signing.search(sentence) or (
            _BACK_TO_DOCUMENTS.match(sentence) and cues().signing.search(prev_sentence))
        if signed and cand.value >= 2:
            return Metric.AGREEMENT_COUNT, "agreement_count.signed"
        return None
    return Metric.OTHER, f"other.count.{group}"
