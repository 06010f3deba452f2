"""Dates: the article's published date, and date spans read against it.

Rules elsewhere find date-shaped spans; this module reads them. Fixed forms ("2023-03-28",
"03.07.2024", "March 28, 2023") are read from the month table in ``data/months.toml``;
anything else is handed to dateparser with ``languages=['en']`` and ``RELATIVE_BASE`` set to
the article's date, through a cache. dateparser never searches whole text ("$41" is not 2041).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

import regex

from .gazetteer import page_months
from .scan import safe_lower

_MONTH_ALT = "|".join(sorted(page_months(), key=len, reverse=True))
MONTH = rf"(?:{_MONTH_ALT})\.?"  # "Sept." or "September"

# the parts of a date as news prints them, as named groups
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_M = rf"(?P<m>{MONTH})"

_CLOCK = r"(?:at\s*)?[0-2]?\d:[0-5]\d(?:\s*[ap]\.?m\.?)?"  # "17:21", "9:15 AM"
# a time after the date: "July 5, 2024 17:21", "2 November 2019, 13:26", "March 4, 2019 / 9:15 AM"
_TIME = rf"(?:(?:,|\s*[/|•·–—-])?\s*{_CLOCK})"
_DATE = rf"(?:{_M}\s+{_D}(?:,\s*|\s+){_Y}|{_D}\s+{_M},?\s+{_Y})"
_LABEL = r"(?:date|published|updated|posted|created|modified|pubdate|last\s+updated)"

# the forms of an article's own date, strongest evidence first; each is tried over the page head
_PUBLISHED_FORMS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern, regex.I | regex.V1))
    for name, pattern in (
        # "Published: 17:21, July 5, 2024", "date 2023-03-28", "Updated: November 30, 2022"
        ("labelled", rf"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?P<label>{_LABEL})(?:\s+on)?\s*:?\s*(?:{_CLOCK}\s*,?\s*)?"   # ("ChinaDailyUpdated: March 3, 2019", "Updated On: Dec 14, 2009")
                     rf"(?:(?P<iso>{_Y}[-/](?P<mm>[01]?\d)[-/](?P<dd>[0-3]?\d))"
                     rf"|{_M}\s+{_D}(?:,\s*|\s+){_Y}|{_D}\s+{_M},?\s+{_Y})"),
        # "By Dana Omarova | March 4, 2019", "By Li Wei, 12:05, 3 June 2021": a byline with its date
        # ("By Li Wei September 14, 2022": with no mark between, the date ends the line)
        ("by", rf"(?m)^[ \t]*By[ \t]+[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){{0,3}}[ \t]*(?:(?:[,|•·–—-]|on\b)[ \t]*"
               rf"(?:{_CLOCK}[ \t]*[,|]?[ \t]*)?{_DATE}|{_DATE}[ \t]*$)"),
        # "Dana OmarovaBy Dana OmarovaJuly 5, 2024No Comments": a theme's byline (after its
        # picture's name) with the date run on to the name
        ("by_glued", rf"(?m)^[ \t]*(?:[A-Z][a-z'-]+[ \t]+){{0,3}}(?:[A-Z][a-z'-]+)?By[ \t]+[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){{0,3}}{_M}[ \t]+{_D},[ \t]*{_Y}"),
        # "by June 8, 2018", "Posted on 8 June 2018": the article's own date, before a site's
        # header that prints today's ("Sunday, September 26th, 2021")
        ("by_date", rf"(?m)^[ \t]*(?:by|posted\s+on|published\s+on)\s+(?:{_M}\s+{_D}(?:,\s*|\s+){_Y}|{_D}\s+{_M},?\s+{_Y})\b"),
        # "Seetao 2023-03-19 09:59", "12 m. | 2020-03-31"
        ("iso", rf"(?<![\d-]){_Y}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?![\d-])"),
        # "03.07.2024 14:03": day first, as Kazakh and Russian sites print it
        ("dotted", rf"(?<![\d.])(?P<dd>[0-3]\d)\.(?P<mm>[01]\d)\.{_Y}(?![\d.])"),
        # "2 November 2019, 13:26", "July 5, 2024 17:21": a date with a time is the page's stamp
        ("stamped", rf"{_DATE}{_TIME}"),
        # "07/02/2024 | Press release", "21/08/2023 14:03" opening a line: day first, as the dotted
        # form, unless the first part cannot be a month's day ("08/21/2023")
        ("slashed", rf"(?m)^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
                    rf"(?P<dd>[0-3]?\d)/(?P<mm>[0-3]?\d)/{_Y}(?=[ \t]*(?:[|•·]|(?:[-–—][ \t]*)?{_CLOCK}|$))"),
        # "by Staff Writers Astana, Kazakhstan (AFP) Sept 07, 2013": a wire's credit, then the date
        ("wire", rf"\((?:AFP|Reuters|Xinhua|AP|UPI|TASS|Sputnik|Kazinform|KazTAG|Trend|dpa)\)[ \t]*(?:[-–—][ \t]*)?{_DATE}"),
        # "12:11, 19 March 2014 | GMT +5", "(Xinhua) 09:15, September 26, 2019": a time, then the
        # date, at the start of a line or after an agency's credit
        ("clocked", rf"(?m)^[ \t]*(?:\(?[A-Z][\w .'’-]{{0,30}}\)[ \t]*)?{_CLOCK}[ \t]*,[ \t]*{_DATE}"),
        # an agency's name and the date, on a line of page furniture: "Print E-mail Xinhua, April 9, 2012"
        ("agency", rf"\b(?:Xinhua|China\s+Daily|CGTN|Global\s+Times|People's\s+Daily|People’s\s+Daily|China\.org\.cn"
                   rf"|Kazinform|Tengrinews|KazTAG|Reuters|AFP|TASS|Interfax|Sputnik),[ \t]+{_DATE}\b"),
        # "Xinhua, May 7, 2015 Adjust font size", "Monday, March 28, 2023": a byline's date
        # (possessive: what follows a word, a space or a comma, is never part of one, so giving
        # characters back can never match and only cost 0.5 ms a document)
        ("byline", rf"(?m)^[ \t]*[A-Z][\w.&'-]*+(?:[ \t][A-Z][\w.&'-]*+){{0,3}}+,[ \t]+(?:{_M}\s+{_D}(?:,\s*|\s+){_Y}|{_D}\s+{_M},?\s+{_Y})\b"),
        # "March 28, 2023", "28 March 2023", "Saturday 13 September 2014" or "Thu May 18 2023" alone on its line
        ("line", rf"(?m)^[ \t]*(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?[ \t]+)?"
                 rf"(?:{_M}\s+{_D}(?:,\s*|\s+){_Y}|{_D}\s+{_M},?\s+{_Y})[ \t]*$"),
        # "FEB. 28 2011 (The Conway Bulletin) –", "4 July 2005 (RFE/RL) --": the date, then the
        # outlet, opening the story
        ("opening", rf"(?m)^[ \t]*(?:{_M}\s+{_D},?\s+{_Y}|{_D}\s+{_M},?\s+{_Y})[ \t]*\([A-Z][^()\n]{{1,40}}\)[ \t]*[-–—]"),
        # "- The Daily Courier - Monday, August 22, 2005": a line of the outlet's name and its date
        ("masthead", rf"(?m)^[ \t]*[-–—|][ \t]*(?:The[ \t]+)?[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){{0,3}}[ \t]+[-–—|][ \t]+"
                     rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?{_DATE}[ \t]*$"),
        # "KATHMANDU (Foreign Affairs Weekly, 26 April 2022) –", "Global Times (26 April 2022) –": a
        # credit with its date in brackets, opening the story
        ("credit", rf"(?:\([A-Z][^()\n]{{1,40}},[ \t]*{_DATE}\)|(?m:^)[ \t]*[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){{0,3}}"
                   rf"[ \t]+\({_DATE}\))[ \t]*[-–—]"),
        # "ASTANA, March 28, 2023 (Xinhua) --": a dateline with its year
        # (or day first: "ASTANA, Kazakhstan, 2 July 2024 /PRNewswire/ --")
        ("dateline", rf"(?m)^[ \t]*[A-Z][A-Z .'-]{{2,30}},(?:[ \t]+[A-Z][a-z]+,)?\s+(?:{_M}\s+{_D},|{_D}\s+{_M},?)\s+{_Y}\s*(?:\(|/[A-Z]|[-–—]{{1,2}}[ \t])"),
        # "OREANDA-NEWS. December 17, 2014. Council ...": an agency's name in capitals, then the date
        ("agency_dot", rf"(?m)^[ \t]*[A-Z][A-Z'-]{{2,30}}\.[ \t]+{_DATE}\.[ \t]"),
        # a sign-off at the end: "/// nCa, 20 January 2023"
        ("signoff", rf"(?:{_D}\s+{_M},?\s+{_Y}|{_M}\s+{_D}(?:,\s*|\s+){_Y})[ \t]*\Z"),
        # the outlet's credit with its date closing the story: "(Xinhua News Agency May 10, 2002)"
        ("signoff_credit", rf"\((?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}}\s+)?(?:{_D}\s+{_M},?\s+{_Y}|{_M}\s+{_D}(?:,\s*|\s+){_Y})\)\s*\Z"),
        # a photo caption's date closing a line of the head: "... in Beijing, China. 28th Oct 2025."
        ("caption", rf"(?m)(?<=[.!?][ \t]+)(?:{_D}\s+{_M},?\s+{_Y}|{_M}\s+{_D}(?:,\s*|\s+){_Y})\.?[ \t]*$"),
        # a caption with its credit: "... shakes hands with ... on December 14, 2015. [Photo: Xinhua]"
        ("credited", rf"(?m){_DATE}\.?[ \t]*[\[(](?:[^\])\n]{{0,40}}[/ ])?(?:photo|source|xinhua|afp|reuters|ap|getty|file|tass|sputnik)\b[^\])\n]{{0,60}}[\])][ \t]*$"),
    )
)

HEAD_CHARS = 600  # the page head where a site prints its date
TAIL_FORMS = frozenset({"signoff", "signoff_credit"})  # forms read at the story's end, not its head

# "BEIJING, March 4 (Reuters) -": a wire dateline gives month and day; the year must come from
# the head itself, where the page prints it on its own ("© 2019 Reuters", a line "2019")
_DATELINE_NO_YEAR = regex.compile(
    rf"(?m)^[ \t]*[A-Z][A-Z .'-]{{2,30}},(?:[ \t]+[A-Z][a-z]+,)?\s+{_M}\s+{_D}\s*\((?:[A-Z][\w ]{{1,20}})\)\s*(?:-|–|—)",
    regex.I | regex.V1)
_HEAD_YEAR = regex.compile(rf"(?:©|\(c\)|copyright)\s*{_Y}\b|(?m)^[ \t]*{_Y}[ \t]*$", regex.I | regex.V1)


def month_number(word: str) -> int | None:
    return page_months().get(word.lower().rstrip("."))


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None where the day does not exist ("February 30")."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _from_match(m: regex.Match[str]) -> dt.date | None:
    g = m.groupdict()
    year = int(g["y"])
    if g.get("mm"):
        day, month = int(g["dd"]), int(g["mm"])
        if month > 12 >= day:
            day, month = month, day  # "08/21/2023": month first
        return valid_date(year, month, day)
    month = month_number(g["m"])
    return valid_date(year, month, int(g["d"])) if month else None


# Cheap tests a form's match needs (exact: each piece stands in every match of the form), so
# that forms which cannot match are not tried.
_CLOCK_NEED = regex.compile(r"\d:[0-5]\d")  # the clock of a time stamp
_NEEDS: dict[str, regex.Pattern[str]] = {
    # the label word (lower-cased text, when that is safe: see scan.safe_lower)
    "labelled": regex.compile(r"date|published|updated|posted|created|modified|pubdate"),
    "stamped": _CLOCK_NEED,
    "clocked": _CLOCK_NEED,
    "credit": regex.compile(r"\)[ \t]*[-–—]"),  # the bracket that closes the date, then the dash
    "signoff": regex.compile(r"(?:19|20)\d\d[ \t]*\Z"),  # the year, last
    "signoff_credit": regex.compile(r"(?:19|20)\d\d\)\s*\Z"),  # the year, then the bracket, last
    "caption": regex.compile(r"(?m)(?:19|20)\d\d\.?[ \t]*$", regex.I | regex.V1),  # a year ending a line
    # the credit in its bracket (lower-cased text, when that is safe); the date before it is
    # costly to look for at every character
    "credited": regex.compile(r"[\[(](?:[^\])\n]{0,40}[/ ])?(?:photo|source|xinhua|afp|reuters|ap|getty|file|tass|sputnik)\b"),
}
_NEEDS_LOWER = frozenset({"labelled", "credited"})  # needs looked for in the lower-cased text


def _matches(name: str, pattern: regex.Pattern[str], where: str, lower: str | None) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(where)`` gives; nothing at once when a piece it needs is missing."""
    need = _NEEDS.get(name)
    if name in _NEEDS_LOWER:
        where_need = lower  # None: a character folds to ASCII letters, so no test
    else:
        where_need = where
    if need is not None and where_need is not None and need.search(where_need) is None:
        return iter(())
    return pattern.finditer(where, timeout=1)


_PHOTO_FORMS = frozenset({"caption", "credited"})  # a photo's date: the page's, unless the story tells of a later year
# a year told as past in the story: "in 2015,", "the 2015 Boao Forum", "since 2015"
_YEAR_TOLD = regex.compile(r"\b(?:in|the|since|during)\s+(?P<y>(?:19|20)\d\d)\b", regex.I | regex.V1)
_AHEAD = regex.compile(r"\b(?:will|would|shall|plans?|planned|aims?|expected|targets?|forecasts?|by)\b", regex.I | regex.V1)


def _later_year(text: str, year: int) -> bool:
    """Whether the story tells of a year after ``year`` (at most five years on) in a sentence of no
    plan or forecast."""
    for m in _YEAR_TOLD.finditer(text, timeout=1):
        if year < int(m.group("y")) <= year + 5:
            a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            b = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
            if not _AHEAD.search(text, a, b):
                return True
    return False


def find_published(text: str) -> dt.date | None:
    """The article's own date, as the page prints it near its top (or signs off with), or None."""
    head = text[:HEAD_CHARS]
    tail = text[-200:]
    lower = safe_lower(head)
    for name, pattern in _PUBLISHED_FORMS:
        where = tail if name in TAIL_FORMS else head
        matches = _matches(name, pattern, where, lower)
        if name == "labelled":  # "Updated: July 16 2024 » Published: July 02 2024": the published one
            matches = sorted(matches, key=lambda m: m["label"].lower().startswith(("updated", "modified", "last")))
        for m in matches:
            found = _from_match(m)
            if found and name in _PHOTO_FORMS and _later_year(text, found.year):
                continue  # a file photo ("... on Sept. 7, 2013. (Source: Aljazeera)") over a story of the 2015 forum
            if found:
                return found
    line = _DATELINE_NO_YEAR.search(head, timeout=1)
    if line is None:
        return None
    years = {y.group("y") for y in _HEAD_YEAR.finditer(head, timeout=1)}
    if len(years) == 1:
        month = month_number(line.group("m"))
        return valid_date(int(years.pop()), month, int(line.group("d"))) if month else None
    return None


# --- reading date spans found by rules ---------------------------------------------------------

_SETTINGS_BASE = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@lru_cache(maxsize=4096)
def parse_span(span: str, base: dt.date | None) -> dt.date | None:
    """Read one date-shaped span with dateparser, relative to ``base`` (cached)."""
    import dateparser  # deferred: a heavy import only paid when a span needs it

    settings = dict(_SETTINGS_BASE)
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        settings["PREFER_DATES_FROM"] = "past"
    found = dateparser.parse(span, languages=["en"], settings=settings)
    return found.date() if found else None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_before(base: dt.date, weekday: str) -> dt.date:
    """The latest ``weekday`` on or before ``base`` ("on Wednesday" in a Wednesday's paper)."""
    target = WEEKDAYS.index(weekday.lower())
    return base - dt.timedelta(days=(base.weekday() - target) % 7)


def month_year(month: int, published: dt.date | None, *, last: bool = False) -> int | None:
    """The year of a month named without one: the latest such month not after publication."""
    if published is None:
        return None
    year = published.year - (1 if last else 0)
    if not last and month > published.month:
        year -= 1
    return year
