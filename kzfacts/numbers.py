"""Numbers as news prints them: "$14.5 billion", "US$1.2bn", "KZT 1 500 000", "fifty-two".

Shared pattern pieces are built once from ``data/numbers.toml``, longest alternative first;
``parse_number``, ``parse_words`` and ``read_amount`` turn the matched text into a ``Decimal``.
The rule for money and percentages: a number that is cut off or ambiguous gives no value
(``cut_off``), never a wrong one.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from .gazetteer import currencies, load, number_words, scales
from .rules import alternation as _alternation


def alternation(forms, *, escape: bool = True) -> str:
    """Plain words as a regex alternation, longest first (see ``rules.alternation``)."""
    return _alternation(forms, escape=escape)


# digits with thousands commas, or plain digits, with an optional decimal part; bounded
NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)"

# what may group thousands: a space, a no-break space, a thin space, a narrow no-break space
_GROUP = r"[\x20\u00a0\u2009\u202f]"
# A money or percent amount in digits, every form news prints; bounded. Follow it with
# AMOUNT_END, so that a number is read whole or not at all ("$9.23213 million" is never $9).
AMOUNT = (
    r"(?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?"  # "1,250,000", "1,674.5"
    # "1 500 000", "40\u202f000"; not "$5 100-year bonds"
    rf"|\d{{1,3}}(?:{_GROUP}\d{{3}}){{1,4}}(?:\.\d{{1,6}})?(?![\w-])"
    r"|\d{1,3},\d{1,2}(?!\d|,\d)"  # a decimal comma: "2,5 billion" (three digits would group)
    r"|\d{1,15}(?:\.\d{1,8})?"  # "9.2321312", "123456789101231"
    r"|\d{1,3}\u00b7\d{1,3})"  # a raised decimal point, as British print sets it: "US$1·3bn"
)
AMOUNT_END = r"(?!\d|[.,\u00b7]\d)"

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


# Number words for money and percentages: "twenty-five", "one hundred and six", "one and a
# half" (before a scale word: "one and a half billion"); bounded, ends at a word boundary.
_UNIT9 = alternation([w for w, v in _WORDS.items() if 1 <= v <= 9])
_TEENS = alternation([w for w, v in _WORDS.items() if 10 <= v <= 19 and w != "dozen"])
_TENS_ALT = alternation(_TENS)
_BELOW_100 = (
    rf"(?:(?:{_TENS_ALT})(?:\s*-\s*|\s+)(?:{_UNIT9})|(?:{_TENS_ALT})|(?:{_TEENS})|(?:{_UNIT9}))"
)
NUMBER_WORDS = (
    rf"(?:(?:(?:{_UNIT9}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
    r"(?:\s+and\s+(?:a|one)\s+(?:half|quarter))?)\b"
)
# a fraction of the scale word after it: "half a billion", "a quarter of a million"
FRACTION = (r"(?:half(?:\s+an?)?|a\s+half|(?:a\s+)?quarter(?:\s+of)?(?:\s+an?)?"
            r"|three\s+quarters(?:\s+of)?(?:\s+an?)?)\b")
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.75")}
# cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents"
CENTS = rf"(?:\s+(?:and\s+)?(?P<cents>\d{{1,2}}|{_BELOW_100})\s+cents?\b)"
# the long scale forms, which may follow a currency code: "75 USD million"
SCALE_WORD = rf"(?:(?:{alternation([f for f in _SCALE_FORMS if len(f) > 1])})\b)"


def parse_number(text: str) -> Decimal | None:
    """ "8,000" -> 8000, "14.5" -> 14.5; None when it is not a number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


_WORD_PARTS = regex.compile(r"[\s-]+")
_SPACES = regex.compile(r"\s+")


def parse_amount(text: str) -> Decimal | None:
    """An ``AMOUNT``: "1 500 000" -> 1500000, "2,5" -> 2.5, "1,250.5" -> 1250.5, "1·3" -> 1.3."""
    text = _SPACES.sub("", text).replace("\u00b7", ".")
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    return parse_number(text)


_DECIMAL_COMMA = regex.compile(r"\d{1,3},\d{1,2}")
_AND_A = regex.compile(r"(?P<base>.+?)\s+and\s+(?:a|one)\s+(?P<frac>half|quarter)\s*", regex.I)


def parse_words(text: str) -> Decimal | None:
    """ "fifty-two" -> 52, "Eleven" -> 11, "one hundred and six" -> 106, "one and a half" -> 1.5;
    None when a word is unknown."""
    text = text.strip().lower()
    fraction = Decimal(0)
    if m := _AND_A.fullmatch(text):
        text, fraction = m.group("base"), _FRACTIONS[m.group("frac")]
    total = 0
    for part in _WORD_PARTS.split(text):
        if part == "and":
            continue
        if part == "hundred":
            total = (total or 1) * 100
        elif part == "a":
            total = total or 1  # "a hundred"
        elif part in _WORDS:
            total += _WORDS[part]
        else:
            return None
    return total + fraction if fraction else Decimal(total)


def read_amount(num: str | None, word: str | None, frac: str | None) -> Decimal | None:
    """The value of whichever of an amount's groups matched: digits, words or a fraction."""
    if num:
        return parse_amount(num)
    if word:
        return parse_words(word)
    if frac:
        frac = frac.lower()
        return _FRACTIONS["half" if "half" in frac else "quarters" if "quarters" in frac else "quarter"]
    return None


def read_cents(cents: str) -> Decimal | None:
    """ "50" or "forty-five" cents -> 0.5, 0.45."""
    value = parse_amount(cents) if cents[0].isdigit() else parse_words(cents)
    return value / 100 if value is not None and value < 100 else None


_MILLION_CODES = {f.lower() for f in load("numbers")["million_codes"]["forms"]}


def code_scale(form: str) -> str | None:
    """The scale a currency form carries itself: "MUSD" is millions of dollars."""
    return "million" if form.lower() in _MILLION_CODES else None


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
    return table.get(_SPACES.sub(" ", form.strip()).lower())


# --- numbers that are cut off, ambiguous or no amount at all ----------------------------------

_LONG_SCALES = alternation([f for f in _SCALE_FORMS if len(f) > 1])
# what, just before a number, makes it the tail of a longer one: "twenty-one trillion three
# hundred percent", "1 500 000" read from "500", "1.5" from "5", "%2015" of a web address
# (within a paragraph: at most one line break between)
_GAP = r"(?:[^\S\n]|-)*\n?(?:[^\S\n]|-)*"
# (_CUT_BEFORE and _RATE_BEFORE end at the end of the text before a figure, and only whether they
# match is read: searched in reverse (?r), the try at the end decides, where a search from the
# front tried each alternative at every character; tests/test_numbers.py checks they agree)
_CUT_BEFORE = regex.compile(
    rf"(?r)(?:\b(?:{alternation([w for w in _WORDS if w != 'zero'])}|{_LONG_SCALES})(?<=\w){_GAP}(?<=[\s-])"
    rf"|\b(?:hundred|{_LONG_SCALES}){_GAP}\band{_GAP}(?<=\s)"
    # "1'500'000" read from "000"; "-5%" is a sign this reader does not take
    rf"|(?<![\d,.])\d{{1,3}}{_GROUP}|\d[.,'’]|%|(?:\A|(?<=\s))[-−]"
    # the top of a range the rule did not take: "between 5 and 10 percent", "two to three billion"
    rf"|(?<![\d,.])\d{{1,3}}(?:\.\d+)?\s+(?:and|or)\s+"
    rf"|\b(?:{alternation([w for w in _WORDS if w != 'zero'])})\s+(?:and|or|to)\s+)\Z",
    regex.I,
)
# what, just after money, makes it dollars and cents or a number cut in two: "15 dollars 50",
# "3 dollars and 50 cents", "17 USD 25", "10 $ 30 cent"
_CUT_AFTER = regex.compile(
    rf"(?:\s?\d|(?:\s+and)?\s+(?:\d{{1,2}}|{_BELOW_100})(?:\s+(?:cents?|pence|kopecks?|tiyn|fen|mao))?"
    r"(?=\s*(?:[.,;:)!?]|\Z)|\s+(?:in|on|at|for|from|to|by|and|or|with|as|of)\b)"
    r"|\s+(?:\d{1,2}|" + _BELOW_100 + r")\s+(?:cents?|pence|kopecks?))",
    regex.I,
)
_MONEY_WORD = (r"(?:(?:US\s+|U\.S\.\s+|American\s+)?(?:dollars?|euros?|yuan|rubles?|roubles?|tenges?)\b"
               r"|USD|EUR|CNY|RUB|KZT|RMB|\$|€|₸|₽|¥)")
# an exchange rate, not an amount: "1 USD = 470.5 KZT", "at 450 tenge per dollar", "470 tenge
# to the dollar", "tenge/$"; but "from $10 billion to $20 billion" is two amounts
_RATE_AFTER = regex.compile(
    rf"\s*(?:=|equals?\b|/\s*{_MONEY_WORD}|per\s+(?:one\s+|1\s+|a\s+)?{_MONEY_WORD}"
    rf"|(?:to|against)\s+(?:the|one|1|a)\s+{_MONEY_WORD})",
    regex.I,
)
# "USD/KZT 470", "the exchange rate of 470 tenge", "1 dollar equals 470 tenge"
_RATE_BEFORE = regex.compile(
    rf"(?r)(?:=|\bequals?|{_MONEY_WORD}\s*/|\b(?:exchange|official|market|dollar|tenge|ruble|rouble|yuan)\s+rate\s+(?:of|at|was|is|stood\s+at|reached)"
    r"(?:\s+(?:about|around|nearly|some|over|above|under|below))?)\s*\Z", regex.I)
_URL_AFTER = regex.compile(r"%[0-9A-Fa-f]{2}")
_GLUED = regex.compile(r"(?<=\d)[^\W\d_]")
# "$40.000": a full stop before exactly three digits may group thousands (as in much of
# Europe) or mark decimals; with no scale word after it, which one cannot be told
_DOT_THOUSANDS = regex.compile(r"\d{1,3}\.\d{3}")


def ambiguous_dot(num: str | None, scale: str | None) -> bool:
    """Whether ``num`` ("40.000") may be thousands or decimals: no scale word says which."""
    return bool(num) and not scale and _DOT_THOUSANDS.fullmatch(num) is not None


# (not a possessive's "s": "China's $58 million investment" is no Singapore dollar)
_FOREIGN = regex.compile(
    rf"(?<![’'])\b(?:{alternation(load('numbers')['foreign_dollars']['prefixes'], escape=True)})[^\S\n]+\Z",
    regex.I)
_CONTEXT = {
    sign: regex.compile(rf"\b(?:{alternation(words, escape=True)})\b", regex.I)
    for sign, words in load("numbers")["sign_context"].items()
}
_SENTENCE_END = regex.compile(r"[.!?](?:\s|\Z)|\n\s*\n")
_AROUND = 400  # the most characters a sentence reaches either side of a figure


def cut_off(text: str, start: int, end: int, *, money: bool) -> bool:
    """Whether the figure at [start, end) of ``text`` is the tail of a longer number, a number
    cut in two, part of a web address or (``money``) one side of an exchange rate."""
    before = text[max(0, start - 40):start]
    if _CUT_BEFORE.search(before) or _URL_AFTER.match(text, end - 1, end + 2):
        return True
    if money:
        if _RATE_BEFORE.search(before) or _RATE_AFTER.match(text, end, end + 60):
            return True
        # "KZT1.5trx": letters glued to the number are a scale or unit we do not know
        if _CUT_AFTER.match(text, end, end + 40) or _GLUED.match(text, end, end + 1):
            return True
    return False


def foreign_dollar(text: str, start: int) -> bool:
    """Whether the "$" at ``start`` is another country's dollar: "HK $ 10 billion"."""
    return _FOREIGN.search(text, max(0, start - 12), start) is not None


def sign_fits(sign: str, text: str, start: int, end: int) -> bool:
    """Whether a sign read only in context ("¥", "元") has its context in the sentence around
    [start, end); any other sign always fits."""
    words = _CONTEXT.get(sign.strip())
    if words is None:
        return True
    lo = max(0, start - _AROUND)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, end + _AROUND)
    hi = after.start() if after else min(len(text), end + _AROUND)
    return words.search(text, lo, hi) is not None
