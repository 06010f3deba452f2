"""Page furniture that is not the article: the lists of other stories' headlines a news page
carries ("Read also", "Related news", "Most read", "Latest news"). Their headlines tell other
days' meetings and figures ("Smailov holds talks with Chinese Premier Li Qiang"), which the
article's date would misdate; they are blanked, one space for one character, so that every
offset of the article stays.
"""

from __future__ import annotations

import re

# a line that opens such a list, alone or with one headline after a colon ("Also Read: ...")
_LIST_HEADER = re.compile(
    r"(?im)^[ \t]*(?:read\s+also|also\s+read|read\s+more|see\s+also|more\s+(?:news|stories|on\s+this(?:\s+topic)?)"
    r"|other\s+news|(?:previous|next)\s+(?:article|post|story|news)"
    r"|related(?:\s+(?:news|articles?|stories|reading|readings|topics|links|posts|content))?"
    r"|most\s+(?:read|popular|viewed)|latest\s+news|top\s+stories|trending(?:\s+now)?"
    r"|recommended(?:\s+(?:for\s+you|videos|stories|articles))?|you\s+may\s+also\s+like|popular(?:\s+on\s+[^\n:]{1,40})?)"
    r"[ \t]*(?P<colon>:)?[ \t]*(?P<rest>[^\n]*)$")
# (a headline of the list is a short line that ends with no full stop)
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*[ \t]*\Z")
_MAX_LINES = 15  # headlines a list may hold before the article is taken to go on


def blank_related_lists(text: str) -> str:
    """``text`` with every list of other stories' headlines blanked (same length, same lines)."""
    if not _LIST_HEADER.search(text):
        return text
    out = list(text)
    for m in _LIST_HEADER.finditer(text):
        rest = m.group("rest").strip()
        if rest and not m.group("colon"):
            continue  # ("Related to this, the minister said ..."): a sentence, not a header
        _blank(out, m.start(), m.end())
        if rest:
            continue  # "Also Read: <one headline>": that line only
        pos, taken = m.end() + 1, 0
        while pos < len(text) and taken < _MAX_LINES:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip():
                if len(line) > 200 or _SENTENCE_END.search(line):
                    break  # the article goes on: a paragraph, or a sentence
                _blank(out, pos, end)
                taken += 1
            pos = end + 1
    return "".join(out)


def _blank(chars: list[str], a: int, b: int) -> None:
    for i in range(a, b):
        if chars[i] not in "\n\r":
            chars[i] = " "
