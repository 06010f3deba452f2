"""The article's own date, read off the page in the forms news sites print."""

from __future__ import annotations

import datetime as dt

import pytest

from kzfacts.dates import find_published

PUBLISHED = [
    (" date 2023-03-28 ASTANA – Kazakhstan seeks to deepen cooperation", "2023-03-28"),
    ("Exhibition Forum\nHeadline\nSeetao 2023-03-19 09:59\n  • point", "2023-03-19"),
    ("Headline\nФото: Akorda 03.07.2024 14:03 279\n", "2024-07-03"),
    ("Published: 17:21, July 5, 2024\nBody text.", "2024-07-05"),
    ("Updated: November 30, 2022 Source: Xinhua News Agency", "2022-11-30"),
    ("Grain deal\n\nUpdated: Apr 3,2016 10:05 PM     tv.example\n\nText.", "2016-04-03"),  # no space after the comma
    ("Headline\n\n    2 November 2019, 13:26\n\n    TASHKENT. KAZINFORM text", "2019-11-02"),
    ("Headline\nMarch 28, 2023\nBody", "2023-03-28"),
    # an agency's name in capitals with a full stop, then the date
    ("Ministers meet in Astana\nSTEPPE-WIRE. March 2, 2015. The ministers met in Astana.", "2015-03-02"),
    # an agency's credit, a time, then the date; a photo caption's date below it is not the page's
    ("Ties reaffirmed\n\n(Xinhua)    09:15, September 26, 2019\n\nThe speaker met ...", "2019-09-26"),
    ("Aid for Almaty\n\nXinhua) 16:38, July 17, 2021\n\nCrates are unloaded in Almaty, Kazakhstan, April 2, 2020. "
     "(Handout via Xinhua)\n\nTASHKENT, July 16 (Xinhua) -- The minister said ...", "2021-07-17"),
    # a site's header prints today; the byline the article's own date
    ("Skip to Content\n\nThursday, October 14th, 2021\n\nTitle\n\nby May 3, 2017 News\n\nText.", "2017-05-03"),
    ("Minister visits Beijing\n\nThe two ministers in Beijing, China. 3rd Nov 2025.\nPhoto credit\n\nText.",
     "2025-11-03"),  # a photo caption's date closing its line
    ("Rail chiefs hold talks 4 марта 2016, 11:20\n\nThe heads of the railways met.", "2016-03-04"),  # a Russian stamp
    ("by Staff Writers Almaty (AFP) Oct 03, 2016 The two leaders met on Monday.", "2016-10-03"),  # a wire's credit
    ("Image: the two leaders at a welcoming ceremony in Beijing, May 17, 2023. (Source: Xinhua)\nBody.", "2023-05-17"),
    ("Saturday 13 September 2014\n\nThe leaders met on Friday.", "2014-09-13"),  # a weekday before the date
    ("MARCH 3 2012 (The Weekly Review) – The ministers met in Astana.", "2012-03-03"),  # date, outlet, dash
    ("In this photo the leaders meet in Astana, Tuesday, May 7, 2024. (Li Wei/Xinhua via AP)\nText.", "2024-05-07"),
    ("The two ministers shake hands in Astana on June 2, 2016. [Photo: Xinhua]\nThe ministers met on Thursday.",
     "2016-06-02"),  # a caption with its photo credit
    # (a later year told as a plan leaves it the page's: the guard)
    ("The ministers in Astana on June 2, 2016. [Photo: Xinhua]\nThe plant will open in 2018, they said.", "2016-06-02"),
    ("ASTANA, March 28, 2023 (Xinhua) -- Trade reached", "2023-03-28"),
    # the outlet's credit with its date closing the story, broken over lines
    ("The vice premier met the visiting minister on Friday.\n(Xinhua News\nAgency May 10, 2002)", "2002-05-10"),
    ("The ministers met in Beijing.\n(People's Daily 12 March 2004)\n", "2004-03-12"),
    ("Source:Xinhua-Global Times Published: 2018/4/24 21:48:40", "2018-04-24"),
    ("Spotlight: headline\nXinhua, May 7, 2015 Adjust font size:\nBody.", "2015-05-07"),
    ("Body of the story.\n/// nCa, 20 January 2023", "2023-01-20"),
    ("Kazakhstani and Chinese Cooperation\n\n12 m.   |  2020-03-31\n", "2020-03-31"),
    # the forms wire services and outlets print (issue 9, item 2)
    ("Grain corridor opens\nMarch 4, 2019 / 9:15 AM / Updated 3 hours ago\nText.", "2019-03-04"),
    ("Rail freight grows\nJune 12, 2021 | 4:40 PM\nText.", "2021-06-12"),
    ("ASTANA, June 2 (Reuters) - The ministers met.\n(c) 2022 Reuters. All rights reserved.", "2022-06-02"),
    ("Headline\n2018\nALMATY, Sept. 14 (AKIpress) - Text.", "2018-09-14"),
    ("New border crossing\nPublished: 09:05, 12 October 2021\nText.", "2021-10-12"),
    ("Headline\n14.02.2020, 11:30\nText.", "2020-02-14"),
    ("08:45, 2 March 2016 | GMT +6\nHeadline\nText.", "2016-03-02"),
    ("Trade talks\nBy Dana Omarova | September 9, 2022\nText.", "2022-09-09"),
    ("Trade talks\nBy Li Wei, 18:20, 1 December 2020\nText.", "2020-12-01"),
    ("Trade talks\nBy Staff Reporter on 7 April 2017\nText.", "2017-04-07"),
    ("Trade talks\n\nBy Aigerim Sadykova March 2, 2021\n\nText.", "2021-03-02"),  # no mark between name and date
    ("Top stories\n\n9 May 2007 (Trend) -- The ministers met.", "2007-05-09"),  # day first, outlet, two dashes
    ("- The Evening Ledger - Friday, June 3, 2011\n\nALMATY (AP) - Text.", "2011-06-03"),  # outlet line with its date
    ("Headline\n\nBISHKEK (Central Asia Weekly, 12 May 2021) – The ministers met.", "2021-05-12"),  # a credit with its date
    ("Steppe Herald (3 June 2020) – The ministers met.", "2020-06-03"),
    # a numeric date with slashes opening a line, before a caption's date of an older photo
    ("Press office\n\n21/06/2024 | Press release\n\nThe award handed over in Astana, Sept. 14, 2022. [Photo/Xinhua]",
     "2024-06-21"),
    ("Headline\n08/21/2023 14:03\nText.", "2023-08-21"),  # the first part cannot be a day of a month's
    ("Node 4411\nWed, 09/18/2019 - 10:05\nHeadline\nText.", "2019-09-18"),  # a weekday, then a clock after a dash
    ("ALMATY, Kazakhstan, May 5, 2021 /PRNewswire/ -- The company said", "2021-05-05"),  # a release's dateline
    ("ASTANA, Kazakhstan, 4 July 2024 /PRNewswire/ -- The article below was published", "2024-07-04"),  # (day first)
    ("Home > Top News\n\nChinaDailyUpdated: March 3, 2019\n\nText.", "2019-03-03"),  # a label glued to a name
    # the published label over an updated one printed above it
    ("Rail link opens\n\n» Updated: May 20 2021\n\n» Published: May 03 2021\n\nText.", "2021-05-03"),
    ("Rail link opens\nLast updated 20 May 2021, Posted 3 May 2021\nText.", "2021-05-03"),
    ("Pipeline opens\n\nUpdated On: Dec 14, 2009\n\nText.", "2009-12-14"),  # "on" after the label
    ("Visa deal signed\nPublished on: 17 May 2023\n\nText.", "2023-05-17"),
    # a label with a character that folds to ASCII ("ſ"): read, not a crash
    ("Visa deal signed\nPo\u017fted: 17 May 2023\n\nText.", "2023-05-17"),
    ("Summit opens\n\nWed Jun 14 2023\nshare-icons\n\nASTANA: The leaders met.", "2023-06-14"),  # a short weekday
    # a theme's byline with the date run on to the name, after its picture's name
    ("    News\n\n    Aru NurlanBy Aru NurlanMarch 9, 2022No Comments3 Mins Read\n\nText.", "2022-03-09"),
    ("Forum in Astana\n\n500 просмотров\nПятница, 11 Окт 2019, 09:30\n\nText.", "2019-10-11"),  # a Russian short month
    # an agency and its date in a line of page furniture, before an older photo's caption
    ("Headline\n\n0 Comments Print E-mail Xinhua, April 9, 2012\nAdjust font size:\n\nThe leaders in Astana, "
     "April 8, 2012. [Li Tao/Xinhua]\n\nText.", "2012-04-09"),
]

NO_DATE = [
    "President Tokayev Meets with Ambassador Zhang Xiao\n\nOn March 14, President Tokayev met the ambassador.",
    "BEIJING, Nov. 29 (Xinhua) -- Premier Li held a meeting on Tuesday.",
    "In 1949, when the army was on its way to Xinjiang, the first",
    "The trade turnover reached $24 billion in 2022, up 34 percent.",
    "Pipeline deal signed\nUpdated 2 hours ago\nThe sides agreed on supplies.",
    # a dateline without its year, and no year of the page's own in the head
    "ASTANA, June 2 (Reuters) - Trade may reach $40 billion by 2030, the minister said.",
    # a file photo's date over a story that tells of a later year as past
    "The two leaders in Astana on Sept. 7, 2013. (Source: Xinhua)\n\nIn March the premier attended the 2016 Boao Forum.",
    # two different years in the head: which one is the page's is not known
    "2021\nASTANA, June 2 (Reuters) - Text.\n(c) 2022 Reuters",
]


@pytest.mark.parametrize("text, expected", PUBLISHED, ids=lambda v: str(v)[:40])
def test_published_date(text, expected):
    assert find_published(text) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("text", NO_DATE, ids=lambda v: v[:40])
def test_no_published_date(text):
    assert find_published(text) is None


# --- the head's forms are tried only where they can match (dates._NEEDS, possessive byline) ---

_PIECES = ["Xinhua", "By", "KAZINFORM", "Astana", "Co.", "O'Neil", "A-B", "&", ",", "  ", "\t", "\n",
           "March", "28", "2023", "Sept.", "1st", "\u017fept", "\u0130", "date:", "Updated", "17:21", ".",
           # photo credits after a date: "(Photo: Xinhua)", "[file/AFP]"
           "(", "[", ")", "]", "Photo:", "photo/AFP", "SOURCE", "\ufb01le", "Reuters", "AP", "tass/"]


def _heads() -> list[str]:
    import random
    from pathlib import Path

    rnd = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))]
    texts += ["".join(rnd.choice(_PIECES) + rnd.choice([" ", "", ", ", "\n"]) for _ in range(rnd.randrange(1, 30)))
              for _ in range(400)]
    # a date with its photo credit closing a line, in every case and with a ligature
    texts += [f"Leaders met in the capital on {d}{credit}\nTrade grew." for d in ("March 28, 2023", "28 Sept. 2023.")
              for credit in (" (Photo: Xinhua)", " [file/AFP]", "(SOURCE)", " (\ufb01le photo)", " (the ap)", " [Reuters]  ")]
    return texts


def test_published_forms_find_what_a_plain_scan_finds():
    import regex

    from kzfacts.dates import _PUBLISHED_FORMS, HEAD_CHARS, TAIL_FORMS, _matches
    from kzfacts.scan import safe_lower

    forms = dict(_PUBLISHED_FORMS)
    plain = {**forms, "byline": regex.compile(
        forms["byline"].pattern.replace("*+", "*").replace("{0,3}+", "{0,3}"), forms["byline"].flags)}
    for text in _heads():
        head, tail = text[:HEAD_CHARS], text[-200:]
        for name, pattern in _PUBLISHED_FORMS:
            where = tail if name in TAIL_FORMS else head
            assert [m.span() for m in _matches(name, pattern, where, safe_lower(head))] == [
                m.span() for m in plain[name].finditer(where)], (name, where)
