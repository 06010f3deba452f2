"""The cue tables of figures (``data/cues.toml``), compiled once: the words that decide a
figure's metric, status and qualifier, and the words that bind a value to projects or
agreements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .gazetteer import load
from .rules import SIMPLE_CASE, alternation


_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1

# --- cue tables -------------------------------------------------------------------------------


def compile_cue(pattern: str, flags: int = _FLAGS) -> regex.Pattern[str]:
    return regex.compile(SIMPLE_CASE + pattern, flags)


_alt = alternation  # cue fragments are regex already


@dataclass(frozen=True, slots=True)
class _Cues:
    metric: regex.Pattern[str]  # named groups: trade, trade_weak, export, import, ...
    project_value_before: regex.Pattern[str]
    agreement_value_before: regex.Pattern[str]
    bound_value_after: regex.Pattern[str]
    facility_after: regex.Pattern[str]  # "$300 million (container) hub": the money a facility carries
    facility_before: regex.Pattern[str]  # "a pipeline worth $700 million": the same, told after it
    facility_cost: regex.Pattern[str]  # "the pipeline was completed in 2005 at a cost of": its cost, a few words on
    fronted_cost: regex.Pattern[str]  # "With a preliminary cost of": a cost told before the project
    closing_cost: regex.Pattern[str]  # "The project's capacity is ..., with a cost of": its cost closing the sentence
    built_after: regex.Pattern[str]  # ", the project will": the project a fronted cost is of
    building: regex.Pattern[str]
    signing: regex.Pattern[str]
    bound_nouns: regex.Pattern[str]  # named groups: project, agreement
    share_before: regex.Pattern[str]
    share_after: regex.Pattern[str]
    growth_before: regex.Pattern[str]
    growth_after: regex.Pattern[str]
    decline_before: regex.Pattern[str]
    decline_after: regex.Pattern[str]
    status: regex.Pattern[str]
    qualifier: regex.Pattern[str]
    clause_break: regex.Pattern[str]


def _groups_of_words(table: dict[str, list[str]]) -> str:
    """One named group per entry of ``table``, each its forms as whole words, in table order.
    The word boundary that opens every group is tried once, before them (the same matches as
    a ``\\b`` in each group): most positions, inside a word, then cost one test, not one a group."""
    return r"\b(?:" + "|".join(rf"(?P<{name}>(?:{_alt(forms)})\b)" for name, forms in table.items()) + ")"


@cache
def cues() -> _Cues:
    data = load("cues")
    metric = data["metric"]
    metric_re = _groups_of_words(metric)
    b = data["binding"]
    link = _alt(b["value_link"])
    qual = data["qualifier"]
    qual_words = _alt(qual["over"] + qual["under"] + qual["about"])
    fillers = _alt(qual["fillers"])
    tail = rf"(?:\s+(?:{qual_words}))?(?:\s+(?:{fillers})){{0,2}}\s*\Z"

    def bound_before(nouns: list[str]) -> regex.Pattern[str]:
        return compile_cue(
            # "51 joint projects in industry, innovation, transport and logistics spheres worth"
            rf"\b(?:{_alt(nouns)})\b(?:,?\s+[\w’'-]+){{0,8}}?,?\s+(?:{link}){tail}"
            # "the value of contracted projects of Sichuan firms in Central Asia has exceeded"
            # ("the amount of commercial documents signed during the forum made 39 bln tenge")
            rf"|\b(?:value|cost|amount|sum)\s+of\s+(?:the\s+|all\s+|these\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_alt(nouns)})\b"
            rf"(?:,?\s+[\w’'-]+){{0,8}}?\s+(?:is|are|was|were|(?:will|would)\s+be|has|have|reached|made|stood\s+at|amounted\s+to|amounts?\s+to|totals?|totall?ed){tail}",
            _FLAGS,
        )

    p = data["percent"]
    s = data["status"]
    status_re = _groups_of_words(s)
    qualifier_re = (  # the word boundary before the groups, tried once (as in _groups_of_words)
        rf"\b(?:(?P<over>(?:{_alt(qual['over'])}))|(?P<under>(?:{_alt(qual['under'])}))"
        rf"|(?P<about>(?:{_alt(qual['about'])})))(?:\s+(?:{fillers})){{0,2}}\s*\Z"
    )
    return _Cues(
        metric=compile_cue(metric_re, _FLAGS),
        project_value_before=bound_before(b["project_nouns"]),
        agreement_value_before=bound_before(b["agreement_nouns"]),
        bound_value_after=compile_cue(
            # "$14 billion worth of projects", "$26bln is the overall cost of the projects"
            rf"\s*(?:worth\s+of\s+|in\s+|(?:is|was|are|were)\s+the\s+(?:overall|total)\s+(?:cost|value)\s+of\s+)?"
            # no number between: "$5 billion and 30 new agreements" are two figures
            rf"(?:(?!\d)[\w’'-]+\s+){{0,3}}?(?:(?P<project>{_alt(b['project_nouns'])})|(?P<agreement>{_alt(b['agreement_nouns'])}))\b",
            _FLAGS,
        ),
        # (up to two words between, none a preposition or a number: "$300 million for the port" is
        # money given to it, not its value)
        facility_after=compile_cue(
            # (also a capacity set off by a comma: "a $190 million, 160-megawatt combined-cycle gas plant")
            rf"\)?(?:,\s+\d[\d.,]*[- ]?(?:megawatts?|MW|gigawatts?|GW|kilowatts?|kW|tonnes?|tons?|barrels?)\b)?"
            rf"\s+(?:(?!(?:for|of|in|to|and|or|the|a|an|on|at|by|from|with|per|each)\b)(?!\d)[\w’'-]+\s+){{0,2}}?"
            rf"(?:{_alt(b['facility_nouns'])})\b", _FLAGS),
        facility_before=compile_cue(
            rf"\b(?:{_alt(b['facility_nouns'])}),?\s+(?:worth|valued\s+at|costing|estimated\s+at"
            rf"|(?:at|with)\s+a\s+(?:total\s+)?(?:cost|value)\s+of){tail}", _FLAGS),
        # its cost told a few words on, built or not ("the pipeline was completed in 2005 at a cost
        # of", "upgrading the railway would cost", "the plant is estimated to cost"): a cost word, never "worth" (goods, a deal)
        facility_cost=compile_cue(
            rf"\b(?:{_alt(b['facility_nouns'])})(?:,?\s+(?:(?!\d)[\w’'-]+|(?:19|20)\d\d)){{0,6}}?,?\s+"
            # ("The plant, whose total cost is estimated at"; "the Chinese side of the railway cost 6 billion yuan")
            rf"(?:at\s+a\s+(?:total\s+)?cost\s+of|costing|(?:will|would|to)\s+cost|costs?"
            rf"|cost\s+(?:is|was|will\s+be)\s+(?:estimated\s+at|put\s+at|valued\s+at)?){tail}", _FLAGS),
        # a cost fronted before the project it is of ("With a preliminary cost of $1.5 billion, the
        # project will create", "At an estimated cost of $300 million, the new terminal")
        fronted_cost=compile_cue(
            rf"(?:\A|[,;(]\s*)(?:with|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:cost|value)\s+of{tail}", _FLAGS),
        # the cost closing a sentence about a project ("The project's capacity is 1.2 million tons
        # per year, with a cost of about", "the project to build a cement plant, with a total value
        # of"), with no other money between
        closing_cost=compile_cue(
            rf"\b(?:{_alt(b['project_nouns'] + b['facility_nouns'])})\b(?:[^.;$€¥₸]|(?<=\d)\.(?=\d)){{0,120}}?,\s*"
            rf"(?:with|at)\s+(?:an?|the)\s+(?:(?!contract|agreement|deal)[\w-]+\s+){{0,2}}?(?:cost|value)\s+of{tail}", _FLAGS),   # (", with a total value of"; not "a total contract value of")
        built_after=compile_cue(
            rf"[^,;.]{{0,40}}?,\s+(?:the|this|that|its|their|an?)\s+(?:[\w’'-]+\s+){{0,3}}?"
            rf"(?:{_alt(b['project_nouns'] + b['facility_nouns'])})\b", _FLAGS),
        building=compile_cue(rf"\b(?:{_alt(b['building'])})\b", _FLAGS),
        signing=compile_cue(rf"\b(?:{_alt(b['signing'])})\b", _FLAGS),
        bound_nouns=compile_cue(
            rf"\b(?:(?P<project>{_alt(b['project_nouns'])})|(?P<agreement>{_alt(b['agreement_nouns'])}))\b", _FLAGS
        ),
        # "accounted for a significant 15.6 percent": two free words may stand between
        share_before=compile_cue(
            rf"\b(?:{_alt(p['share_before'])})(?:\s+[a-z-]+){{0,2}}?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS
        ),
        # "40 percent of the total volume of mutual trade", "a 21.3% share (valued at $21.7bn)
        # of Kazakhstan's total foreign trade"
        share_after=compile_cue(
            r"\A\s*(?:(?P<word>share|stake)\b(?:\s*\([^()]{0,40}\))?)?"
            r"(?:\s*(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?"
            r"(?P<what>imports\s+and\s+exports|exports\s+and\s+imports|trade|turnover|exports|imports|investments?|FDI)\b)?",
            _FLAGS,
        ),
        growth_before=compile_cue(rf"\b(?:{_alt(p['growth_before'])})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS),
        growth_after=compile_cue(rf"\A\s*(?:{_alt(p['growth_after'])})\b", _FLAGS),
        decline_before=compile_cue(rf"\b(?:{_alt(p['decline_before'])})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS),
        decline_after=compile_cue(rf"\A\s*(?:{_alt(p['decline_after'])})\b", _FLAGS),
        status=compile_cue(status_re, _FLAGS),
        qualifier=compile_cue(qualifier_re, _FLAGS),
        clause_break=compile_cue(
            # (and a purpose told after a comma: "signed 25 agreements worth $23 billion, aiming to move ...")
            r";|:\s|\s[–—]\s|,\s+(?:which|(?:of|among)\s+(?:which|them)|while|whereas|but|although|though|including|aiming|seeking|hoping|in\s+a\s+bid)\b"
            r"|\s+while\s+|\s+whereas\s+",
            _FLAGS,
        ),
    )
