"""Past-date phrases of Microsoft Recognizers-Text's English date specs, read by kzfacts.timex.

    KZFACTS_RECOGNIZERS=/work/.mirror/microsoft+Recognizers-Text/repo python benchmarks/recognizers_dates.py [-v]

Reads ``Specs/DateTime/English/{DateParser,DateTimeModel,DateExtractor}.json`` from that git dir
(nothing of it is copied into this repository), keeps the phrases news uses for a date in the past,
puts each in a meeting sentence ("President Tokayev met Chinese President Xi Jinping {phrase} in
Astana.") published on the spec's reference date, and counts the phrases whose date
``find_dates`` reads exactly as the spec resolves it, at the spec's precision (day, month, year).

Kept: a day ("date") or a whole month or year ("daterange" whose timex is "2016-10", "XXXX-10" or
"2016"), resolved on or before the reference date (for a date without year, its past reading).
Dropped, by rule and not by row: times of day, durations, sets, holidays, weeks, seasons,
ranges and bounds ("from", "between", "since", "before", "after", "later", "until"), the future,
decades and centuries, and forms news does not print: a bare day number or one without a month
("on 15", "the 27th", "4/22"), glued words ("oct2"), two-digit years ("21/04/16"), years in words
("two thousand and fifteen"), chat words ("tmrw", "otd"), and phrases with no date word at all
("the day", "my day"). DateExtractor rows have no resolution: they add a phrase only where the
same text is resolved in DateParser with the same reference date.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# this checkout's kzfacts, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SENTENCE = "President Tokayev met Chinese President Xi Jinping {phrase} in Astana."
SPECS = ("DateParser.json", "DateTimeModel.json", "DateExtractor.json")

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
# a date word: a month, a weekday, a four-digit year, or a word counting from today
_DATE_WORD = re.compile(rf"\b(?:{_MONTHS}|{_WEEKDAYS}|(?:19|20)\d\d|today|yesterday|ago|last|this|previous|past|earlier)\b", re.I)
_NOT_NEWS = re.compile("|".join((
    # ranges, bounds, the future, sets and spans that are no day, month or year
    r"\b(?:from|between|since|before|after|later|until|till|through|than|greater|starting|within|as"
    r"|upcoming|next|tomorrow|tmrw|otd|my|cy|weekend|week\s+\d|quarters?|decades?|century|fortnight)\b",
    r"[<>=]",
    # holidays
    r"\b(?:easter|christmas|thanksgiving|halloween|independence|black\s+friday|earth\s+day|new\s+year|eid)\b",
    # years and days in words, two-digit years, years before 1900
    r"\b(?:thousand|hundred|nineteen|seventeen)\b|\b(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b",
    r"\bthe\s+(?:fifteen|sixteen|seventeen|eighteen|twenty|thirty)\b",
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b(?![/.-]?\d)|(?:st|nd|rd|th|first|second|third)\s+\d\d\b|\bof\s+\d\d\b",
    r"\b(?!19|20)\d\d\d\d?\b(?![/.-])",
    # glued or numeric forms news does not print: "oct2", "oct/2", "05-aug-2016", "4/22", "2015-12"
    r"[a-z]\d|\d[a-z](?<!\d(?:st|nd|rd|th))|[a-z]\.?\s*[/-]\s*\d|\d\s*[/-]\s*[a-z]",
    r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}(?![\d/.-])|(?<![\d/.-])(?:\d{4}[/-]\d{1,2}|\d{1,2}[/-]\d{4})(?![\d/.-])",
    r"\d,\d|\b\d{8}\b|\b\d{4}\s\d\d\s\d\d\b|\b(?:19|20)\d\d\s*s\b",
    # "second Sunday", "the last day", "the twenty third day of", compound counts "1 month 21 days ago"
    r"\b(?:first|second|third|fourth|fifth)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    r"\b(?:last|this|past|the)\s+day\b|\bday\s+of\b",
    r"\b(?:days?|weeks?|months?|years?),?\s+(?:and\s+)?\d",
)), re.I)
# a bare month or year stands after "in" in a sentence ("met ... in April in Astana")
_BARE = re.compile(rf"(?:{_MONTHS}|(?:19|20)\d\d)", re.I)


@dataclass(frozen=True)
class Row:
    phrase: str
    reference: dt.date
    expected: str  # "2016-10-02", "2016-10" or "2016"
    spec: str


def _git_show(git_dir: Path, name: str) -> list[dict]:
    out = subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:Specs/DateTime/English/{name}"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.lstrip("\ufeff"))


def _past_value(timex: str, values: list[str], reference: dt.date) -> str | None:
    """The expected ISO value at the timex's precision, if it lies on or before ``reference``."""
    if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", timex):
        # "0001-01-01" is the spec's "no such day" ("Feb 30"): not a date to test against
        days = [v for v in values if re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", v) and v <= reference.isoformat()]
        return max(days) if days else None
    if re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", timex):
        months = [v[:7] for v in values if re.fullmatch(r"\d{4}-\d\d-01", v) and v[:7] <= reference.isoformat()[:7]]
        return max(months) if months else None
    if re.fullmatch(r"\d{4}", timex) and timex <= str(reference.year):
        return timex
    return None


def _news_like(phrase: str) -> bool:
    return bool(_DATE_WORD.search(phrase)) and not _NOT_NEWS.search(phrase)


def load_rows(git_dir: Path) -> list[Row]:
    """The table: one row per distinct (phrase, reference date) news would print."""
    rows: dict[tuple[str, dt.date], Row] = {}
    parsed: dict[tuple[str, str], str] = {}
    for spec in SPECS:
        for item in _git_show(git_dir, spec):
            ref_text = (item.get("Context") or {}).get("ReferenceDateTime")
            for r in item.get("Results") or []:
                phrase = r["Text"]
                kind = r.get("Type") or r.get("TypeName", "")
                if spec == "DateExtractor.json":
                    expected = parsed.get(phrase.lower())
                    ref = dt.date(2016, 11, 7)  # the extractor spec's examples share the parser's
                    if expected is None or kind != "date":
                        continue
                    rows.setdefault((phrase.lower(), ref), Row(phrase, ref, expected, spec))
                    continue
                if not ref_text:
                    continue
                ref = dt.date.fromisoformat(ref_text[:10])
                if spec == "DateParser.json":
                    if kind != "date":
                        continue
                    v = r["Value"]
                    timex = v["Timex"]
                    values = [x["date"] for x in (v.get("PastResolution"), v.get("FutureResolution")) if x]
                else:
                    if kind not in ("datetimeV2.date", "datetimeV2.daterange"):
                        continue
                    vals = r["Resolution"]["values"]
                    timex = vals[0].get("timex", "")
                    values = [x.get("value") or x.get("start") or "" for x in vals]
                expected = _past_value(timex, values, ref)
                if expected is None or not _news_like(phrase):
                    continue
                if ref == dt.date(2016, 11, 7):
                    parsed.setdefault(phrase.lower(), expected)
                rows.setdefault((phrase.lower(), ref), Row(phrase, ref, expected, spec))
    return list(rows.values())


def read(row: Row) -> str | None:
    """What kzfacts reads for the phrase inside the meeting sentence."""
    from kzfacts.timex import find_dates

    text = SENTENCE.format(phrase=("in " if _BARE.fullmatch(row.phrase) else "") + row.phrase)
    a = text.index(row.phrase)
    found = [t for t in find_dates(text, published=row.reference) if t.start < a + len(row.phrase) and a < t.end]
    return found[0].value if len(found) == 1 else (None if not found else "|".join(str(t.value) for t in found))


def read_meeting(row: Row) -> str | None:
    """The date of the meeting record ``kzfacts.extract`` makes of the same sentence."""
    import kzfacts

    text = SENTENCE.format(phrase=("in " if _BARE.fullmatch(row.phrase) else "") + row.phrase)
    found = [r for r in kzfacts.extract(text, published=row.reference) if r.type == "meeting"]
    return found[0].date if len(found) == 1 else None


def main(argv: list[str]) -> int:
    where = os.environ.get("KZFACTS_RECOGNIZERS")
    if not where or not Path(where).exists():
        print("set KZFACTS_RECOGNIZERS to the Recognizers-Text git dir", file=sys.stderr)
        return 2
    rows = load_rows(Path(where))
    right = coarser = 0
    by_spec = {spec: sum(r.spec == spec for r in rows) for spec in SPECS}
    for row in rows:
        got = read(row)
        ok = got == row.expected
        right += ok
        coarser += (not ok and got is not None and row.expected.startswith(got))
        if "-v" in argv and not ok:
            print(f"  miss  {row.phrase!r:45} ref {row.reference}  want {row.expected}  got {got}")
    print("rows by spec:", ", ".join(f"{k} {v}" for k, v in by_spec.items()))
    print(f"{right}/{len(rows)} past-date phrases right at the spec's precision "
          f"({right / len(rows):.1%}); {coarser} more right at a coarser precision")
    # end to end: the date on the meeting record itself
    met = sum(read_meeting(row) == row.expected for row in rows)
    print(f"{met}/{len(rows)} as the date of the meeting record kzfacts.extract makes ({met / len(rows):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
