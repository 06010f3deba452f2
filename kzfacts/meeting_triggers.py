"""Meeting triggers: the phrases that report a meeting, talks, a visit or a call.

Each rule is an id, a pattern and a description ("X held talks with Y"); ``meeting_scan`` finds
them in a sentence. The cue words around meetings (past, future, speech, places) are read here
too, from data files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .gazetteer import places, titles
from .names import grouped_alternation
from .records import MeetingKind
from .rules import Rule, alternation, rule

_FLAGS = regex.VERBOSE | regex.V1


def _alt(forms: list[str]) -> str:
    """Plain words (names, places, offices) as an alternation, longest first (grouped by first
    letter: the same matches, found quicker)."""
    return grouped_alternation(forms)


_alt_raw = alternation  # cue fragments are regex already


@dataclass(frozen=True, slots=True)
class Cues:
    past: regex.Pattern[str]  # "recently", "earlier": a meeting told as past, with no date
    future: regex.Pattern[str]  # "will", "is expected to": a meeting yet to come
    speech: str  # "said", "noted": a clause of speech (regex alternation)
    place: regex.Pattern[str]  # a known place
    site: regex.Pattern[str]  # "the Saran bus plant": a site toured, right after a visit verb
    private: regex.Pattern[str]  # "her graduation trip": a trip of one's own


@cache
def cues() -> Cues:
    words = titles()["cues"]
    return Cues(
        past=regex.compile(rf"\b(?:{_alt_raw(words['past'])})\b", regex.I | regex.V1),
        future=regex.compile(rf"\b(?:{_alt_raw(words['future'])})\b", regex.I | regex.V1),
        speech=_alt_raw(words["speech"]),
        place=regex.compile(rf"(?<![\w-])(?:{_alt(list(places()))})(?![\w-])", regex.V1),
        site=regex.compile(rf"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,5}}?(?:{_alt_raw(words['sites'])})s?\b",
                           regex.I | regex.V1),
        private=regex.compile(rf"\b(?:{_alt_raw(words['private_trips'])})\s+(?:visit|trip|journey|tour)s?\b", regex.I | regex.V1),
    )


# --- triggers ---------------------------------------------------------------------------------

# "(very) glad to", "honoured to" before a meeting verb: a meeting under way ("I am glad to meet you",
# "he was glad to meet Y"), not a plan (meeting_tense) whose subject is the speaker or "he" (parties)
GLAD_TO = r"(?:(?:very|so|really|truly|most)\s+)?(?:glad|pleased|happy|delighted|honou?red)\s+to"
_Q = r"(?:[\w.’'-]+\s+){0,3}?"  # a few words between ("a meeting", "a bilateral meeting")

MET = rule(
    "meeting.met",
    r"""\b(?:has\s+|have\s+|had\s+)?(?:met|meets|meet|(?:were|was|are|is|be|been|(?-i:while|when|by|after))\s+meeting|(?<=,[ \t]{1,2})meeting|(?:talked|spoke|speaks)\s+(?:(?:face[- ]to[- ]face|in\s+person)\s+(?:on\s+\w+\s+)?)?(?:with|to(?=\s+(?:his|her)\s))(?![^.;]{0,80}?\b(?:by|over|on|via)\s+(?:the\s+|a\s+)?(?:tele)?phone)|sat\s+down\s+with|conferred\s+with|(?:shook|shakes?|shaking)\s+hands?\s+with|(?:had|have|has|having)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast)\s+with|dined\s+with|paid\s+a\s+(?:courtesy|farewell|protocol)\s+(?:call|visit)\s+(?:on|to)
    |received\s+(?:(?:on|in)\s+(?:[\w.,]+\s+){1,3}?)?a\s+(?:courtesy|farewell|protocol)\s+(?:call|visit)\s+(?:from|by)   # the host: "X received a courtesy call from Y"
    |called\s+on(?![^.;]{0,160}?\bto\s+(?-i:[a-z]))   # (not "called on X to do": urged; "a note of protest to China" is no verb)
    |presented\s+(?:his|her|their)\s+(?:letters?\s+of\s+)?credentials\s+to           # an envoy and the head of state
    |received\s+(?:the\s+)?(?:letters?\s+of\s+)?credentials\s+(?:of|from))\b(?:\s+with)?(?!\s+(?:the\s+)?(?:press|media|journalists|reporters|students|business|deadline|demand|needs?|requirements?|standards?|expectations)\b)""",
    "X met (with) Y; X said while (after) meeting (with) Y; X visited P, meeting Y",
)
HELD_MEETING = rule(
    "meeting.held_meeting",
    rf"""\b(?:(?:held|holds|hold|had|has\s+held|conducted|co-chaired|chaired)\s+(?:(?:a|an|the)\s+)?
           |attends\s+a\s+   # a photo caption's "X attends a meeting with Y"
           |(?<=\band\s)(?=(?:(?:separate|individual|bilateral)\s+meetings?|meetings)\s+with\b))   # "X had talks with A and separate meetings with B and C"
        (?:(?!(?:with|talks)\b)[\w.’'-]+\s+){{0,6}}?   # ("held the second China-Kazakhstan Foreign Ministers' strategic dialogue"; not "held talks with A and meetings with B")
        (?:meetings?|(?<!press\s)conference|consultations|dialogue)   # "held separate meetings with", "a strategic dialogue"
        (?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,6}}?(?:Committee|Commission|Council|Forum|Group|Subcommittee|Board))?
        (?:\s+(?:on\s+)?(?-i:[A-Z][a-z]{{2,8}}\.?)\s+\d{{1,2}}(?:,\s*\d{{4}})?)?   # "held several meetings May 18 with"
        (?:(?:\s+(?:here|there|today|yesterday))?(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w’'-]+)?\s+with\b   # ("held a meeting in Beijing with")
           |(?<=\bseries\s+of\s+meetings)(?=\s+(?:on|in|at|during)\b)   # "held a series of meetings on ..."
           |(?<=\b(?:meeting|consultations|dialogue))(?=\s+(?:on|in|at|during|yesterday|today|that|which)\b|\s*[,.;]))  # "X and Y held a meeting in Beijing" (two subjects; "had a meeting that resulted in"; "held the 13th round of strategic consultations in Beijing") """,
    "X held a meeting (of the Cooperation Committee) with Y; X held meetings May 18 with Y; X and Y held a meeting; X and Y held consultations in P",
)
HELD_TALKS = rule(
    "meeting.held_talks",
    r"""\b(?:(?:held|holds|hold|had|have|has\s+held|conducted|holding|engag(?:ed|es|ing)\s+in)\s+
        (?:(?!(?:for|to|into|in|at|on|about|after|before|visited|arrived|travell?ed)\s)["“‘']?[\w.’'-]+["”]?\s+){0,3}?  # not "have visited China for talks"; 'held "useful" talks'
        ["“‘']?
        (?:talks|negotiations|discussions|(?<!phone\s)conversation)\b(?:\s+with\b)?
        |negotiated\s+with\b)""",
    "X held talks with Y; X and Y hold talks; X negotiated with Y",
)
RECEIVED = rule(
    "meeting.received",
    r"""\b(?:received|receives|receiving)\b(?!\s+(?:by|a(?!\s+delegation\s+(?:[\w’'-]+\s+){0,4}?(?:led|headed)\s+by\b)|an|letters?|messages?|congratulations|calls?|support|funding|credentials|\d))""",
    "X received Y",
)
WELCOMED = rule(
    "meeting.welcomed",
    r"""\b(?:welcomed|welcomes|greeted|greets|briefed|(?<=\b(?:is|was|were|are)\s+)(?:welcoming|greeting)
        |(?<=\b(?:show|shows|showed|showing)\s+(?:[\w’'.-]+\s+){1,8})(?:welcoming|greeting)   # (a caption's "Footage showed X greeting Y")
        |(?:thanked|thanks|thanking|(?:expressed|expresses|expressing)\s+(?:his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?(?:gratitude|thanks|appreciation)\s+to)
         (?=\s+(?:[\w’'.-]+\s+){1,6}?for\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:welcome|hospitality|reception)\b)   # the guest thanks the host
        )\b(?!\s+(?:by|at)\b)
    """,
    "X welcomed Y (the person right after the verb); X briefed Y on the project; X was welcoming Y; X thanked Y for the warm welcome",
)
RECEIVED_BY = rule(
    "meeting.received_by",
    r"""\b(?:was|were|is|are|has\s+been|have\s+been|being)\s+[“"]?(?:[a-z]+ly\s+)?(?:received|welcomed|greeted|met|joined)[”"]?   # (quoted: were “warmly welcomed” by)
        (?:\s+(?:at|in|on|upon)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'.-]+){0,3}?){0,3}\s+by\b   # "was met at the airport by", "on the airport tarmac by", "on arrival in Astana on Monday by", "on the afternoon of Sept. 14 by"
    """,
    "Y was received / welcomed by X",
)
HOSTED = rule(
    "meeting.hosted",
    r"""\b(?:(?:hosted|hosts)\b(?!\s+(?:a|an|the)\b)
        |(?:hosted|hosts|held|holds|gave|gives)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:welcome|welcoming)\s+ceremony|banquet|dinner|luncheon)
         \s+(?:in\s+honou?r\s+of|for)\b)""",
    "X hosted Y; X hosts a welcome ceremony for Y; X gave a banquet in honour of Y",
)
# a place named by one or two capitalised words ("Beijing", "Nur Sultan"), and "to P" after a
# visit's noun ("the official visit to Kazakhstan of X")
_PLACE = r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
_TO_PLACE = r"(?:\s+to\s+(?:the\s+)?" + _PLACE + r")?"
# a day between a place and the visit it is of ("in Astana on May 14 for an official visit", "in
# Beijing on Monday on a state visit"; not "this week", which dates no day)
_WHEN = (r"(?:\s+on\s+(?:(?-i:[A-Z])[a-z]+\.?(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?|\d{1,2}(?:[-–]\d{1,2})?\s+(?-i:[A-Z])[a-z]+)"
         r"|\s+(?:(?:earlier|early|late)\s+)?(?:this|last|past)\s+(?:week|month)|\s+(?:yesterday|today|recently))?")   # ("was in Beijing this week for a state visit")

BETWEEN = rule(
    "meeting.between",
    r"""(?:\b(?:talks|meeting|meetings(?<!\b(?:regular|frequent|annual|numerous|several|many|multiple|periodic|repeated|such)\s+(?:[\w-]+\s+)?meetings)   # (not "the regular face-to-face meetings between X and Y": a habit)
             |negotiations|discussions?|phone\s+call|telephone\s+conversation)|(?<=\b(?i:the)\s)meet(?=\s+(?:of|between)\b))   # ("the meet of X and Y")
        (?:(?:(?:\s+(?!between\b)[\w-]+){0,5}?\s+(?:(?:was|were)\s+)?held
              (?:\s+(?:in|at|via|by|through|online)(?:\s+(?!between\b)[\w’'-]+){0,3}?)?      # "held in Shanghai", "held via videoconference"
           |(?:\s+(?!between\b)[\w-]+){0,5}?\s+took\s+place|\s+unfolded|\s+occurred   # ("talks on this topic took place between")
           |(?:\s+on\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?
            (?:\s+(?:in|at)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?""" + _PLACE + r""")?)\s+between\b   # "talks were held between", "a meeting in Beijing between", "talks on Feb. 9 between",
                                                                                     # "a meeting on February 19 in the Chinese city of Urumqi between"
           |\s+of(?=(?-i:\s+(?:the\s+)?(?:[a-z]+\s+){0,12}?[«"“]?[A-Z])))   # "a meeting of (first deputy chairman) Aidar Saparov ... and Y" (kept where a name follows; a body's quoted name: "of «Kazakhmys» X")
    """,
    "talks / a meeting between X and Y",
)
WITH_NOUN = rule(
    "meeting.during_meeting_with",
    rf"""(?:\b(?:(?:during|at|in|after|following|began\s+with|begins\s+with|started\s+with|opened\s+with
           |(?=for\s+(?:[\w-]+\s+){{0,2}}?(?:talks|meetings?|negotiations)\b)   # (tried first: most "for"s are no talks')
            (?<=\b(?:lands?|landed|landing|arriv(?:e|es|ed|ing)|travell?(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|c[oa]me|comes|went|goes|stop(?:s|ped|ping)?|head(?:s|ed|ing)?)\b[^.;]{{0,60}}?\s)for   # "he'll land in the capital, P, for talks with Y"
           |(?:was|were)(?=\s+(?:the|his|her)\s+meeting)
           |(?:told|addressed|held|gave)(?=\s+(?:a|the)\s+joint\s+(?:press|news)\s+conference\s+with\b))   # "X told a joint news conference with Y"
           (?:\s+(?:a|an|the|their|his|her|its))?
           |(?:results?|outcomes?|sidelines)\s+of(?:\s+(?:a|an|the|their|his|her))?)\s+{_Q}   # ("on the sidelines of a meeting with Y")
           |(?<=(?:^|[.!?]["”’]?|\n)\s*)(?:The\s+)?(?=[A-Z])   # opening its sentence: "Talks with Y highlighted"
           |(?=(?:meetings?|talks|negotiations)\s+(?:was|were)\s+held\s+with\b)   # "(a) meeting was held with Y"
           |(?=(?:meetings?|talks|negotiations)\s+(?:that\s+)?(?:he|she)\s+(?:had|held)\s+with\b))   # "X recalled the talks he had with Y"
        (?P<noun>meetings?|talks|negotiations|conversation|briefing|(?:press|news)\s+conference
           |(?:tele)?phone\s+(?:call|conversation|talks)|video\s+(?:call|conference|link)|videoconference
           |(?<=\b(?:a|the|their|his|her)\s)call(?=\s+(?:with|to)\b))
        (?:(?:\s+(?:held|conducted)|\s+(?P<passive>was|were)\s+held|\s+(?:that\s+)?(?:he|she)\s+(?:had|held))?(?:\s+in\s+(?-i:[A-Z])[\w’'-]+)?
           (?:\s+on\s+(?:(?-i:[A-Z])[a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?-i:[A-Z])[a-z]{{2,8}}|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))
              |\s+(?:yesterday|today))?\s+with\b   # ("a meeting in Beijing with Y", "a meeting on July 3 (on Monday) with Y")
           |(?<=call)\s+to\b(?=\s+(?:[\w’'-]+\s+){{0,6}}?(?-i:[A-Z])))   # in a call to Kazakhstan's foreign minister Y
    """,
    "said X during a March 27 meeting with Y; X praised the results of the talks with Y; Talks with Y showed",
)
POSSESSIVE_MEETING = rule(
    "meeting.possessive",
    r"""(?:[’']s|\bhis|\bher|\bmy|\bour)\s+(?:[\w-]+\s+){0,3}?(?P<noun>meetings?|talks|negotiations)\s+with\b""",
    "following X's meeting with Y on March 14; his meeting with Y on Dec 14; \"I recall our meeting with Y\", X said",
)
PARTICIPLE = rule(
    "meeting.participle",
    r"""(?:^|(?<=[\n.!?»”"]\s*))(?:(?:While\s+|When\s+)?(?:Meeting|Receiving|Greeting|Welcoming|Hosting|Holding\s+(?:talks|a\s+meeting))(?:\s+with)?
        |After\s+(?:meeting|speaking\s+with|talking\s+with|holding\s+talks\s+with)
        |(?:On|In|Last|Earlier|Later)\s[^,.;\n]{1,40},\s+(?:while|when)\s+(?:meeting|receiving|greeting|welcoming|hosting|holding\s+(?:talks|a\s+meeting))(?:\s+with)?)\b""",
    "Meeting Y in June at Akorda, X said; Holding talks with Y, X noted; After speaking with Y in P, X flew on; "
    "On Wednesday, when meeting with Y, X said",
)
SHOWN = rule(
    "meeting.shown",
    r"""(?<=\b(?-i:[A-Z])[\w’'-]+)(?<!\b(?-i:The|This|That|Their|His|Her|Its|An?))\s+(?:meeting|holding\s+talks|shaking\s+hands?)\s+with\b
        |(?<=\b(?-i:[A-Z])[\w’'-]+),\s+(?:speaking|talking)\s+(?:to|with)\b(?=\s+(?-i:[A-Z]))
        |(?<=\b(?-i:[A-Z])[\w’'-]+)\s+\((?:left|right|l|r|centre|center)\)\s+with\b   # a caption: "X (left) with Y at a meeting in 2023"
         (?=[^.;]{0,150}?\b(?:at|during)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b)""",
    "(photo shows) X meeting with Y in Bishkek, June 13, 2019: a caption's meeting; X, speaking to Y, said; "
    "X (left) with Y at a meeting in 2023",
)
JOINED_BY = rule(
    "meeting.joined_by",
    r"""\b(?:meeting|summit|talks)\s+(?:is|was|were|has\s+been)\s+joined\s+by\b
        |\b(?:forum|meeting|talks|session|dialogue)\b[^.;]{0,120}?\bwith\s+the\s+participation\s+of\b
        |\b(?:event|meeting|talks|forum|session|dialogue|ceremony)\b[^.;]{0,60}?\bbrought\s+together\b""",
    "the meeting is joined by X, Y and Z; the forum took place with the participation of X and Y; "
    "the event brought together X and Y",
)
SIDES_AT = rule(
    "meeting.sides_at",
    r"""(?:^|(?<=[\n.!?»”"]\s*)|(?<=(?:(?-i:[A-Z]{2,})|\((?-i:[A-Z])[\w ]{1,30}\))\s*[-–—]{1,2}\s*))   # (after a dateline: "KAZINFORM - At the", "(Xinhua) -- During")
        (?:(?:During|Within|At|In\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<noun>meeting|talks|negotiations)
           |(?:During|At|In)\s+(?P<noun>talks|negotiations))
        (?:\s+(?:on|in|at)\s+(?:the\s+)?(?-i:[A-Z0-9])[\w.’'-]*(?:\s+(?:(?:on|in)\s+)?(?-i:[A-Z0-9])[\w.’'-]*){0,3})?\s*,""",
    "During the talks, X and Y discussed ...: the parties named next; At the meeting on Thursday, X thanked Y; "
    "In talks in Astana on Monday, X told Y",
)
CALL = rule(
    "call.phone",
    r"""\b(?:(?:had|have|has|held|holds|hold|has\s+had|has\s+held|conducted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:telephone|phone)\s+(?:conversations?|calls?|talks?)
        (?:\s+(?:respectively|separately))?                      # "held phone conversations respectively with A and B"
        |(?:spoke|speaks|talked|talks)\s+(?:by|over\s+the|on\s+the|via(?:\s+a)?)\s+(?:tele)?phone(?:\s+call)?   # ("talked via phone call with Y")
        |(?:spoke|speaks|talked)\s+(?=(?:with|to)\b[^.;]{0,80}?\b(?:by|over\s+the|on\s+the|via(?:\s+a)?)\s+(?:tele)?phone\b)
        |received\s+a\s+(?:(?:tele)?phone\s+)?call\s+from               # "X received a phone call from Y"
        |phoned|called(?!\s+(?:on|upon|for)\b)
           (?!\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}\s+(?:a|an|the|his|her|their|one|["“‘]))  # ("called Hu a great friend": naming)
           (?!\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:a|an|["“‘]))  # ("called the Kazakh leader "a brand ambassador"": naming)
        )\b(?:\s+with)?""",
    "X had a telephone conversation with Y; X and Y have a phone call; X spoke (with Y) by phone; X received a call from Y",
)
VIDEO = rule(
    "meeting.video",
    r"""\b(?:(?:held|holds|had)\s+(?:a\s+)?|(?:spoke|speaks|talked|met|meets)\s+(?:via|by|over|through)\s+(?:a\s+)?)
        (?:video\s*(?:call|conference|link)|videoconference)\s+with\b""",
    "X held a video call with Y; X spoke via videoconference with Y",
)
PAID_VISIT = rule(
    "visit.paid",
    r"""\b(?:paid|pays|pay|paying|made|makes|make|making|undert(?:ook|akes?|aking|aken)|(?:is|was|were)\s+(?:currently\s+|now\s+|still\s+)?on
        |(?:is|was|has\s+been|had\s+been)\s+(?:in\s+""" + _PLACE + _WHEN + r"""\s+)?on(?=\s+(?:a|an|his|her|their|the)\s)   # "has been in China on an official visit since Aug. 30"
        |(?:left|departed)(?:\s+for\s+""" + _PLACE + r""")?""" + _WHEN + r"""\s+on(?=\s+(?:a|an|his|her|their)\s)   # "left on 23 November on an official visit to China"
        |(?:left|departed)\s+""" + _PLACE + _WHEN + r"""\s+for(?=\s+(?:a|an|his|her|their)\s)   # "left Beijing on Tuesday for a state visit to Kazakhstan"
        |(?:is|was|has\s+been|had\s+been)\s+in\s+""" + _PLACE + _WHEN + r"""\s+for(?=\s+(?:a|an|his|her|their)\s)   # "is in Beijing for an official visit", "was in Astana on May 14 for an official visit"
        |arrived\s+(?:[\w,’'-]+\s+){0,10}?(?:on|for)|(?:(?:have|has|had)\s+(?:come|gone)|came|went)\s+to\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?(?:,[^,.;]{1,60},)?\s+on|began|begins|begin|beginning|started|starts|kick(?:s|ed|ing)?\s+off|embark(?:s|ed|ing)?\s+on
        |(?:led|leads|headed|heads)\s+a\s+delegation(?:\s+of(?:\s+[\w-]+|\s+[–—-]){1,6}?)?\s+on   # ("headed a delegation of Kazakh experts - political scientists on a trip")
        |arrive\s+(?:[\w,’'-]+\s+){0,10}?on
        |head(?:s|ed|ing)?\s+(?:for|on)(?=\s+(?:a|an|his|her)\s)   # "X prepares to head for a state visit to P"
        |(?:said|says|stressed|noted|announced|told\s+(?:reporters|journalists))\s+on(?=\s+(?:a|an|his|her)\s)   # "X said on a visit to China on Wednesday"
        |wrap(?:s|ped|ping)?\s+up|conclude[sd]?|concluding|complete[sd]?
        |(?:held|holds)(?=\s+(?:a|an|his|her)\s+(?:(?:state|official|working|[\w-]+-day)\s+){0,2}visit\b))\s+(?:(?:a|an|his|her|their|the|another)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|journey|(?<=\b(?:began|begins|started|starts|embarked\s+on|embarks\s+on)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3})tour(?=,?\s+(?:of\s+(?:the\s+)?(?-i:[A-Z])|(?:to|which|that|including|taking)\b)|,\s+\w+day\b|\s+(?:today|on)\b))
        |(?:state|official|working)\s+(?:[\w-]+\s+)?visit   # (no article: "began official visit to Kazakhstan")
        |(?:official\s+|state\s+|working\s+)?(?:visits|trips)(?=\s+to\b)(?<=\b(?:pay|paid|pays|paying|make|made|makes|making|undertook|undertake|undertakes)\s+(?:official\s+|state\s+|working\s+)?(?:visits|trips)))\b""",
    "X paid a state visit to P; X arrived in P on a state visit; X will pay state visits to P and Q",
)
# what follows "visited" when it names a place: "visited the energy-rich Central Asian state",
# "when Xi visited the country last year" (not "the exhibition", a record only where two
# parties of the two countries visit it together)
# (or a few words and "in" a place: "visited many universities in Kazakhstan")
_PLACE_NAMED = (r"""\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?-i:[A-Z])|\s+the\s+(?:country|republic)\b"""
                r"""|\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}?in\s+(?-i:[A-Z])""")
PLACE_NAMED = regex.compile(_PLACE_NAMED, regex.I | regex.V1)
VISITED = rule(
    "visit.visited",
    r"""\b(?:visited|(?<!\b(?:following|after|before|during|of|several|many|frequent|regular|mutual|reciprocal|the|these|those|such)\s)visits
        |visiting|toured|tours|(?:arrived|arrives|arriving|landed|lands|landing|stopped|stops|stopping)\s+(?:(?:today|yesterday|here|over|briefly)\s+)?in|
        (?:upon|on)\s+(?:(?:his|her|their)\s+)?arrival\s+in|   # "X made the remarks in a written statement upon his arrival in Astana"
        travell?ed\s+to|flew\s+to
        |(?:attended|(?<=\b(?:will|would|to|shall)\s+)attend)\s+the\s+(?:[\w’'+()-]+\s+){0,8}?(?:summit|forum|session|meeting)
         (?:\s+of\s+(?:[\w’'+()-]+\s+){0,6}?[\w’'+()-]+)?(?=\s+in\s)   # "will attend the second China-Central Asia Summit in Astana", "the meeting of the SCO heads of government in Astana"
        |(?:led|leads|lead|leading|headed|heads|head|heading)\s+(?:a|the|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)(?:\s+of(?:\s+[\w-]+){1,3}?)?\s+to
         (?:\s+(?:visit|(?:conduct|pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to))?(?=\s+(?:(?:two|three|four|five|six)\s+)?(?-i:[A-Z][a-z]))   # "led a delegation to Hubei" (not "to the summit"), "to visit Hubei", "led a delegation of senior management to visit three Central Asian countries"
        |(?:will|would|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|going)(?:\s+(?:today|tomorrow))?\s+to|plans?\s+to|planning\s+to
           |accept(?:ed|s)\s+(?:(?:the|an)\s+|[\w.-]+(?:\s+[\w.-]+){0,5}?[’']s\s+)invitation\s+to   # "accepted Y's invitation to visit"
           |chose\s+to|went\s+on\s+to)   # a past that tells the visit was made: "In 2022, X chose to visit P"
         \s+(?:also\s+|then\s+|first\s+|later\s+)?(?:visit|(?:arrive|stop)\s+(?:over\s+|briefly\s+)?in))\b
        (?=""" + _PLACE_NAMED + r"""|(?<=\b(?:visited|toured))\s+the\s+(?-i:[a-z]))   # "X and Y visited the exhibition"
    """,
    "X visited Kazakhstan; X arrived in Astana; X travelled to Kazakhstan; X led a delegation to Hubei; X led a delegation to visit Hubei; X will visit Hangzhou on Thursday; X and Y visited the exhibition",
)

VISIT_OF = rule(
    "visit.of",
    # (not "accompanied on the trip by X": the companions, not the traveller)
    r"""(?<!\baccompanied\s+(?:on|during)\s+(?:the|this|his|her)\s+)\b(?:visit|visits|trip)""" + _TO_PLACE + r"""\s+(?:of|by)\b""",
    "the (state) visit of X (to P); the official visit to Kazakhstan of X (not 'accompanied on the trip by X')",
)
VISIT_POSSESSIVE = rule(
    "visit.possessive",
    # (not a time's: "last year's visit of X" is X's, told by "visit of")
    r"""(?:(?<!(?i:day|today|yesterday|tomorrow|week|weekend|month|year))[’']s|\bmy|\bhis|\bher)\s+(?:(?:(?!to\b)[\w-]+\s+){0,2}?|(?:(?!to\b)(?![\w-]*\d)[\w-]+\s+){3}
        |(?:(?!to\b)[a-z][\w-]*\s+){1,2}(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:[-–]\d{1,2})?\s+)   # "Xi's high-profile September 14 visit"
        (?:visit|trip|journey|tour|stopover)\b(?!\s+by\b|\s+of\s+(?!(?-i:[A-Z])))""",
    "X's visit to P; X's stopover in P; during my State visit to China; X's three-country journey will start in P on Sunday; "
    "his tour of Central Asia (not X's invitation to visit)",
)
VISIT_DURING = rule(
    "visit.during",
    r"""\bduring\s+(?:an?|the)\s+(?:[\w.,-]+\s+){0,4}?visit\b(?!""" + _TO_PLACE + r"""\s+(?:of|by)\b)""",
    "X and Y signed ... during a September 14 visit: the visit of the subject",
)

JOINT = rule(
    "meeting.joint",
    r"""\b(?:(?:were|was)\s+discussed\s+by|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:signed|witnessed|overseen)\s+by
        |(?<=,\s)(?:signed|witnessed)\s+by|(?:co-chaired|jointly\s+chaired|chaired)\s+by|under\s+the\s+(?:co-?)?chairmanship\s+of|discussed|reviewed|reaffirmed|debated|exchanged\s+views|looked\s+into|explored|examined|co-chaired|co-chair|co-chairs
        |(?P<presence>attended|took\s+part\s+in|witnessed|inspected|surveyed|joined(?=\s+(?:a|an|the)\s)
           |(?<!\b(?:will|would|shall|to|and|also|then)\s)attend(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|ceremony|forum|summit)\b))   # a caption's "X and Y attend the meeting"
        |jointly\s+chaired|convened|co-hosted|(?<!\b(?:was|were|been|be|being)\s+)(?:signed|inked)
        |(?P<accord>(?:agreed|pledged|vowed)(?=\s+(?:to|on|that)\b)   # two named together: "X and his counterpart Y agreed to"
           |came\s+to\s+an\s+agreement|reached\s+(?:an?\s+)?(?:agreement|consensus|understanding)   # ("X and Y came to an agreement")
           |announced\s+(?:their|a|the)\s+(?:joint\s+)?(?:intent|intention|decision)\s+to)   # ("X and Y announced their intent to elevate ties")
        |(?:shook|shake|shakes|shaking)\s+hands(?!\s+with\b)   # a caption's "X and Y shake hands"
        |(?:pose|poses|posed|posing)\s+for\s+(?:a|the)\s+(?:group|family|joint|official)\s+(?:photo|photograph|picture))\b(?:\s+with\b)?   # a caption's "X, Y and Z pose for a group photo"
        """,
    "X and Y discussed / reviewed / looked into / co-chaired / signed / agreed to / came to an agreement / shake hands / pose for a group photo ...: two parties of two countries, one meeting; "
    "the document was signed by X and Y; the memorandum, signed by X and Y, ...; the signing was witnessed / overseen by X and Y; "
    "chaired by X and Y, under the chairmanship of X and Y; X and Y attended / witnessed ...: a Kazakh and a Chinese there together",
)
TOLD_VISITING = rule(
    "meeting.told_visiting",
    r"""\b(?:(?:said|told|stressed|noted|emphasized|emphasised|assured)\s+(?:to\s+)?(?:the\s+)?visiting
        |(?:told|assured)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterpart
        |(?:told|assured|informed)\s+(?-i:[A-Z])[^.;:"“”]{0,80}?\b(?:in|during|at)\s+(?:a|the|their)\s+
            (?:(?:tele)?phone\s+(?:call|conversation|talks)|meeting|talks))\b""",
    "Y said to the visiting Kazakh president; X told his Kazakh counterpart; X told Y in a phone call: they met",
)
THEIR_MEETING = rule(
    "meeting.their",
    r"""\b(?:(?:during|after|at|following|in)\s+their\s+(?:[\w-]+\s+){0,2}?
        |(?:during|after|following)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?)  # ("during an Oct. 17 meeting")
        (?P<noun>meeting|talks|negotiations|phone\s+call|telephone\s+conversation)\b(?!\s+(?:with|of|between|by)\b
        |(?:\s+(?!between\b)[\w.,-]+){1,5}?\s+between\b|(?:\s+(?!between\b)[\w.,-]+){6,10}?\s+between\s+(?-i:[A-Z]))   # ("during talks held via videoconference between X and Y", "talks on Feb. 9 between")""",
    "X and Y signed ... after their talks in Astana; X and Y held a press conference following talks",
)
JOINT_POSSESSIVE = rule(
    "meeting.joint_possessive",
    r"""(?<!(?i:day|today|yesterday|tomorrow|week|month|year))   # ("Monday's meeting between X and Y": a day's)
        [’']s\s+(?:[\w-]+\s+){0,2}?(?P<noun>meeting|talks|negotiations)\b(?!\s+(?:with|between)\b)""",
    "X and Y's talks in September",
)

TRIGGERS: tuple[Rule, ...] = (
    MET, HELD_MEETING, HELD_TALKS, RECEIVED, WELCOMED, RECEIVED_BY, HOSTED, BETWEEN, WITH_NOUN,
    POSSESSIVE_MEETING, PARTICIPLE, SHOWN, JOINED_BY, SIDES_AT, CALL, VIDEO, PAID_VISIT, VISITED, VISIT_OF, VISIT_POSSESSIVE,
    VISIT_DURING, JOINT, TOLD_VISITING, JOINT_POSSESSIVE, THEIR_MEETING,
)

KIND = {
    "meeting.held_talks": MeetingKind.TALKS, "call.phone": MeetingKind.CALL,
    "visit.paid": MeetingKind.VISIT, "visit.visited": MeetingKind.VISIT,
    "visit.of": MeetingKind.VISIT, "visit.possessive": MeetingKind.VISIT, "visit.during": MeetingKind.VISIT,
}
VISITS = {"visit.paid", "visit.visited", "visit.of", "visit.possessive", "visit.during"}
NOMINAL = {"visit.of", "visit.possessive", "visit.during"}
