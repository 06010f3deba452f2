"""A document's title: its headline, without the page furniture around it.

Pages put date stamps ("date 2018-06-21", "16:40, 03 May 2016 | GMT +6"), datelines ("ASTANA.
KAZINFORM –", "BEIJING, March 4 (Reuters) -"), section labels ("Exhibition Forum") and site
names ("| The Astana Times") around a headline; none of it is the title. Where the first line
of text is the article itself rather than a headline, its first sentence is the title when it
is short, and there is no title otherwise (a half sentence would mislead).
"""

from __future__ import annotations

import re

from .regex_cache import re_compiled

MAX_TITLE = 200  # characters: a longer line is body text, not a headline
LINES = 12  # how far down the page a headline is sought

# news agencies and outlets that stand in datelines and after headlines
_AGENCY = (r"(?:KAZINFORM|Kazinform|Xinhua|XINHUA|Reuters|REUTERS|AFP|AP|TASS|Trend|Interfax|"
           r"Interfax-Kazakhstan|Tengrinews|Sputnik|CGTN|Kazakh\s?TV|Astana\s+Times|The\s+Astana\s+Times|"
           r"Global\s+Times|China\s+Daily|People's\s+Daily|Khabar\s+24|inform\.kz|Akorda)")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
         rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"

# furniture before the headline on its line, removed one after another
_LEADING = [
    re_compiled(r"date\s+\d{4}-\d{2}-\d{2}\s*"),  # " date 2018-06-21 ": a crawler's stamp
    # "16:40, 03 May 2016 | GMT +6", "09:09, November 28, 2023", "2 November 2019, 13:26"
    re_compiled(rf"(?:{_TIME},?\s+{_DATE}|{_DATE},?\s+{_TIME}|{_DATE})(?:\s*\|?\s*GMT\s*[+-]\s*\d{{1,2}})?\s*[|,–-]?\s*"),
    # "ASTANA. KAZINFORM –", "NUR-SULTAN –", "BEIJING, March 4 (Reuters) -", "BEIJING, Nov. 29 (Xinhua) --"
    re_compiled(rf"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){{0,2}}"
                rf"(?:,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
                # the agency may stand without a dash ("ASTANA. KAZINFORM Foreign Minister ..."),
                # a city alone needs one: "NATO chief ..." keeps its first word
                rf"(?:\.?\s+{_AGENCY}\s*[–—-]{{0,2}}|\s*\({_AGENCY}\)\s*[–—-]{{1,2}}|\s*[–—-]{{1,2}})\s*"),
]
# a site's or agency's name after the headline: "... cooperation | The Astana Times", "- Xinhua"
_TRAILING = re_compiled(rf"\s+(?:\|\s*[^|]{{1,60}}|[–—-]\s*{_AGENCY}(?:\s*\|.*)?)$")
_NAVIGATION = re_compiled(r"(?i)(?:go to the main site|main page|home|menu|search|en|ru|kz|"
                          r"log ?in|sign ?in|subscribe|share|print|advertisement)")
_SENTENCE_END = re_compiled(r"(?<=[a-z0-9%)”\"’])[.!?](?=\s+[A-Z“\"]|\s*$)")


def clean_title(line: str) -> str:
    """A headline without stamps, datelines and site names around it ("" when nothing is left)."""
    line = " ".join(line.split())
    for pattern in _LEADING:
        line = pattern.sub("", line, count=1) if pattern.match(line) else line
    line = _TRAILING.sub("", line)
    return line.strip(" |–—-")


def _is_label(line: str) -> bool:
    """A section label, breadcrumb or menu item rather than a headline: "Exhibition Forum",
    "Home > China News", "Go to the main site", "12 m. | 2020-03-31"."""
    if ">" in line or "»" in line or _NAVIGATION.fullmatch(line):
        return True
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    if len(words) < 2 and not re.search(r"[a-z]{4,}\s", line):
        return True
    # a few words, every one capitalised and none a small word: a label, not a headline
    return len(words) <= 3 and all(w[0].isupper() for w in words)


def title_of(text: str) -> str | None:
    """The headline of a page's text: the first line that is neither furniture nor empty."""
    for n, raw in enumerate(text.splitlines()):
        if n >= LINES:
            break
        line = clean_title(raw)
        if not line or _is_label(line):
            continue
        # the article's first line: its first sentence, if short ("...outlets." loses its stop)
        end = _SENTENCE_END.search(line)
        first = line[:end.start()] if end else line
        return first if len(first) <= MAX_TITLE else None
    return None
