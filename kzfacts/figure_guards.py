"""What a number in news is not: a page's exchange-rate ticker, a rank ("the first five
containers"), a count of those who came ("companies from 50 countries"), a share of the world's
reserves ("3 percent of the world's oil"). Checked before a
candidate is resolved into a figure (``figures.resolve``).
"""

from __future__ import annotations

import regex

from .candidates import Candidate

_TICKER = regex.compile(r"(?i:\b(?:usd|eur|rub|gbp|cny|kzt|jpy|chf|try)\s*[+−–-]?\s*\Z)", regex.V1)
_RANKED = regex.compile(r"(?i:\b(?:first|last|top|next)\s+\Z)", regex.V1)
_RANKED_AFTER = regex.compile(r"(?i:\s+(?:of\s+the\s+)?(?:largest|biggest|leading|top|major|main|best|richest)\b)", regex.V1)
_RANKED_IN = regex.compile(r"(?i:\b(?:largest|biggest|leading|richest)\b)", regex.V1)  # "50 largest Chinese companies"
# a share of the world's stock of something ("3 percent of the world's recoverable oil reserves",
# "20% of the world's uranium reserves", "1% of worldwide capacity"): a country's weight, not a
# figure of the two countries' relations
_OF_THE_WORLD = regex.compile(r"(?i:\s+(?:share\s+)?(?:of|in)\s+(?:the\s+)?(?:world[’']?s?|global|worldwide|planet[’']s)\b"
                              r"(?!\s+(?:trade|exports|imports|investment)\b))", regex.V1)
_FROM_COUNTRIES = regex.compile(r"(?i:[^.;]{0,40}?\bfrom\s+(?:more\s+than\s+|over\s+|some\s+)?[\d\w]+\s+(?:countries|regions|nations)\b)", regex.V1)


def not_a_figure(cand: Candidate, sentence: str, s: int, e: int) -> bool:
    """Whether the candidate at [s, e) of its sentence is no figure at all."""
    if _TICKER.search(sentence, max(0, s - 12), s) or (cand.kind == "money" and cand.value == 0):
        return True  # "• usd +1.64%", "rub 0.00": a page's exchange-rate ticker
    if cand.kind == "count" and (_RANKED.search(sentence, max(0, s - 8), s) or _RANKED_AFTER.match(sentence, e)
                                 or _RANKED_IN.search(sentence, s, e)):
        return True  # "the first five containers", "three largest oil companies": a rank, no count
    if cand.kind == "count" and _FROM_COUNTRIES.match(sentence, e, e + 80):
        return True  # "1,900 companies and organizations from 50 countries" came to an event
    if cand.kind == "percent" and (_OF_THE_WORLD.match(sentence, e) or _PER_ANNUM.match(sentence, e)):
        return True  # (a rate of interest: "placed at 2.95% per annum")
    if cand.kind == "money" and cand.value < _PRICE_BELOW and _CENTS.search(sentence, s, e) and not _SCALE.search(sentence, s, e) \
            and not PER_SHARE.match(sentence, e):
        return True  # "24.63 $", "USD 386.82": a price or a rate to the cent, no sum of trade or investment
        # (not a loan told to the cent, "$ 4506030144.82", nor a takeover's price "per share", kept as other)
    return False


_PER_ANNUM = regex.compile(r"\s*(?:per\s+annum|p\.\s?a\.)", regex.I | regex.V1)
# "for 55.00 US dollars cash per share": a takeover's price per share
PER_SHARE = regex.compile(r"\s*(?:in\s+)?(?:cash\s+)?(?:per|a)\s+share\b", regex.I | regex.V1)
_PRICE_BELOW = 100_000  # a sum to the cent below this is a price or a rate
_CENTS = regex.compile(r"\d\.\d\d(?!\d)", regex.V1)
# a scale word or its short form, glued to the digits or not ("$35.16bil.", "$1.25bn", "4.5 mln")
_SCALE = regex.compile(r"(?i)thousand|million|billion|trillion|mln|bln|mn|bn|bil|mil|trn|tn|\d\s?[kmb]\b", regex.V1)
