"""Meeting triggers: the phrases that report a meeting, talks, a visit or a call.

Each rule is an id, a pattern and a description ("X held talks with Y"); ``TRIGGER_WORDS`` names
the words every match of a rule holds, so a sentence without them is not searched;
``find_triggers`` returns a sentence's matches, the first and longest where they overlap. The
cue words around meetings (past, future, speech, places) are read here too, from data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from .regex_cache import re_compiled
from .gazetteer import places, titles
from .names import grouped_alternation
from .records import MeetingKind
from .rules import MATCH_TIMEOUT, Rule, alternation, rule
from .scan import trie

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
    )


# --- triggers ---------------------------------------------------------------------------------

_Q = r"(?:[\w.’'-]+\s+){0,3}?"  # a few words between ("a meeting", "a bilateral meeting")

MET = rule(
    "meeting.met",
    r"""\b(?:has\s+|have\s+|had\s+)?(?:met|meets|meet|(?:were|was|are|is|be|been|while|when|by|after)\s+meeting|(?<=,[ \t]{1,2})meeting|(?:talked|spoke|speaks)\s+with(?![^.;]{0,80}?\b(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone)|sat\s+down\s+with|conferred\s+with|(?:shook|shakes?|shaking)\s+hands?\s+with|(?:had|have|has|having)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast)\s+with|dined\s+with|paid\s+a\s+(?:courtesy|farewell|protocol)\s+(?:call|visit)\s+(?:on|to)
    |called\s+on(?![^.;]{0,160}?\bto\s+[a-z])
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
           |(?<=\bmeeting)(?=\s+(?:on|in|at|during|yesterday|today)\b|\s*[,.;]))  # "X and Y held a meeting in Beijing" (two subjects) """,
    "X held a meeting (of the Cooperation Committee) with Y; X held meetings May 18 with Y; X and Y held a meeting",
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
    r"""\b(?:welcomed|welcomes|greeted|greets|briefed)\b(?!\s+(?:by|at)\b)""",
    "X welcomed Y (the person right after the verb); X briefed Y on the project",
)
RECEIVED_BY = rule(
    "meeting.received_by",
    r"""\b(?:was|were|is|are|has\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?(?:received|welcomed|greeted|met|joined)
        (?:\s+(?:at|in|on|upon)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?){0,3}\s+by\b   # "was met at the airport by", "on the airport tarmac by", "on arrival in Astana on Monday by"
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

BETWEEN = rule(
    "meeting.between",
    r"""(?:\b(?:talks|meeting|meetings(?<!\b(?:regular|frequent|annual|numerous|several|many|multiple|periodic|repeated|such)\s+(?:[\w-]+\s+)?meetings)   # (not "the regular face-to-face meetings between X and Y": a habit)
             |negotiations|phone\s+call|telephone\s+conversation)|(?<=\b(?i:the)\s)meet(?=\s+(?:of|between)\b))   # ("the meet of X and Y")
        (?:(?:(?:\s+(?!between\b)[\w-]+){0,5}?\s+(?:(?:was|were)\s+)?held
              (?:\s+(?:in|at|via|by|through|online)(?:\s+(?!between\b)[\w’'-]+){0,3}?)?      # "held in Shanghai", "held via videoconference"
           |\s+took\s+place|\s+unfolded|\s+occurred
           |(?:\s+on\s+(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?
            (?:\s+(?:in|at)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?""" + _PLACE + r""")?)\s+between\b   # "talks were held between", "a meeting in Beijing between", "talks on Feb. 9 between",
                                                                                     # "a meeting on February 19 in the Chinese city of Urumqi between"
           |\s+of(?=(?-i:\s+(?:the\s+)?(?:[a-z]+\s+){0,12}?[A-Z])))   # "a meeting of (first deputy chairman) Aidar Saparov ... and Y" (kept where a name follows)
    """,
    "talks / a meeting between X and Y",
)
WITH_NOUN = rule(
    "meeting.during_meeting_with",
    rf"""(?:\b(?:(?:during|at|in|after|following|began\s+with|begins\s+with|started\s+with|opened\s+with
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
        |(?:spoke|speaks|talked|talks)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone
        |(?:spoke|speaks|talked)\s+(?=with\b[^.;]{0,80}?\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b)
        |received\s+a\s+(?:(?:tele)?phone\s+)?call\s+from               # "X received a phone call from Y"
        |phoned|called(?!\s+(?:on|upon|for)\b))\b(?:\s+with)?""",
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
    r"""\b(?:paid|pays|pay|paying|made|makes|make|making|(?:is|was|were)\s+(?:currently\s+|now\s+|still\s+)?on
        |(?:is|was|has\s+been|had\s+been)\s+(?:in\s+""" + _PLACE + r"""\s+)?on(?=\s+(?:a|an|his|her|their|the)\s)   # "has been in China on an official visit since Aug. 30"
        |(?:is|was|has\s+been|had\s+been)\s+in\s+""" + _PLACE + r"""\s+for(?=\s+(?:a|an|his|her|their)\s)   # "is in Beijing for an official visit"
        |arrived\s+(?:[\w,’'-]+\s+){0,10}?(?:on|for)|(?:came|went)\s+to\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+on|began|begins|begin|beginning|started|starts|kick(?:s|ed|ing)?\s+off|embark(?:s|ed|ing)?\s+on
        |(?:led|leads|headed|heads)\s+a\s+delegation(?:\s+of(?:\s+[\w-]+){1,4}?)?\s+on   # ("headed a delegation of Kazakh experts on a trip")
        |arrive\s+(?:[\w,’'-]+\s+){0,10}?on
        |head(?:s|ed|ing)?\s+(?:for|on)(?=\s+(?:a|an|his|her)\s)   # "X prepares to head for a state visit to P"
        |(?:said|says|stressed|noted|announced|told\s+(?:reporters|journalists))\s+on(?=\s+(?:a|an|his|her)\s)   # "X said on a visit to China on Wednesday"
        |wrap(?:s|ped|ping)?\s+up|conclude[sd]?|concluding|complete[sd]?
        |(?:held|holds)(?=\s+(?:a|an|his|her)\s+(?:(?:state|official|working|[\w-]+-day)\s+){0,2}visit\b))\s+(?:(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)
        |(?:official\s+|state\s+|working\s+)?(?:visits|trips)(?=\s+to\b)(?<=\b(?:pay|paid|pays|paying|make|made|makes|making)\s+(?:official\s+|state\s+|working\s+)?(?:visits|trips)))\b""",
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
        |visiting|toured|tours|(?:arrived|arrives|arriving)\s+(?:(?:today|yesterday|here)\s+)?in|travell?ed\s+to|flew\s+to
        |(?:led|leads|lead|leading|headed|heads|head|heading)\s+(?:a|the|an|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\s+to
         (?:\s+(?:visit|(?:conduct|pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to))?(?=\s+(?-i:[A-Z][a-z]))   # "led a delegation to Hubei" (not "to the summit"), "to visit Hubei"
        |(?:will|would|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|going)(?:\s+(?:today|tomorrow))?\s+to|plans?\s+to|planning\s+to
           |accept(?:ed|s)\s+(?:(?:the|an)\s+|[\w.-]+(?:\s+[\w.-]+){0,5}?[’']s\s+)invitation\s+to   # "accepted Y's invitation to visit"
           |chose\s+to|went\s+on\s+to)   # a past that tells the visit was made: "In 2022, X chose to visit P"
         \s+(?:also\s+|then\s+|first\s+|later\s+)?visit)\b
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
    r"""(?:[’']s|\bmy|\bhis|\bher)\s+(?:(?:(?!to\b)[\w-]+\s+){0,2}?|(?:(?!to\b)(?![\w-]*\d)[\w-]+\s+){3})(?:visit|trip|journey|tour|stopover)\b(?!\s+by\b|\s+of\s+(?!(?-i:[A-Z])))""",
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
    r"""\b(?:(?:were|was)\s+discussed\s+by|(?:co-chaired|jointly\s+chaired)\s+by|discussed|reviewed|reaffirmed|debated|exchanged\s+views|looked\s+into|explored|examined|co-chaired|co-chair|co-chairs
        |(?P<presence>attended|took\s+part\s+in|witnessed|joined(?=\s+(?:a|an|the)\s)
           |(?<!\b(?:will|would|shall|to|and|also|then)\s)attend(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|ceremony|forum|summit)\b))   # a caption's "X and Y attend the meeting"
        |jointly\s+chaired|convened|co-hosted|(?<!\b(?:was|were|been|be|being)\s+)(?:signed|inked))\b(?:\s+with\b)?""",
    "X and Y discussed / reviewed / looked into / co-chaired / signed ...: two parties of two countries, one meeting; X and Y attended / witnessed ...: a Kazakh and a Chinese there together",
)
TOLD_VISITING = rule(
    "meeting.told_visiting",
    r"""\b(?:(?:said|told|stressed|noted|emphasized|emphasised|assured)\s+(?:to\s+)?(?:the\s+)?visiting
        |(?:told|assured)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterpart)\b""",
    "Y said to the visiting Kazakh president; X told his Kazakh counterpart: they met",
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

# words every match of a trigger holds, lower case (the words its alternatives cannot do
# without: "met" or "meet" in every form of "meet", "with" after the nouns of "during the
# meeting with"): a sentence holding none of a trigger's words is not searched for it.
# Sound on lower-cased text that holds no character folding to ASCII letters (``Prepared``);
# tests/test_meetings.py checks that the filter drops no match.
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    MET.id: ("met", "meet", "sat", "conferred", "courtesy", "talked", "spoke", "speaks", "called", "farewell", "protocol", "credentials",
             "hands", "hand", "dinner", "lunch", "breakfast", "dined"),
    HELD_MEETING.id: ("meeting", "conference", "consultations", "dialogue"),
    HELD_TALKS.id: ("talks", "negotiations", "discussions", "negotiated", "conversation"),
    RECEIVED.id: ("receiv",),
    WELCOMED.id: ("welcome", "greet", "briefed"),
    RECEIVED_BY.id: ("received", "welcomed", "greeted", "met", "joined"),
    HOSTED.id: ("host", "ceremony", "banquet", "dinner", "luncheon"),
    BETWEEN.id: ("between", " of"),  # "talks between", "a meeting of X and Y"
    WITH_NOUN.id: ("with", "call to"),
    POSSESSIVE_MEETING.id: ("with",),
    PARTICIPLE.id: ("meeting", "receiving", "greeting", "welcoming", "hosting", "holding", "speaking", "talking"),
    SHOWN.id: ("meeting", "holding", "shaking", "speaking", "talking", "(left)", "(right)", "(l)", "(r)", "(centre)",
               "(center)"),
    JOINED_BY.id: ("joined", "participation", "brought"),
    SIDES_AT.id: ("meeting", "talks", "negotiations"),
    CALL.id: ("phone", "called", "spoke", "speaks", "talked", "call"),
    VIDEO.id: ("video",),
    PAID_VISIT.id: ("visit", "trip"),
    VISITED.id: ("visit", "arriv", "travel", "flew", "toured", "tours", "delegation"),
    VISIT_OF.id: ("visit", "trip"),
    VISIT_POSSESSIVE.id: ("visit", "trip", "journey", "tour", "stopover"),
    VISIT_DURING.id: ("visit",),
    JOINT.id: ("discussed", "reviewed", "reaffirmed", "debated", "exchanged", "chair", "signed", "inked", "convened",
                 "co-hosted", "looked", "explored", "examined", "attend", "took part", "witnessed", "joined"),
    TOLD_VISITING.id: ("visiting", "counterpart"),
    JOINT_POSSESSIVE.id: ("meeting", "talks", "negotiations"),
    THEIR_MEETING.id: ("meeting", "talks", "negotiations", "call", "conversation"),
}
# words one of which every match of a rule holds as well as one of its ``TRIGGER_WORDS``: the
# noun of "during the meeting with", "talks between" ("with" and " of" stand in most sentences)
ALSO_WORDS: dict[str, tuple[str, ...]] = {
    WITH_NOUN.id: ("meeting", "talks", "negotiations", "conversation", "briefing", "conference", "phone",
                   "video", "call"),
    BETWEEN.id: ("talks", "meeting", "negotiations", "phone", "meet"),
}
# the words a match of a rule may begin with, lower case, as prefixes ("receiv": "received",
# "receives"), and whether it begins a word (``\b``, or after a sentence's end: not after an
# ASCII letter, digit or "_"); a rule is tried only where one stands, one ``match`` a place, not
# at every position of the sentence. Sound on lower-cased text as TRIGGER_WORDS;
# tests/test_fast_triggers.py compares with the plain scan. (Not "meeting.shown": it begins
# with the white space before its noun.)
_VERBS_BE = ("is", "are", "was", "were")
OPENING_WORDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    MET.id: (True, ("has", "have", "had", "met", "meet", *_VERBS_BE, "be", "while", "when", "by", "after", "meeting", "talked", "spoke",
                    "speaks", "sat", "conferred", "paid", "called", "presented", "received", "shook", "shak", "having", "dined")),
    HELD_MEETING.id: (True, ("held", "hold", "had", "has", "conducted", "co-chaired", "chaired", "attends", "separate",
                             "individual", "bilateral", "meetings")),
    HELD_TALKS.id: (True, ("held", "hold", "had", "have", "has", "conducted", "engag", "negotiated")),
    RECEIVED.id: (True, ("receiv",)),
    WELCOMED.id: (True, ("welcome", "greet", "briefed")),
    RECEIVED_BY.id: (True, (*_VERBS_BE, "has", "have", "being")),
    HOSTED.id: (True, ("host", "held", "hold", "gave", "give")),
    BETWEEN.id: (True, ("talks", "meeting", "negotiations", "phone", "telephone", "meet")),
    WITH_NOUN.id: (True, ("meeting", "talks", "negotiations", "during", "at", "in", "after", "following", "began", "begins", "started", "opened", "was", "sidelines",
                          "were", "result", "outcome", "the", "meeting", "talks", "negotiations", "conversation",
                          "briefing", "press", "news", "telephone", "phone", "video", "told", "addressed", "held", "gave")),
    POSSESSIVE_MEETING.id: (False, ("’", "'", "his", "her", "my", "our")),
    PARTICIPLE.id: (True, ("while", "when", "meeting", "receiving", "greeting", "welcoming", "hosting", "holding",
                           "after", "on", "in", "last", "earlier", "later")),
    JOINED_BY.id: (True, ("meeting", "summit", "talks", "forum", "session", "dialogue", "event", "ceremony")),
    SIDES_AT.id: (True, ("during", "within", "at", "in")),
    CALL.id: (True, ("had", "have", "held", "hold", "has", "conducted", "spoke", "speaks", "talked", "talks", "received",
                     "phoned", "called")),
    VIDEO.id: (True, ("held", "hold", "had", "spoke", "speaks", "talked", "met", "meets")),
    PAID_VISIT.id: (True, ("paid", "pay", "made", "mak", *_VERBS_BE, "has", "had", "held", "holds", "arrive", "came", "went", "said",
                           "says", "stressed", "noted", "announced", "told", "began", "begin", "start", "kick",
                           "embark", "led", "lead", "head", "wrap", "conclud", "complet")),
    VISITED.id: (True, ("visit", "arriv", "travel", "flew", "tour", "led", "lead", "head", "will", "would", "shall", *_VERBS_BE, "plan",
                        "accept", "chose", "went")),
    VISIT_OF.id: (True, ("visit", "trip")),
    VISIT_POSSESSIVE.id: (False, ("’", "'", "my", "his", "her")),
    VISIT_DURING.id: (True, ("during",)),
    JOINT.id: (True, (*_VERBS_BE[2:], "co-chair", "jointly", "discussed", "reviewed", "reaffirmed", "debated",
                      "exchanged", "convened", "co-host", "signed", "inked", "looked", "explored", "examined", "attend",
                      "took", "witnessed", "joined")),
    TOLD_VISITING.id: (True, ("said", "told", "stressed", "noted", "emphasi", "assured")),
    THEIR_MEETING.id: (True, ("during", "after", "at", "following", "in")),
    JOINT_POSSESSIVE.id: (False, ("’", "'")),
}
_TRIGGER_WORDS = tuple((r, TRIGGER_WORDS[r.id], ALSO_WORDS.get(r.id, ())) for r in TRIGGERS)


def opening_words(rule_id: str) -> tuple[list[str], bool]:
    """A rule's opening words as scanned, and whether they open it only at a word's start.
    (A non-overlapping scan: a word holding another's start past a letter is cut at its first
    character not a letter, "co-chair" at "co-", so that no start is passed over;
    tests/test_fast_triggers.py checks that no word then holds the start of another.)"""
    word, ws = OPENING_WORDS[rule_id]
    cut = sorted({next((w[:k + 1] for k, c in enumerate(w) if not c.isalpha()), w) for w in ws} if word else set(ws))
    return cut, word


@cache
def _opening_scan(rule_id: str) -> tuple[re.Pattern[str], bool]:
    """A rule's opening words as one pattern (``opening_words``)."""
    cut, word = opening_words(rule_id)
    return re_compiled(trie(cut)), word


def _openings(lower: str, rule_id: str) -> list[int]:
    """The positions of ``lower`` where a match of the rule may begin, in order."""
    scan, word = _opening_scan(rule_id)
    if not word:
        return [m.start() for m in scan.finditer(lower)]
    return [p for m in scan.finditer(lower) if not ((p := m.start()) and lower[p - 1] in _WORD_CHARS)]


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@cache
def _word_scan() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One scan for every trigger word: at each position the longest word that begins there
    (a lookahead, so hits overlap), and for each such word the rules of the words it begins
    with; the rules of a sentence are those of the words it holds, as ``w in lower`` says."""
    words = sorted({w for ws in TRIGGER_WORDS.values() for w in ws})
    rules_of = {w: frozenset(r for r, ws in TRIGGER_WORDS.items() if any(w.startswith(u) for u in ws))
                for w in words}
    return re_compiled(f"(?=({trie(words)}))"), rules_of

KIND = {
    "meeting.held_talks": MeetingKind.TALKS, "call.phone": MeetingKind.CALL,
    "visit.paid": MeetingKind.VISIT, "visit.visited": MeetingKind.VISIT,
    "visit.of": MeetingKind.VISIT, "visit.possessive": MeetingKind.VISIT, "visit.during": MeetingKind.VISIT,
}
VISITS = {"visit.paid", "visit.visited", "visit.of", "visit.possessive", "visit.during"}
NOMINAL = {"visit.of", "visit.possessive", "visit.during"}


def segments(found: list[tuple[Rule, regex.Match[str]]], sent: tuple[int, int]) -> list[tuple[int, int]]:
    """Each trigger's stretch of the sentence: up to its neighbours' triggers."""
    out = []
    for i, (_, m) in enumerate(found):
        a = found[i - 1][1].end() if i else sent[0]
        b = found[i + 1][1].start() if i + 1 < len(found) else sent[1]
        out.append((a, b))
    return out


def rules_with_words(lower: str) -> frozenset[str]:
    """Ids of the rules one of whose ``TRIGGER_WORDS`` ``lower`` holds."""
    scan, rules_of = _word_scan()
    return frozenset().union(*(rules_of[w] for w in set(scan.findall(lower))))


# the words after which "visiting" describes the person a verb or noun names next
_ADJECTIVE_VISITING = regex.compile(
    r"\b(?:with|and|met|meets|received|receives|welcomed|welcomes|hosted|hosts|greeted|by|between|to|for)\s+\Z",
    regex.I | regex.V1)


def find_triggers(text: str, sent: tuple[int, int], lower: str | None = None) -> list[tuple[Rule, regex.Match[str]]]:
    """The trigger matches of a sentence, the first and longest where they overlap. ``lower``:
    the sentence lower-cased, when that is safe to look for words in (see ``TRIGGER_WORDS``)."""
    hits: list[tuple[Rule, regex.Match[str]]] = []
    if lower is not None:
        present = rules_with_words(lower)
    for r, words, also in _TRIGGER_WORDS:
        if lower is not None and (r.id not in present or also and not any(w in lower for w in also)):
            continue  # no match of ``r`` can lie in this sentence
        if lower is not None and r.id in OPENING_WORDS:
            found = _opened(r, text, sent, _openings(lower, r.id))
        else:
            found = r.pattern.finditer(text, sent[0], sent[1], timeout=MATCH_TIMEOUT)
        for m in found:
            if r is PARTICIPLE:
                if m.group().strip()[0].islower():
                    continue
            if r is VISITED and _ADJECTIVE_VISITING.search(text, max(sent[0], m.start() - 12), m.start()) and \
                    m.group().lower() == "visiting":
                continue  # "held talks with visiting Minister Y": a word of the other party's, not a trigger
            hits.append((r, m))
    hits.sort(key=lambda h: (h[1].start(), -h[1].end(), h[0] is not PARTICIPLE))  # a fronted participle first
    kept: list[tuple[Rule, regex.Match[str]]] = []
    for r, m in hits:
        if kept and m.start() < kept[-1][1].end():
            continue  # "held a phone call with": the first, longest trigger wins
        kept.append((r, m))
    if len(kept) > 1:
        # "X and Y held talks and signed agreements", "signed during X's visit": signing tells a
        # meeting only where nothing else in the sentence does
        kept = [(r, m) for r, m in kept if not (r is JOINT and m.group().lower().startswith(("signed", "inked")))]
    return kept


def _opened(r: Rule, text: str, sent: tuple[int, int], starts: list[int]) -> list[regex.Match[str]]:
    """``r.pattern.finditer(text, *sent)``, tried at ``starts`` (offsets into the sentence) only."""
    out: list[regex.Match[str]] = []
    match, (a, b), pos = r.pattern.match, sent, sent[0]
    for p in starts:
        if a + p >= pos and (m := match(text, a + p, b, timeout=MATCH_TIMEOUT)) is not None:
            out.append(m)
            pos = m.end()
    return out
