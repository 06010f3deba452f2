"""Numbers as news prints them: "$14.5 billion", "US$1.2bn", "8,000 million", "fifty-two".

Shared pattern pieces are built once from ``data/numbers.toml``, longest alternative first;
``parse_number`` and ``parse_words`` turn the matched text into a ``Decimal``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from .gazetteer import currencies, number_words, scales
from .rules import alternation as _alternation


def alternation(forms, *, escape: bool = True) -> str:
    """Plain words as a regex alternation, longest first (see ``rules.alternation``)."""
    return _alternation(forms, escape=escape)


# digits with thousands commas, or plain digits, with an optional decimal part; bounded
NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)"

_SCALE_FORMS = scales()
# a scale word; one-letter forms ("$17bn", "$5m") only when nothing but a boundary follows
SCALE = (
    r"(?:(?:"
    + alternation([f for f in _SCALE_FORMS if len(f) > 3])
    + r")\b|(?:"
    + alternation([f for f in _SCALE_FORMS if 1 < len(f) <= 3])
    + r")\b\.?|(?:"
    + alternation([f for f in _SCALE_FORMS if len(f) == 1])
    + r")\b(?![.'’]\w))"
)

_BEFORE, _AFTER = currencies()
CURRENCY_BEFORE = alternation(list(_BEFORE))
CURRENCY_AFTER = alternation(list(_AFTER))

_WORDS = number_words()
_UNITS = [w for w, v in _WORDS.items() if v < 20 and w not in ("zero",)]
_TENS = [w for w, v in _WORDS.items() if 20 <= v < 100 and v % 10 == 0]
# "fifty-two", "twenty five", "eleven", "forty"
NUMBER_WORD = (
    rf"(?:(?:{alternation(_TENS)})(?:[- ](?:{alternation([w for w in _UNITS if _WORDS[w] < 10])}))?"
    rf"|(?:{alternation(_UNITS)}))"
)


def parse_number(text: str) -> Decimal | None:
    """ "8,000" -> 8000, "14.5" -> 14.5; None when it is not a number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """ "fifty-two" -> 52, "Eleven" -> 11; None when a word is unknown."""
    total = 0
    for part in regex.split(r"[- ]+", text.strip().lower()):
        if part not in _WORDS:
            return None
        total += _WORDS[part]
    return Decimal(total)


def scale_power(word: str | None) -> int:
    if not word:
        return 0
    return _SCALE_FORMS.get(word.lower().rstrip("."), 0)


def scaled(number: Decimal, word: str | None) -> Decimal:
    """ "14.5" and "billion" -> 14500000000 (exact, as Decimal)."""
    value = number.scaleb(scale_power(word))
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def currency_code(form: str, *, after: bool = False) -> str | None:
    table = _AFTER if after else _BEFORE
    return table.get(regex.sub(r"\s+", " ", form.strip()).lower())
