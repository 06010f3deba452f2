"""Figure rules and resolvers: candidate spans -> typed ``Figure`` records.

Candidates come from four kinds of rule (money, percent, multiple, count of a noun); each is
then resolved from cue words in its sentence (``data/cues.toml``): its metric from the cue
nearest to the number, its status from the nearest status word in its clause, its qualifier
from the words just before it, its period from the period phrases around it.
Precision first: a count is only taken with a noun we know, and a number with no cue is
``other``, never a guess at a core metric.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from .attribution import resolve_attribution
from .candidate_rules import of_which_rule
from .candidates import Candidate, count_group, candidates, settle_overlaps
from .figure_cues import compile_cue, cues
from .figure_guards import not_a_figure
from .gazetteer import load, months
from .periods import PeriodMention, find_periods, pick_period
from .records import Document, Figure, Metric, Qualifier, Span, Status
from .rules import alternation
from .scope import read_scope, third_country
from .timex import find_dates
from .rules import compiled as _re
from .scan import Prepared
from .sentences import Sentences, sentences


_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1
_alt = alternation  # cue fragments are regex already

# --- resolvers --------------------------------------------------------------------------------

_TOPICS = ("trade", "export", "import", "investment")  # cue groups that name a core metric
_CUE_BEFORE = 160  # how far before a number a metric cue may stand (characters)
_CUE_AFTER = 50  # and after it, where none stands before ("$320 bil. FDI")


_NAME_AFTER_OF = regex.compile(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?\Z")


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


_PER_SHARE = regex.compile(r"\s*(?:in\s+)?(?:cash\s+)?(?:per|a)\s+share\b", regex.I)


def _nearest_cue(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The metric cue group nearest to the number at [start, end) of ``sentence``.

    A commodity word just before a trade cue makes it one commodity's trade, which is no
    core metric ("natural gas exports ... were worth $503mn", "agricultural trade stood at")."""
    if _PER_SHARE.match(sentence, end, end + 24):
        return "unrelated", 0  # "for 55.00 US dollars cash per share": a price, not a sum paid
    best, best_dist, best_at = None, 10**9, 0
    lo = max(0, start - _CUE_BEFORE)
    found = [m for m in cues().metric.finditer(sentence, lo, min(len(sentence), end + _CUE_AFTER))
             if not _in_a_name(sentence, m.start(), m.end())]
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


# Figures come in text order, so those of one sentence ask about the same sentence and clause
# in turn: the cue searches over them are done once each (a sentence of 40 figures, as a table
# on one line has, would otherwise be searched 40 times).
@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in cues().clause_break.finditer(sentence))


@lru_cache(maxsize=64)
def _status_words(clause: str) -> tuple[tuple[tuple[int, int], str, bool], ...]:
    """(span, status kind, whether it is a goal word) of each status cue in ``clause``."""
    return tuple(
        (m.span(), m.lastgroup, m.lastgroup == "target" and _GOAL.match(m.group()) is not None)
        for m in cues().status.finditer(clause)
    )


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds [start, end): cut at ";", ", which", " while"..."""
    lo, hi = 0, len(sentence)
    for b_start, b_end in _clause_breaks(sentence):
        if b_end <= start:
            lo = b_end
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


_WHICH = regex.compile(r",\s+which\Z", _FLAGS)


def _third_pair(sentence: str, c0: int, c1: int, s: int, e: int) -> bool:
    """Whether the figure at [s, e) of the clause [c0, c1) is the trade of another pair of
    countries ("trade with Russia rose 10%"); a clause opened by ", which" is read with the
    clause it tells of ("trade with Russia, which grew 6%")."""
    if (w := _WHICH.search(sentence, max(0, c0 - 12), c0)) is not None:
        c0 = _clause(sentence, w.start(), w.start())[0]
    return third_country(sentence[c0:c1], s - c0, e - c0)


def _qualifier(sentence: str, s: int) -> tuple[Qualifier | None, int]:
    """The qualifier just before the number at ``s`` ("exceeding a record"), and where the
    figure's quote begins: at the qualifier, else at the number."""
    lo = max(0, s - 60)
    m = cues().qualifier.search(sentence, lo, s)
    return (Qualifier(m.lastgroup), m.start()) if m else (None, s)


_BY_YEAR = regex.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+|mid-)?(?P<y>(?:19|20)\d\d)\b", _FLAGS)
_GOAL = regex.compile(r"aim|goal|target|task|plan|intend|seek|strive|commit", _FLAGS)
_GOAL_BEFORE, _GOAL_AFTER = 80, 20  # how near a goal word must stand to rule a number
_DEADLINE_NEAR = 40  # and a deadline ("by 2030")


def _near(span: tuple[int, int], start: int, end: int, before: int, after: int) -> bool:
    """Whether ``span`` ends at most ``before`` characters before [start, end) or begins at most
    ``after`` characters after it."""
    (m_start, m_end) = span
    return (m_end <= start and start - m_end <= before) or (m_start >= end and m_start - end <= after)


@lru_cache(maxsize=64)
def _deadlines(clause: str) -> tuple[tuple[tuple[int, int], int], ...]:
    """(span, year) of each deadline ("by 2030") in ``clause``."""
    return tuple((m.span(), int(m.group("y"))) for m in _BY_YEAR.finditer(clause))


def _status(clause: str, start: int, end: int, published: dt.date | None = None) -> Status:
    """The status word nearest to the number in its clause decides; a goal word or a deadline
    still ahead close to the number wins ("the stated goal of $35 billion", "to $35 billion by
    2030"), but not one further off ("reached $41 billion, surpassing the target of $40 billion")."""
    best, best_dist = Status.ACTUAL, 10**9
    strong = any(
        (published is None or year > published.year)
        and _near(span, start, end, _DEADLINE_NEAR, _DEADLINE_NEAR)
        for span, year in _deadlines(clause)
    )
    for (w_start, w_end), kind, goal in _status_words(clause):
        dist = start - w_end if w_end <= start else (w_start - end if w_start >= end else 0)
        if goal and _near((w_start, w_end), start, end, _GOAL_BEFORE, _GOAL_AFTER):
            strong = True
        if dist < best_dist:
            best, best_dist = Status(kind), dist
    return Status.TARGET if strong else best


_INVEST_VERB = regex.compile(
    r"\b(?:invest|inject)(?:s|ed|ing)?\s+(?:(?:up\s+to|about|around|over|more\s+than|nearly|some|almost|at\s+least)\s+)?\Z", _FLAGS)
# "$89 million to be invested in the project", "$2 billion will be invested"
_INVESTED_AFTER = regex.compile(
    r"\s+(?:(?:is|are|was|were|will\s+be|to\s+be|has\s+been|have\s+been|would\s+be)\s+)(?:invested|injected)\b", _FLAGS)


_INVESTMENT_OF = regex.compile(
    r"\binvestments?\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:(?:about|around|over|more\s+than|nearly|some|"
    r"at\s+least|up\s+to|an\s+estimated|approximately)\s+)?\Z", _FLAGS)
_PROJECTS_WITH = regex.compile(r"\b(?:projects?|plants?|facilit(?:y|ies))\s+(?:with|for)\s+(?:a\s+|an\s+)?(?:total\s+)?"
                               r"(?:capital\s+)?investments?\s+(?:of|worth|totall?ing|amounting\s+to)\s+\S*\s*\Z", _FLAGS)


def _metric_money(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str]:
    c = cues()
    before = sentence[max(0, s - 120):s]
    if _INVEST_VERB.search(before) or _INVESTED_AFTER.match(sentence, e):
        return Metric.INVESTMENT, "investment.verb"  # "agreed to invest up to $300 million in ... projects"
    if _INVESTMENT_OF.search(before) and not _PROJECTS_WITH.search(before):
        return Metric.INVESTMENT, "investment.noun"  # "a coal project that could require a minimum investment of $4 billion"
    if c.project_value_before.search(before):
        return Metric.PROJECT_VALUE, "project_value.bound"
    if c.facility_before.search(before) and c.building.search(sentence):
        return Metric.PROJECT_VALUE, "project_value.facility"  # "are building a pipeline worth some $700 million"
    if c.facility_cost.search(before):
        return Metric.PROJECT_VALUE, "project_value.cost"  # "the pipeline was completed in 2005 at a cost of $700 million"
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
    cue = _cue(sentence, s, e, prev_sentence)
    metric = {
        "trade": (Metric.TRADE_VOLUME, "trade_volume.cue"),
        "export": (Metric.EXPORT_VOLUME, "export_volume.cue"),
        "import": (Metric.IMPORT_VOLUME, "import_volume.cue"),
        "investment": (Metric.INVESTMENT, "investment.cue"),
    }.get(cue or "")
    if metric is None and c.facility_after.match(sentence, e) and c.building.search(sentence):
        return Metric.PROJECT_VALUE, "project_value.facility"  # "a new $300 million seaport will be built"
    return metric or (Metric.OTHER, f"other.{cue or 'no_cue'}")


def _cue(sentence: str, s: int, e: int, prev_sentence: str) -> str | None:
    """The metric cue of the number at [s, e); a word pointing back ("the figure", "sales")
    takes the last topic of the sentence before."""
    cue, _ = _nearest_cue(sentence, s, e)
    if cue == "same_as_before":
        # ("Trade keeps setting records; it amounted to $17 billion": "it" of this sentence's topic first)
        here = [m.lastgroup for m in cues().metric.finditer(sentence, 0, s) if m.lastgroup in _TOPICS]
        topics = [m.lastgroup for m in cues().metric.finditer(prev_sentence) if m.lastgroup in _TOPICS]
        cue = here[-1] if here else (topics[-1] if topics else None)
    return cue


# a percent before this one in a list ("8%, 25.8% and ..."), and one after it
# (also with each item's year: "grew by 11% in 2018 and by 23% in 2019", "11% in 2018, in 2019 - 23%")
_LIST_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|percent|per\s+cent)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?"
                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|for)\s+(?:19|20)\d\d\s*(?:[-–—,]\s*)?)?(?:by\s+)?\Z", _FLAGS)
_LIST_AFTER = regex.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d(?:[\d.,]*\d)?\s?(?:%|percent|per\s+cent)", _FLAGS)
_NAMED_AFTER = regex.compile(
    r"\s*(?:(?:year-on-year|annual|y-o-y)\s+)?(?:(?:increase|growth|rise|jump|gain|decrease|decline|drop|fall)\s+in\s+"
    r"|(?P<more>more|less|fewer)\s+(?:of\s+)?)", _FLAGS)


def _metric_percent(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str, int]:
    """Metric, rule suffix and sign (-1 for a decline) of a percentage."""
    c = cues()
    # "increases of 52.5% and 44.5% in trade turnover, respectively": a percent inside a list
    # takes the words before the list's first item and after its last
    head, tail = s, e
    while (m := _LIST_BEFORE.search(sentence, max(0, head - 40), head)) is not None:
        head = m.start()
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
    if sign and cue == "trade":
        return Metric.TRADE_GROWTH, "trade_growth.cue", sign
    # "exports fell 19 percent": a decline is negative whatever changed
    return Metric.OTHER, f"other.percent.{cue or 'no_cue'}", sign or 1


_NOT_OURS = frozenset({"other.percent.unrelated"})  # "China's GDP grew by 4.9 percent": no figure of ours
_SMALLEST_SUM = 1000  # a sum below this, in any currency, is no country's trade, investment or project


@cache
def _attendance() -> regex.Pattern[str]:
    words = _alt(load("cues")["binding"]["attendance"])
    return compile_cue(rf"\b(?:{words})\s+(?:of|from)(?:\s+(?:the|more\s+than|over|some|about|nearly|around))*\s*\Z", _FLAGS)


_BACK_TO_DOCUMENTS = regex.compile(
    r"\s*(?:The|These|Those|All|Among)\s+(?:the\s+)?(?:signed\s+)?(?:documents|agreements|deals|contracts|them)\b", regex.V1)


def _metric_count(cand: Candidate, sentence: str, before: str = "", prev_sentence: str = "") -> tuple[Metric, str] | None:
    if _attendance().search(before):
        return None  # "a delegation of 30 companies" counts guests, not a fact
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


_FROM_BASE = regex.compile(r"\bfrom(?:\s+(?:above|over|about|around|nearly|almost|just|some|under|below))*\s*\Z", _FLAGS)
_TO_NEXT = regex.compile(r"[^.;]{0,40}?\bto\s+(?:[a-z]+\s+){0,2}(?:[$€¥₸]|US|USD|\d)", _FLAGS)

_MULTIPLE_CONTEXT = regex.compile(
    r"\b(?:increas\w*|gr[eo]w\w*|rose|rise|risen|expand\w*|jump\w*|multipl\w*|up|surg\w*|soar\w*|boost\w*)"
    r"(?:\s+by)?(?:\s+(?:more\s+than|over|almost|nearly|about|some))?\s*\Z",
    _FLAGS,
)
_MULTIPLE_AFTER = regex.compile(r"\s*(?:more|higher|larger|bigger|greater|as\s+much|over|since|compared)\b", _FLAGS)


def resolve(cand: Candidate, doc: Document, sents: Sentences, periods: list[PeriodMention]) -> Figure | None:
    """A Figure from a candidate, or None when the rules cannot decide what it is."""
    text = doc.text
    idx = sents.index_at(cand.start)
    s0, s1 = sents.spans[idx] if sents.spans else (0, len(text))
    sentence = text[s0:s1]
    prev = text[slice(*sents.spans[idx - 1])] if idx > 0 else ""
    s, e = cand.start - s0, cand.end - s0
    sign = 1
    if not_a_figure(cand, sentence, s, e):
        return None
    if cand.kind == "money":
        metric, why = _metric_money(sentence, s, e, prev)
        if metric is not Metric.OTHER and cand.value < _SMALLEST_SUM:
            metric, why = Metric.OTHER, "other.small_sum"  # "of every $100 of goods, $43 came from Russia"
    elif cand.kind == "percent":
        metric, why, sign = _metric_percent(sentence, s, e, prev)
        if why in _NOT_OURS:
            return None
    elif cand.kind == "multiple":
        # "grew threefold", "60 times more": a change; "viewed 1,000 times" is none
        if not _MULTIPLE_CONTEXT.search(sentence[max(0, s - 50):s]) and not _MULTIPLE_AFTER.match(
            sentence, e) and "fold" not in text[cand.start:cand.end].lower():
            return None
        metric, why = Metric.OTHER, "other.multiple"
    else:
        got = _metric_count(cand, sentence, sentence[max(0, s - 60):s], prev)
        if got is None:
            return None
        metric, why = got
    c0, c1 = _clause(sentence, s, e)
    clause = sentence[c0:c1]
    if _FAMILIES.get(metric) == "trade" and _third_pair(sentence, c0, c1, s, e):
        return None  # "trade with Russia rose 10%": the trade of another pair of countries
    if _FROM_BASE.search(sentence[max(0, s - 30):s]) and _TO_NEXT.match(sentence, e, e + 160):
        status = Status.ACTUAL  # "from $31 billion in 2022 to $40 billion by 2030": the base is a fact
    else:
        status = _status(clause, s - c0, e - c0, doc.published)
    qualifier, q = _qualifier(sentence, s)
    qstart = s0 + q
    period = _period(periods, sents, idx, cand, (s0 + c0, s0 + c1), (s0, s1), status, metric, doc.published)
    value = cand.value * sign
    quote = text[qstart:cand.end]
    return Figure(
        metric=metric, value=value, unit=cand.unit, period=period, status=status,
        qualifier=qualifier, quote=quote,
        source=Span(doc.id, qstart, cand.end, text, f"{cand.rule}/{why}", s0, s1),
        value_max=cand.value_max * sign if cand.value_max is not None else None,
        attribution=resolve_attribution(sentence, s, e),
        scope=read_scope(clause, s - c0, e - c0),
    )


_MONTH_BEFORE = 160  # how far before a figure its month ("In March, ...") may stand


@cache
def _month_word() -> regex.Pattern[str]:
    """Any month name: a cheap gate before timex (built on first use, not at import)."""
    return regex.compile(rf"\b(?:{_alt(list(months()))})\b", regex.I | regex.V1)


_INHERIT_SENTENCES = 3  # a figure with no period of its own takes one from this many sentences back


def _within(periods: list[PeriodMention], lo: int, hi: int) -> list[PeriodMention]:
    """The mentions inside [lo, hi); ``periods`` is in text order, so a bisection finds them."""
    i = bisect_left(periods, lo, key=lambda p: p.start)
    j = bisect_left(periods, hi, key=lambda p: p.start)
    return [p for p in periods[i:j] if p.end <= hi]


_FAMILIES = {
    Metric.TRADE_VOLUME: "trade", Metric.TRADE_GROWTH: "trade", Metric.TRADE_SHARE: "trade",
    Metric.EXPORT_VOLUME: "trade", Metric.IMPORT_VOLUME: "trade", Metric.INVESTMENT: "investment",
    Metric.PROJECT_COUNT: "project", Metric.PROJECT_VALUE: "project",
    Metric.AGREEMENT_COUNT: "agreement", Metric.AGREEMENT_VALUE: "agreement",
}
_CUE_FAMILIES = {"trade": "trade", "export": "trade", "import": "trade", "investment": "investment"}


def _families(text: str) -> set[str]:
    """The subjects a sentence speaks of: trade, investment, projects, agreements."""
    found = {_CUE_FAMILIES[m.lastgroup] for m in cues().metric.finditer(text) if m.lastgroup in _CUE_FAMILIES}
    for m in cues().bound_nouns.finditer(text):
        found.add(m.lastgroup)
    return found


def _period(periods: list[PeriodMention], sents: Sentences, idx: int, cand: Candidate,
            clause: tuple[int, int], sentence: tuple[int, int], status: Status,
            metric: Metric, published: dt.date | None = None) -> str | None:
    target = status is Status.TARGET
    # "from the same period in 2022 ($24.2 billion)": a figure in brackets after a period
    # phrase is that period's, even a comparison base
    text = sents.text
    before = _within(periods, sentence[0], cand.start)
    if before and regex.fullmatch(r"\s*\(\s*", text[before[-1].end:cand.start]):
        return before[-1].value
    # "from above $31 billion in 2022 to $40 billion": a period right after the number is its own
    after = _within(periods, cand.end, sentence[1])
    if after and not after[0].target and regex.fullmatch(r"\s*|\s+(?:recorded|registered|reached|posted|seen|achieved)\s+",
                                                         text[cand.end:after[0].start]):
        return after[0].value
    for lo, hi in (clause, sentence):
        inside = _within(periods, lo, hi)
        got = pick_period(inside, cand.start, cand.end, target=target)
        if got is not None and got.value is None and published is None:
            # "in the first half of 2024 ... In the first half of the year, the zones' trade was ...",
            # on a page with no date: "the year" is the one the sentences before named
            year = _year_named_before(periods, sents, idx)
            again = find_periods(text[got.start:got.end], dt.date(year, 12, 31)) if year else []
            return again[0].value if again else None
        if got is not None:
            return got.value
    # "In March, the sides signed 33 agreements": a month without its year, read by the one
    # temporal tagger against the article's date; "On February 20, 2008, the sides signed a $100
    # million loan agreement": the year a full date writes
    lo = max(sentence[0], cand.start - _MONTH_BEFORE)
    months = [t for t in (find_dates(text, lo, cand.start, published=published, future=target)
                          if _month_word().search(text, lo, cand.start) else ())
              if t.value and t.end <= cand.start and not _re(r"[’']s\b").match(text, t.end, t.end + 3) and (
                  t.rule == "timex.month" or (t.rule == "timex.month_day" and _re(r"\b(?:19|20)\d\d\b").search(t.text)))]
    if months:
        return months[-1].value if months[-1].rule == "timex.month" else months[-1].value[:4]
    family = _FAMILIES.get(metric)
    if status is not Status.ACTUAL or family is None:
        return None
    # "China's exports to Kazakhstan reached US$13.98 billion" after "in 2021 total trade...":
    # the year the article speaks of carries over to the next sentences on the same subject
    for (lo, hi), inside in _periods_before(periods, sents, idx):
        if inside:
            return inside[-1].value if family in _families(sents.text[lo:hi]) else None
    if published is not None and family == "trade" and _NOW.search(text, max(clause[0], cand.start - 80), cand.start):
        return str(published.year)  # "trade currently is worth some $4.5 billion": the article's year
    if published is not None and (now := _DAYS_NEWS.get(family)) and now.search(text, *sentence) and \
            not _told_as_past().search(text, *sentence):
        # "26 agreements were signed at the summit held in Beijing", "51 projects worth $27 million
        # are being implemented": the day's news, the article's year
        return str(published.year)
    return None


def _periods_before(periods: list[PeriodMention], sents: Sentences,
                    idx: int) -> Iterator[tuple[tuple[int, int], list[PeriodMention]]]:
    """(span, its own periods: no comparison base, no target) of each sentence before sentence
    ``idx``, nearest first, as far back as a year carries over."""
    for back in range(1, min(idx, _INHERIT_SENTENCES) + 1):
        lo, hi = sents.spans[idx - back]
        yield (lo, hi), [p for p in _within(periods, lo, hi) if not p.comparison and not p.target]


def _year_named_before(periods: list[PeriodMention], sents: Sentences, idx: int) -> int | None:
    """The year of the last period with its year named in the sentences before sentence ``idx``."""
    for _, inside in _periods_before(periods, sents, idx):
        years = [p.value[:4] for p in inside if p.value and p.value[:4].isdigit()]
        if years:
            return int(years[-1])
    return None


# signing told as done, the day's news ("26 agreements were signed", "signed over 30 documents")
_SIGNED_NOW = regex.compile(r"\b(?:were|was|have\s+been|has\s+been)\s+(?:signed|inked|concluded)\b"
                            r"|\b(?:signed|inked)\s+(?:a|an|the|over|more|some|about|nearly|\d)", regex.I)
@cache
def _told_as_past() -> regex.Pattern[str]:
    """A sentence that tells of an earlier time: the meetings' past cues ("recently", "previously",
    titles.toml), and "years ago", "back in", "during his first visit": no day's news."""
    words = _alt(load("titles")["cues"]["past"])
    return regex.compile(rf"\b(?:{words}|ago|back\s+in|at\s+that\s+time|first\s+(?:state\s+|official\s+)?visit)\b", regex.I)


# projects told as under way now ("are being implemented", "are under way")
_UNDER_WAY = regex.compile(r"\b(?:are|is)\s+(?:now\s+|currently\s+)?(?:being\s+(?:implemented|carried\s+out|built|realized|realised)|under\s*way|in\s+progress)\b", regex.I)
_DAYS_NEWS = {"agreement": _SIGNED_NOW, "project": _UNDER_WAY}  # the family's words of the day's news
_NOW = regex.compile(r"\b(?:currently|now|at\s+present|presently|nowadays)\b(?![^.;,]{0,30}\b(?:was|were|had)\b)", regex.I)


def extract_figures(doc: Document, sents: Sentences | None = None) -> list[Figure]:
    """Every figure of one document, in text order."""
    sents = sents or sentences(doc.text)
    prep = Prepared.of(doc.text)
    found = settle_overlaps(list(candidates(doc.text, prep)))
    if not found:
        return []
    periods = find_periods(doc.text, doc.published, prep=prep)
    figures = []
    for cand in found:
        fig = resolve(cand, doc, sents, periods)
        if fig is not None:
            figures.append(fig)
    return figures
