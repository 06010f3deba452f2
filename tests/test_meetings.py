"""Meetings: sentence -> expected meeting rows, a negative table, date rules, the gazetteer and
`kzfacts meetings --person`.

Rows are written fresh in the language of news, not copied from the corpus. Expected values are
the compact ``str(Meeting)`` form: ``Meeting[kind date (participants) @ location]``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kzfacts
from kzfacts import gazetteer
from kzfacts.cli import app
from kzfacts.errors import DataFileError
from kzfacts.meeting_scan import TRIGGER_WORDS
from kzfacts.meeting_scan import find_triggers as _triggers
from kzfacts.meeting_triggers import TRIGGERS
from kzfacts.select import person_matches

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def meetings(text: str, published: str | None) -> list[str]:
    return [str(r) for r in kzfacts.extract(text, published=published) if r.type == "meeting"]


# (text, published date or None, expected compact meetings, rule id of the first)
POSITIVE = [
    # the head of a government named by its country within or after the office (blind rounds 221, 228)
    ("Officials discussed the agreements reached during the working visit of the head of the Government of the "
     "Republic of Kazakhstan to China in November 2024.", "2025-03-01", ["Meeting[visit 2024-11 (Bektenov) @ None]"], "visit.of"),
    ("Last December, the head of the Chinese government visited Kazakhstan.", "2025-03-01",
     ["Meeting[visit 2024-12 (Li Qiang) @ None]"], "visit.visited"),
    # a source's date closing a citation in brackets is not the visit's (blind round 228)
    ("Premier Li Qiang visited Kazakhstan, a key partner of Beijing in the region (Kazinform, Tengrinews, March 28).",
     None, ["Meeting[visit None (Li Qiang) @ None]"], "visit.visited"),
    # "have come to P (, an apposition,) on a state visit", the speaker's "I" too (blind rounds 225, 272: speeches)
    ('"I have come to Kazakhstan, China\'s great neighbour, on a state visit at the invitation of President Tokayev," '
     'Xi Jinping said.', "2024-07-03", ["Meeting[visit 2024-07-03 (Xi Jinping, Tokayev) @ None]"], "visit.paid"),
    ("Xi Jinping has come to Kazakhstan on a state visit at the invitation of President Tokayev.", "2024-07-03",
     ["Meeting[visit 2024-07-03 (Xi Jinping, Tokayev) @ None]"], "visit.paid"),
    # (blind rounds 269, 289) a quote of two sentences, its speaker named after an office
    ('"We are honoured to meet the delegation of the Chinese Federation of Disabled Persons led by Cheng Kai. I am sure '
     'the visit will help," President of the National Paralympic Committee Kairat Boranbayev said.', "2024-02-05",
     ["Meeting[meeting 2024-02-05 (Boranbayev, Cheng Kai) @ None]"], "meeting.met"),
    # (blind round 291) a count after the one met, then the places: one meeting a place; a count alone is a tally
    ("Last year, President Xi met with President Kassym-Jomart Tokayev twice in Xi'an and Beijing.", "2024-07-02",
     ["Meeting[meeting 2023 (Xi Jinping, Tokayev) @ Xi'an]", "Meeting[meeting 2023 (Xi Jinping, Tokayev) @ Beijing]"],
     "meeting.met"),
    # (blind round 289) "glad to meet" is a meeting under way, not a plan; its subject is the speaker or "he"
    ('"We are glad to meet Chinese Ambassador Zhang Xiao," Tokayev said.', "2024-02-05",
     ["Meeting[meeting 2024-02-05 (Tokayev, Zhang Xiao) @ None]"], "meeting.met"),
    ("Xi said he was glad to meet Tokayev again.", "2024-02-05", ["Meeting[meeting 2024-02-05 (Xi Jinping, Tokayev) @ None]"],
     "meeting.met"),
    ("Xi said he was truly honoured to meet Tokayev again.", "2024-02-05",
     ["Meeting[meeting 2024-02-05 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    # (blind round 288) a visit framing a signing told with its full day ("on March 3, 2011 during"),
    # and opening the sentence after a place's phrase joined by "and"
    ("The accord was signed on March 3, 2011 during a visit by Chinese Premier Wen Jiabao.", "2011-05-01",
     ["Meeting[visit 2011-03-03 (Wen Jiabao) @ None]"], "visit.of"),
    ("At the forum in Almaty, and as part of the visit of Premier Li Qiang to Kazakhstan, the companies signed ten deals.",
     "2024-05-20", ["Meeting[visit 2024-05-20 (Li Qiang) @ Almaty]"], "visit.of"),
    # (blind rounds 178 and 189) an officer of a company told by its trade is no country's officer,
    # and stands in a pair; a person of note by calling after the country's word
    ("Energy Minister Almasadam Satkaliyev and Chairman of China's state power company SPIC Liu Mingsheng held a meeting in Astana.",
     "2024-03-20", ["Meeting[meeting 2024-03-20 (Satkaliyev, Liu Mingsheng) @ Astana]"], "meeting.held_meeting"),
    ("Tokayev received the Vice President of Chinese company Sinopec Zhao Dong on Tuesday.",
     "2024-03-20", ["Meeting[meeting 2024-03-19 (Tokayev, Zhao Dong) @ None]"], "meeting.received"),
    ("Prime Minister Olzhas Bektenov met Chinese actor Jackie Lau in Astana on Tuesday.",
     "2024-03-20", ["Meeting[meeting 2024-03-19 (Bektenov, Jackie Lau) @ Astana]"], "meeting.met"),
    # "landed in P" is an arrival (blind round 242)
    ("Premier Li Qiang landed in Astana on Monday for the government heads' council.", '2024-11-06', ["Meeting[visit 2024-11-04 (Li Qiang) @ Astana]"], "visit.visited"),
    # blind rounds 236-237: "their" is the two its clause names; a visit "with his counterpart, Y" is hosted by Y;
    # a verb quoted from the statement; "flew to P for talks with Y"
    ('Back at their March 2019 meeting in Beijing, Xi Jinping had thanked Tokayev for his support.',
     '2022-09-12', ['Meeting[meeting 2019-03 (Xi Jinping, Tokayev) @ Beijing]'], 'meeting.their'),
    ('Li Qiang was in Astana on Tuesday for an official visit with his counterpart, Olzhas Bektenov.',
     '2024-05-16', ['Meeting[visit 2024-05-14 (Li Qiang, Bektenov) @ Astana]'], 'visit.paid'),
    ('Wang Yi will attend the foreign ministers’ council in Astana and “pay an official visit to Kazakhstan” on May 20, the ministry said.',
     '2024-05-17', ['Meeting[visit 2024-05-20 (Wang Yi) @ Astana]'], 'visit.paid'),
    ('Tokayev flew to Beijing on Monday for talks with Xi Jinping.',
     '2025-02-05', ['Meeting[talks 2025-02-03 (Tokayev, Xi Jinping) @ None]'], 'meeting.during_meeting_with'),
    # --- active voice: met, met with, held a meeting, held talks
    ("Kazakh President Kassym-Jomart Tokayev met with Chinese Premier Li Qiang on Tuesday.", "2024-05-16",
     ["Meeting[meeting 2024-05-14 (Tokayev, Li Qiang) @ None]"], "meeting.met"),
    ("Xi Jinping met Tokayev.", None, ["Meeting[meeting None (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    ("On March 3, Tokayev met with Wang Yi.", None, ["Meeting[meeting --03-03 (Tokayev, Wang Yi) @ None]"], "meeting.met"),
    ("Deputy Prime Minister Serik Zhumangarin met with Chinese Vice Minister of Commerce Li Fei in Beijing on April 5.",
     "2024-04-08", ["Meeting[meeting 2024-04-05 (Zhumangarin, Li Fei) @ Beijing]"], "meeting.met"),
    ("Prime Minister Askar Mamin has met today with Vice Premier Han Zheng.", "2019-05-20",
     ["Meeting[meeting 2019-05-20 (Mamin, Han Zheng) @ None]"], "meeting.met"),
    ("Tokayev held a meeting with the Chairman of the Xinjiang Uygur Autonomous Region Erkin Tuniyaz.", "2024-06-14",
     ["Meeting[meeting 2024-06-14 (Tokayev, Erkin Tuniyaz) @ None]"], "meeting.held_meeting"),
    ("Chinese Premier Li Qiang held a bilateral meeting with Prime Minister Olzhas Bektenov in Shanghai.", "2024-11-05",
     ["Meeting[meeting 2024-11-05 (Li Qiang, Bektenov) @ Shanghai]"], "meeting.held_meeting"),
    ("Chinese President Xi Jinping held talks with his Kazakh counterpart Kassym-Jomart Tokayev in Astana on July 3.",
     "2024-07-04", ["Meeting[talks 2024-07-03 (Xi Jinping, Tokayev) @ Astana]"], "meeting.held_talks"),
    ("Tokaev and Xi held talks on the sidelines of the SCO summit in Samarkand on September 14, 2022.", "2022-09-20",
     ["Meeting[talks 2022-09-14 (Tokaev, Xi Jinping) @ Samarkand]"], "meeting.held_talks"),
    ("Agriculture Minister Yerbol Karashukeyev and Chinese Minister Tang Renjian held a meeting in Beijing on Oct. 9.",
     "2023-10-11", ["Meeting[meeting 2023-10-09 (Karashukeyev, Tang Renjian) @ Beijing]"], "meeting.held_meeting"),
    ("Vice Premier Liu Guozhong began his visit to Kazakhstan on Wednesday by meeting Prime Minister Bektenov.",
     "2024-05-17", ["Meeting[meeting 2024-05-15 (Liu Guozhong, Bektenov) @ None]"], "meeting.met"),
    ("Ambassador Zhang Xiao paid a farewell visit to Prime Minister Askar Mamin on April 25.", "2019-04-26",
     ["Meeting[meeting 2019-04-25 (Zhang Xiao, Mamin) @ None]"], "meeting.met"),
    ("Tokayev and Xi Jinping had a short conversation on the sidelines of the summit on Friday.", "2024-07-06",
     ["Meeting[talks 2024-07-05 (Tokayev, Xi Jinping) @ None]"], "meeting.held_talks"),
    ("On Friday, Xi met with Laotian President Thongloun Sisoulith, Belarusian President Alexander Lukashenko, "
     "Kazakh President Kassym-Jomart Tokayev and Nepali Prime Minister Pushpa Kamal Dahal.", "2024-07-06",
     ["Meeting[meeting 2024-07-05 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    ("Xi also held separate meetings with Kazakh President Kassym-Jomart Tokayev, Serbia's Aleksandar Vucic and "
     "President Rumen Radev of Bulgaria on Saturday.", "2022-02-07",
     ["Meeting[meeting 2022-02-05 (Xi Jinping, Tokayev) @ None]"], "meeting.held_meeting"),
    ("Wang Yi and Kazakh Foreign Minister Murat Nurtleu convened the first strategic dialogue in Beijing on Friday.",
     "2024-03-31", ["Meeting[meeting 2024-03-29 (Wang Yi, Nurtleu) @ Beijing]"], "meeting.joint"),
    ("Ambassador Shakhrat Nuryshev presented his credentials to President Xi Jinping on 10 March.", "2014-03-12",
     ["Meeting[meeting 2014-03-10 (Nuryshev, Xi Jinping) @ None]"], "meeting.met"),
    ("Akim Marat Sultangaziyev received a delegation from Sichuan headed by Vice Governor Luo Qiang on Monday.",
     "2024-06-13", ["Meeting[meeting 2024-06-10 (Sultangaziyev, Luo Qiang) @ None]"], "meeting.received"),
    ("Trade will double, Premier Li Qiang told his visiting Kazakh counterpart on Tuesday.", "2023-11-09",
     ["Meeting[meeting 2023-11-07 (Li Qiang, Smailov) @ None]"], "meeting.told_visiting"),
    # "X told Y in a phone call / at a meeting": the two met (or spoke)
    ("Premier Li Qiang told Kazakh Prime Minister Alikhan Smailov in a phone call on Monday that trade would grow.",
     "2023-11-08", ["Meeting[call 2023-11-06 (Li Qiang, Smailov) @ None]"], "meeting.told_visiting"),
    ("Tokayev assured Chinese Ambassador Zhang Xiao at a meeting in Astana on Friday that the project would go ahead.",
     "2023-11-13", ["Meeting[meeting 2023-11-10 (Tokayev, Zhang Xiao) @ Astana]"], "meeting.told_visiting"),
    ("On March, 14, 2019, Foreign Minister Wang Yi met with President Nazarbayev in Astana.", None,
     ["Meeting[meeting 2019-03-14 (Wang Yi, Nazarbayev) @ Astana]"], "meeting.met"),
    ("The Head of State received Chinese Vice Premier Ding Xuexiang at the Akorda.", "2023-11-27",
     ["Meeting[meeting 2023-11-27 (Tokayev, Ding Xuexiang) @ Akorda]"], "meeting.received"),
    ("Tokayev held \"very useful\" talks with Wang Yi on Monday.", "2024-05-22",
     ["Meeting[talks 2024-05-20 (Tokayev, Wang Yi) @ None]"], "meeting.held_talks"),
    ("Tokayev held talks with visiting Chinese Foreign Minister Wang Yi on Monday.", "2024-05-22",
     ["Meeting[talks 2024-05-20 (Tokayev, Wang Yi) @ None]"], "meeting.held_talks"),
    ("Tokayev recalled his warm and productive meeting with President Xi in May.", "2024-07-10",
     ["Meeting[meeting 2024-05 (Tokayev, Xi Jinping) @ None]"], "meeting.possessive"),
    ("Foreign Minister Yerlan Idrissov and his Chinese counterpart Wang Yi signed a memorandum on visas on March 19.",
     "2014-03-20", ["Meeting[meeting 2014-03-19 (Idrissov, Wang Yi) @ None]"], "meeting.joint"),
    ("Agriculture Minister Yerbol Karashukeyev toured China in early June to promote grain exports.", "2023-07-02",
     ["Meeting[visit 2023-06 (Karashukeyev) @ None]"], "visit.visited"),
    ("Visiting Astana and Almaty on Monday, Xinjiang's party secretary Chen Quanguo said trade would keep growing.",
     "2016-05-04", ["Meeting[visit 2016-05-02 (Chen Quanguo) @ None]"], "visit.visited"),
    ("Vice Premier Zhang Gaoli will meet with Nazarbayev and hold talks separately with Prime Minister Karim "
     "Massimov on Tuesday.", "2014-05-10", ["Meeting[talks 2014-05-13 (Zhang Gaoli, Massimov) @ None]"], "meeting.held_talks"),
    ("Prime Minister Karim Massimov met L. Keqiang at the airport on Sunday.", "2014-12-16",
     ["Meeting[meeting 2014-12-14 (Massimov, Li Keqiang) @ None]"], "meeting.met"),
    ("Last May, Premier Li Keqiang visited Kazakhstan and inspected a new rail terminal together with Massimov.",
     "2015-06-01", ["Meeting[visit 2014-05 (Li Keqiang, Massimov) @ None]"], "visit.visited"),
    # the visit's host is the one person of the other country who invited the visitor, before or
    # after; a span of days dates it by its first day
    ("Chinese Vice President Han Zheng will pay an official visit to Kazakhstan on Tuesday at President "
     "Tokayev's invitation.", "2023-06-01", ["Meeting[visit 2023-06-06 (Han Zheng, Tokayev) @ None]"], "visit.paid"),
    ("Chinese President Xi Jinping pays another visit to Kazakhstan on July 2-4.", "2024-07-05",
     ["Meeting[visit 2024-07-02 (Xi Jinping) @ None]"], "visit.paid"),
    # ("was invited to pay state visits": Chinese readouts' words for a visit made; a date opening the
    # sentence with "From" covers it)
    ("From July 2 to 6, President Xi Jinping attended the SCO Astana Summit and was invited to pay state visits "
     "to Kazakhstan and Tajikistan.", "2024-07-08", ["Meeting[visit 2024-07-02 (Xi Jinping) @ None]"], "visit.paid"),
    # (an official visit told without its article, as some wires write it)
    ("Chinese President Xi Jinping on Wednesday began official visit to Kazakhstan.", "2022-09-15",
     ["Meeting[visit 2022-09-14 (Xi Jinping) @ None]"], "visit.paid"),
    ("At the invitation of Kazakh President Kassym-Jomart Tokayev, Vice President Han Zheng paid a visit to "
     "Kazakhstan on 3-5 May.", "2023-06-01", ["Meeting[visit 2023-05-03 (Han Zheng, Tokayev) @ None]"], "visit.paid"),
    ("Accompanied by Nurlan Nigmatulin, Speaker of Kazakhstan's Majilis, Li Yuanchao, Vice President of China, "
     "paid a visit to the national university on Monday.", "2012-06-05",
     ["Meeting[visit 2012-06-04 (Li Yuanchao, Nigmatulin) @ None]"], "visit.paid"),
    # "Monday's meeting between X and Y" is Monday's ("X and Y's talks" is a joint possessive)
    ("Monday’s meeting between Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev marks a "
     "milestone.", "2024-07-03", ["Meeting[meeting 2024-07-01 (Xi Jinping, Tokayev) @ None]"], "meeting.between"),
    # the day a spokesman told of a plan is not the plan's
    ("A ministry spokesman said on 3 March that Premier Li Qiang will pay an official visit to Kazakhstan on 12 March.",
     "2025-03-05", ["Meeting[visit 2025-03-12 (Li Qiang) @ None]"], "visit.paid"),
    # an unnamed spokesperson who tells the meeting is its source, not an appositive of the counterpart
    ("Kazakh Energy Minister Almasadam Satkaliyev met Chinese Ambassador Han Chunlin, the energy ministry press "
     "secretary said.", "2024-09-10", ["Meeting[meeting 2024-09-10 (Satkaliyev, Han Chunlin) @ None]"], "meeting.met"),
    ("Kazakh Justice Minister Marat Beketayev held a meeting with the Chinese Ambassador, Zhang Xiao, a spokesman "
     "told reporters.", "2019-04-17", ["Meeting[meeting 2019-04-17 (Beketayev, Zhang Xiao) @ None]"], "meeting.held_meeting"),
    ("Kazakh Deputy Foreign Minister Roman Vassilenko held talks with China's Vice Foreign Minister Sun Weidong, the "
     "spokesperson of the ministry Aibek Smadiyarov told journalists.", "2023-02-02",
     ["Meeting[talks 2023-02-02 (Vassilenko, Sun Weidong) @ None]"], "meeting.held_talks"),
    # a signing overseen or witnessed by two, or signed by two in a participle set off by commas, is
    # their meeting (blind rounds r235, r276); a participle's list ends with its first "and"
    ("The signing was overseen by Kazakh Deputy Prime Minister Serik Zhumangarin and Chinese Vice Premier He Lifeng.",
     "2024-03-05", ["Meeting[meeting 2024-03-05 (Zhumangarin, He Lifeng) @ None]"], "meeting.joint"),
    ("The roadmap, signed by the Kazakh Minister of Energy, Almasadam Satkaliyev, and the head of the National Energy "
     "Administration of China, Zhang Jianhua, sets out ten projects.", "2023-10-18",
     ["Meeting[meeting 2023-10-18 (Satkaliyev, Zhang Jianhua) @ None]"], "meeting.joint"),
    ("On May 7, witnessed by Chinese President Xi Jinping and Kazakh President Nursultan Nazarbayev, KTZ head Askar "
     "Mamin and COSCO head Xu Lirong signed the terminal deal.", "2015-05-08",
     ["Meeting[meeting 2015-05-07 (Xi Jinping, Nazarbayev) @ None]"], "meeting.joint"),
    # two named who came to an agreement or reached a consensus met (blind round r276)
    ("Tokayev and Xi Jinping came to an agreement on a third railway crossing in Astana.", "2024-07-04",
     ["Meeting[meeting 2024-07-04 (Tokayev, Xi Jinping) @ Astana]"], "meeting.joint"),
    # "last year's visit of X" is X's visit, of last year (blind round r276)
    ("Several memoranda were signed as part of last year’s visit of Chinese President Xi Jinping to Kazakhstan.",
     "2025-06-22", ["Meeting[visit 2024 (Xi Jinping) @ None]"], "visit.of"),
    # a body's office is no country's: "the President of SINOPEC Group Y" is Y, not the Kazakh
    # president named before (blind round r275)
    ("Tokayev received the President of SINOPEC Group Ma Yongsheng on Tuesday.", "2024-05-16",
     ["Meeting[meeting 2024-05-14 (Tokayev, Ma Yongsheng) @ None]"], "meeting.received"),
    ("Tokayev received the President of PETROCHINA Company Hou Qijun on Tuesday.", "2024-05-16",
     ["Meeting[meeting 2024-05-14 (Tokayev, Hou Qijun) @ None]"], "meeting.received"),
    # "After meeting with Y, X said" opening a sentence is X's meeting with Y, X named after the
    # comma (not "met" with no subject before it); "talked via phone call with Y" is a call (blind round r275)
    ("After meeting with Kazakh Defence Minister Ruslan Zhaksylykov in Astana on Tuesday, Chinese Defence Minister "
     "Dong Jun said ties were strong.", "2024-05-16",
     ["Meeting[meeting 2024-05-14 (Dong Jun, Zhaksylykov) @ Astana]"], "meeting.during_meeting_with"),
    ("Chinese Foreign Minister Wang Yi talked via phone call with Kazakh Foreign Minister Murat Nurtleu on Monday.",
     "2024-05-16", ["Meeting[call 2024-05-13 (Wang Yi, Nurtleu) @ None]"], "call.phone"),
    ("Wang Yi spoke with Kazakh Foreign Minister Murat Nurtleu via a phone call on Monday.", "2024-05-16",
     ["Meeting[call 2024-05-13 (Wang Yi, Nurtleu) @ None]"], "call.phone"),
    # a list of "country – name" gives each name its country (found by renaming the gazetteer's people)
    ("The fifth meeting of transport ministers convened in Almaty on 25 April, bringing together the ministers of "
     "Kazakhstan – Nurlan Sauranbayev, China – Liu Wei, and Uzbekistan – Ilkhom Makhkamov.", "2025-04-28",
     ["Meeting[meeting 2025-04-25 (Sauranbayev, Liu Wei, Makhkamov) @ Almaty]"], "meeting.roll_call"),
    # "a meeting of" an office of a body whose name is quoted, then the name (blind round r281)
    ("The agreement was reached during the meeting of the general director of «Kazchrome» Oleg Novachuk and "
     "the president of China Nonferrous Luo Tao in Beijing.", "2014-02-19",
     ["Meeting[meeting 2014-02-19 (Novachuk, Luo Tao) @ Beijing]"], "meeting.between"),
    # two named who "announced their intent to" do a thing together met, as "agreed to" (dev2 e11)
    ("Tokayev and Xi Jinping announced their intent to elevate ties to a permanent comprehensive strategic "
     "partnership.", "2019-09-13", ["Meeting[meeting 2019-09-13 (Tokayev, Xi Jinping) @ None]"], "meeting.joint"),
    # "was in P this week / last week for (on) a state visit": the week is no bar to the visit (dev2 e11)
    ("Kazakh President Kassym-Jomart Tokayev was in Beijing last week on a state visit.", "2019-09-13",
     ["Meeting[visit 2019-09 (Tokayev) @ Beijing]"], "visit.paid"),
    # a speaker who told a briefing after meeting Y
    ("Smailov told a briefing after meeting with China's Premier Li Qiang.", "2023-10-02",
     ["Meeting[meeting 2023-10-02 (Smailov, Li Qiang) @ None]"], "meeting.met"),
    ("Wang Yi visited Astana on Monday at the invitation of Murat Nurtleu and Roman Sklyar.", "2023-06-01",
     ["Meeting[visit 2023-05-29 (Wang Yi) @ Astana]"], "visit.visited"),
    # "have visited China for talks": a visit, not talks of its subjects with each other
    ("Deputy Prime Minister Roman Sklyar and Energy Minister Almassadam Satkaliyev have visited China for talks "
     "on uranium.", "2024-03-01", ["Meeting[visit 2024-03-01 (Sklyar, Satkaliyev) @ None]"],
     "visit.visited"),
    ("Premier Wen Jiabao, arriving in Astana on Monday, called for closer energy ties.", "2010-11-24",
     ["Meeting[visit 2010-11-22 (Wen Jiabao) @ Astana]"], "visit.visited"),
    ("Premier Li Keqiang was joined by Prime Minister Karim Massimov at the opening of the plant on Sunday.",
     "2014-12-16", ["Meeting[meeting 2014-12-14 (Massimov, Li Keqiang) @ None]"], "meeting.received_by"),
    ("When Premier Li Keqiang visited the country last year, the sides agreed on new projects.", "2015-06-01",
     ["Meeting[visit 2014 (Li Keqiang) @ None]"], "visit.visited"),
    ("Deputy Prime Minister Serik Zhumangarin and his Chinese counterpart He Lifeng held talks in Beijing on Monday.",
     "2024-06-12", ["Meeting[talks 2024-06-10 (Zhumangarin, He Lifeng) @ Beijing]"], "meeting.held_talks"),
    ("Vice Premier Ding Xuexiang toured Almaty on Tuesday, meeting Governor Marat Sultangaziyev.", "2024-06-14",
     ["Meeting[meeting 2024-06-11 (Ding Xuexiang, Sultangaziyev) @ None]"], "meeting.met"),
    ("Last week, Ambassador Han Chunlin called on Agriculture Minister Aidarbek Saparov.", "2024-06-14",
     ["Meeting[meeting 2024-06 (Han Chunlin, Saparov) @ None]"], "meeting.met"),
    ("Kassym-Jomart Tokayev and Xi Jinping hold talks in narrow format", "2024-07-03",
     ["Meeting[talks 2024-07-03 (Tokayev, Xi Jinping) @ None]"], "meeting.held_talks"),
    ("Foreign Minister Murat Nurtleu held negotiations with Chinese Foreign Minister Wang Yi last month.", "2023-12-02",
     ["Meeting[talks 2023-11 (Nurtleu, Wang Yi) @ None]"], "meeting.held_talks"),
    ("Prime Minister Alikhan Smailov held talks with Chinese Vice Premier Ding Xuexiang on the sidelines of the forum.",
     "2023-05-18", ["Meeting[talks 2023-05-18 (Smailov, Ding Xuexiang) @ None]"], "meeting.held_talks"),
    # --- received, hosted; passive voice
    ("Tokayev received Chinese Foreign Minister Wang Yi at Akorda.", "2023-04-10",
     ["Meeting[meeting 2023-04-10 (Tokayev, Wang Yi) @ Akorda]"], "meeting.received"),
    ("President Tokayev receives Chinese Ambassador Zhang Xiao", "2021-02-11",
     ["Meeting[meeting 2021-02-11 (Tokayev, Zhang Xiao) @ None]"], "meeting.received"),
    ("Chinese Ambassador to Kazakhstan Han Chunlin was received by Foreign Minister Murat Nurtleu.", "2023-06-01",
     ["Meeting[meeting 2023-06-01 (Nurtleu, Han Chunlin) @ None]"], "meeting.received_by"),
    ("On Monday Chinese Vice President Han Zheng was received by President Tokayev in Astana.", "2024-02-21",
     ["Meeting[meeting 2024-02-19 (Tokayev, Han Zheng) @ Astana]"], "meeting.received_by"),
    ("Kazakh Foreign Minister Murat Nurtleu hosted his Chinese counterpart Wang Yi in Astana yesterday.", "2023-06-01",
     ["Meeting[meeting 2023-05-31 (Nurtleu, Wang Yi) @ Astana]"], "meeting.hosted"),
    ("Xi Jinping hosted Kazakh President Kassym-Jomart Toqayev at the Great Hall of the People on Oct. 17.", "2023-10-20",
     ["Meeting[meeting 2023-10-17 (Xi Jinping, Toqayev) @ Great Hall of the People]"], "meeting.hosted"),
    # --- nominal: talks between, during a meeting with, participle, joined by
    ("Talks between Kassym-Jomart Tokayev and Xi Jinping took place in Beijing on Oct. 17.", "2023-10-18",
     ["Meeting[talks 2023-10-17 (Tokayev, Xi Jinping) @ Beijing]"], "meeting.between"),
    # what the talks were about may stand between the noun and "took place"
    ("Negotiations on the gas supply terms took place between the head of the state oil company, Daniyar "
     "Berlibayev, and Zhou Jiping, chairman of the Chinese corporation.", "2019-09-12",
     ["Meeting[talks 2019-09-12 (Berlibayev, Zhou Jiping) @ None]"], "meeting.between"),
    # "X and him met": the person named before the pronoun (as "he and X met")
    ("Wang Yi said that Foreign Minister Murat Nurtleu and him met in Astana on Monday.", "2024-07-04",
     ["Meeting[meeting 2024-07-01 (Wang Yi, Nurtleu) @ Astana]"], "meeting.met"),
    # "during a state visit in P" dated by the year that opens the sentence; not a visit to a school at home (guard)
    ("In 2014, Premier Li Keqiang announced the loan during a state visit in Astana.", "2022-03-01",
     ["Meeting[visit 2014 (Li Keqiang) @ Astana]"], "visit.during"),
    # a verb in quotation marks ("were “warmly welcomed” by")
    ("Deputy Prime Minister Serik Zhumangarin and his delegation were “warmly welcomed” by Vice Premier Ding Xuexiang "
     "on Monday.", "2024-03-13", ["Meeting[meeting 2024-03-11 (Ding Xuexiang, Zhumangarin) @ None]"], "meeting.received_by"),
    # a meeting during a gathering named with its year: that year (not the page's day)
    ("Tokayev and Xi Jinping met in Beijing during the 2022 Winter Olympics, the ministry recalled.", "2022-06-10",
     ["Meeting[meeting 2022 (Tokayev, Xi Jinping) @ Beijing]"], "meeting.met"),
    # "A met B after visiting P": A visited, not B (the one met); the visit is the meeting's day and place
    ("Xi Jinping met Tokayev after visiting Astana on July 3.", "2024-07-04",
     ["Meeting[meeting 2024-07-03 (Xi Jinping, Tokayev) @ Astana]"], "meeting.met"),
    # "During their meeting, A and B agreed": the pair after the comma (as "Following talks, A and B signed")
    ("During their meeting, Defence Minister Dong Jun and President Kassym-Jomart Tokayev agreed to strengthen "
     "coordination.", "2024-04-29", ["Meeting[meeting 2024-04-29 (Dong Jun, Tokayev) @ None]"], "meeting.their"),
    # "called on Y and sent a note of protest to China": a call on Y ("to China" is no verb, as in "called on Y to act")
    ("Deputy Foreign Minister Shakhrat Nuryshev called on the Chinese ambassador Zhang Xiao and sent a note of protest "
     "to China on April 14.", "2020-04-16", ["Meeting[meeting 2020-04-14 (Nuryshev, Zhang Xiao) @ None]"], "meeting.met"),
    # Hong Kong's and Macao's leaders, named in Cantonese (people.toml): written whole
    ("Deputy Foreign Minister Shakhrat Nuryshev met Ho Iat Seng on April 10.", "2024-04-12",
     ["Meeting[meeting 2024-04-10 (Nuryshev, Ho Iat Seng) @ None]"], "meeting.met"),
    ("Trade Minister Arman Shakkaliyev met John Lee in Hong Kong on Tuesday.", "2024-09-13",
     ["Meeting[meeting 2024-09-10 (Shakkaliyev, John Lee) @ Hong Kong]"], "meeting.met"),
    # the visitor's deed on the visit the sentence reports ("attended ... during his state visit"), dated
    # as the sentence tells it ("reported the press service on May 18") or as the day's news
    ("President Tokayev attended the opening of the trade house during his state visit to China, the press "
     "service reported on May 18.", "2023-05-19", ["Meeting[visit 2023-05-18 (Tokayev) @ None]"], "visit.possessive"),
    # "talks between X and A and B": X's talks with each; "between X, A and B" is one meeting of three (guard)
    ("Ties grew after talks on Feb. 9 between President Kassym-Jomart Tokayev and CITIC Chairman Xi Guohua and AIIB "
     "President Zou Jiayi.", "2026-02-10", ["Meeting[talks 2026-02-09 (Tokayev, Xi Guohua) @ None]",
                                            "Meeting[talks 2026-02-09 (Tokayev, Zou Jiayi) @ None]"], "meeting.between"),
    ("Talks were held between Kassym-Jomart Tokayev, Xi Jinping and Vladimir Putin on Monday.", "2024-07-04",
     ["Meeting[talks 2024-07-01 (Tokayev, Xi Jinping, Putin) @ None]"], "meeting.between"),
    # "spoke to his counterpart Y" (not "spoke to reporters"); by phone, a call
    ("On Monday, Foreign Minister Wang Yi spoke to his Kazakh counterpart Mukhtar Tileuberdi.", "2022-01-11",
     ["Meeting[meeting 2022-01-10 (Wang Yi, Tileuberdi) @ None]"], "meeting.met"),
    ("Tokayev spoke to his Chinese counterpart Xi Jinping by phone on Monday.", "2022-01-11",
     ["Meeting[call 2022-01-10 (Tokayev, Xi Jinping) @ None]"], "call.phone"),
    ("On the evening of 12 May 2016, Chinese Vice Premier Zhang Gaoli, who was visiting the region, met in his "
     "hotel with Governor of Almaty Region Amandyk Batalov.", None,
     ["Meeting[meeting 2016-05-12 (Zhang Gaoli, Batalov) @ None]"], "meeting.met"),
    ("Growth will continue, Commerce Minister Wang Wentao said while meeting Trade Minister Arman Shakkaliyev on Friday.",
     "2024-03-13", ["Meeting[meeting 2024-03-08 (Wang Wentao, Shakkaliyev) @ None]"], "meeting.met"),
    ("During the working visit of Foreign Minister Yerlan Idrissov to Beijing, a memorandum was signed on 19 March.",
     "2014-03-21", ["Meeting[visit 2014-03-19 (Idrissov) @ None]"], "visit.of"),
    ("Freight routes came up at the meeting of the first vice president of the rail operator Kazakhstan Temir "
     "Zholy (KTZ) Nurlan Sauranbayev with a member of the standing committee of the Shaanxi Provincial Party "
     "Committee, party secretary of Xi'an, Fang Hongwei, on June 3.", "2024-06-05",
     ["Meeting[meeting 2024-06-03 (Sauranbayev, Fang Hongwei) @ None]"], "meeting.between"),
    ("ASTANA. KAZINFORM - Following the talks of Senate Speaker Maulen Ashimbayev with Vice Chairman Wang Dongming, "
     "the sides have signed a memorandum.", "2023-04-12",
     ["Meeting[talks 2023-04-12 (Ashimbayev, Wang Dongming) @ Astana]"], "meeting.between"),
    ("Yesterday, the meeting between Kazakh Premier Olzhas Bektenov with the Chinese envoy, Ambassador "
     "Han Chunlin, took place in Astana.", "2024-03-13", ["Meeting[meeting 2024-03-12 (Bektenov, Han Chunlin) @ Astana]"],
     "meeting.between"),
    ("During his meeting with Premier of China Li Qiang, Head of Government Olzhas Bektenov said trade was growing.",
     "2024-11-06", ["Meeting[meeting 2024-11-06 (Bektenov, Li Qiang) @ None]"], "meeting.during_meeting_with"),
    # (the subject after the fronted phrase with an office's small words before the name)
    ("During a phone call with Kazakh Health Minister Alexei Tsoi on Friday, Chinese ambassador to Kazakhstan "
     "Zhang Xiao praised the ties.", "2020-07-12", ["Meeting[call 2020-07-10 (Zhang Xiao, Tsoi) @ None]"],
     "meeting.during_meeting_with"),
    ("On May 4, a working meeting in the videoconference format was held between Energy Minister Almassadam "
     "Satkaliyev and Chinese Vice Minister Wang Hongzhi.", "2022-05-06",
     ["Meeting[meeting 2022-05-04 (Satkaliyev, Wang Hongzhi) @ None]"], "meeting.between"),
    ("The talks between Tokayev and Li Qiang, postponed in March, took place on May 3.", "2024-05-05",
     ["Meeting[talks 2024-05-03 (Tokayev, Li Qiang) @ None]"], "meeting.between"),
    ("A meeting was held in Beijing between Transport Minister Marat Karabayev and COSCO Vice President Zhang Wei "
     "on March 3.", "2024-03-05", ["Meeting[meeting 2024-03-03 (Karabayev, Zhang Wei) @ Beijing]"], "meeting.between"),
    ("Talks held via videoconference between Prime Minister Askar Mamin and Premier Li Keqiang took place on Monday.",
     "2020-06-17", ["Meeting[talks 2020-06-15 (Mamin, Li Keqiang) @ None]"], "meeting.between"),
    ("A meeting between Prime Minister Askar Mamin and Premier Li Keqiang was held in Tashkent.", "2019-11-02",
     ["Meeting[meeting 2019-11-02 (Mamin, Li Keqiang) @ Tashkent]"], "meeting.between"),
    ("On 14 March, a working meeting unfolded between Arman Shakkaliyev, Kazakhstan's Minister of Trade, "
     "and Mr. Wang Wentao, China's Minister of Commerce.", "2024-03-15",
     ["Meeting[meeting 2024-03-14 (Shakkaliyev, Wang Wentao) @ None]"], "meeting.between"),
    ("Kazakhstan values its partnership with China, Tokayev said during a June 5 meeting with Wang Yi.", "2023-06-07",
     ["Meeting[meeting 2023-06-05 (Tokayev, Wang Yi) @ None]"], "meeting.during_meeting_with"),
    ("Meeting Chinese Premier Li Qiang in May in Xi'an, Prime Minister Alikhan Smailov said trade was growing.",
     "2023-07-10", ["Meeting[meeting 2023-05 (Smailov, Li Qiang) @ Xi'an]"], "meeting.participle"),
    ("Greeting Chinese Vice Premier Liu Guozhong at the Akorda, President Tokayev recalled the summit in Xi'an.",
     "2024-05-16", ["Meeting[meeting 2024-05-16 (Tokayev, Liu Guozhong) @ Akorda]"], "meeting.participle"),
    ("The summit is joined by Chinese President Xi Jinping, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev.",
     "2023-05-19", ["Meeting[meeting 2023-05-19 (Xi Jinping, Tokayev, Mirziyoyev) @ None]"], "meeting.joined_by"),
    ("The council's session in Shanghai brought together Kazakh Premier Olzhas Bektenov and Vice Premier He Lifeng of China.",
     "2024-11-06", ["Meeting[meeting 2024-11-06 (Bektenov, He Lifeng) @ Shanghai]"], "meeting.joined_by"),
    # --- phone and video
    ("Prime Minister Olzhas Bektenov had a telephone conversation with Chinese Premier Li Qiang.", "2024-03-01",
     ["Meeting[call 2024-03-01 (Bektenov, Li Qiang) @ None]"], "call.phone"),
    ("Xi Jinping spoke by phone with Tokayev on Monday.", "2024-03-06",
     ["Meeting[call 2024-03-04 (Xi Jinping, Tokayev) @ None]"], "call.phone"),
    ("Prime Minister Olzhas Bektenov received a phone call from Premier Li Qiang on Wednesday.", "2024-03-08",
     ["Meeting[call 2024-03-06 (Bektenov, Li Qiang) @ None]"], "call.phone"),
    # "called Y" is a call; "called Y a friend" names Y
    ("President Tokayev called Chinese President Xi Jinping on Monday.", "2024-03-06",
     ["Meeting[call 2024-03-04 (Tokayev, Xi Jinping) @ None]"], "call.phone"),
    ("At the ceremony President Tokayev called Xi Jinping a true friend of the Kazakh people.", "2024-03-06", [], None),
    ("During the talks, Kazakh Foreign Minister Murat Nurtleu and Chinese Foreign Minister Wang Yi discussed trade.",
     "2024-05-20", ["Meeting[talks 2024-05-20 (Nurtleu, Wang Yi) @ None]"], "meeting.sides_at"),
    ("At the Tuesday meeting, Majilis Speaker Yerlan Koshanov thanked Chinese Ambassador Zhang Xiao for the invitation.",
     "2024-05-21", ["Meeting[meeting 2024-05-21 (Koshanov, Zhang Xiao) @ None]"], "meeting.sides_at"),
    ("QAZINFORM - During the meeting, Deputy Prime Minister Serik Zhumangarin assured Vice Premier He Lifeng of China that the road would open.",
     "2024-05-21", ["Meeting[meeting 2024-05-21 (Zhumangarin, He Lifeng) @ None]"], "meeting.sides_at"),
    ("In negotiations in Urumqi on Friday, the Kazakh premier Olzhas Bektenov told the hosts, led by Xinjiang party secretary Ma Xingrui, that the corridor mattered.",
     "2024-05-21", ["Meeting[talks 2024-05-17 (Bektenov, Ma Xingrui) @ Urumqi]"], "meeting.sides_at"),
    ("Speaker of the Mazhilis Yerlan Koshanov met with NPC Standing Committee Vice Chairman Wang Dongming.",
     "2024-05-21", ["Meeting[meeting 2024-05-21 (Koshanov, Wang Dongming) @ None]"], "meeting.met"),
    ("At the meeting with Kazakh Foreign Minister Murat Nurtleu, the vice president of China Han Zheng said that the ties were strong.",
     "2024-05-21", ["Meeting[meeting 2024-05-21 (Han Zheng, Nurtleu) @ None]"], "meeting.during_meeting_with"),
    ("During the talks with Prime Minister Olzhas Bektenov, the Chinese vice premier Ding Xuexiang said that trade had grown.",
     "2024-05-21", ["Meeting[talks 2024-05-21 (Ding Xuexiang, Bektenov) @ None]"], "meeting.during_meeting_with"),
    ("Wang Yi told a joint news conference with Kazakh Foreign Minister Murat Nurtleu on Monday that the talks were fruitful.",
     "2024-05-21", ["Meeting[meeting 2024-05-20 (Wang Yi, Nurtleu) @ None]"], "meeting.during_meeting_with"),
    ("On Monday a meeting of Kazakh Ambassador Shakhrat Nuryshev and Vice-President of the Chinese People’s Institute of Foreign Affairs Ms. Shi Ling was held.",
     "2024-05-21", ["Meeting[meeting 2024-05-20 (Nuryshev, Shi Ling) @ None]"], "meeting.between"),
    ("Kazakh Deputy Foreign Minister Roman Vassilenko headed a delegation of Kazakh diplomats on a working trip to Beijing on Monday.",
     "2024-05-21", ["Meeting[visit 2024-05-20 (Vassilenko) @ Beijing]"], "visit.paid"),
    # "The document was signed by X and Y": the two signatories met (blind rounds 249, 254); not "signed by the heads
    # of the companies in the presence of X and Y", where no signatory is named
    ("The memorandum was signed by Kazakh Vice Minister of Energy Yerlan Akkenzhenov and Chinese Deputy Administrator "
     "Wan Jinsong on Friday.", "2024-06-22", ["Meeting[meeting 2024-06-21 (Akkenzhenov, Wan Jinsong) @ None]"],
     "meeting.joint"),
    ("The contract was signed by the heads of the two railway companies in the presence of Li Qiang and Olzhas "
     "Bektenov.", "2024-06-22", [], None),
    # an unnamed item in a list of counterparts ("A, Chinese business leaders, Governor B and ...") ends no list
    # (blind round 258)
    ("Speaker Maulen Ashimbayev met with Vice Chairman Wang Yong, Chinese business leaders, Secretary of the Provincial "
     "Party Committee of Jiangsu Xin Changxing and representatives of universities on Tuesday.", "2025-01-15",
     ["Meeting[meeting 2025-01-14 (Ashimbayev, Wang Yong) @ None]", "Meeting[meeting 2025-01-14 (Ashimbayev, Xin Changxing) @ None]"],
     "meeting.met"),
    # "received the delegation consisting of Y": its member named (blind round 258)
    ("Prime Minister Olzhas Bektenov received the Chinese delegation consisting of Zhang Ming, vice chairman of the "
     "association, on Monday.", "2025-05-21", ["Meeting[meeting 2025-05-19 (Bektenov, Zhang Ming) @ None]"], "meeting.received"),
    # a trip set off by commas between two joined subjects (blind round 252)
    ("The contract came as Kazakh Prime Minister Daniyal Akhmetov, on a three-day visit to China, and Premier Wen "
     "Jiabao signed a loan agreement on Tuesday.", "2005-06-02", ["Meeting[meeting 2005-05-31 (Akhmetov, Wen Jiabao) @ None]"],
     "meeting.joint"),
    # "X, accompanied by <a long office> Y, toured / surveyed ...": X and Y together (blind round 233)
    ("Premier Li Qiang, accompanied by the First Deputy Prime Minister of the Republic of Kazakhstan Roman Sklyar, "
     "toured the new dry port in Khorgos on Thursday.", "2024-09-20", ["Meeting[visit 2024-09-19 (Li Qiang, Sklyar) @ Horgos]"],
     "visit.visited"),
    ("President Tokayev, accompanied by the Vice Chairman of the People's Republic of China Han Zheng, surveyed the "
     "exhibition of the forum on Friday.", "2024-09-21", ["Meeting[meeting 2024-09-20 (Tokayev, Han Zheng) @ None]"],
     "meeting.joint"),
    # ... its members told with a dash between (blind round 251)
    ("On 3-8 April 2022, Kazakh Deputy Foreign Minister Roman Vassilenko led a delegation of Kazakh specialists - "
     "economists and lawyers on a working trip to China.", None, ["Meeting[visit 2022-04-03 (Vassilenko) @ None]"], "visit.paid"),
    # ... and the copula after a visit named in passing tells its time (blind round r306)
    ("The Chinese foreign minister Wang Yi noted that his last trip to Kazakhstan was two years ago.",
     "2025-06-10", ["Meeting[visit 2023 (Wang Yi) @ None]"], "visit.possessive"),
    ("Tokayev said his first visit to China as president was in September 2019.",
     "2024-07-03", ["Meeting[visit 2019-09 (Tokayev) @ None]"], "visit.possessive"),
    # consultations and a dialogue held by two named parties; a host who "received a courtesy call
    # from" Y (blind rounds r307, r308)
    ("Deputy Foreign Minister Roman Vassilenko and Chinese Vice Foreign Minister Sun Weidong held the 7th round of "
     "strategic consultations in Astana on Tuesday.", "2024-04-11",
     ["Meeting[meeting 2024-04-09 (Vassilenko, Sun Weidong) @ Astana]"], "meeting.held_meeting"),
    ("Prime Minister Bektenov received a courtesy call from the Chinese Ambassador Zhang Xiao on Monday.", "2024-05-08",
     ["Meeting[meeting 2024-05-06 (Bektenov, Zhang Xiao) @ None]"], "meeting.met"),
    ("Premier Li Qiang's four-country journey will start in Kazakhstan on Sunday.",
     "2024-05-21", ["Meeting[visit 2024-05-26 (Li Qiang) @ None]"], "visit.possessive"),
    ("On Friday, while receiving Chinese Vice Premier Ding Xuexiang at the Akorda, President Tokayev praised the ties.",
     "2024-05-21", ["Meeting[meeting 2024-05-17 (Tokayev, Ding Xuexiang) @ Akorda]"], "meeting.participle"),
    ("The meetings between Kazakh Energy Minister Almassadam Satkaliyev and Chinese Ambassador Zhang Xiao were held in Astana on Monday.",
     "2024-04-10", ["Meeting[meeting 2024-04-08 (Satkaliyev, Zhang Xiao) @ Astana]"], "meeting.between"),
    ("Kazakh President Kassym-Jomart Tokayev, Chinese Chairman Xi Jinping held a meeting in Astana.",
     "2024-07-03", ["Meeting[meeting 2024-07-03 (Tokayev, Xi Jinping) @ Astana]"], "meeting.held_meeting"),
    ("Prime Minister Olzhas Bektenov and the chairman of the Chinese company CITIC Group Zhu Hexin held a meeting.",
     "2024-07-03", ["Meeting[meeting 2024-07-03 (Bektenov, Zhu Hexin) @ None]"], "meeting.held_meeting"),
    ("Chinese Ambassador Zhang Xiao briefed Kazakh Foreign Minister Murat Nurtleu on the summit on Monday.",
     "2024-05-21", ["Meeting[meeting 2024-05-20 (Zhang Xiao, Nurtleu) @ None]"], "meeting.welcomed"),
    ("Minister Marat Karabayev met with Deputy Director General of China Nonferrous Metals Mining (Group) Co., Ltd Liu Yu.",
     "2023-03-02", ["Meeting[meeting 2023-03-02 (Karabayev, Liu Yu) @ None]"], "meeting.met"),
    ("The deal was reached during a visit to Kazakhstan by Wang Qishan, a member of the Political Bureau, on 12 October.",
     "2019-10-14", ["Meeting[visit 2019-10-12 (Wang Qishan) @ None]"], "visit.of"),
    ("Ambassador Shakhrat Nuryshev hailed the deals reached during the visit of First Deputy Prime Minister of Kazakhstan "
     "Bakytzhan Sagintayev to China in July 2016.", "2016-08-20",
     ["Meeting[visit 2016-07 (Sagintayev) @ None]"], "visit.of"),
    ("Prime Minister Olzhas Bektenov spoke with Chinese Premier Li Qiang by telephone on Friday.", "2024-03-04",
     ["Meeting[call 2024-03-01 (Bektenov, Li Qiang) @ None]"], "call.phone"),
    ("President Tokayev praised the results of bilateral talks with his Chinese counterpart Xi Jinping.", None,
     ["Meeting[talks None (Tokayev, Xi Jinping) @ None]"], "meeting.during_meeting_with"),
    ("Kazakh President Kassym-Jomart Tokayev held a phone call with President Xi Jinping of the People's Republic of China.",
     "2022-01-05", ["Meeting[call 2022-01-05 (Tokayev, Xi Jinping) @ None]"], "call.phone"),
    ("Li Keqiang held a video call with Kazakh Prime Minister Askar Mamin on Friday.", "2020-12-14",
     ["Meeting[meeting 2020-12-11 (Li Keqiang, Mamin) @ None]"], "meeting.video"),
    ("Li Qiang met with Kazakh Prime Minister Olzhas Bektenov via video link on Thursday.", "2024-06-14",
     ["Meeting[meeting 2024-06-13 (Li Qiang, Bektenov) @ None]"], "meeting.met"),
    # --- visits
    ("Kassym-Jomart Tokayev paid a state visit to China in May 2023.", "2024-01-10",
     ["Meeting[visit 2023-05 (Tokayev) @ None]"], "visit.paid"),
    ("President Xi Jinping paid a state visit to Kazakhstan in September last year.", "2023-03-19",
     ["Meeting[visit 2022-09 (Xi Jinping) @ None]"], "visit.paid"),
    ("Chinese President Xi Jinping will pay a state visit to Kazakhstan on July 2, 2024.", "2024-06-28",
     ["Meeting[visit 2024-07-02 (Xi Jinping) @ None]"], "visit.paid"),
    ("Chinese President Xi Jinping arrived in Astana on Tuesday on a state visit.", "2024-07-03",
     ["Meeting[visit 2024-07-02 (Xi Jinping) @ Astana]"], "visit.paid"),
    ("Xi Jinping visited Kazakhstan in 2013 and proposed the Silk Road Economic Belt.", "2023-09-07",
     ["Meeting[visit 2013 (Xi Jinping) @ None]"], "visit.visited"),
    ("The last time Xi Jinping visited Kazakhstan was in September 2013.", "2022-09-12",
     ["Meeting[visit 2013-09 (Xi Jinping) @ None]"], "visit.visited"),
    ("Tokayev recalled the visit of Chinese President Xi Jinping in October 2022.", "2023-03-28",
     ["Meeting[visit 2022-10 (Xi Jinping) @ None]"], "visit.of"),
    ("The agreements were reached during President Tokayev's state visit to China in September 2019.", "2021-06-02",
     ["Meeting[visit 2019-09 (Tokayev) @ None]"], "visit.possessive"),
    ("Tokayev and Xi Jinping agreed last year during Tokayev's visit to China to upgrade ties.", "2020-09-14",
     ["Meeting[visit 2019 (Tokayev, Xi Jinping) @ None]"], "visit.possessive"),
    ("«In September 2019 during my state visit to China we signed a declaration,» said Kassym-Jomart Tokayev.",
     "2022-01-25", ["Meeting[visit 2019-09 (Tokayev) @ None]"], "visit.possessive"),
    # --- people found by their office, not the gazetteer
    ("Akim of Almaty Yerbolat Dossayev met with Chinese Consul General Jiang Wei on Friday.", "2023-11-13",
     ["Meeting[meeting 2023-11-10 (Dossayev, Jiang Wei) @ None]"], "meeting.met"),
    # ("Deputy PM" is no prime minister; "Ni" is a Chinese family name)
    ("Deputy PM of Kazakhstan - Agriculture Minister Umirzak Shukeyev and head of the Customs Administration of China Ni Yuefeng "
     "signed a protocol on wheat exports on Friday.", "2018-05-12",
     ["Meeting[meeting 2018-05-11 (Shukeyev, Ni Yuefeng) @ None]"], "meeting.joint"),
    # (an office of a region whose holder's surname has no Slavic ending: the region word is the office's)
    ("Governor of Zhetysu region Beibit Sagyndyk met with Consul General Li Ming in Almaty on Monday.",
     "2024-02-07", ["Meeting[meeting 2024-02-05 (Sagyndyk, Li Ming) @ Almaty]"], "meeting.met"),
    ("Akim of Turkistan region Darkhan Satybaldy received the chairman of a Chinese bank, Zhou Hao, on Monday.",
     "2024-02-07", ["Meeting[meeting 2024-02-05 (Satybaldy, Zhou Hao) @ None]"], "meeting.received"),
    ("Kazakh Minister of Trade Arman Shakkaliyev held talks with Chinese Commerce Minister Wang Wentao in Beijing.",
     "2023-08-02", ["Meeting[talks 2023-08-02 (Shakkaliyev, Wang Wentao) @ Beijing]"], "meeting.held_talks"),
    ("Ambassador Zhang said that on March 1, Prime Minister Smailov met with me.", None,
     ["Meeting[meeting --03-01 (Smailov, Zhang) @ None]"], "meeting.met"),
    # --- past without a date: no date
    ("Tokayev recently met with Li Qiang.", "2024-03-01",
     ["Meeting[meeting None (Tokayev, Li Qiang) @ None]"], "meeting.met"),
    ("Xi Jinping previously held talks with Kassym-Jomart Tokayev in Beijing.", "2024-03-01",
     ["Meeting[talks None (Xi Jinping, Tokayev) @ Beijing]"], "meeting.held_talks"),
    # --- found in the language of other outlets and years
    ("Transit was discussed at a meeting between Deputy Prime Minister Serik Zhumangarin and Chinese Ambassador "
     "to the country Han Chunlin.", "2024-02-09",
     ["Meeting[meeting 2024-02-09 (Zhumangarin, Han Chunlin) @ None]"], "meeting.between"),
    ("Talks were held between Foreign Minister Yermek Kosherbayev and his Chinese counterpart Wang Yi on Friday.",
     "2025-03-10", ["Meeting[talks 2025-03-07 (Kosherbayev, Wang Yi) @ None]"], "meeting.between"),
    ("President Kassym-Jomart Tokayev welcomed Chinese Vice Premier Ding Xuexiang at Akorda on Tuesday.", "2023-11-29",
     ["Meeting[meeting 2023-11-28 (Tokayev, Ding Xuexiang) @ Akorda]"], "meeting.welcomed"),
    ("At the airport, Chinese Premier Li Qiang was welcomed by Prime Minister Olzhas Bektenov.", "2025-09-02",
     ["Meeting[meeting 2025-09-02 (Bektenov, Li Qiang) @ None]"], "meeting.received_by"),
    ("The memorandum followed Tokayev's meeting with the Chinese Ambassador, Zhang Xiao, on Nov. 3.", "2021-11-05",
     ["Meeting[meeting 2021-11-03 (Tokayev, Zhang Xiao) @ None]"], "meeting.possessive"),
    ("Foreign Minister Murat Nurtleu and Chinese Foreign Minister Wang Yi met on Aug. 14 in Beijing.", "2023-08-16",
     ["Meeting[meeting 2023-08-14 (Nurtleu, Wang Yi) @ Beijing]"], "meeting.met"),
    ("Wang Yi praised rising trade during a joint press conference with Foreign Minister Yermek Kosherbayev on "
     "March 3 in Astana.", "2025-03-04", ["Meeting[meeting 2025-03-03 (Wang Yi, Kosherbayev) @ Astana]"],
     "meeting.during_meeting_with"),
    ("Relations are at their best, Nazarbayev said during the negotiations with his Chinese counterpart Xi Jinping "
     "on Thursday.", "2015-09-04", ["Meeting[talks 2015-09-03 (Nazarbayev, Xi Jinping) @ None]"],
     "meeting.during_meeting_with"),
    # a date in the reported words is the figure's, not the talks'
    ("Bilateral trade reached $31 billion last year, President Tokayev said during the talks with Xi Jinping.",
     "2023-05-17", ["Meeting[talks 2023-05-17 (Tokayev, Xi Jinping) @ None]"], "meeting.during_meeting_with"),
    ("At the meeting with Chinese Ambassador Zhang Xiao, the sides noted the summit in Xi'an in May.", "2023-03-14",
     [], None),
    ("Deputy Foreign Minister Roman Vassilenko held a meeting with Miao Deyu, Vice Foreign Minister of China, on June 4.",
     "2024-06-06", ["Meeting[meeting 2024-06-04 (Vassilenko, Miao Deyu) @ None]"], "meeting.held_meeting"),
    ("First President of Kazakhstan Nursultan Nazarbayev met with Chinese Foreign Minister Wang Yi.", "2020-09-12",
     ["Meeting[meeting 2020-09-12 (Nazarbayev, Wang Yi) @ None]"], "meeting.met"),
    ("The Silk Road Economic Belt was proposed by Xi Jinping during his visit to Kazakhstan in September 2013.",
     "2023-09-07", ["Meeting[visit 2013-09 (Xi Jinping) @ None]"], "visit.possessive"),
    ("«I met Ambassador Zhang Xiao on Monday,» Prime Minister Alikhan Smailov said.", "2023-03-08",
     ["Meeting[meeting 2023-03-06 (Smailov, Zhang Xiao) @ None]"], "meeting.met"),
    ("Chinese premier meets Kazakh PM in Beijing", "2025-06-10",
     ["Meeting[meeting 2025-06-10 (Li Qiang, Bektenov) @ Beijing]"], "meeting.met"),
    ("Chinese President Xi Jinping, who is on a state visit to Kazakhstan, met with Senate Chairman Maulen "
     "Ashimbayev on Wednesday.", "2024-07-04", ["Meeting[meeting 2024-07-03 (Xi Jinping, Ashimbayev) @ None]"],
     "meeting.met"),
    # --- issue 9: dates as Kazakh, Russian and wire outlets print them
    ("Tokayev received Chinese Ambassador Han Chunlin on 21.08.2024.", "2024-08-22",
     ["Meeting[meeting 2024-08-21 (Tokayev, Han Chunlin) @ None]"], "meeting.received"),
    ("On Thursday, Aug. 22, Tokayev held talks with Li Qiang.", "2024-08-26",
     ["Meeting[talks 2024-08-22 (Tokayev, Li Qiang) @ None]"], "meeting.held_talks"),
    ("Nurtleu met with Wang Yi the day before yesterday.", "2024-03-14",
     ["Meeting[meeting 2024-03-12 (Nurtleu, Wang Yi) @ None]"], "meeting.met"),
    ("Bektenov met Ding Xuexiang on the 3rd of March.", "2024-03-14",
     ["Meeting[meeting 2024-03-03 (Bektenov, Ding Xuexiang) @ None]"], "meeting.met"),
    ("Smailov met Ding Xuexiang two weeks ago in Beijing.", "2023-06-15",
     ["Meeting[meeting 2023-06-01 (Smailov, Ding Xuexiang) @ Beijing]"], "meeting.met"),
    ("Smailov held talks with Wang Yi earlier this month.", "2023-06-15",
     ["Meeting[talks 2023-06 (Smailov, Wang Yi) @ None]"], "meeting.held_talks"),
    # a second verb shares the first one's subject and date
    ("On 5 June, Vice Premier Ding Xuexiang met in Astana with Prime Minister Olzhas Bektenov, and co-chaired "
     "the 12th meeting of the Cooperation Committee with Deputy Prime Minister Serik Zhumangarin.", "2024-06-07",
     ["Meeting[meeting 2024-06-05 (Ding Xuexiang, Bektenov) @ Astana]",
      "Meeting[meeting 2024-06-05 (Ding Xuexiang, Zhumangarin) @ Astana]"], "meeting.met"),
    # a place named after a person is no person
    ("When Li Qiang landed at Nursultan Nazarbayev International Airport on Monday, he was welcomed by "
     "Prime Minister Olzhas Bektenov.", "2024-06-05", ["Meeting[meeting 2024-06-03 (Bektenov, Li Qiang) @ Astana]"],
     "meeting.received_by"),
    # more verbs of meeting
    ("Prime Minister Bektenov sat down with Vice Premier Ding Xuexiang on the sidelines of the forum.", "2024-06-07",
     ["Meeting[meeting 2024-06-07 (Bektenov, Ding Xuexiang) @ None]"], "meeting.met"),
    ("Foreign Minister Nurtleu conferred with Wang Yi in Beijing on Tuesday.", "2024-03-14",
     ["Meeting[meeting 2024-03-12 (Nurtleu, Wang Yi) @ Beijing]"], "meeting.met"),
    ("Ambassador Han Chunlin paid a courtesy call on Prime Minister Olzhas Bektenov.", "2024-12-10",
     ["Meeting[meeting 2024-12-10 (Han Chunlin, Bektenov) @ None]"], "meeting.met"),
    ("Kosherbayev exchanged views with Wang Yi on transit corridors.", "2025-10-29",
     ["Meeting[meeting 2025-10-29 (Kosherbayev, Wang Yi) @ None]"], "meeting.joint"),
    ("President Tokayev received a delegation led by Chinese Vice Premier Ding Xuexiang.", "2024-06-10",
     ["Meeting[meeting 2024-06-10 (Tokayev, Ding Xuexiang) @ None]"], "meeting.received"),
    ("Li Qiang and Bektenov had a phone call on Monday.", "2024-11-06",
     ["Meeting[call 2024-11-04 (Li Qiang, Bektenov) @ None]"], "call.phone"),
    ("Bektenov and Li Qiang signed a protocol after their talks in Beijing.", "2024-11-06",
     ["Meeting[talks 2024-11-06 (Bektenov, Li Qiang) @ Beijing]"], "meeting.their"),
    ("Tokayev thanked Xi Jinping for the warm welcome during their talks in Xi'an on May 17.", "2023-05-19",
     ["Meeting[talks 2023-05-17 (Tokayev, Xi Jinping) @ Xi'an]"], "meeting.their"),
    ("At the invitation of Xi Jinping, Tokayev paid a state visit to China from May 16 to 19.", "2023-05-20",
     ["Meeting[visit 2023-05-16 (Tokayev, Xi Jinping) @ None]"], "visit.paid"),
    # arrivals and trips are visits; "were meeting" is a meeting (blind round 3)
    ("The last time Li Qiang travelled to Kazakhstan was in 2023.", "2025-06-01",
     ["Meeting[visit 2023 (Li Qiang) @ None]"], "visit.visited"),
    ("In June 2019, Xi Jinping arrived in Astana for the summit.", "2025-06-01",
     ["Meeting[visit 2019-06 (Xi Jinping) @ Astana]"], "visit.visited"),
    ("Tokayev arrived in Beijing on October 16 for an official visit.", "2023-10-18",
     ["Meeting[visit 2023-10-16 (Tokayev) @ Beijing]"], "visit.paid"),
    ("Bektenov and Li Qiang were meeting on the eve of the summit.", "2024-07-02",
     ["Meeting[meeting 2024-07-02 (Bektenov, Li Qiang) @ None]"], "meeting.met"),
    # a meeting named as the cause of the day's news is an earlier one, with no date of its own
    ("The premier chaired a session on the projects signed following the talks between Tokayev and Xi Jinping.",
     "2025-06-25", ["Meeting[talks None (Tokayev, Xi Jinping) @ None]"], "meeting.between"),
    # an office of a body named at length, then the name after a comma
    ("Nurtleu held talks with the Head of the International Department of the Central Committee of the "
     "Communist Party of China, Liu Haixing.", "2024-04-02",
     ["Meeting[talks 2024-04-02 (Nurtleu, Liu Haixing) @ None]"], "meeting.held_talks"),
    # the year of a noun's possessive, another verb's date: neither dates the meeting
    ("Tokayev and Li Qiang were meeting on the eve of this year's summit of an organisation founded in 2001.",
     "2024-07-02", ["Meeting[meeting 2024-07-02 (Tokayev, Li Qiang) @ None]"], "meeting.met"),
    # a pronoun subject, talks "while holding", separate meetings, a caption (blind round 6)
    ("Wang Yi arrived in Astana on Monday. He met with Foreign Minister Murat Nurtleu.", "2024-05-22",
     ["Meeting[meeting 2024-05-20 (Wang Yi, Nurtleu) @ Astana]"], "meeting.met"),
    ("Li Qiang made the remarks while holding talks with Prime Minister Olzhas Bektenov in Astana.", "2025-06-18",
     ["Meeting[talks 2025-06-18 (Li Qiang, Bektenov) @ Astana]"], "meeting.held_talks"),
    ("Ding Xuexiang held separate meetings with Prime Minister Bektenov and Foreign Minister Nurtleu.", "2024-06-06",
     ["Meeting[meeting 2024-06-06 (Ding Xuexiang, Bektenov) @ None]",
      "Meeting[meeting 2024-06-06 (Ding Xuexiang, Nurtleu) @ None]"], "meeting.held_meeting"),
    ("Premier Li Keqiang had a bilateral conference with Prime Minister Karim Massimov.", "2014-12-15",
     ["Meeting[meeting 2014-12-15 (Li Keqiang, Massimov) @ None]"], "meeting.held_meeting"),
    ("Chinese President Xi Jinping attends a meeting with Kazakh President Tokayev in Xi'an, China, on May 17, 2023.",
     None, ["Meeting[meeting 2023-05-17 (Xi Jinping, Tokayev) @ Xi'an]"], "meeting.held_meeting"),
    ("Vice Premier Hu Chunhua talked with Deputy Prime Minister Serik Zhumangarin in Beijing.", "2022-08-01",
     ["Meeting[meeting 2022-08-01 (Hu Chunhua, Zhumangarin) @ Beijing]"], "meeting.met"),
    ("Massimov met with Xi Jinping and conducted negotiations with Premier Li Keqiang.", "2015-03-30",
     ["Meeting[meeting 2015-03-30 (Massimov, Xi Jinping) @ None]",
      "Meeting[talks 2015-03-30 (Massimov, Li Keqiang) @ None]"], "meeting.met"),
    # a fronted "during his visit to P," names its visitor after the comma
    ("Last October, during his visit to Astana, Chinese Premier Li Qiang proposed a new corridor.", "2025-03-02",
     ["Meeting[visit 2024-10 (Li Qiang) @ Astana]"], "visit.possessive"),
    # a span of days is no one day: its month
    ("Wang Yi visited Astana from Monday to Wednesday and met with Tokayev.", "2024-05-18",
     ["Meeting[meeting 2024-05 (Wang Yi, Tokayev) @ Astana]"], "meeting.met"),
    # --- issue 9: the language of news not seen before (rows written fresh for each kind)
    # a lead naming both sides and what they discussed
    ("Kazakh Energy Minister Almasadam Satkaliyev and Chinese Vice Premier Ding Xuexiang discussed gas supplies "
     "in Beijing on 9 April.", "2024-04-11", ["Meeting[meeting 2024-04-09 (Satkaliyev, Ding Xuexiang) @ Beijing]"],
     "meeting.joint"),
    ("Foreign Minister Murat Nurtleu and Wang Yi reviewed the road map of cooperation on Monday.", "2024-02-28",
     ["Meeting[meeting 2024-02-26 (Nurtleu, Wang Yi) @ None]"], "meeting.joint"),
    ("Vice Premier Han Zheng and First Deputy Prime Minister Alikhan Smailov co-chaired the cooperation "
     "committee session in Astana.", "2019-09-03", ["Meeting[meeting 2019-09-03 (Han Zheng, Smailov) @ Astana]"],
     "meeting.joint"),
    ("Kazakh Deputy Prime Minister Serik Zhumangarin and Vice Premier He Lifeng, who arrived on a working visit, "
     "debated on 16 May the supply of wheat.", "2024-05-18",
     ["Meeting[meeting 2024-05-16 (Zhumangarin, He Lifeng) @ None]"], "meeting.joint"),
    ("Chinese Premier Li Qiang said to the visiting Kazakh prime minister on Thursday that trade should grow.",
     "2023-11-11", ["Meeting[meeting 2023-11-09 (Li Qiang, Smailov) @ None]"], "meeting.told_visiting"),
    ("Nazarbayev and Li Keqiang's talks in the Kazakh capital last December opened a new chapter.", "2015-03-27",
     ["Meeting[talks 2014-12 (Nazarbayev, Li Keqiang) @ None]"], "meeting.joint_possessive"),
    # calls and talks without an article, the party of the main clause after a date
    ("During a telephone conversation with Foreign Minister Murat Nurtleu on Friday, Wang Yi praised the "
     "partnership.", "2024-01-15", ["Meeting[call 2024-01-12 (Wang Yi, Nurtleu) @ None]"],
     "meeting.during_meeting_with"),
    ("During talks with Chinese Foreign Minister Wang Yi in Beijing, Kosherbayev stressed the transit potential.",
     "2025-10-29", ["Meeting[talks 2025-10-29 (Kosherbayev, Wang Yi) @ Beijing]"], "meeting.during_meeting_with"),
    # a newly accredited envoy named after a comma; officials named by their company
    ("President Tokayev received the newly appointed Chinese ambassador, Han Chunlin.", "2024-12-05",
     ["Meeting[meeting 2024-12-05 (Tokayev, Han Chunlin) @ None]"], "meeting.received"),
    ("The minister Yerbol Karashukeyev held talks with Bo Tao, vice chairman of a grain trading group.",
     "2023-07-14", ["Meeting[talks 2023-07-14 (Karashukeyev, Bo Tao) @ None]"], "meeting.held_talks"),
    ("Trade Minister Arman Shakkaliyev met Gao Yan, the president of a Chinese logistics firm, on Monday.",
     "2024-09-11", ["Meeting[meeting 2024-09-09 (Shakkaliyev, Gao Yan) @ None]"], "meeting.met"),
    # "the two presidents": the presidents of the two countries the article named; a list of
    # places, one meeting each
    ("President Tokayev received Xi Jinping in Astana in September. The two presidents have met three times "
     "this year, in Astana, Samarkand and Beijing.", "2022-12-01",
     ["Meeting[meeting 2022-09 (Tokayev, Xi Jinping) @ Astana]", "Meeting[meeting 2022 (Tokayev, Xi Jinping) @ Astana]",
      "Meeting[meeting 2022 (Tokayev, Xi Jinping) @ Samarkand]", "Meeting[meeting 2022 (Tokayev, Xi Jinping) @ Beijing]"],
     "meeting.received"),
    # ... only where both hold that office
    ("Foreign Minister Nurtleu received Wang Yi. The two presidents met twice this year, in Astana and Xi'an.",
     "2023-12-01", ["Meeting[meeting 2023-12-01 (Nurtleu, Wang Yi) @ None]"], "meeting.received"),
    # "he and X met": "he" is the person named before (blind round 5)
    ("Li Qiang recalled that last year he and Prime Minister Bektenov met twice, in Astana and Beijing.",
     "2025-06-02", ["Meeting[meeting 2024 (Li Qiang, Bektenov) @ Astana]", "Meeting[meeting 2024 (Li Qiang, Bektenov) @ Beijing]"],
     "meeting.met"),
    # a trip made to meet someone is no future meeting
    ("Prime Minister Bektenov flew to Urumqi to meet the region's party secretary Ma Xingrui.", "2024-08-20",
     ["Meeting[meeting 2024-08-20 (Bektenov, Ma Xingrui) @ None]"], "meeting.met"),
    # joined visitors; one record per counterpart met in turn
    ("Tokayev and Xi Jinping visited the Khorgos dry port on Thursday.", "2024-07-06",
     ["Meeting[visit 2024-07-04 (Tokayev, Xi Jinping) @ Horgos]"], "visit.visited"),
    # (an editor's word in brackets before the second visitor: each of them visited)
    ("He said the former president Nazarbayev and [current] President Tokayev both visited Beijing in 2019.",
     "2020-03-02", ["Meeting[visit 2019 (Nazarbayev) @ Beijing]", "Meeting[visit 2019 (Tokayev) @ Beijing]"], "visit.visited"),
    # an office of a body: the body's words are no name; the name after the comma is the holder's
    ("Ma Xingrui received the Chairman of the Board of Kazakhstan Temir Zholy (KTZ) National Company JSC, "
     "Nurlan Sauranbayev.", "2025-02-20", ["Meeting[meeting 2025-02-20 (Ma Xingrui, Sauranbayev) @ None]"], "meeting.received"),
    ("Tokayev received the President of the Asian Infrastructure Investment Bank, Jin Liqun, at Akorda.", "2023-06-01",
     ["Meeting[meeting 2023-06-01 (Tokayev, Jin Liqun) @ Akorda]"], "meeting.received"),
    ("Vice president Wu Gang met with Daniyar Amanov, adviser to the Governor of Zhambyl Region, and Serik Temirov, "
     "chairman of a farmers' union, on Oct. 2.", "2024-10-05",
     ["Meeting[meeting 2024-10-02 (Wu Gang, Amanov) @ None]", "Meeting[meeting 2024-10-02 (Wu Gang, Temirov) @ None]"],
     "meeting.met"),
    ("Prime Minister Bektenov received the chief executive of the company Wang Hong.", "2024-09-02",
     ["Meeting[meeting 2024-09-02 (Bektenov, Wang Hong) @ None]"], "meeting.received"),
    # a family name with another given name is another person; a body's region is no name
    ("President Tokayev met with Xi Guohua, chairman of the CITIC Group, in Astana.", "2025-03-10",
     ["Meeting[meeting 2025-03-10 (Tokayev, Xi Guohua) @ Astana]"], "meeting.met"),
    # (also with the given name misspelt, as printed: "Gohua")
    ("President Tokayev received Xi Gohua, chairman of a Chinese investment group, in Astana.",
     "2025-06-02", ["Meeting[meeting 2025-06-02 (Tokayev, Xi Gohua) @ Astana]"], "meeting.received"),
    ("Prime Minister Smailov met the Special Envoy to Central Asia Li Huilai.", "2022-05-04",
     ["Meeting[meeting 2022-05-04 (Smailov, Li Huilai) @ None]"], "meeting.met"),
    # a visit that kicks off on a stated day; a fronted visit with its own date
    ("Premier Li Qiang will kick off his official visit to Kazakhstan on Sunday.", "2024-05-16",
     ["Meeting[visit 2024-05-19 (Li Qiang) @ None]"], "visit.paid"),
    ("During the visit to Kazakhstan in May 2018, Vice Premier Hu Chunhua opened the trade centre.", "2019-01-10",
     ["Meeting[visit 2018-05 (Hu Chunhua) @ None]"], "visit.during"),
    ("Vice Premier Ding Xuexiang arrived in Astana on Monday, engaging in detailed discussions with Prime "
     "Minister Olzhas Bektenov.", "2023-11-29", ["Meeting[talks 2023-11-27 (Ding Xuexiang, Bektenov) @ Astana]"],
     "meeting.held_talks"),
    # a visit told with its span of days is dated by its first day (a meeting held within it: the month)
    ("Tokayev paid a state visit to China on September 10-12.", "2019-09-20",
     ["Meeting[visit 2019-09-10 (Tokayev) @ None]"], "visit.paid"),
    # the span's days written as ordinals
    ("Tokayev paid a state visit to China from September 10th to 12th.", "2019-09-20",
     ["Meeting[visit 2019-09-10 (Tokayev) @ None]"], "visit.paid"),
    ("Tokayev paid a state visit to China on September 10th-12th.", "2019-09-20",
     ["Meeting[visit 2019-09-10 (Tokayev) @ None]"], "visit.paid"),
    ("Premier Li Qiang toured Kazakhstan June 4-7, ahead of the summit.", None,
     ["Meeting[visit --06-04 (Li Qiang) @ None]"], "visit.visited"),
    ("Visiting Aktau and Atyrau from April 2 to 5, Vice Premier Ding Xuexiang said ties would deepen.", None,
     ["Meeting[visit --04-02 (Ding Xuexiang) @ None]"], "visit.visited"),
    ("Foreign Minister Nurtleu spoke with Wang Yi on the sidelines of the forum in Tianjin.", "2025-06-02",
     ["Meeting[meeting 2025-06-02 (Nurtleu, Wang Yi) @ Tianjin]"], "meeting.met"),
    # an office alone is its holder that year: the Chinese president of 2010
    ("Nazarbayev held talks with the Chinese President in Astana.", "2010-06-12",
     ["Meeting[talks 2010-06-12 (Nazarbayev, Hu Jintao) @ Astana]"], "meeting.held_talks"),
    ("Foreign Minister Kanat Saudabayev met Premier Wen Jiabao in Beijing.", "2010-04-20",
     ["Meeting[meeting 2010-04-20 (Saudabayev, Wen Jiabao) @ Beijing]"], "meeting.met"),
    # a visit to a place named with lower-case words first
    ("Premier Li Qiang on Tuesday visited the oil-rich Mangystau region.", "2024-06-06",
     ["Meeting[visit 2024-06-04 (Li Qiang) @ None]"], "visit.visited"),
    # a caption: "(photo shows) X meeting with Y in P, <date>"; "President Xi" and "Xi Jinping" are one name
    ("File photo shows Chinese President Xi Jinping meeting with Kazakh President Tokayev in Dushanbe, "
     "June 15, 2019. (Xinhua)", "2020-03-25", ["Meeting[meeting 2019-06-15 (Xi Jinping, Tokayev) @ Dushanbe]"],
     "meeting.shown"),
    # a Title Case headline: "To Deepen Cooperation" is no name after an office
    ("Xi Jinping and Kazakh President Meet in Astana To Deepen Cooperation", "2024-07-03",
     ["Meeting[meeting 2024-07-03 (Xi Jinping, Tokayev) @ Astana]"], "meeting.met"),
    # fronted "After / Following talks," with the pair after the comma; the talks' own day
    ("Following lengthy talks, Premier Li Qiang and Olzhas Bektenov approved a road map.", "2024-11-06",
     ["Meeting[talks 2024-11-06 (Li Qiang, Bektenov) @ None]"], "meeting.their"),
    ("After their talks on Monday, Tokayev and Xi Jinping opened a trade centre.", "2024-07-03",
     ["Meeting[talks 2024-07-01 (Tokayev, Xi Jinping) @ None]"], "meeting.their"),
    ("Tokayev and Xi Jinping opened a trade centre after their talks on Monday.", "2024-07-03",
     ["Meeting[talks 2024-07-01 (Tokayev, Xi Jinping) @ None]"], "meeting.their"),
    # a plan across two months is dated by its first day; "during an Oct. 17 meeting"
    ("Bektenov will visit China from 29 April to 2 May at the invitation of Li Qiang.", None,
     ["Meeting[visit --04-29 (Bektenov, Li Qiang) @ None]"], "visit.visited"),
    ("Tokayev and Xi Jinping praised the new rail link during a Nov. 3 meeting in Astana.", "2024-11-05",
     ["Meeting[meeting 2024-11-03 (Tokayev, Xi Jinping) @ Astana]"], "meeting.their"),
    # "and (then) again in <date>": one record each time
    ("Premier Li Qiang visited Astana in March 2024 and then again in November 2024.", "2025-01-10",
     ["Meeting[visit 2024-03 (Li Qiang) @ Astana]", "Meeting[visit 2024-11 (Li Qiang) @ Astana]"], "visit.visited"),
    # a fronted visit with no comma before its visitor: the name right after its date
    ("During her working visit to China on 3-5 June 2019 Kazakh Deputy Prime Minister Gulshara Abdykalikova "
     "said ties were strong.", "2019-06-10", ["Meeting[visit 2019-06-03 (Abdykalikova) @ None]"], "visit.possessive"),
    # "X told reporters after meeting Y": they met
    ("Vice Premier Ding Xuexiang told reporters after meeting Olzhas Bektenov that the talks went well.",
     "2024-06-05", ["Meeting[meeting 2024-06-05 (Ding Xuexiang, Bektenov) @ None]"], "meeting.met"),
    # an adverb between "received" and whom; a video conference told with "spoke via"
    ("Speaker Yerlan Koshanov received today Han Chunlin, the Chinese ambassador.", "2025-03-12",
     ["Meeting[meeting 2025-03-12 (Koshanov, Han Chunlin) @ None]"], "meeting.received"),
    ("Senate Speaker Maulen Ashimbayev spoke via videoconference with Zhao Leji.", "2024-04-02",
     ["Meeting[meeting 2024-04-02 (Ashimbayev, Zhao Leji) @ None]"], "meeting.video"),
    # Chinese names as companies and Western outlets write them: "He" a family name, given name first
    ("Vice Premier Bozumbayev met the president of Sinohydro He Jianming in Astana.", "2025-06-03",
     ["Meeting[meeting 2025-06-03 (Bozumbayev, He Jianming) @ Astana]"], "meeting.met"),
    ("Vice Premier Bozumbayev held talks with Jianming Zhou, the chairman of the firm.", "2025-06-03",
     ["Meeting[talks 2025-06-03 (Bozumbayev, Jianming Zhou) @ None]"], "meeting.held_talks"),
    # a visit whose visitor signed something with the host: they met
    ("Premier Li Qiang visited Kazakhstan in May and signed a road map with Prime Minister Olzhas Bektenov.",
     "2024-07-01", ["Meeting[visit 2024-05 (Li Qiang, Bektenov) @ None]"], "visit.visited"),
    # "during bilateral talks held via videoconference between X and Y": the talks between them
    ("Trade was reviewed during bilateral talks held via videoconference between Prime Minister Olzhas Bektenov "
     "and Premier Li Qiang.", "2024-11-04", ["Meeting[talks 2024-11-04 (Bektenov, Li Qiang) @ None]"], "meeting.between"),
    # "a <date> meeting in <city> between X and Y"; a misspelling the press uses ("Xi Jingpin")
    ("At a March 3 meeting in Beijing between Defence Minister Ruslan Zhaksylykov and Dong Jun, the sides agreed.",
     "2024-03-05", ["Meeting[meeting 2024-03-03 (Zhaksylykov, Dong Jun) @ Beijing]"], "meeting.between"),
    ("Kazakh President Tokayev met Xi Jingpin in Astana.", "2024-07-03",
     ["Meeting[meeting 2024-07-03 (Tokayev, Xi Jingpin) @ Astana]"], "meeting.met"),
    # the visitor's office set off by commas, then the visit's own day
    ("They prepared the upcoming visit of China's premier, Li Qiang, to Astana on June 12-13.", "2025-06-01",
     ["Meeting[visit 2025-06-12 (Li Qiang) @ None]"], "visit.of"),
    # a dialogue named with many words, held "here" with the other side
    ("Wang Yi held the third China-Kazakhstan foreign ministers' strategic dialogue here with Yermek Kosherbayev.",
     "2025-11-02", ["Meeting[meeting 2025-11-02 (Wang Yi, Kosherbayev) @ None]"], "meeting.held_meeting"),
    # a meeting told as a noun whose verb comes after is a plan: its date lies ahead
    ("Talks between Foreign Minister Nurtleu and Wang Yi are set to take place on March 9.", "2024-02-20",
     ["Meeting[talks 2024-03-09 (Nurtleu, Wang Yi) @ None]"], "meeting.between"),
    ("A meeting between Foreign Minister Nurtleu and Wang Yi took place on March 9.", "2024-02-20",
     ["Meeting[meeting 2023-03-09 (Nurtleu, Wang Yi) @ None]"], "meeting.between"),
    # a span of days with its year after it
    ("Tokayev paid a state visit to China from May 16 to 19, 2023.", None,
     ["Meeting[visit 2023-05-16 (Tokayev) @ None]"], "visit.paid"),
    # "his Kazakh counterpart": the holder that year of the office the other side holds
    ("Premier Li Keqiang and his Kazakh counterpart met on Saturday in Beijing.", "2013-09-08",
     ["Meeting[meeting 2013-09-07 (Li Keqiang, Akhmetov) @ Beijing]"], "meeting.met"),
    ("On Monday, Premier Li Qiang told his Kazakh counterpart that trade would keep growing.", "2025-03-05",
     ["Meeting[meeting 2025-03-03 (Li Qiang, Bektenov) @ None]"], "meeting.told_visiting"),
    # the visiting minister is the visitor; two met respectively with one: one record each
    ("Vice Minister Sun Weidong attended the briefing held by the visiting Foreign Minister Murat Nurtleu.",
     "2024-02-10", ["Meeting[visit 2024-02-10 (Nurtleu) @ None]"], "visit.visited"),
    ("President Tokayev and Foreign Minister Nurtleu met respectively with Vice Minister Sun Weidong.",
     "2024-02-10", ["Meeting[meeting 2024-02-10 (Tokayev, Sun Weidong) @ None]",
                    "Meeting[meeting 2024-02-10 (Nurtleu, Sun Weidong) @ None]"], "meeting.met"),
    # "was met on the airport tarmac by"
    ("Xi was met on the airport tarmac by President Tokayev.", "2022-09-14",
     ["Meeting[meeting 2022-09-14 (Tokayev, Xi Jinping) @ None]"], "meeting.received_by"),
    # "were discussed by X and Y"; "held a strategic dialogue with"; "X, who is visiting China"
    ("Grain exports were discussed by Prime Minister Olzhas Bektenov and Ambassador Zhang Xiao.", "2024-03-01",
     ["Meeting[meeting 2024-03-01 (Bektenov, Zhang Xiao) @ None]"], "meeting.joint"),
    ("Wang Yi held the third strategic dialogue with Foreign Minister Murat Nurtleu in Beijing.", "2025-03-01",
     ["Meeting[meeting 2025-03-01 (Wang Yi, Nurtleu) @ Beijing]"], "meeting.held_meeting"),
    ("Tokayev, who is visiting China, said exports of grain would grow.", "2019-09-11",
     ["Meeting[visit 2019-09-11 (Tokayev) @ None]"], "visit.visited"),
    # two named parties, then the talks the clause follows
    ("Foreign Minister Murat Nurtleu and Chinese Foreign Minister Wang Yi met the press on Tuesday following "
     "two rounds of talks in Astana.", "2024-03-14", ["Meeting[talks 2024-03-12 (Nurtleu, Wang Yi) @ Astana]"],
     "meeting.their"),
    # a visit yet to come with a stated day; a visit dated inside its noun phrase; a visit the
    # speaker recalls
    ("Prime Minister Bektenov will visit Shanghai on Friday to open the trade fair.", "2024-11-04",
     ["Meeting[visit 2024-11-08 (Bektenov) @ Shanghai]"], "visit.visited"),
    ("Wang Yi and Nurtleu will sign two agreements during a May 20 visit, the ministry said.", "2024-05-14",
     ["Meeting[visit 2024-05-20 (Nurtleu, Wang Yi) @ None]"], "visit.during"),
    ("Premier Li Qiang recalled his trip to Astana last year.", "2025-03-01",
     ["Meeting[visit 2024 (Li Qiang) @ Astana]"], "visit.possessive"),
    ("Wang Yi visited Astana and met with President Tokayev and Foreign Minister Murat Nurtleu respectively.",
     "2024-05-18", ["Meeting[meeting 2024-05-18 (Wang Yi, Tokayev) @ Astana]",
                    "Meeting[meeting 2024-05-18 (Wang Yi, Nurtleu) @ Astana]"], "meeting.met"),
    # people no list knows, by the shape of their names; camel-cased company names are no names
    ("Daniyar Kenzhebekov also met with the chairman of the group, Sun Qin, and its director, Liu Yang.",
     "2024-03-01", ["Meeting[meeting 2024-03-01 (Kenzhebekov, Sun Qin) @ None]",
                    "Meeting[meeting 2024-03-01 (Kenzhebekov, Liu Yang) @ None]"], "meeting.met"),
    ("Talgat Serikov, CEO of KazMunayGas, met with Zhou Lin, director-general of the Xinjiang Railway Company and "
     "Wu Gang, general manager of the Khorgos Gateway.", "2024-03-01",
     ["Meeting[meeting 2024-03-01 (Serikov, Zhou Lin) @ None]", "Meeting[meeting 2024-03-01 (Serikov, Wu Gang) @ None]"],
     "meeting.met"),
    # two people met each other, as part of a third's visit
    ("Timur Abenov and Liu Ming met in Beijing as part of the working visit of Deputy Prime Minister Serik "
     "Zhumangarin.", "2024-03-01", ["Meeting[meeting 2024-03-01 (Abenov, Liu Ming) @ Beijing]"], "meeting.met"),
    ("Nazarbayev and Foreign Minister Erlan Abilkasymuly Idrissov met separately with Vice Premier Liu Ming.",
     "2016-03-01", ["Meeting[meeting 2016-03-01 (Nazarbayev, Liu Ming) @ None]",
                    "Meeting[meeting 2016-03-01 (Idrissov, Liu Ming) @ None]"], "meeting.met"),
    # a tally with its years: one record a year; visits made "respectively": one each
    ("Premier Li Qiang has visited Astana twice as premier, in 2023 and 2024.", "2025-01-10",
     ["Meeting[visit 2023 (Li Qiang) @ Astana]", "Meeting[visit 2024 (Li Qiang) @ Astana]"], "visit.visited"),
    # a tally whose last time is told with its date: that time, one record (blind round r305)
    ("Smailov has met Premier Li Qiang six times since 2023, most recently in Tianjin on August 31.", "2025-09-05",
     ["Meeting[meeting 2025-08-31 (Smailov, Li Qiang) @ Tianjin]"], "meeting.met"),
    ("Wang Yi has visited Astana three times, the last time in April 2024.", "2025-01-10",
     ["Meeting[visit 2024-04 (Wang Yi) @ Astana]"], "visit.visited"),
    ("Tokayev and Wang Yi have met four times: in 2019, 2021, 2022 and 2024.", "2025-01-10",
     ["Meeting[meeting 2019 (Tokayev, Wang Yi) @ None]", "Meeting[meeting 2021 (Tokayev, Wang Yi) @ None]",
      "Meeting[meeting 2022 (Tokayev, Wang Yi) @ None]", "Meeting[meeting 2024 (Tokayev, Wang Yi) @ None]"],
     "meeting.met"),
    ("In 2023 Premier Li Qiang and Prime Minister Smailov made visits to Kazakhstan and China respectively.",
     "2025-01-10", ["Meeting[visit 2023 (Li Qiang) @ None]", "Meeting[visit 2023 (Smailov) @ None]"], "visit.paid"),
    # "a meeting of X and Y", each with an office set off by commas
    ("The issue was discussed at a meeting of Aidar Saparov, Kazakhstan's Minister of Agriculture, and Wang "
     "Jianjun, Director of the Department of Trade.", "2024-08-20",
     ["Meeting[meeting 2024-08-20 (Saparov, Wang Jianjun) @ None]"], "meeting.between"),
    # "X discussed ... with Y", the one discussed with an office's holder; fronted "With Y, X discussed"
    ("Prime Minister Olzhas Bektenov discussed investment in the energy industry with CNPC Chairman Dai Houliang.",
     "2024-07-02", ["Meeting[meeting 2024-07-02 (Bektenov, Dai Houliang) @ None]"], "meeting.joint"),
    ("With CITIC Group Chairman Xi Guohua, Bektenov discussed joint projects.", "2024-07-02",
     ["Meeting[meeting 2024-07-02 (Bektenov, Xi Guohua) @ None]"], "meeting.joint"),
    # ... "With Y, he reviewed": the one named before
    ("Prime Minister Olzhas Bektenov toured the plant. With CITIC Group Chairman Xi Guohua, he reviewed joint "
     "projects.", "2024-07-02", ["Meeting[meeting 2024-07-02 (Bektenov, Xi Guohua) @ None]"], "meeting.joint"),
    # a date opening the sentence covers its clauses; a date in brackets restates one more precisely
    ("On November 7, within the framework of his working visit to China, Minister Askar Myrzakhmetov held a "
     "meeting with Minister of Agriculture Han Changfu.", "2017-11-08",
     ["Meeting[meeting 2017-11-07 (Myrzakhmetov, Han Changfu) @ None]"], "meeting.held_meeting"),
    ("Prime Minister Sagintayev visited Shaanxi Province last year (July 2016).", "2017-09-22",
     ["Meeting[visit 2016-07 (Sagintayev) @ None]"], "visit.visited"),
    # "in the company of Y": Y is with the visitor
    ("On September 8, Xi Jinping, in the company of President Nazarbayev, visited Almaty.", "2013-09-10",
     ["Meeting[visit 2013-09-08 (Xi Jinping, Nazarbayev) @ Almaty]"], "visit.visited"),
    # a clause set off by commas between the subject and its modal verb
    ("Xi, who is making his third trip abroad this year, will meet with Kazakh President Kassym-Jomart Tokayev "
     "on Monday.", "2025-06-16", ["Meeting[meeting 2025-06-16 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    # another event's dates ("the summit, set for August 31 to September 1") are not the meeting's
    ("In Tianjin on Saturday, Xi Jinping welcomed Kazakh President Kassym-Jomart Tokayev as they gear up for the "
     "summit, set for August 31 to September 1.", "2025-08-31",
     ["Meeting[meeting 2025-08-30 (Xi Jinping, Tokayev) @ None]"], "meeting.welcomed"),
    # "more than ten years ago" names no year
    ("Xi Jinping visited Kazakhstan more than ten years ago.", "2025-03-28",
     ["Meeting[visit None (Xi Jinping) @ None]"], "visit.visited"),
    # a wire's dateline is the story's day, a day before the page's
    ("XI'AN, May 12 (Xinhua) -- Wang Yi held talks with Foreign Minister Mukhtar Tleuberdi.", "2021-05-13",
     ["Meeting[talks 2021-05-12 (Wang Yi, Tleuberdi) @ Xi'an]"], "meeting.held_talks"),
    # a committee's session "chaired by X and Y", "under the chairmanship of X and Y": the two chairs met
    ("The sub-committee's session, chaired by Vice Minister Kairat Torebayev and Vice Minister Li Fei, approved "
     "the list of projects on Tuesday.", "2024-11-21",
     ["Meeting[meeting 2024-11-19 (Torebayev, Li Fei) @ None]"], "meeting.joint"),
    ("The sixth meeting of the transport sub-committee was held in Urumqi under the chairmanship of Vice Minister "
     "Talgat Lastayev and Vice Minister Fu Xuyin.", "2024-11-21",
     ["Meeting[meeting 2024-11-21 (Lastayev, Fu Xuyin) @ Urumqi]"], "meeting.joint"),
    # "a meeting of X and a delegation led by Y"; "co-chaired by X and Y"
    ("The Mazhilis held a meeting of Deputy Chairman Sergey Dyachenko and a delegation of the committee led by "
     "Vice Chairman Wang Guoqing.", "2015-10-15", ["Meeting[meeting 2015-10-15 (Dyachenko, Wang Guoqing) @ None]"],
     "meeting.between"),
    ("The meeting of the committee, held on Oct. 16 in Astana, was co-chaired by Deputy Foreign Minister Alibek "
     "Kuantyrov and Vice Minister Zhao Chenxin.", "2024-10-18",
     ["Meeting[meeting 2024-10-16 (Kuantyrov, Zhao Chenxin) @ Astana]"], "meeting.joint"),
    # an office set off by commas tells its holder's country only up to its comma; the third
    # country's minister met "respectively" is no record of ours
    ("Zhang Youxia, vice chairman of the Central Military Commission, on Friday met with Kazakh Defense Minister "
     "Ruslan Zhaksylykov and Vietnamese Defense Minister Phan Van Giang respectively in Beijing.", "2024-09-14",
     ["Meeting[meeting 2024-09-13 (Zhang Youxia, Zhaksylykov) @ Beijing]"], "meeting.met"),
    # a name and its possessive: "Dong Jun’s contribution"
    ("President Tokayev praised Chinese Defense Minister Dong Jun’s contribution during an April 25 meeting.",
     "2024-04-26", ["Meeting[meeting 2024-04-25 (Tokayev, Dong Jun) @ None]"], "meeting.their"),
    # a name after a company's "Co., Ltd"; "the talks of X with Y"
    ("Ambassador Shakhrat Nuryshev met with Director General of China Gezhouba Group International Engineering "
     "Co., Ltd Lyu Zexiang.", "2016-08-09", ["Meeting[meeting 2016-08-09 (Nuryshev, Lyu Zexiang) @ None]"], "meeting.met"),
    ("The talks of the First Deputy Chairman of \"Nur Otan\" party Askar Myrzahmetov with the Deputy Head of the "
     "International Department of the Communist Party of China Zhou Li ended with a protocol.", "2015-09-17",
     ["Meeting[talks 2015-09-17 (Myrzahmetov, Zhou Li) @ None]"], "meeting.between"),
    # the person a who-clause is about; "began with a meeting with"; "with the participation of X and Y";
    # "is to arrive ... on a state visit September 6-8"; a visit's date at the end of its noun phrase
    ("The forum was attended by Vice Premier Ding Xuexiang, who held a bilateral meeting with Roman Sklyar.",
     "2023-09-18", ["Meeting[meeting 2023-09-18 (Ding Xuexiang, Sklyar) @ None]"], "meeting.held_meeting"),
    ("The second day of the working visit of Deputy Prime Minister Serik Zhumangarin to China began with a "
     "meeting with the Secretary of the Party Committee of Shandong Province Lin Wu.", "2023-08-21",
     ["Meeting[meeting 2023-08-21 (Zhumangarin, Lin Wu) @ None]"], "meeting.during_meeting_with"),
    ("The forum took place in Nanning with the participation of First Deputy Prime Minister Askar Mamin and Vice "
     "Premier Zhang Gaoli.", "2017-09-13", ["Meeting[meeting 2017-09-13 (Mamin, Zhang Gaoli) @ None]"],
     "meeting.joined_by"),
    ("China's President Xi Jinping is to arrive in Kazakhstan on a state visit September 6-8.", "2013-09-03",
     ["Meeting[visit 2013-09-06 (Xi Jinping) @ None]"], "visit.paid"),
    ("The state visit of President Kassym-Jomart Tokayev to Xi'an and his part in the summit in March this year "
     "gave an impetus to trade.", "2023-09-18", ["Meeting[visit 2023-03 (Tokayev) @ None]"], "visit.of"),
    # "received the chairman of the board of directors of CNPC Corporation Y": plural office words
    ("Today President Tokayev has received the chairman of the board of directors of CNPC Corporation Wang Yilin.",
     "2019-11-13", ["Meeting[meeting 2019-11-13 (Tokayev, Wang Yilin) @ None]"], "meeting.received"),
    # "negotiated with his counterpart Y"; "the meeting of first deputy chairman of the party X with Y"
    ("Minister of Agriculture Askar Myrzakhmetov negotiated with his Chinese counterpart Han Changfu.", "2017-03-31",
     ["Meeting[talks 2017-03-31 (Myrzakhmetov, Han Changfu) @ None]"], "meeting.held_talks"),
    ("The dialogue was discussed at the meeting of first deputy chairman of the party Maulen Ashimbayev with "
     "China's Ambassador Zhang Hanhui, the press service said.", "2017-05-10",
     ["Meeting[meeting 2017-05-10 (Ashimbayev, Zhang Hanhui) @ None]"], "meeting.between"),
    # "President of China Triumph International Engineering Co." is a company's president, not Xi;
    # "Hong Kong" is a place, not a Chinese name
    ("Governor Krymbek Kusherbayev held talks with President of China Triumph International Engineering Co., "
     "Ltd Peng Shou.", "2018-01-29", ["Meeting[talks 2018-01-29 (Kusherbayev, Peng Shou) @ None]"],
     "meeting.held_talks"),
    ("President Nazarbayev met today with Financial Secretary of Hong Kong Special Administrative Region Paul Chan.",
     "2016-09-15", ["Meeting[meeting 2016-09-15 (Nazarbayev, Paul Chan) @ None]"], "meeting.met"),
    # two of one country travelling: a visit each
    ("Prime Minister Smailov and Foreign Minister Tileuberdi visited Beijing on Monday.", "2024-01-10",
     ["Meeting[visit 2024-01-08 (Smailov) @ Beijing]", "Meeting[visit 2024-01-08 (Tileuberdi) @ Beijing]"],
     "visit.visited"),
    # "met with A in the morning and with B in the afternoon": the second group is met too (blind round 297)
    ("Premier Li Qiang met with Hungarian Foreign Minister Peter Szijjarto in the morning and with Kazakh Prime "
     "Minister Olzhas Bektenov in the afternoon.", "2024-06-12",
     ["Meeting[meeting 2024-06-12 (Li Qiang, Bektenov) @ None]"], "meeting.met"),
    # a caption's "A, B and C pose for a group photo": the leaders named met (blind round 298)
    ("Chinese President Xi Jinping, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev "
     "pose for a group photo in Samarkand, Uzbekistan, Sept. 15, 2022.", "2022-09-16",
     ["Meeting[meeting 2022-09-15 (Xi Jinping, Tokayev, Mirziyoyev) @ Samarkand]"], "meeting.joint"),
    # the guest thanks the host "for the warm welcome": a meeting of the two (blind round 179)
    ("Premier Li Qiang expressed his sincere gratitude to Prime Minister Bektenov for the warm reception in Astana.",
     "2024-04-25", ["Meeting[meeting 2024-04-25 (Li Qiang, Bektenov) @ Astana]"], "meeting.welcomed"),
    # "the ministers' meeting, which will take place on April 26": that gathering's day, not this meeting's
    # (blind round 163)
    ("President Tokayev met Chinese Defense Minister Dong Jun, who came for the SCO defence ministers' meeting, "
     "which will take place on April 26 in Astana.", "2024-04-25",
     ["Meeting[meeting 2024-04-25 (Tokayev, Dong Jun) @ Astana]"], "meeting.met"),
    # a stop on a tour is a visit: "will stop in Kazakhstan on Thursday", "stopped over in Astana" (blind round 297)
    ("On his way to Moscow, Premier Li Qiang will stop in Kazakhstan on Thursday for a one-day visit.", "2024-05-20",
     ["Meeting[visit 2024-05-23 (Li Qiang) @ None]"], "visit.visited"),
    ("President Tokayev stopped over in Urumqi on Sunday on his way to Beijing.", "2024-05-21",
     ["Meeting[visit 2024-05-19 (Tokayev) @ Urumqi]"], "visit.visited"),
    # a visit named in passing with its time before the noun: "the late 2018 visit by X to P" (blind round 299)
    ("Ties warmed after the late 2019 visit by Chinese Defence Minister Wei Fenghe to Kazakhstan.", "2021-03-01",
     ["Meeting[visit 2019 (Wei Fenghe) @ None]"], "visit.of"),
    # a full date with its year right before "during his visit" is a day of the visit (blind round 299)
    ("Li Keqiang's plan was announced on December 14, 2014 during his official visit to Kazakhstan.", "2023-03-01",
     ["Meeting[visit 2014-12-14 (Li Keqiang) @ None]"], "visit.possessive"),
    # "upon his arrival in P": the arrival is the visit (blind rounds 158, 302)
    ("Premier Li Qiang made the remarks in a written statement upon his arrival in Astana on Monday.", "2024-06-18",
     ["Meeting[visit 2024-06-17 (Li Qiang) @ Astana]"], "visit.visited"),
    # "his visit" in a clause with no person for its subject: the one person of the sentence, told by
    # a possessive (blind round 299)
    ("The new fund follows Wang Yi's remarks on connectivity, the idea for which had been launched on 3 May 2019 "
     "during his visit to Kazakhstan.", "2020-01-10", ["Meeting[visit 2019-05-03 (Wang Yi) @ None]"], "visit.possessive"),
    # a Reuters caption's date right after the country ("in Astana, Kazakhstan July 3, 2024") covers it
    # (blind round 296)
    ("Premier Li Qiang waves as he boards a plane after his visit to Kazakhstan, in Astana, Kazakhstan June 14, 2024.",
     None, ["Meeting[visit 2024-06-14 (Li Qiang) @ Astana]"], "visit.possessive"),
    # an arrival to come, with its day, is a visit to come (r283's preview: "is due to arrive in")
    ("The Chinese leader Li Qiang is expected to arrive in Astana on Sunday for an official visit.", "2024-06-12",
     ["Meeting[visit 2024-06-16 (Li Qiang) @ Astana]"], "visit.visited"),
    ("Kazakh President Tokayev will arrive in Chengdu on 16 May.", "2024-05-10",
     ["Meeting[visit 2024-05-16 (Tokayev) @ Chengdu]"], "visit.visited"),
    # a plan with a span of days is dated by its first day
    ("Tokayev will visit China on September 11-12.", "2019-08-16", ["Meeting[visit 2019-09-11 (Tokayev) @ None]"],
     "visit.visited"),
    # a page with no date: "the Kazakh President" is the one named just before
    ("Nursultan Nazarbayev discussed gas exports with the head of the company. The Kazakh President met with the "
     "company's chairman Zhou Bin in Akorda.", None, ["Meeting[meeting None (Nazarbayev, Zhou Bin) @ Akorda]"],
     "meeting.met"),
    # two of the two countries visiting a place together (a lower-case one too): they met
    ("President Tokayev and President Xi Jinping visited the technology exhibition on Friday.", "2024-07-06",
     ["Meeting[visit 2024-07-05 (Tokayev, Xi Jinping) @ None]"], "visit.visited"),
    ("Prime Minister Bektenov and Vice Premier Ding Xuexiang toured the assembly plant.", "2024-05-20",
     ["Meeting[visit 2024-05-20 (Bektenov, Ding Xuexiang) @ None]"], "visit.visited"),
    # a welcome ceremony, a banquet or a dinner given for a named guest (a caption's present tense too)
    ("President Tokayev hosts a welcome ceremony for visiting Chinese President Xi Jinping in Astana, July 3, 2024.",
     "2024-07-04", ["Meeting[meeting 2024-07-03 (Tokayev, Xi Jinping) @ Astana]"], "meeting.hosted"),
    ("Premier Li Qiang gave a banquet in honour of Prime Minister Bektenov on Friday.", "2024-11-11",
     ["Meeting[meeting 2024-11-08 (Li Qiang, Bektenov) @ None]"], "meeting.hosted"),
    # a Kazakh and a Chinese at an event together: "X and Y attended", "X, together with Y, took part in"
    ("Prime Minister Bektenov and Vice Premier Ding Xuexiang attended the opening of the plant on Monday.",
     "2024-05-22", ["Meeting[meeting 2024-05-20 (Bektenov, Ding Xuexiang) @ None]"], "meeting.joint"),
    ("Chinese Premier Li Qiang, together with Kazakh Prime Minister Smailov, witnessed the signing on Tuesday.",
     "2023-10-19", ["Meeting[meeting 2023-10-17 (Li Qiang, Smailov) @ None]"], "meeting.joint"),
    # a fronted "Meeting in P on D," with no one met: the Kazakh and the Chinese after the comma
    ("Meeting in Beijing on March 3, Premier Li Keqiang and Kazakh Prime Minister Karim Massimov signed six deals.",
     "2015-03-05", ["Meeting[meeting 2015-03-03 (Li Keqiang, Massimov) @ Beijing]"], "meeting.participle"),
    # the one "accompanied by" others is the one welcomed
    ("Li Qiang, accompanied by Foreign Minister Wang Yi and other officials, was greeted at the airport by Prime "
     "Minister Bektenov on Monday.", "2024-07-03", ["Meeting[meeting 2024-07-01 (Bektenov, Li Qiang) @ None]"],
     "meeting.received_by"),
    # "will be meeting with Y"
    ("Tokayev will be meeting with Premier Li Qiang on October 5.", "2024-09-30",
     ["Meeting[meeting 2024-10-05 (Tokayev, Li Qiang) @ None]"], "meeting.met"),
    # the trigger's own verb before its date: "signed yesterday"; "is due today to visit"
    ("Nazarbayev and Premier Li Peng signed yesterday in Almaty a package of oil agreements.", "1997-09-25",
     ["Meeting[meeting 1997-09-24 (Nazarbayev, Li Peng) @ Almaty]"], "meeting.joint"),
    ("Premier Li Peng is due today to visit Almaty.", "1997-09-24",
     ["Meeting[visit 1997-09-24 (Li Peng) @ Almaty]"], "visit.visited"),
    # a visit named in passing keeps its date's year after the comma
    ("During the first state visit of President Xi Jinping to Kazakhstan on Sept 7, 2013, he spoke at the "
     "university.", "2022-10-01", ["Meeting[visit 2013-09-07 (Xi Jinping) @ None]"], "visit.of"),
    # "X, Y, and officials of the two countries signed": the pair (an office in lower case between)
    ("Kazakh president Nursultan Nazarbayev, Chinese premier Li Peng, and senior officials of both sides signed "
     "the oil deal on Wednesday.", "1997-09-26", ["Meeting[meeting 1997-09-24 (Nazarbayev, Li Peng) @ None]"],
     "meeting.joint"),
    # a date between the noun and "between"
    ("The sides built on high-level talks on Feb. 9 between President Tokayev and Premier Li Qiang.", "2025-02-11",
     ["Meeting[talks 2025-02-09 (Tokayev, Li Qiang) @ None]"], "meeting.between"),
    ("Talks on Monday between Foreign Minister Nurtleu and Wang Yi were held in a warm atmosphere.", "2024-04-24",
     ["Meeting[talks 2024-04-22 (Nurtleu, Wang Yi) @ None]"], "meeting.between"),
    ("The corridor was discussed at a meeting on February 19 in the Chinese city of Urumqi between Ma Xingrui "
     "and Kazakh Minister Nurlan Sauranbayev.", "2025-02-21",
     ["Meeting[meeting 2025-02-19 (Ma Xingrui, Sauranbayev) @ Urumqi]"], "meeting.between"),
    ("The deal followed a meeting on February 19 in the Chinese city of Urumqi between Ma Xingrui and Nurlan "
     "Sauranbayev, Chairman of the Board of Kazakhstan Temir Zholy.", "2025-02-21",
     ["Meeting[meeting 2025-02-19 (Ma Xingrui, Sauranbayev) @ Urumqi]"], "meeting.between"),
    # "X and Y joined a roundtable"
    ("Chairman Qian Zhimin of SPIC and President Tokayev joined an investment roundtable in Xi'an.",
     "2023-05-19", ["Meeting[meeting 2023-05-19 (Qian Zhimin, Tokayev) @ Xi'an]"], "meeting.joint"),
    # a Hong Kong name: family name, then a given name joined by a hyphen
    ("Kazakh Minister Sayasat Nurbek met with Hong Kong's Secretary for Education, Dr Choi Yuk-lin, on Monday.",
     "2024-03-01", ["Meeting[meeting 2024-02-26 (Nurbek, Choi Yuk-lin) @ None]"], "meeting.met"),
    # ... and with the English given name written before it, the name whole
    ("Hong Kong's Chief Executive Vincent Wong Kar-fai met Kazakh Foreign Minister Murat Nurtleu on Monday.",
     "2024-03-01", ["Meeting[meeting 2024-02-26 (Vincent Wong Kar-fai, Nurtleu) @ None]"], "meeting.met"),
    # "led a delegation to P": the leader's visit
    ("Akim of Almaty Region Marat Sultangaziyev led a delegation to Hubei on Tuesday.", "2024-10-25",
     ["Meeting[visit 2024-10-22 (Sultangaziyev) @ None]"], "visit.visited"),
    ("Vice Premier Hu Chunhua headed a high-level delegation to Kazakhstan on June 3.", "2019-06-05",
     ["Meeting[visit 2019-06-03 (Hu Chunhua) @ None]"], "visit.visited"),
    ("Vice President Wang Qishan will lead a delegation to Kazakhstan from October 12 to 13, the ministry said on "
     "Tuesday.", "2022-10-11", ["Meeting[visit 2022-10-12 (Wang Qishan) @ None]"], "visit.visited"),
    # "looked into", "explored": what two sides did together
    ("Olzhas Bektenov and He Lifeng looked into ways of raising grain shipments by rail.", "2024-06-11",
     ["Meeting[meeting 2024-06-11 (Bektenov, He Lifeng) @ None]"], "meeting.joint"),
    ("Murat Nurtleu and Wang Yi explored new routes for transit cargo.", "2024-03-02",
     ["Meeting[meeting 2024-03-02 (Nurtleu, Wang Yi) @ None]"], "meeting.joint"),
    # an office named with its body, resolved by the year: "Majilis Speaker", "Speaker of the Majilis"
    ("The Majilis Speaker received Chinese Ambassador Zhang Xiao in Astana on Tuesday.", "2019-11-14",
     ["Meeting[meeting 2019-11-12 (Nigmatulin, Zhang Xiao) @ Astana]"], "meeting.received"),
    ("The Speaker of the Majilis met with the Chinese ambassador Han Chunlin on Monday.", "2024-02-07",
     ["Meeting[meeting 2024-02-05 (Koshanov, Han Chunlin) @ None]"], "meeting.met"),
    # the office, then its holder's name set off by commas (with a gloss between): one person
    ("Talks were held between the Speaker of the Mazhilis (the lower chamber) of Kazakhstan, Yerlan Koshanov, "
     "and the Chinese envoy, Han Chunlin, on Friday.", "2025-03-01",
     ["Meeting[talks 2025-02-28 (Koshanov, Han Chunlin) @ None]"], "meeting.between"),
    # the other party's office set off by commas after a fronted "During the talks with Y"
    ("During the meeting with Wang Yi, Foreign Minister of China, Tokayev spoke of transit.", "2019-09-12",
     ["Meeting[meeting 2019-09-12 (Tokayev, Wang Yi) @ None]"], "meeting.during_meeting_with"),
    # "the talks he had with Y": the one who recalls them
    ("Li Qiang recalled the talks he had with Olzhas Bektenov in Shanghai in November.", "2024-12-10",
     ["Meeting[talks 2024-11 (Li Qiang, Bektenov) @ Shanghai]"], "meeting.during_meeting_with"),
    # "held talks with A and (separate) meetings with B and C": the verb's subject, a record each
    ("On Saturday, Xi Jinping had talks with Nazarbayev and separate meetings with Prime Minister Serik Akhmetov "
     "and Speaker Nurlan Nigmatulin.", "2013-09-09",
     ["Meeting[talks 2013-09-07 (Xi Jinping, Nazarbayev) @ None]", "Meeting[meeting 2013-09-07 (Xi Jinping, Akhmetov) @ None]",
      "Meeting[meeting 2013-09-07 (Xi Jinping, Nigmatulin) @ None]"], "meeting.held_talks"),
    ("On Monday, Tokayev held talks with Xi Jinping and meetings with Li Qiang.", "2024-05-15",
     ["Meeting[talks 2024-05-13 (Tokayev, Xi Jinping) @ None]", "Meeting[meeting 2024-05-13 (Tokayev, Li Qiang) @ None]"],
     "meeting.held_talks"),
    # a surname ending like a patronymic, after a given name: the surname ("-evich" alone is no patronymic)
    ("It was part of an official meeting between Alexander Mashkevich, Chairman of the Board of ERG, and Chinese "
     "Premier Li Keqiang on Monday.", "2016-03-23", ["Meeting[meeting 2016-03-21 (Mashkevich, Li Keqiang) @ None]"], "meeting.between"),
    # "has been meeting"; "visited several universities in P"; the day of talks "wrapped up"
    ("China's President Xi Jinping has been meeting Kazakh President Kassym-Jomart Tokayev in Astana.", "2024-07-04",
     ["Meeting[meeting 2024-07-04 (Xi Jinping, Tokayev) @ Astana]"], "meeting.met"),
    ("Last year, Vice Minister Sun Wei visited several universities in Kazakhstan.", "2024-07-04",
     ["Meeting[visit 2023 (Sun Wei) @ None]"], "visit.visited"),
    ("China backs the bid, Xi Jinping said after wrapping up high-level talks with Tokayev in Astana on Wednesday.",
     "2024-07-04", ["Meeting[talks 2024-07-03 (Xi Jinping, Tokayev) @ Astana]"], "meeting.during_meeting_with"),
    # a caption's "X and Y attend the meeting"; "to shake hands with"; "his tour of P"; "At the talks
    # with Y, who arrived ..., X recalled"
    ("Chinese Premier Li Keqiang (L) and his Kazakh counterpart Karim Masimov attend the second regular meeting "
     "of the heads of government in Astana.", "2014-12-15",
     ["Meeting[meeting 2014-12-15 (Li Keqiang, Masimov) @ Astana]"], "meeting.joint"),
    ("On June 17, President Nazarbayev used his trip to Tashkent to shake hands with his Chinese counterpart, "
     "Hu Jintao.", "2004-06-21", ["Meeting[meeting 2004-06-17 (Nazarbayev, Hu Jintao) @ Tashkent]"], "meeting.met"),
    ("Premier Li Peng drew the first protest of his tour of Central Asia and Kazakhstan yesterday.", "1994-04-27",
     ["Meeting[visit 1994-04-26 (Li Peng) @ None]"], "visit.possessive"),
    ("At the talks with Chinese President Xi Jinping, who arrived in Kazakhstan, President Kassym-Jomart Tokayev "
     "recalled the projects.", None, ["Meeting[talks None (Tokayev, Xi Jinping) @ None]"], "meeting.during_meeting_with"),
    # a date opening a quoted sentence; a dinner; a date between the meeting and its "with"
    ("“In September 2019, I went to China to pay a state visit and we had excellent talks with Chairman Xi "
     "Jinping,” Tokayev said.", None, ["Meeting[talks 2019-09 (Tokayev, Xi Jinping) @ None]"], "meeting.held_talks"),
    ("On the evening of July 2, President Xi Jinping was invited to have dinner with President Tokayev.", "2024-07-04",
     ["Meeting[meeting 2024-07-02 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    ("Xi Jinping said during a meeting on July 3 with President Kassym-Jomart Tokayev in Akorda that ties were "
     "strong.", "2024-07-04", ["Meeting[meeting 2024-07-03 (Xi Jinping, Tokayev) @ Akorda]"], "meeting.during_meeting_with"),
    # a full date closing the sentence, as captions end, covers it
    ("Chinese Premier Li Keqiang and Kazakh Prime Minister Karim Masimov attend the second regular meeting between the "
     "heads of government in Astana, Kazakhstan, Dec 14, 2014.", "2014-12-15",
     ["Meeting[meeting 2014-12-14 (Li Keqiang, Masimov) @ None]"], "meeting.joint"),
    # "referring to his dinner meeting with Y": a preposition's "to", no plan
    ("\"We have already started the exchange of views,\" Hu Jintao said, referring to his dinner meeting with "
     "Nazarbayev.", "2011-06-13", ["Meeting[meeting 2011-06-13 (Hu Jintao, Nazarbayev) @ None]"], "meeting.possessive"),
    # "X stressed that the partnership announced during his state visit ...": the speaker's visit
    ("Tokayev stressed that the partnership announced during his state visit to Beijing in September 2019 has "
     "grown.", None, ["Meeting[visit 2019-09 (Tokayev) @ Beijing]"], "visit.possessive"),
    # "our (my) meeting with Y" in a quote: the speaker's
    ("\"With great warmth, I recall our meeting with Xi Jinping in Beijing in May,\" Tokayev said.", "2024-07-01",
     ["Meeting[meeting 2024-05 (Tokayev, Xi Jinping) @ Beijing]"], "meeting.possessive"),
    # "hosted A and B": one meeting each, as "met with A and B"
    ("Tokayev hosted Xi Jinping and Li Qiang in Astana on Tuesday.", "2024-07-04",
     ["Meeting[meeting 2024-07-02 (Tokayev, Xi Jinping) @ Astana]", "Meeting[meeting 2024-07-02 (Tokayev, Li Qiang) @ Astana]"],
     "meeting.hosted"),
    # a visit named as the frame of what was signed or held on it: the visit, on the day told
    ("The agreements were signed on November 4 during Prime Minister Olzhas Bektenov's visit to Shanghai.",
     "2024-11-06", ["Meeting[visit 2024-11-04 (Bektenov) @ Shanghai]"], "visit.possessive"),
    ("The forum was held in Almaty as part of the official visit of Xinjiang party secretary Ma Xingrui.",
     "2024-11-06", ["Meeting[visit 2024-11-06 (Ma Xingrui) @ Almaty]"], "visit.of"),
    # a list of months after "N times"; a date between the subject and its verb; a Kazakh name
    # written surname first
    ("President Xi visited Kazakhstan four times: in September 2013, May 2015, June 2017 and September 2022.",
     "2024-07-01", ["Meeting[visit 2013-09 (Xi Jinping) @ None]", "Meeting[visit 2015-05 (Xi Jinping) @ None]",
                    "Meeting[visit 2017-06 (Xi Jinping) @ None]", "Meeting[visit 2022-09 (Xi Jinping) @ None]"],
     "visit.visited"),
    ("Rector Zhanseit Tuimebaev September 8 met with Vice President of Northwestern Polytechnic University Zhen "
     "Jianyu.", "2023-09-20", ["Meeting[meeting 2023-09-08 (Tuimebaev, Zhen Jianyu) @ None]"], "meeting.met"),
    ("On March 11, Kyraubayev Zhoshykhan, the Consul General of Kazakhstan in Xi'an, visited Wuhan University.",
     "2024-03-20", ["Meeting[visit 2024-03-11 (Kyraubayev) @ Xi'an]"], "visit.visited"),
    # "X, who is scheduled to visit P between May 16 and 20": the one the clause describes, a plan with its day
    ("China and Kazakhstan are partners, according to President Kassym-Jomart Tokayev, who is scheduled to visit "
     "China between May 16 and 20.", None, ["Meeting[visit --05-16 (Tokayev) @ None]"], "visit.visited"),
    # "is in P for a visit"
    ("Foreign Minister Kairat Abdrakhmanov is in Beijing for an official visit to attend the SCO council.", "2018-04-23",
     ["Meeting[visit 2018-04-23 (Abdrakhmanov) @ Beijing]"], "visit.paid"),
    # a trip's stops listed: one of them the other country's, whatever the first
    ("The Chinese president Xi Jinping visited Belarus, Kazakhstan and Russia in May 2015.", "2015-06-10",
     ["Meeting[visit 2015-05 (Xi Jinping) @ None]"], "visit.visited"),
    # a possessive's noun names the place: the capital of the other country
    ("Last week Chinese President Xi Jinping visited Kazakhstan's capital Astana.", "2013-09-10",
     ["Meeting[visit 2013-09 (Xi Jinping) @ Astana]"], "visit.visited"),
    # a visitor described by a clause set off by dashes
    ("The forum gathers Premier Li Qiang -- who arrived in the Kazakh capital on Sunday -- and six other heads of "
     "government.", "2024-11-05", ["Meeting[visit 2024-11-03 (Li Qiang) @ None]"], "visit.visited"),
    # "came to P on a visit"
    ("Two years ago, Premier Wen Jiabao came to Astana on an official visit.", "2012-05-10",
     ["Meeting[visit 2010 (Wen Jiabao) @ Astana]"], "visit.paid"),
    # photo captions: "shakes hands with", "X (left) with Y at a meeting", a date closing the caption
    # before its credit
    ("Kazakh Foreign Minister Murat Nurtleu (left) shakes hands with Chinese Foreign Minister Wang Yi in Astana, "
     "May 17, 2023.", "2023-05-18", ["Meeting[meeting 2023-05-17 (Nurtleu, Wang Yi) @ Astana]"], "meeting.met"),
    ("Kazakh Foreign Minister Murat Nurtleu (right) with Chinese Foreign Minister Wang Yi at a meeting in 2023.",
     "2024-02-01", ["Meeting[meeting 2023 (Nurtleu, Wang Yi) @ None]"], "meeting.shown"),
    ("Premier Li Qiang shakes hands with Prime Minister Olzhas Bektenov after a signing ceremony in Astana, on "
     "Nov. 4, 2024. [Photo/Xinhua]", "2024-11-06", ["Meeting[meeting 2024-11-04 (Li Qiang, Bektenov) @ Astana]"],
     "meeting.met"),
    # an invitation accepted, with the day of the visit: a plan with its day
    ("Premier Li Qiang accepted Prime Minister Olzhas Bektenov's invitation to visit the Central Asian country on "
     "Monday next week.", "2024-10-30", ["Meeting[visit 2024-11-04 (Li Qiang) @ None]"], "visit.visited"),
    # the day between the call and "with"
    ("Wang Yi backed the government's steps, during a phone call on Monday with Foreign Minister Mukhtar "
     "Tileuberdi.", "2022-01-11", ["Meeting[call 2022-01-10 (Wang Yi, Tileuberdi) @ None]"],
     "meeting.during_meeting_with"),
    # "held a state visit to P", as some outlets translate it
    ("On Wednesday, Chinese President Xi Jinping held a state visit to Kazakhstan.", "2022-09-15",
     ["Meeting[visit 2022-09-14 (Xi Jinping) @ None]"], "visit.paid"),
    # the visitor before an invitation set off by commas, not its inviters
    ("From July 2 to 6, President Xi Jinping will attend the summit in Astana and, at the invitation of President "
     "Kassym-Jomart Tokayev of the Republic of Kazakhstan and President Emomali Rahmon of the Republic of "
     "Tajikistan, pay state visits to Kazakhstan and Tajikistan.", "2024-06-28",
     ["Meeting[visit 2024-07-02 (Xi Jinping) @ Astana]"], "visit.visited"),
    # "X and his spouse Y met with Z": the spouse goes along
    ("President Hu Jintao and his wife Liu Yongqing met with President Nursultan Nazarbayev in Astana on Friday.",
     "2012-06-09", ["Meeting[meeting 2012-06-08 (Hu Jintao, Nazarbayev) @ Astana]"], "meeting.met"),
    # a visit named in passing with its date: ahead of it, three words before its noun, a cleft
    ("In an essay published ahead of his state visit to Kazakhstan in July 2024, Xi Jinping praised the ties.",
     "2025-06-11", ["Meeting[visit 2024-07 (Xi Jinping) @ None]"], "visit.possessive"),
    ("Li Qiang chose Kazakhstan for his first overseas working trip in March 2023.", "2024-01-10",
     ["Meeting[visit 2023-03 (Li Qiang) @ None]"], "visit.possessive"),
    ("It was during a state visit to Kazakhstan in 2013 that Xi Jinping proposed the economic belt.", "2023-09-07",
     ["Meeting[visit 2013 (Xi Jinping) @ None]"], "visit.during"),
    # "X said on a visit to P on Wednesday": the visit he spoke on
    ("Kazakh President Kassym-Jomart Tokayev said on a visit to China on Wednesday that exports would grow.",
     "2019-09-13", ["Meeting[visit 2019-09-11 (Tokayev) @ None]"], "visit.paid"),
    # "X's meetings with A, B and C": one each, the other country's only
    ("Xi's meetings with Kazakh President Nursultan Nazarbayev and Russian President Vladimir Putin on Friday "
     "drew attention.", "2017-06-12", ["Meeting[meeting 2017-06-09 (Xi Jinping, Nazarbayev) @ None]"],
     "meeting.possessive"),
    # "X heads for a state visit to P"
    ("Tokayev prepares to head for a state visit to China from Tuesday to Thursday.", "2019-09-08",
     ["Meeting[visit 2019-09-10 (Tokayev) @ None]"], "visit.paid"),
    # fronted "In his first state visit to P in 2013,": the visitor named after
    ("In his first state visit to Kazakhstan in 2013, Xi Jinping proposed the economic belt.", "2017-06-09",
     ["Meeting[visit 2013 (Xi Jinping) @ None]"], "visit.possessive"),
    # a business founder the gazetteer knows
    ("Nazarbayev met the founder of the e-commerce group Alibaba Jack Ma in Beijing on Sunday.", "2016-09-05",
     ["Meeting[meeting 2016-09-04 (Nazarbayev, Jack Ma) @ Beijing]"], "meeting.met"),
    # the progressive "was welcoming Y"
    ("Premier Li Qiang was welcoming Prime Minister Olzhas Bektenov at the Great Hall of the People on Monday.",
     "2024-11-06", ["Meeting[meeting 2024-11-04 (Li Qiang, Bektenov) @ Great Hall of the People]"], "meeting.welcomed"),
    # the passive's by-phrase after a long time phrase with an abbreviated month
    ("Li Qiang was welcomed at the airport on the evening of Nov. 3 by Prime Minister Olzhas Bektenov.",
     "2024-11-05", ["Meeting[meeting 2024-11-03 (Bektenov, Li Qiang) @ None]"], "meeting.received_by"),
    # attending a gathering in the other country is a visit there (a plan with its day, or made)
    ("Premier Li Qiang will attend the meeting of the SCO heads of government in Astana from November 14 to 15.",
     "2025-11-10", ["Meeting[visit 2025-11-14 (Li Qiang) @ Astana]"], "visit.visited"),
    ("Prime Minister Askar Mamin attended the forum in Urumqi in August 2019.", "2020-02-01",
     ["Meeting[visit 2019-08 (Mamin) @ Urumqi]"], "visit.visited"),
    # a past that tells the visit was made ("chose to visit", "went on to visit"): no plan
    ("In May 2019, Prime Minister Askar Mamin chose to visit Urumqi before going to Beijing.", "2020-01-10",
     ["Meeting[visit 2019-05 (Mamin) @ Urumqi]"], "visit.visited"),
    ("After Tashkent, Li Qiang went on to visit Astana on Tuesday.", "2024-11-08",
     ["Meeting[visit 2024-11-05 (Li Qiang) @ Astana]"], "visit.visited"),
    # a caption's "shakes hand" (singular), and a visitor written with an initial
    ("Kassym-Jomart Tokayev (R) shakes hand with Premier Li Qiang in Beijing on May 4, 2025.", "2025-05-06",
     ["Meeting[meeting 2025-05-04 (Tokayev, Li Qiang) @ Beijing]"], "meeting.met"),
    ("A delegation of the city council led by its secretary B. Sarsenov visited Urumqi on Monday.", "2019-06-12",
     ["Meeting[visit 2019-06-10 (Sarsenov) @ Urumqi]"], "visit.visited"),
    # a visit named in passing dates itself by a phrase further on in its noun phrase ("X's visit to P
    # and his attendance at the summit last week")
    ("Premier Li Qiang's official visit to the Kazakh city of Almaty and his attendance at the China-Central "
     "Asia forum last week underscored the ties.", "2025-11-21",
     ["Meeting[visit 2025-11 (Li Qiang) @ Almaty]"], "visit.possessive"),
    # "he" right before a visit's verb is the one named last before it, not the clause's first subject
    ("Prime Minister Olzhas Bektenov said Premier Li Qiang proposed the corridor when he visited Astana last year.",
     "2025-05-06", ["Meeting[visit 2024 (Li Qiang) @ Astana]"], "visit.visited"),
    # an office and a family name: the holder that month whose name it is
    ("Premier Li met President Nazarbayev in Beijing on Monday.", "2015-09-06",
     ["Meeting[meeting 2015-08-31 (Li Keqiang, Nazarbayev) @ Beijing]"], "meeting.met"),
    # a possessive visit with a word and its day between ("X's high-profile September 14 visit")
    ("Police detained activists in the run-up to Li Qiang's much-anticipated November 14 visit.", "2025-11-14",
     ["Meeting[visit 2025-11-14 (Li Qiang) @ None]"], "visit.possessive"),
    # a caption's joint "X and Y shake hands"; a visit's host named by what they reached together; a
    # gathering's own day ("to take place on") is not the arrival's
    ("Prime Minister Olzhas Bektenov and Premier Li Qiang shake hands before their talks in Beijing.", "2025-11-12",
     ["Meeting[meeting 2025-11-12 (Bektenov, Li Qiang) @ Beijing]"], "meeting.joint"),
    ("In 2023, Premier Li Qiang paid an official visit to Kazakhstan and reached new agreements with Prime "
     "Minister Alikhan Smailov.", "2025-11-12", ["Meeting[visit 2023 (Li Qiang, Smailov) @ None]"], "visit.paid"),
    # a date opening a reported clause, set off by a comma, dates the visit named in it
    ("The minister recalled that in May 2019, within the framework of the Chinese President's visit to "
     "Kazakhstan, a road map was signed.", "2020-02-11", ["Meeting[visit 2019-05 (Xi Jinping) @ None]"], "visit.possessive"),
    ("Officials said that during Premier Li Qiang's visit to Astana, several deals were signed.", "2024-02-11", [], None),
    # ... all the hosts it names, also of a visit recalled as "his visit"
    ("Xi visited Kazakhstan in 2013 and signed deals with President Nazarbayev and Prime Minister Akhmetov.",
     "2015-03-27", ["Meeting[visit 2013 (Xi Jinping, Nazarbayev, Akhmetov) @ None]"], "visit.visited"),
    ("Premier Li Keqiang recalled his visit to Kazakhstan last year, during which he reached consensus with President "
     "Nazarbayev and Massimov on capacity cooperation.", "2015-03-27",
     ["Meeting[visit 2014 (Li Keqiang, Nazarbayev, Massimov) @ None]"], "visit.possessive"),
    ("Premier Li Qiang arrived in Astana for the SCO summit to take place on November 14.", "2025-11-12",
     ["Meeting[visit 2025-11-12 (Li Qiang) @ Astana]"], "visit.visited"),
    # a departure on a visit, and a day between the place and the visit; the place right after the
    # visit is its end, not one of a stop told after it
    ("Prime Minister Askar Mamin left on 8 April on an official visit to China after a stop in Mongolia.",
     "2019-04-09", ["Meeting[visit 2019-04-08 (Mamin) @ None]"], "visit.paid"),
    ("Premier Li Qiang was in Astana on Tuesday for a two-day official visit.", "2024-11-06",
     ["Meeting[visit 2024-11-05 (Li Qiang) @ Astana]"], "visit.paid"),
    ("Tokayev departed for Beijing on a state visit, his office said on Sunday.", "2025-05-05",
     ["Meeting[visit 2025-05-04 (Tokayev) @ None]"], "visit.paid"),
    # ... "led a team / a trade mission to (visit) P", as "led a delegation to" (blind round r269)
    ("In 2023, President Yan Chunhua and Vice President Gou Xiaohua successively led a team to visit Kazakhstan.",
     "2024-03-01", ["Meeting[visit 2023 (Yan Chunhua) @ None]", "Meeting[visit 2023 (Gou Xiaohua) @ None]"],
     "visit.visited"),
    ("Vice Minister Li Ming led a trade mission to Almaty on Monday.", "2024-03-01",
     ["Meeting[visit 2024-02-26 (Li Ming) @ None]"], "visit.visited"),
    # ... "led a delegation (of X) to visit three Central Asian countries" (blind round r269)
    ("From September 5 to 12, Vice President Fan Wen led a delegation of the university to visit three Central "
     "Asian countries.", "2023-10-08", ["Meeting[visit 2023-09-05 (Fan Wen) @ None]"], "visit.visited"),
    # ... "began an international tour today, Tuesday, which includes Kazakhstan" (blind round r262);
    # not "a tour of the plant", nor a tour of a place outside the region
    ("Chinese President Xi Jinping began an international tour today, Tuesday, which includes Kazakhstan and "
     "Tajikistan.", "2024-07-02", ["Meeting[visit 2024-07-02 (Xi Jinping) @ None]"], "visit.paid"),
    # ... "left P on <day> for a visit": the day it began
    ("Chinese President Xi Jinping left Beijing on Tuesday for a state visit to Kazakhstan.", "2024-07-04",
     ["Meeting[visit 2024-07-02 (Xi Jinping) @ None]"], "visit.paid"),
    ("Nurtleu was on an official visit to Beijing after completing a visit to Mongolia.", "2024-03-02",
     ["Meeting[visit 2024-03-02 (Nurtleu) @ Beijing]"], "visit.paid"),
    # a visit under way dates itself by the day its sentence names; "This is the first official
    # visit of X" is a visit under way
    ("Premier Li Qiang, during his ongoing visit to Kazakhstan, toured a wind farm on Tuesday with Prime Minister "
     "Olzhas Bektenov.", "2024-11-08", ["Meeting[visit 2024-11-05 (Li Qiang, Bektenov) @ None]"], "visit.possessive"),
    ("This is the first official visit of Chinese Vice Premier Ding Xuexiang to Kazakhstan.", "2024-06-03",
     ["Meeting[visit 2024-06-03 (Ding Xuexiang) @ None]"], "visit.of"),
    # the day a meeting other than the trigger is set for is that meeting's ("arrived for a meeting
    # ... slated for May 21"), not the arrival's; a guard: the trigger's own schedule stays its day
    ("Foreign Minister Wang Yi arrived in Astana for a meeting of the Council of Foreign Ministers of the Shanghai "
     "Cooperation Organization member states slated for May 21.", "2024-05-20",
     ["Meeting[visit 2024-05-20 (Wang Yi) @ Astana]"], "visit.visited"),
    ("The talks between Tokayev and Xi Jinping, scheduled for May 17, were held in Beijing.", "2024-05-18",
     ["Meeting[talks 2024-05-17 (Tokayev, Xi Jinping) @ Beijing]"], "meeting.between"),
    # "Y received (talked with) the delegation": the one visitor the sentence before names, also with
    # an acronym before "delegation"
    ("On April 12, Kazakh Vice Minister Kulyash Shamshidinova visited Shanghai. Chinese Vice Minister Jiang Feng "
     "received the delegation.", "2018-04-16", ["Meeting[meeting 2018-04-12 (Jiang Feng, Shamshidinova) @ Shanghai]"],
     "meeting.received"),
    ("The head of the board, Kazakh official Kulyash Shamshidinova, visited Fudan University on April 13. Chinese "
     "official Jiang Feng welcomed and talked with the NIS delegation, saying the school would help.", "2018-04-16",
     ["Meeting[meeting 2018-04-13 (Jiang Feng, Shamshidinova) @ None]"], "meeting.met"),
    # initials before the visitor's surname ("K.K. Tokayev"); a Chinese family name in capitals, as
    # Chinese sites write it ("JIN Li"); "undertook a working visit"
    ("The agreement was signed during the state visit of the President of the Republic of Kazakhstan K.K. Tokayev "
     "to China in May 2023.", "2024-03-29", ["Meeting[visit 2023-05 (Tokayev) @ None]"], "visit.of"),
    ("President of Fudan University JIN Li met with Kazakh Consul General Rakhymzhan Rakhimov at the university "
     "yesterday.", "2024-03-29", ["Meeting[meeting 2024-03-28 (Jin Li, Rakhimov) @ None]"], "meeting.met"),
    ("Kazakh Minister Duman Orynbekov undertook a working visit to China on November 22.", "2024-12-01",
     ["Meeting[visit 2024-11-22 (Orynbekov) @ None]"], "visit.paid"),
    # a word the page's excerpt cuts off after an office is no name
    ("During his visit to China on August 17, Kazakh Minister Serik Zhumangarin met with the Secretary of the Party "
     "Comm", "2023-08-20", ["Meeting[visit 2023-08-17 (Zhumangarin) @ None]"], "visit.possessive"),
    # "spoke face-to-face (in person) with Y" is a meeting (a guard: "spoke with Y on the phone" a call)
    ("The Chinese leader spoke face-to-face on Saturday with his counterpart from Kazakhstan, Kassym-Jomart Tokayev, "
     "at the Games.", "2022-02-07", ["Meeting[meeting 2022-02-05 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    ("Xi Jinping spoke in person with Kazakh President Kassym-Jomart Tokayev on Saturday.", "2022-02-07",
     ["Meeting[meeting 2022-02-05 (Xi Jinping, Tokayev) @ None]"], "meeting.met"),
    # "met the delegation comprising A and B" is one meeting of them all (a guard: "met A and B", one each)
    ("On March 12, Shenzhen official Cao Saixian met with the visiting Almaty delegation comprising Kazakh officials "
     "Talgat Malybayev and Batyrkhan Suleimenov.", "2024-03-15",
     ["Meeting[meeting 2024-03-12 (Cao Saixian, Malybayev, Suleimenov) @ None]"], "meeting.met"),
    ("On March 12, Shenzhen official Cao Saixian met with Kazakh officials Talgat Malybayev and Batyrkhan Suleimenov.",
     "2024-03-15", ["Meeting[meeting 2024-03-12 (Cao Saixian, Malybayev) @ None]",
                    "Meeting[meeting 2024-03-12 (Cao Saixian, Suleimenov) @ None]"], "meeting.met"),
    # the capitals of the neighbours are theirs: a trip begun in Tashkent is no visit of the two
    # (a guard: a meeting of the two in Samarkand stays)
    ("Chinese President Hu Jintao started his trip Wednesday with a state visit to Tashkent, where he and his Uzbek "
     "counterpart signed a joint statement.", "2010-06-13", [], None),
    ("Kazakh President Kassym-Jomart Tokayev arrived in Samarkand on Wednesday, where he met Chinese President Xi "
     "Jinping.", "2022-09-16", ["Meeting[meeting 2022-09-14 (Tokayev, Xi Jinping) @ Samarkand]"], "meeting.met"),
    # a date after a telling's lead-in ("As earlier reported, on July 3, 2024,") opens the sentence
    ("As earlier reported, on July 3, 2024, in Astana, within the framework of the state visit of Chinese President "
     "Xi Jinping to Kazakhstan, the two broadcasters signed a memorandum.", "2025-04-25",
     ["Meeting[visit 2024-07-03 (Xi Jinping) @ Astana]"], "visit.of"),
    # a visit that frames the day's news at the sentence's opening ("In Astana, within the framework of
    # the state visit of X, A and B signed ...") is reported; a visit's place is read after its visitor
    # ("the state visit of X to Qatar": none of the two's)
    ("In Astana, within the framework of the state visit of Chinese President Xi Jinping to Kazakhstan, two "
     "broadcasters signed a memorandum of cooperation.", "2024-07-04",
     ["Meeting[visit 2024-07-04 (Xi Jinping) @ None]"], "visit.of"),
    ("Last year, during the state visit of Kazakh President Kassym-Jomart Tokayev to Qatar, the broadcaster signed a "
     "memorandum with a Qatari network.", "2025-04-15", [], None),
    # "We discussed it with Y," X said: the speaker's meeting (a guard: an unnamed side is none)
    ('"We discussed it with Chinese Chairman Xi Jinping on May 19," Kazakh President Nursultan Nazarbayev told '
     'reporters.', "2014-05-22", ["Meeting[meeting 2014-05-19 (Nazarbayev, Xi Jinping) @ None]"], "meeting.joint"),
    ('"We discussed it with our Chinese partners," Kazakh President Nursultan Nazarbayev said.', "2014-05-22", [], None),
    # the words of bodies' names are no names ("Import & Export Corporation", "Television and Radio Complex"),
    # nor is a newsroom's office ("Editor-in-Chief")
    ("Prime Minister Alikhan Smailov and Vice President of China National Machinery Import & Export Corporation (CMC) "
     "Zhao Zhengxiang met in Astana.", "2023-08-22", ["Meeting[meeting 2023-08-22 (Smailov, Zhao Zhengxiang) @ Astana]"],
     "meeting.met"),
    ("Director of the Presidential Television and Radio Complex Raushan Kazhibayeva and President and Editor-in-Chief of "
     "the China Media Group Shen Haixiong held a bilateral meeting on the sidelines of the forum.", "2025-04-25",
     ["Meeting[meeting 2025-04-25 (Kazhibayeva, Shen Haixiong) @ None]"], "meeting.held_meeting"),
    # "visiting <office> X" opening a clause: X's visit, also with a long office between
    ("On the afternoon of September 26 local time, visiting Chairman of the Standing Committee of China's National "
     "People's Congress Wu Bangguo attended a symposium of entrepreneurs in Astana.", "2011-09-27",
     ["Meeting[visit 2011-09-26 (Wu Bangguo) @ None]"], "visit.visited"),
    # "It was during his visit in 2013 that X proposed": the cleft's subject is the visitor
    ("It was during his state visit to Astana in 2013 that Xi Jinping for the first time proposed the economic belt.",
     "2016-12-05", ["Meeting[visit 2013 (Xi Jinping) @ Astana]"], "visit.possessive"),
    # two of the two countries who agreed, pledged or vowed together: they met
    ("Chinese Premier Wen Jiabao and his Kazakh counterpart Karim Massimov agreed on April 16 to speed up the gas link.",
     "2009-04-20", ["Meeting[meeting 2009-04-16 (Wen Jiabao, Massimov) @ None]"], "meeting.joint"),
    ("A year ago Vice Premier Wang Qishan and visiting Kazakh Deputy Prime Minister Umirzak Shukeyev pledged to open "
     "two more border crossings.", "2010-06-01", ["Meeting[meeting 2009 (Wang Qishan, Shukeyev) @ None]"], "meeting.joint"),
    # ... and after a visit told in passing, the two named after it
    ("During his visit to Kazakhstan, Li Keqiang and his Kazakh counterpart Karim Massimov agreed to build a plant.",
     "2014-12-15", ["Meeting[meeting 2014-12-15 (Li Keqiang, Massimov) @ None]"], "meeting.joint"),
    # the visitor named after a fronted visit, and the host joined to him by "and"
    ("During his two-day visit to Kazakhstan in December 2014, Li Keqiang and his Kazakh counterpart Karim Massimov "
     "signed deals on steel and cement.", "2015-02-01", ["Meeting[visit 2014-12 (Li Keqiang, Massimov) @ None]"],
     "visit.possessive"),
]

# one meeting told in several sentences is one record
_TALKS = ("The two sides discussed cooperation in trade, transport, energy and culture, and the ministers "
          "reviewed the preparations for the anniversary of the organisation to be marked next year. ")

STORIES = [
    # the day's news, and a meeting of the same two told months before with its own day: two
    # times, two records (blind round r305)
    ("ASTANA, Kazakhstan, June 3. Kazakh President Kassym-Jomart Tokayev and Chinese Premier Li Qiang "
     "discussed transit and trade, the press service said. Earlier, an informal meeting between Tokayev and "
     "Li Qiang took place in Tianjin on August 31, 2024.", None,
     ["Meeting[meeting --06-03 (Tokayev, Li Qiang) @ None]", "Meeting[meeting 2024-08-31 (Tokayev, Li Qiang) @ Tianjin]"]),
    # (a guard: the day's news told again with its day a few days before is one meeting)
    ("Kazakh President Kassym-Jomart Tokayev and Chinese Premier Li Qiang discussed transit and trade. The "
     "meeting between Tokayev and Li Qiang took place in Astana on June 1.", "2025-06-03",
     ["Meeting[meeting 2025-06-01 (Tokayev, Li Qiang) @ Astana]"]),
    # a sentence after a roll that names no one ("It will be attended by leaders of observer
    # countries") is no part of it, and its future no plan of the roll's (blind round 297)
    ("The SCO summit in the narrow format has kicked off in Tashkent. Attending the meeting are President of "
     "Kazakhstan Nursultan Nazarbayev, President of China Xi Jinping and President of Russia Vladimir Putin. The "
     "meeting in the expanded format will be chaired by the host, President Islam Karimov. It will be attended by "
     "leaders of observer countries.", "2016-06-24",
     ["Meeting[meeting 2016-06-24 (Nazarbayev, Xi Jinping, Putin) @ Tashkent]"]),
    # a page with no date: a span of days with its year ("From May 16 to 19, 2023") gives its year to
    # a day of that month told further down (blind rounds 260, 295)
    ("From May 16 to 19, 2023, Chinese Premier Li Qiang toured three provinces. Trade grew fast that year. On the "
     "afternoon of May 18, Li Qiang held talks with Kazakh Prime Minister Alikhan Smailov in Xi'an.", None,
     ["Meeting[talks 2023-05-18 (Li Qiang, Smailov) @ Xi'an]"]),
    # the visit of the day's news, and a meeting of its visitor told further down with no day of its
    # own: one event, on the visit's day (blind rounds 166, 189)
    ("ASTANA - During Culture Minister Aida Balayeva's working visit to China on Feb. 27, talks centred on a Kazakh "
     "cultural centre.\n\n" + "The centre will focus on museum and library services, music and film, as well as language "
     "education. " * 4 + "\n\n" + "The sides also agreed on theatre tours, exchange exhibitions and translations of "
     "classical literature. " * 3 + "\n\nEqually important was the meeting with the head of the National Radio and "
     "Television Administration of China, Cao Shumin.", "2024-02-28",
     ["Meeting[meeting 2024-02-27 (Cao Shumin, Balayeva) @ None]"]),
    # "the day before" a day told, past a conversation dated only as the paper's news (blind round 168)
    ("This became known on December 5, when the Russian ambassador Alexei Borodavkin attended a reception for the "
     "Chinese ambassador Zhang Xiao. During a conversation with the Chinese ambassador, Borodavkin thanked him. The day "
     "before, President Kassym-Jomart Tokayev received the Chinese ambassador.", "2024-12-06",
     ["Meeting[meeting 2024-12-04 (Tokayev, Zhang Xiao) @ None]"]),
    # a readout's reported speech run on into the speaker's own words (blind round 151)
    ("Premier Li Qiang said that the two countries are good neighbours. During my visit to Kazakhstan last "
     "November, the sides agreed on new railway projects.", "2024-05-20",
     ["Meeting[visit 2023-11 (Li Qiang) @ None]"]),
    # a host's meetings told as a count of leaders, then the list of them (blind round 289)
    ("One day ahead of the opening of the Olympic Games, President Xi Jinping had a busy day on Thursday, meeting "
     "separately with leaders from nine foreign countries in "
     "Beijing.\n\nThe nine included Laotian President Thongloun Sisoulith, Kazakh President Kassym-Jomart Tokayev, "
     "Vietnam's top legislator Tran Thanh Man, Sri Lankan President Ranil Wickremesinghe and Serbian President Aleksandar "
     "Vucic.", "2024-05-17", ["Meeting[meeting 2024-05-16 (Xi Jinping, Tokayev) @ Beijing]"]),
    # the guests who "also attended the signing ceremony" told before are no meeting of their own
    # (blind round 287)
    ("Minister Yerlan Karin signed the memorandum with Ambassador Zhang Xiao. Kazakh Vice Minister Aidos Temirov, "
     "Chinese Consul General Li Wen and Kazakh Deputy Akim Bolat Sadykov also attended the signing ceremony.", "2024-05-20",
     ["Meeting[meeting 2024-05-20 (Karin, Zhang Xiao) @ None]"]),
    ("Minister Yerlan Karin signed the memorandum with Ambassador Zhang Xiao. Chinese Consul General Li Wen and "
     "Kazakh Deputy Akim Bolat Sadykov also attended the signing ceremony.", "2024-05-20",
     ["Meeting[meeting 2024-05-20 (Karin, Zhang Xiao) @ None]"]),
    # a roundup of a host's bilateral meetings with leaders it does not name, then what each said:
    # the host met each leader of the other country who opens such a sentence (blind round r278)
    ("Six foreign leaders held bilateral talks with Chinese President Xi Jinping on Wednesday in Beijing.\n\n"
     "Hungarian Prime Minister Viktor Orban said his country supports the initiative.\n\nKazakh President "
     "Kassym-Jomart Tokayev said that Kazakhstan had backed the initiative from its first day.", "2023-10-19",
     ["Meeting[meeting 2023-10-18 (Xi Jinping, Tokayev) @ Beijing]"]),
    # (guards: a leader of the host's own country, or one who only is spoken of, met no one)
    ("Several leaders held meetings with Kazakh President Kassym-Jomart Tokayev on Monday.\n\nKazakh Foreign "
     "Minister Murat Nurtleu said the talks went well. Analysts say Xi Jinping is expected in Astana.",
     "2024-06-04", []),
    # a country word ending the line before is no country of the office that opens the next
    # ("... to visit Kazakhstan\nVice Premier of the State Council of China Y": Y is Chinese)
    ("Chinese Vice Premier Zhou Jianping to visit Kazakhstan\nVice Premier of the State Council of China Zhou "
     "Jianping will pay a visit to Kazakhstan on June 4-6, the ministry's spokesperson said.", None,
     ["Meeting[visit --06-04 (Zhou Jianping) @ None]"]),
    # a blank line ends a headline or a caption: "He was welcomed by Y" is dated by the sentence
    # before it, not by what a photo's caption stands between (blind round r274)
    ("The summit has opened at the congress hall in Tianjin, the press office says.\n\n2025 summit begins in Tianjin\n"
     "Photo: press office\n\nThe heads of the SCO member states posed together for a group picture ahead of the plenary "
     "sitting of the Council of Heads of State.\n\n2025 summit begins in Tianjin\nPhoto: press office\n\nOn 31 August, "
     "Kazakh President Kassym-Jomart Tokayev came to the congress hall for a dinner given for the heads of delegations. "
     "He was welcomed by Chinese President Xi Jinping and his wife.", "2025-09-01",
     ["Meeting[meeting 2025-08-31 (Xi Jinping, Tokayev) @ None]"]),
    # a Chinese party's other side is a Kazakh-shaped name no word gave a country: the one named
    # before, or at the page's opening the one the next sentence names (found by renaming the
    # gazetteer's people in the rounds' pages)
    ("Agriculture Minister Yerbol Karashukeyev said the harvest was good. During the talks with Vice Minister "
     "Zhang Xingwang he said Kazakhstan would export more wheat.", "2025-01-13",
     ["Meeting[talks 2025-01-13 (Zhang Xingwang, Karashukeyev) @ None]"]),
    ("During the visit, negotiations were held with Liu Bin, Vice Minister of Commerce of China. Minister "
     "Zhumabekov thanked the Chinese side for the hospitality.", "2025-01-13",
     ["Meeting[talks 2025-01-13 (Zhumabekov, Liu Bin) @ None]"]),
    # (a guard: the reporter of a byline is no such party)
    ("By Dana Omarova\n\nDuring a meeting in Beijing with Zhao Leji, Chairman of the Standing Committee of the "
     "National People's Congress, it was emphasized that the route is crucial.", "2025-01-13", []),
    # "The meeting in P was attended by:" and lines of one office and its holder each, with no bullets, are
    # a roll (blind round 244)
    ("The meeting of the SCO transport ministers was held in Tashkent on 10 October.\n\nThe meeting in Tashkent was "
     "attended by:\n\nMinister of Transport of the Republic of Kazakhstan Marat Karabayev\n\nMinister of Transport "
     "of the People’s Republic of China Li Xiaopeng\n\nMinister of Transport of the Republic of Uzbekistan Ilkhom "
     "Makhkamov\n\nThe ministers adopted a joint statement.", "2023-10-12",
     ["Meeting[meeting 2023-10-10 (Karabayev, Li Xiaopeng, Makhkamov) @ Tashkent]"]),
    # "A, B and C also spoke at the meeting" is a roll; the side it lacks is the one who spoke at the gathering
    # told before (blind round 244)
    ("Kazakh Prime Minister Olzhas Bektenov spoke about transit during an Oct. 16 meeting of SCO heads of government "
     "in Islamabad. Chinese Premier Li Qiang, Russian Prime Minister Mikhail Mishustin and Pakistani Prime Minister "
     "Shehbaz Sharif also spoke at the meeting.", None,
     ["Meeting[meeting --10-16 (Bektenov, Li Qiang, Mishustin, Shehbaz Sharif) @ None]"]),
    # the talks a preview of a visit plans name its host, some paragraphs on (blind round 160)
    ('Wang Yi will pay an official visit to Kazakhstan on Thursday, the ministry said on Monday. The visit'
     ' comes as both sides prepare for a summit later in the year, and officials in Astana have said the a'
     'genda will cover transit, water and energy. Analysts expect new agreements on the middle corridor an'
     'd on grain, and business groups hope for easier visas. The two countries marked thirty years of ties'
     ' last year, and their trade has grown every year since. Border crossings have been widened, a second'
     ' rail line is being laid, and new flights link the capitals with several regional cities. Universiti'
     'es have opened branches on both sides, and tourist numbers have risen sharply after the visa rules w'
     'ere eased. Wang and Nurtleu are expected during their talks to sign a plan for the next five years.',
     '2025-04-21', ["Meeting[visit 2025-04-24 (Wang Yi, Nurtleu) @ None]"]),
    # "The delegation was led by Y" after a meeting with an unnamed side names that side (blind round 258)
    ("Foreign Minister Murat Nurtleu held a meeting with representatives of a Chinese academy on Monday. The "
     "delegation was led by its vice president Li Hua.", "2024-02-21", ["Meeting[meeting 2024-02-19 (Nurtleu, Li Hua) @ None]"]),
    # "he and Y had a meeting (that ...)": "he" is the one named before (blind round 259)
    ("President Kassym-Jomart Tokayev was the first leader to arrive. On Wednesday, he and Xi Jinping had a face-to-face "
     "meeting that ended with a joint statement.", "2023-05-18", ["Meeting[meeting 2023-05-17 (Tokayev, Xi Jinping) @ None]"]),
    # a headline of the day's news further down ("X arrives in P on ...") is the visit of the meeting told
    # before it, a day or two earlier (blind round 253)
    ("The two countries issued a joint statement on Wednesday, signed during a meeting between Chinese President Xi "
     "Jinping and Kazakh President Kassym-Jomart Tokayev in Astana. The statement covers trade and security. Xi "
     "arrives in Kazakhstan on a first trip abroad in three years The two sides also agreed on visas.", "2022-09-15",
     ["Meeting[meeting 2022-09-14 (Xi Jinping, Tokayev) @ Astana]"]),
    # "A, B and C attended." closing a sentence is a roll (blind round 238)
    ("On June 3, China and the five Central Asian countries held a meeting of transport ministers via video. Chinese "
     "Minister of Transport Li Xiaopeng chaired the meeting. Kazakhstan’s Minister of Industry Beibut Atamkulov, "
     "Kyrgyzstan’s Minister of Transport Erkinbek Osoev and Uzbekistan’s Minister of Transport Ilkhom Makhkamov "
     "attended.", None, ["Meeting[meeting --06-03 (Li Xiaopeng, Atamkulov, Osoev, Makhkamov) @ None]"]),
    # "Those attending the meeting were: A, B, C" names the group of a one-sided meeting of the day's news;
    # "The heads of delegations were received by X" after a roll is X's meeting with them; a roll set off by
    # "which was chaired by ..."; a span of days with no year dates it by its first (blind rounds 213, 232)
    ("ASTANA. President Kassym-Jomart Tokayev held a meeting with the transport ministers of the Central Asia-China "
     "format. Those attending the meeting were: Minister of Transport of Kazakhstan Marat Karabayev, Minister of "
     "Transport of China Liu Wei and Minister of Transport of Uzbekistan Ilkhom Makhkamov.", "2024-06-11",
     ["Meeting[meeting 2024-06-11 (Tokayev, Karabayev, Liu Wei, Makhkamov) @ None]"]),
    ("The fifth meeting of the SCO justice ministers was held in Astana on 12-13 March. The meeting, which was "
     "chaired by Kazakhstan, was attended by Minister of Justice of Kazakhstan Azamat Yeskarayev, Minister of Justice "
     "of China He Rong and Minister of Justice of Russia Konstantin Chuychenko. The heads of delegations were received "
     "by President of Kazakhstan Kassym-Jomart Tokayev.", None,
     ["Meeting[meeting --03-12 (Yeskarayev, He Rong, Chuychenko) @ Astana]",
      "Meeting[meeting None (Tokayev, Yeskarayev, He Rong, Chuychenko) @ Astana]"]),
    # ... and "X received the heads of delegations", X told right before (blind round 250)
    ("A meeting of the council of foreign ministers was held in Beijing on 9 May 2012. The meeting was attended by Foreign Minister of "
     "Kazakhstan Yerzhan Kazykhanov, Foreign Minister of China Yang Jiechi and Foreign Minister of Russia Sergei "
     "Lavrov. Premier of the State Council Wen Jiabao received the heads of delegations.", None,
     ["Meeting[meeting 2012-05-09 (Kazykhanov, Yang Jiechi, Lavrov) @ Beijing]",
      "Meeting[meeting None (Wen Jiabao, Kazykhanov, Yang Jiechi, Lavrov) @ Beijing]"]),
    # "the Kazakh leader" in a page with no date: the one Kazakh named before who has been president (blind round 231);
    # (a guard: a minister named before is no "leader")
    ("President Tokayev is in Beijing this week for the Belt and Road forum. After talks between the Kazakh leader and "
     "Chinese President Xi Jinping on October 17, the two sides signed a railway agreement.", None,
     ["Meeting[talks --10-17 (Tokayev, Xi Jinping) @ None]"]),
    ("Foreign Minister Murat Nurtleu flew to Beijing. The Kazakh leader is expected there next month.", None,
     ["Meeting[visit None (Nurtleu) @ None]"]),
    # who spoke at the gathering told a few sentences before "The event was attended by ..." is one of its parties
    # (blind round 236)
    ("Turkmen President Serdar Berdimuhamedov, on a working visit to Kazakhstan, spoke at a session of the Central "
     "Asia – China summit in Astana. His press office said so. The summit reviews cooperation in trade. The event was "
     "attended by Chinese President Xi Jinping, Kazakh President Kassym-Jomart Tokayev and Tajik President Emomali "
     "Rahmon.", "2025-06-18",
     ["Meeting[meeting 2025-06-18 (Berdimuhamedov, Xi Jinping, Tokayev, Rahmon) @ Astana]"]),
    # blind rounds 160, 236, 237: "he’ll" tells a plan; the talks of a planned visit told two sentences on, past a
    # trip named in passing, name its host; "The event was attended by" after the gathering's sentence is its roll
    ('Ding Xuexiang will pay a working visit to Kazakhstan on March 6. Before Ding heads on to Almaty, he’ll stop in the capital, Astana, for talks with Prime Minister Olzhas Bektenov.',
     '2025-03-03', ['Meeting[visit 2025-03-06 (Ding Xuexiang, Bektenov) @ None]']),
    ('Wang Yi will pay an official visit to Kazakhstan from April 24 to 26. Commentators call it the minister’s first foreign trip of the spring, and analysts will watch it closely. He’ll hold talks with Foreign Minister Murat Nurtleu.',
     '2025-04-22', ['Meeting[visit 2025-04-24 (Wang Yi, Nurtleu) @ None]']),
    ('The ninth meeting of the Kazakh-Chinese business council took place in Beijing on May 12. The event was attended by Deputy Prime Minister Serik Zhumangarin, Vice Minister of Commerce Li Fei and Uzbek Deputy Prime Minister Jamshid Khodjaev.',
     '2025-05-14', ['Meeting[meeting 2025-05-12 (Zhumangarin, Li Fei, Khodjaev) @ Beijing]']),
    # a day told right before "during his visit to P" dates the visit, and the talks told after it;
    # (a guard: "during his working visit to the city", a trip at home, stays none)
    ("Kazakh First Deputy Prime Minister Roman Sklyar took part in the opening of the railway forum on Sept. 15 "
     "during his working visit to Lianyungang city. Chinese Vice Premier Ding Xuexiang held a bilateral meeting with "
     "Sklyar.", "2023-09-18", ["Meeting[meeting 2023-09-15 (Ding Xuexiang, Sklyar) @ Lianyungang]"]),
    ("Kazakh President Kassym-Jomart Tokayev launched the construction of a car plant on Nov. 15 in Almaty during his "
     "working visit to the city.", "2022-11-16", []),
    # "convened ..., bringing together A, B and C" is a roll; "Y was represented at the session by Z"
    # adds Z; the region's foreign ministers are in people.toml
    ("The 6th ministerial meeting of the Central Asia-China format convened in Almaty on 26 April 2025, bringing "
     "together the foreign ministers of Kazakhstan – Murat Nurtleu, China – Wang Yi, Kyrgyzstan – Jeenbek Kulubayev, "
     "Tajikistan – Sirodjiddin Muhriddin, and Uzbekistan – Bakhtiyor Saidov. Turkmenistan was represented at the "
     "session by its ambassador to China, Parakhat Durdyev.", "2025-04-28",
     ["Meeting[meeting 2025-04-26 (Nurtleu, Wang Yi, Kulubayev, Muhriddin, Saidov, Durdyev) @ Almaty]"]),
    # a country word before a dash that joins two offices is the holder's ("Aide to the President of the
    # Republic of Kazakhstan – Secretary of the Security Council X")
    ("The meeting of the security council secretaries was held in Tashkent on Monday. The following officials took "
     "part: Aide to the President of the Republic of Kazakhstan – Secretary of the Security Council Gizat Nurdauletov; "
     "Minister of Public Security of China Wang Xiaohong; Secretary of the Security Council of the Russian Federation "
     "Nikolai Patrushev.", "2022-08-23",
     ["Meeting[meeting 2022-08-22 (Nurdauletov, Wang Xiaohong, Patrushev) @ Tashkent]"]),
    # a visit with a day of its own and a later meeting of its visitor on a day outside it are two
    # events (a guard: the talks of the day after the arrival are the visit's)
    ("The visa document was signed on May 18, during the official visit of President Kassym-Jomart Tokayev to "
     "China. At the time, he said tourism would grow. On October 19, Tokayev met with Ma Xingrui, the party "
     "secretary of Xinjiang.", None,
     ["Meeting[visit --05-18 (Tokayev) @ None]", "Meeting[meeting --10-19 (Tokayev, Ma Xingrui) @ None]"]),
    ("Kazakh President Kassym-Jomart Tokayev arrived in Beijing on October 16 on a state visit. On October 17, "
     "Tokayev met with Chinese President Xi Jinping.", "2023-10-18",
     ["Meeting[meeting 2023-10-17 (Tokayev, Xi Jinping) @ Beijing]"]),
    # "The discussions involved A, B and C": one meeting of them all
    ("The discussions involved Nurlan Zhakupov, head of Samruk-Kazyna, Lin Xiaodan, chief executive of a Chinese "
     "energy investor, and Xin Zuni, a vice president of its parent group.", "2026-01-26",
     ["Meeting[meeting 2026-01-26 (Zhakupov, Lin Xiaodan, Xin Zuni) @ None]"]),
    # a page with no date takes its lead's day for the day's news only where the lead writes it
    # without a year (a guard: "Dec. 13"); a full date there is an earlier event's
    ("The party journal printed a speech Chinese President Xi Jinping first delivered on 25 January, 2018, to newly "
     "appointed members of the Central Committee. Later, the weekly notes turned to foreign policy. Landing in "
     "Astana, Xi was received at the airport by President Kassym-Jomart Tokayev.", None,
     ["Meeting[meeting None (Tokayev, Xi Jinping) @ Astana]"]),
    ("Chinese President Hu Jintao was in Astana Dec. 13 to open a new gas pipeline with his Kazakh counterpart and to "
     "talk about energy. Hu held talks with President Nursultan Nazarbayev.", None,
     ["Meeting[talks --12-13 (Hu Jintao, Nazarbayev) @ None]"]),
    # the day's news with no day of its own takes the lead's day; the lead may begin after a page's
    # menu lines, and where its first sentence names no day, its second may
    ("Home | News | World | Business | Sport\nAbout us\nContact\nArchive\nSearch\nMirror sites\nLetters\nWeather\n"
     "Subscribe\n\nThe summit of the five neighbours has shifted its focus from border issues to trade and security "
     "among its members. This was plain at the summit held yesterday in the Tajik capital of Dushanbe. Chinese "
     "President Jiang Zemin and Kazakh President Nursultan Nazarbayev discussed closer cooperation in the border areas.",
     "2000-07-06", ["Meeting[meeting 2000-07-05 (Jiang Zemin, Nazarbayev) @ None]"]),
    # a Chinese name misspelt once is the person spelt right elsewhere in the article
    ("Vice Premier Ding Xuexiang arrived in Astana on Monday for a working visit. Vice Premier Ding Xuexing then held "
     "talks with Prime Minister Olzhas Bektenov on Tuesday.", "2024-06-06",
     ["Meeting[talks 2024-06-04 (Ding Xuexiang, Bektenov) @ Astana]"]),
    # "earlier / later in the day": the day told before, else the paper's
    ("Premier Li Qiang met with Prime Minister Olzhas Bektenov earlier in the day.", "2024-11-05",
     ["Meeting[meeting 2024-11-05 (Li Qiang, Bektenov) @ None]"]),
    ("Bektenov arrived in Shanghai on Monday. Later in the day he met with Premier Li Qiang.", "2024-11-06",
     ["Meeting[meeting 2024-11-04 (Bektenov, Li Qiang) @ Shanghai]"]),
    # "the guests were received by Y": the head of the delegation named before
    ("A delegation from Xinjiang headed by Vice Chairman Ma Xiaoming arrived in Almaty.\nThe guests toured the port.\n"
     "Then the guests were received by Governor of Almaty Region Marat Sultangaziyev.", "2024-05-20",
     ["Meeting[meeting 2024-05-20 (Sultangaziyev, Ma Xiaoming) @ Almaty]"]),
    # "X, who paid a visit ..., made the remarks when meeting with Y"
    ("Wang Yi, who paid a visit to Astana, made the remarks when meeting with Kazakh Foreign Minister Murat Nurtleu "
     "on Monday.", "2024-05-22", ["Meeting[meeting 2024-05-20 (Wang Yi, Nurtleu) @ Astana]"]),
    # "the two presidents had a meeting": the pair named before, no "with"
    ("Xi Jinping will visit Kazakhstan next week, where he is to meet Kassym-Jomart Tokayev. The two presidents had "
     "a meeting in Beijing last month.", "2023-06-02", ["Meeting[meeting 2023-05 (Tokayev, Xi Jinping) @ Beijing]"]),
    # a series of meetings with company heads, each told by what its guest presented
    ("Energy Minister Almassadam Satkaliyev met with heads of Chinese energy companies during his working visit "
     "to Beijing on March 5.\n\nSun Bo, the chairman of a Chinese power company, presented a wind farm project in "
     "Zhambyl.\n\nTrade fell last year.", "2024-03-07",
     ["Meeting[meeting 2024-03-05 (Satkaliyev, Sun Bo) @ Beijing]"]),
    # the same told as a noun: "A meeting of X with the head of a company took place on ..."
    ("A meeting of Pavlodar region governor Asain Baikhanov with the general manager of a Chinese cement "
     "maker took place on Tuesday.\n\nGeneral manager Wang Jun presented a plan for a second kiln.",
     "2024-03-07", ["Meeting[meeting 2024-03-05 (Baikhanov, Wang Jun) @ None]"]),
    # an arrival, then a meeting of the visitor with a third country's leader: the arrival stays
    ("Chinese Premier Li Qiang arrived in Astana on Sunday.\n\nIn a meeting with Uzbek President Shavkat Mirziyoyev "
     "on Monday, Li said the railway was a priority.", "2024-11-05",
     ["Meeting[visit 2024-11-03 (Li Qiang) @ Astana]"]),
    # one event told under a photo and in the story, its party spelt two ways: as the gazetteer writes them
    ("Premier Li Keqiang shakes hands with Prime Minister Karim Masimov in Beijing, Dec. 14, 2015.\n\nLi held talks "
     "with Karim Massimov in Beijing on Monday.", "2015-12-15",
     ["Meeting[talks 2015-12-14 (Li Keqiang, Massimov) @ Beijing]"]),
    # an arrival and the talks held on it days later, told in either order: one record, the talks' day
    ("Premier Li Qiang arrived in Astana on Thursday for the summit.\n\nTrade will grow, Li told his counterpart "
     "Olzhas Bektenov when they met on Saturday.", "2024-11-04",
     ["Meeting[meeting 2024-11-02 (Li Qiang, Bektenov) @ Astana]"]),
    ("Trade will grow, Li Qiang told his counterpart Olzhas Bektenov when they met on Saturday.\n\nLi arrived in "
     "Astana on Thursday for the summit.", "2024-11-04",
     ["Meeting[meeting 2024-11-02 (Li Qiang, Bektenov) @ Astana]"]),
    # in a page with no date, "his Kazakh counterpart" named only after: the first who ever held the office
    ("On Tuesday, Premier Li Keqiang told his Kazakh counterpart that trade would grow. Massimov said the "
     "projects were on track.", None, ["Meeting[meeting None (Li Keqiang, Massimov) @ None]"]),
    # "the deputies met with A, B and C": the head of the delegation a sentence before named
    ("A delegation of the Senate led by Chairman Maulen Ashimbayev arrived in Beijing on May 14.\n"
     "Over two days, the deputies met with NPC Standing Committee Chairman Zhao Leji and Vice President "
     "Han Zheng.", "2024-05-17",
     ["Meeting[meeting 2024-05-14 (Ashimbayev, Zhao Leji) @ Beijing]", "Meeting[meeting 2024-05-14 (Ashimbayev, Han Zheng) @ Beijing]"]),
    # "During his stay in China,": the visit told before dates the talks
    ("Tokayev paid a state visit to China in October. During his stay in Beijing, Tokayev and President Xi "
     "reviewed new projects.", "2023-12-01", ["Meeting[meeting 2023-10 (Tokayev, Xi Jinping) @ Beijing]"]),
    # "the meeting between the two leaders": the pair named before
    ("Xi Jinping said he would work with Kassym-Jomart Tokayev for a shared future. The meeting between the two "
     "leaders took place in Astana on Wednesday.", "2024-07-05",
     ["Meeting[meeting 2024-07-03 (Tokayev, Xi Jinping) @ Astana]"]),
    # an arrival whose day the page cannot resolve is the dated reception told before it
    ("Premier Li Keqiang is greeted by Prime Minister Karim Massimov on arrival in Astana, Dec. 14, 2014. "
     "Li Keqiang arrived in Astana Sunday for an official visit.", None,
     ["Meeting[meeting 2014-12-14 (Massimov, Li Keqiang) @ Astana]"]),
    # a wire's dateline after page furniture and a photo caption still dates the day's news
    ("Home > World\n\nPhoto: Li Zhanshu is welcomed on arrival, Sept. 21. (Xinhua)\n\n"
     + "Navigation text of the page repeated here to fill the furniture. " * 8
     + "\nASTANA, Sept. 21 (Xinhua) -- Top Chinese legislator Li Zhanshu arrived in Astana on an official visit.",
     "2019-09-22", ["Meeting[visit 2019-09-21 (Li Zhanshu) @ Astana]"]),
    # "that day": the day the sentence before names, where it told no meeting
    ("The intergovernmental subcommittee on customs closed its session on 12 May. Minister Yu Jianhua and "
     "Mr. Zhakupov, head of the State Revenue Committee, signed a protocol that day.", "2021-05-14",
     ["Meeting[meeting 2021-05-12 (Yu Jianhua, Zhakupov) @ None]"]),
    # a gathering's roll (chaired, attended) with a Kazakh and a Chinese party is one meeting of them
    # all, dated as the sentence telling it; observers are no parties, nor is a press conference a gathering
    ("The second meeting of agriculture ministers of China and Central Asia was held in Almaty on May 11. The "
     "meeting was chaired by Kazakh Minister of Agriculture Yerbol Karashukeyev. Chinese Minister of Agriculture "
     "Tang Renjian, Kyrgyz Minister Askarbek Dzhanybekov and Uzbek Minister Aziz Voitov attended the meeting. "
     "Observers from Mongolia, Minister Batbayar Ganbold among them, also attended the meeting.", "2023-05-12",
     ["Meeting[meeting 2023-05-11 (Karashukeyev, Tang Renjian, Dzhanybekov, Voitov) @ Almaty]"]),
    # ... its roll given as a list after "were led by:"; the date from a sentence further back
    ("On May 30, the 3rd meeting of transport ministers of Central Asia and China was held in Almaty. The meeting "
     "served as a step toward the summit. The meeting was opened by Kazakhstan's Minister of Transport Nurlan "
     "Sauranbayev.\nThe delegations were led by:\n- Ruslan Mukambetov, Minister of Transport of the Kyrgyz "
     "Republic,\n- Azim Ibrohimzoda, Minister of Transport of Tajikistan,\n- The Chinese delegation was headed by "
     "Li Ming, Vice Minister of Transport of China.\n", "2025-06-02",
     ["Meeting[meeting 2025-05-30 (Sauranbayev, Mukambetov, Ibrohimzoda, Li Ming) @ Almaty]"]),
    # ... "Attending this year's summit are" its parties
    ("The summit of the five countries opened in Almaty on Tuesday. Attending this year's summit are Chinese "
     "President Hu Jintao, Kazakh President Nursultan Nazarbayev and Kyrgyz President Kurmanbek Bakiyev.",
     "2007-08-16", ["Meeting[meeting 2007-08-14 (Hu Jintao, Nazarbayev, Bakiyev) @ Almaty]"]),
    # ... a roll that names the parties first and observers after them
    ("Premier Li Qiang chaired the meeting of the council of heads of government in Beijing on Monday. Prime Minister "
     "Olzhas Bektenov of Kazakhstan, Prime Minister Adylbek Kasymaliev of Kyrgyzstan and representatives of observer "
     "states attended the meeting.", "2024-10-16",
     ["Meeting[meeting 2024-10-14 (Li Qiang, Bektenov, Kasymaliev) @ Beijing]"]),
    # ... "It was chaired by" (the gathering told before), and observer states' leaders named after the
    # body's word ("the SCO observer nations including Y"): parties, not the body's officials
    ("The meeting of SCO heads of government was held in Bishkek on Tuesday. It was chaired by Prime Minister "
     "Askar Mamin and attended by Premier Li Keqiang, as well as representatives of the SCO observer states "
     "including Mongolian Prime Minister Ukhnaagiin Khurelsukh.", "2019-11-06",
     ["Meeting[meeting 2019-11-05 (Mamin, Li Keqiang, Khurelsukh) @ Bishkek]"]),
    # ... the gathering's words between it and "was attended by": a clause of its own ("the meeting in
    # P on Tuesday, which was also attended by"), its days ("The forum from Monday to Wednesday"), its
    # host set off by commas ("The summit, hosted by A at P, was attended by"), "attended and addressed
    # by" (blind rounds r250, r261, r262)
    ("Premier Li Qiang gave a speech at the regional meeting in Urumqi on Tuesday, which was also attended by "
     "Kazakh Prime Minister Olzhas Bektenov, Kyrgyz Prime Minister Adylbek Kasymaliev and Uzbek Prime Minister "
     "Abdulla Aripov.", "2024-06-13",
     ["Meeting[meeting 2024-06-11 (Li Qiang, Bektenov, Kasymaliev, Aripov) @ Urumqi]"]),
    ("The forum from Monday to Wednesday was attended by Chinese Vice Premier Ding Xuexiang, Kazakh Deputy Prime "
     "Minister Serik Zhumangarin and Tajik Deputy Prime Minister Sulaimon Ziyozoda.", "2024-06-13",
     ["Meeting[meeting 2024-06-10 (Ding Xuexiang, Zhumangarin, Ziyozoda) @ None]"]),
    ("The summit, hosted by Kazakh President Kassym-Jomart Tokayev at the Akorda, was attended by Chinese President "
     "Xi Jinping, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev on Tuesday.", "2024-06-13",
     ["Meeting[meeting 2024-06-11 (Tokayev, Xi Jinping, Japarov, Mirziyoyev) @ Akorda]"]),
    ("The council met in Bishkek on Friday. The meeting was attended and addressed by Prime Minister B. Sagintayev "
     "of the Republic of Kazakhstan, Premier Li Keqiang of the People's Republic of China and Prime Minister Zh. "
     "Satybaldiev of the Kyrgyz Republic.", "2017-11-04",
     ["Meeting[meeting 2017-11-04 (Sagintayev, Li Keqiang, Satybaldiev) @ None]"]),
    # an office of a body written the British way ("Organisation"), its holder named with initials glued on
    ("Deputy Secretary-General of the Collective Security Treaty Organisation T.I.Dzhumabekov met Chinese Ambassador "
     "Zhang Xiao in Astana on May 3.", "2021-05-05",
     ["Meeting[meeting 2021-05-03 (Dzhumabekov, Zhang Xiao) @ Astana]"]),
    # "Dzh." is an initial, as "Zh." is: the sentence goes on after it (blind round r261)
    ("On 3 May, Prime Minister K. Massimov of the Republic of Kazakhstan met Prime Minister Dzh. Otorbaev of the "
     "Kyrgyz Republic and Premier Li Keqiang of China in Astana.", "2014-05-05",
     ["Meeting[meeting 2014-05-03 (Massimov, Li Keqiang) @ Astana]"]),
    # ... "A, B and C participated in it." (the gathering told before), and the observers' list with no
    # verb after it ("High representatives of the observer states: A, B"; blind round r261)
    ("On 2 November 2023, the meeting of the heads of government was held in a video format. Prime Minister of the "
     "Republic of Kazakhstan A.A. Smailov, Premier of the State Council of the People's Republic of China Li Qiang "
     "and Prime Minister of the Republic of Tajikistan K. Rasulzoda participated in it. High representatives of the "
     "observer states: Prime Minister of Mongolia L. Oyun-Erdene, Prime Minister of the Republic of Belarus R.A. "
     "Golovchenko.", "2023-11-03",
     ["Meeting[meeting 2023-11-02 (Smailov, Li Qiang, Rasulzoda, Oyun-Erdene, Golovchenko) @ None]"]),
    # ... the gathering told with its day five sentences before its roll, past the talks' topics (r261)
    ("On 25 November 2021, the council of the heads of government held a meeting via videoconference. The prime "
     "ministers discussed trade. The discussion also concerned the pandemic. The participants in the meeting noted "
     "the growth of trade. They discussed food security. The meeting was attended by Prime Minister of Kazakhstan "
     "Askar Mamin, Premier of the State Council of China Li Keqiang and Prime Minister of Tajikistan Kokhir "
     "Rasulzoda.", None, ["Meeting[meeting 2021-11-25 (Mamin, Li Keqiang, Rasulzoda) @ None]"]),
    # ... a signing ceremony's roll: its signatories met (the gold counts signings; blind round r266)
    ("The signing ceremony on Friday was attended by Kazakh Education Minister Askhat Aimagambetov, Chinese "
     "Ambassador Zhang Xiao and Vice President Li Ming of Nanjing University.", "2021-12-04",
     ["Meeting[meeting 2021-12-03 (Aimagambetov, Zhang Xiao, Li Ming) @ None]"]),
    # ... "The meeting is being chaired by A" (a report as it happens)
    ("The meeting of the council is being chaired by Prime Minister Mikhail Mishustin. Prime Minister Olzhas "
     "Bektenov and Premier Li Qiang are attending the meeting.", "2025-11-18",
     ["Meeting[meeting 2025-11-18 (Mishustin, Bektenov, Li Qiang) @ None]"]),
    # ... the observer states' envoys a later sentence of the roll names are parties too, past the
    # body's officers who "participated" (the gold of r186, r250 and r261 lists them in 9 of its 10
    # such rolls), but not a sentence of observers alone, nor the envoys of other bodies
    ("The meeting of the prime ministers was held in Almaty on Monday. The meeting was attended by Prime Minister "
     "A. Smailov of the Republic of Kazakhstan, Premier Li Qiang of the People's Republic of China and Prime "
     "Minister A. Japarov of the Kyrgyz Republic. The SCO Secretary-General Zhang Ming participated in the meeting. "
     "The meeting was attended by representatives of the observer states - Prime Minister L. Oyun-Erdene of "
     "Mongolia and Prime Minister Shehbaz Sharif of Pakistan.", "2023-10-17",
     ["Meeting[meeting 2023-10-16 (Smailov, Li Qiang, Japarov, Oyun-Erdene, Shehbaz Sharif) @ Almaty]"]),
    # ... a plan with its day: the chair's sentence, then "A, B and C will attend the meeting"; the
    # spokesperson who announced it is no party
    ("Foreign Minister Wang Yi will chair the sixth China-Central Asia Foreign Ministers' Meeting on June 3 in "
     "Urumqi, spokesperson Lin Jian announced on Friday. Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign "
     "Minister Bakhtiyor Saidov will attend the meeting.", "2025-05-30",
     ["Meeting[meeting 2025-06-03 (Wang Yi, Nurtleu, Saidov) @ Urumqi]"]),
    # ... a communique's "A, B and C jointly held the ... Meeting", "the summit was held in P with the
    # participation of A, B and C"
    ("On 3 March 2025, Foreign Minister Wang Yi, Foreign Minister Murat Nurtleu and Foreign Minister Bakhtiyor "
     "Saidov jointly held the sixth meeting of foreign ministers in Urumqi.", "2025-03-05",
     ["Meeting[meeting 2025-03-03 (Wang Yi, Nurtleu, Saidov) @ Urumqi]"]),
    # a plan's roll "Attending the event will be"; a namesake of someone listed ("Akylbek Japarov", not
    # President Japarov) and a surname many share ("Imran Khan") are written whole
    ("The SCO heads of government will hold their meeting in Beijing on November 25. Attending the event will be "
     "Premier Li Keqiang, Prime Minister Askar Mamin, Chairman of the Cabinet of Kyrgyzstan Akylbek Japarov and "
     "Prime Minister of Pakistan Imran Khan.", "2021-11-25",
     ["Meeting[meeting 2021-11-25 (Li Keqiang, Mamin, Akylbek Japarov, Imran Khan) @ Beijing]"]),
    # a gathering named in quotes: "attended the second "China+Central Asia" (C+C5) Foreign Ministers' Meeting"
    ("On May 12, 2021 Foreign Minister Wang Yi attended the second \"China+Central Asia\" (C+C5) Foreign Ministers' "
     "Meeting in Xi'an, which was chaired by him and attended by Kazakh Foreign Minister Mukhtar Tileuberdi and "
     "Uzbek Foreign Minister Abdulaziz Kamilov.", "2021-05-13",
     ["Meeting[meeting 2021-05-12 (Wang Yi, Tileuberdi, Kamilov) @ Xi'an]"]),
    # (or, with "the Parties" defined after the list, plain "held the meeting")
    ("On 9 June 2021 Foreign Minister of China Wang Yi, Foreign Minister of Kazakhstan M. Tleuberdi, Foreign "
     "Minister of Uzbekistan A. Kamilov (hereinafter the Parties) held the second ministerial meeting by video link.",
     "2021-06-12", ["Meeting[meeting 2021-06-09 (Wang Yi, Tleuberdi, Kamilov) @ None]"]),
    # ... but one who held a meeting with a counterpart met them, whoever else the sentence names
    ("Wang Yi held the meeting with Foreign Minister Tleuberdi in Beijing, and Ambassador Zhang Xiao and Deputy "
     "Minister Kamilov of Uzbekistan joined them.", "2021-06-12", ["Meeting[meeting 2021-06-12 (Wang Yi, Tleuberdi) @ Beijing]"]),
    ("On May 6, 2025, the third summit was held in Bishkek with the participation of the President of Kazakhstan "
     "K.K. Tokayev, the Chairman of China Xi Jinping and the President of Uzbekistan Sh.M. Mirziyoyev.",
     "2025-05-08", ["Meeting[meeting 2025-05-06 (Tokayev, Xi Jinping, Mirziyoyev) @ Bishkek]"]),
    # the day's news with no day of its own takes the day the story's lead names, a few days before the
    # page's: the call is Wednesday's, not the paper's Thursday
    ("Chinese President Xi Jinping said Wednesday that China is ready to deepen its cooperation with Kazakhstan "
     "in trade and energy. In a telephone conversation with Kazakh President Kassym-Jomart Tokayev, Xi called "
     "for closer ties.", "2021-06-03", ["Meeting[call 2021-06-02 (Xi Jinping, Tokayev) @ None]"]),
    # ... past a standfirst with no stop
    ("China to buy a stake in the Caspian oilfield for a reported five billion dollars, supplanting India's bid\n"
     "President Xi Jinping struck a deal with Kazakhstan yesterday that will give China a stake in its giant "
     "oilfield. Xi told a news briefing after talks with President Nursultan Nazarbayev that ties were strong.",
     "2013-09-08", ["Meeting[talks 2013-09-07 (Xi Jinping, Nazarbayev) @ None]"]),
    # ... the lead's day before the page's, not its date line's
    ("ASTANA, 4 June 2003: China and Kazakhstan yesterday signed a general agreement on an oil pipeline worth "
     "$3 billion. The deal was signed after a meeting between President Hu Jintao and President Nursultan "
     "Nazarbayev.", "2003-06-04", ["Meeting[meeting 2003-06-03 (Hu Jintao, Nazarbayev) @ None]"]),
    # talks told after a visit recalled with no date are that visit's (one event, the talks), not the
    # day's news
    ("President Kassym-Jomart Tokayev recalled his recent visit to China, calling it highly productive. He said "
     "the agenda of the talks was broad. \"During the talks with President Xi Jinping, we paid attention to trade "
     "and transit,\" Tokayev said.", "2025-09-05",
     ["Meeting[talks None (Xi Jinping, Tokayev) @ None]"]),
    # ... a summit of the day "will be attended by" its leaders
    ("Today Astana is hosting the summit of the Organization of Turkic States. The summit will be attended by "
     "President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Chinese Vice President Han Zheng.",
     "2024-11-06", ["Meeting[meeting 2024-11-06 (Tokayev, Mirziyoyev, Han Zheng) @ None]"]),
    # ... "The Meeting was attended by" (a capital M), "The following officials took part:"
    ("On 15 November 2017, the meeting of trade ministers was held in Bishkek. The Meeting was attended by Minister of "
     "National Economy of Kazakhstan Timur Suleimenov, Assistant Minister of Commerce of China Li Chenggang and "
     "Minister of Economic Development of Russia Maxim Oreshkin.", "2017-11-20",
     ["Meeting[meeting 2017-11-15 (Suleimenov, Li Chenggang, Oreshkin) @ Bishkek]"]),
    ("The meeting of security council secretaries was held in Tashkent on Friday. The following officials took part: "
     "Secretary of the Security Council of Kazakhstan Gizat Nurdauletov; Minister of Public Security of China Wang "
     "Xiaohong; Secretary of the Security Council of Russia Nikolai Patrushev.", "2022-08-22",
     ["Meeting[meeting 2022-08-19 (Nurdauletov, Wang Xiaohong, Patrushev) @ Tashkent]"]),
    # ... "The forum was attended by"
    ("The forum opened in Urumqi on Thursday. The forum was attended by Vice Premier Li Keqiang, Prime Minister "
     "Karim Massimov and Kyrgyz President Roza Otunbayeva.", "2011-09-03",
     ["Meeting[meeting 2011-09-01 (Li Keqiang, Massimov, Otunbayeva) @ Urumqi]"]),
    # ... "Taking part in it were" the parties; those the next sentence says attended are not, unless
    # they "also" took part; the gathering named in the passive with its "of ..." ("The 5th session of
    # the council is presided over by")
    ("On 12 March the council of transport ministers held its session in Tashkent. Taking part in it were Kazakh Minister "
     "Nurlan Sauranbayev, Chinese Minister Li Xiaopeng and Uzbek Minister Ilkhom Makhkamov. The session was "
     "attended by SCO Secretary-General Nurlan Yermekbayev.", "2024-03-14",
     ["Meeting[meeting 2024-03-12 (Sauranbayev, Li Xiaopeng, Makhkamov) @ Tashkent]"]),
    ("The 5th session of the council of energy ministers is presided over by Uzbek Minister Jurabek Mirzamakhmudov. "
     "Among the participants are Chinese Administrator Zhang Jianhua and Kazakh Minister Almassadam Satkaliyev. "
     "Kyrgyz Minister Taalaibek Ibraev is also attending the session.", "2024-10-16",
     ["Meeting[meeting 2024-10-16 (Mirzamakhmudov, Zhang Jianhua, Satkaliyev, Ibraev) @ None]"]),
    ("On December 1, Foreign Minister Wang Yi chaired the fifth China-Central Asia Foreign Ministers' Meeting in "
     "Chengdu. Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov attended the meeting.",
     "2024-12-02", ["Meeting[meeting 2024-12-01 (Wang Yi, Nurtleu, Saidov) @ Chengdu]"]),
    # the side a roll lacks, named where the gathering was told a few sentences before, past a list
    # and a speech; a gathering named with signs and brackets ("China + Central Asia (C+C5)"); an
    # ambassador "to China" is not Chinese (blind rounds 96 and 99)
    ("The fourth China-Central Asia Foreign Ministers' Meeting opened in Samarkand on Friday, where Chinese "
     "Foreign Minister Wang Yi set out three priorities: - trade - security - culture. He called for closer ties. "
     "The meeting was attended by Kazakhstan's Foreign Minister Mukhtar Tileuberdi; Uzbekistan's Foreign Minister "
     "Bakhtiyor Saidov; and Turkmenistan's Ambassador to China, Parahat Durdyev.", "2023-04-15",
     ["Meeting[meeting 2023-04-14 (Wang Yi, Tileuberdi, Saidov, Durdyev) @ Samarkand]"]),
    ("Foreign Minister Wang Yi on Thursday presided over the second China + Central Asia (C+C5) foreign ministers "
     "meeting by video link. Kazakh Foreign Minister Mukhtar Tileuberdi and Kyrgyz Foreign Minister Ruslan Kazakbaev "
     "attended the meeting.", "2021-05-14", ["Meeting[meeting 2021-05-13 (Wang Yi, Tileuberdi, Kazakbaev) @ None]"]),
    # a roll in the diplomatic style: an initial before each surname, the country after ("Prime Minister
    # K. Surname of the Republic of Tajikistan"); the body's own officers are parties too (changed: they
    # were none before the gold of r190 and r213); a gathering of two days is dated by its first
    ("On May 23-24, 2016, Tashkent hosted the meeting of the council of foreign ministers. The meeting was "
     "attended by Foreign Minister E. Idrissov of the Republic of Kazakhstan, Foreign Minister Wang Yi of the "
     "People's Republic of China, Foreign Minister S. Lavrov of the Russian Federation, Foreign Minister A. Kamilov of the Republic of Uzbekistan and SCO "
     "Secretary-General R. Alimov.", "2016-05-25",
     ["Meeting[meeting 2016-05-23 (Idrissov, Wang Yi, Lavrov, Kamilov, Alimov) @ None]"]),
    # initials glued to the surname, and a roll that ends "took part."
    ("A meeting of the council of heads of government took place on 14 October 2009 in Beijing. The Prime Minister "
     "of the Republic of Kazakhstan K.K.Massimov, the Premier of the State Council of the People's Republic of China "
     "Wen Jiabao and the Prime Minister of the Republic of Tajikistan A.G.Akilov took part.", "2009-10-15",
     ["Meeting[meeting 2009-10-14 (Massimov, Wen Jiabao, Akilov) @ Beijing]"]),
    # ... one that ends "were in attendance."; "It has been attended by" after the gathering's sentence; and
    # "The meeting of the Council of ... was held in P, on <days>, with the participation of" (blind round 250)
    ("The council of heads of state met on 15 June 2011 in Astana. President of the Republic of Kazakhstan "
     "N.A.Nazarbayev, Chairman of the People's Republic of China Hu Jintao and President of the Russian Federation "
     "D.A.Medvedev were in attendance.", "2011-06-16",
     ["Meeting[meeting 2011-06-15 (Nazarbayev, Hu Jintao, Medvedev) @ None]"]),
    ("The summit opened on Thursday with a session in a narrow format. It has been attended by President of Kazakhstan "
     "Nursultan Nazarbayev, President of China Hu Jintao and President of Russia Dmitry Medvedev.", "2010-06-11",
     ["Meeting[meeting 2010-06-10 (Nazarbayev, Hu Jintao, Medvedev) @ None]"]),
    ("The twelfth meeting of the Council of Heads of Government (Prime Ministers) of the Member States of the "
     "Organization (hereinafter the Council) was held in Bishkek, on 2-3 November 2016, with the participation of "
     "Prime Minister of the Republic of Kazakhstan B. Sagintayev, Premier of the State Council of the People's "
     "Republic of China Li Keqiang and the Chairman of the Government of the Russian Federation D. Medvedev.",
     "2016-11-04", ["Meeting[meeting 2016-11-02 (Sagintayev, Li Keqiang, Medvedev) @ Bishkek]"]),
    # a meeting told first in the sentence of the visit it was held on takes the visit's day; a visit
    # "since" a day began that day (not "the first trip since 2019")
    ("Zhang Ming praised the chairmanship at the meeting with Kazakh Deputy Foreign Minister Alibek Bakayev "
     "during his working visit to Beijing, China, on Nov. 21.", "2023-11-22",
     ["Meeting[meeting 2023-11-21 (Zhang Ming, Bakayev) @ Beijing]"]),
    ("President Tokayev has been in China on an official visit since Aug. 30.", "2025-09-03",
     ["Meeting[visit 2025-08-30 (Tokayev) @ None]"]),
    ("\"Trade is growing,\" said Tokayev, who has been in China on an official visit since Aug. 30.", "2025-09-03",
     ["Meeting[visit 2025-08-30 (Tokayev) @ None]"]),
    # a date opening the sentence after the page's stamp and "At noon on" dates its arrival
    (" date 2024-07-12 At noon on July 2, 2024 local time, President Xi Jinping arrived in Astana by special plane "
     "to pay a state visit to Kazakhstan.", "2024-07-12", ["Meeting[visit 2024-07-02 (Xi Jinping) @ Astana]"]),
    # the date of an event the two discussed holding is not theirs
    ("Ambassador Shakhrat Nuryshev and Vice Minister Xu Dazhe discussed an opportunity of holding the group's second "
     "sitting in China this year.", "2016-08-20", ["Meeting[meeting 2016-08-20 (Nuryshev, Xu Dazhe) @ None]"]),
    ("Xi Jinping has made his first trip since 2019 to Kazakhstan.", "2025-09-03",
     ["Meeting[visit 2025-09-03 (Xi Jinping) @ None]"]),
    # "the Kazakh delegation" is the one Kazakh named in the paragraph before; "the same day" reaches back
    # past a quote's sentences to the day named last
    ("Today Moscow hosted a meeting of SCO defence ministers. The event was attended by Kazakh Defence Minister "
     "Ruslan Zhaksylykov. \"We will do more. The next meeting is ours,\" he said. Following the sitting, documents were signed. The same day the Kazakh delegation "
     "held a bilateral meeting with Chinese Defence Minister Dong Jun.", "2024-04-26",
     ["Meeting[meeting 2024-04-26 (Zhaksylykov, Dong Jun) @ None]"]),
    # "in a call to Y" is a call; a visit "currently" under way is the day's news; a Kazakh official's
    # tour of a plant at home is no visit of the two countries
    ("Foreign Minister Wang Yi made the remarks in a call to Kazakhstan's foreign minister Murat Nurtleu.",
     "2024-02-05", ["Meeting[call 2024-02-05 (Wang Yi, Nurtleu) @ None]"]),
    ("Prime Minister Olzhas Bektenov's current visit to China opens a new stage, an analyst says.", "2024-10-02",
     ["Meeting[visit 2024-10-02 (Bektenov) @ None]"]),
    ("During his trip to Karaganda, Prime Minister Olzhas Bektenov also visited the Saran bus plant.", "2024-10-02", []),
    # "paid the official visit"; "held a meeting in Beijing with a delegation led by Y"; a visit abroad
    # stays none of ours whoever invited the visitor
    ("\"As you know, President Nursultan Nazarbayev paid the official visit to China in 2015,\" the expert said.",
     "2016-03-01", ["Meeting[visit 2015 (Nazarbayev) @ None]"]),
    ("Wind turbine maker chief Duan Dawei held a meeting in Beijing with a Kazakh delegation led by Ambassador "
     "Shakhrat Nuryshev.", "2017-05-05", ["Meeting[meeting 2017-05-05 (Duan Dawei, Nuryshev) @ Beijing]"]),
    ("Vice Premier Ding Xuexiang is paying the visit to Russia at the invitation of Kazakh Deputy Prime Minister "
     "Roman Sklyar's Russian counterpart.", "2024-11-30", []),
    # a reporter of the same family name in the byline does not stop "Hu" from being the president;
    # "A, B and parliamentary leaders" names A and B; a ceremony's guests are no meeting
    ("By Hu Qihua (China Daily)\n\nPresident Hu Jintao arrived in Astana yesterday. Today, Hu will meet with "
     "President Nursultan Nazarbayev, Prime Minister Danial Akhmetov and parliamentary leaders.", "2005-07-04",
     ["Meeting[meeting 2005-07-04 (Hu Jintao, Nazarbayev) @ Astana]", "Meeting[meeting 2005-07-04 (Hu Jintao, Akhmetov) @ None]"]),
    ("The opening ceremony of the exhibition was attended by Malik Otarbayev, adviser to the President, Tian "
     "Lulu, counsellor of the Chinese embassy, and Zhanseit Tuimebayev, rector of the university.", "2023-12-08", []),
    # "Today, X will meet Y" in a page with no date: a record of the day's news, its day unknown
    ("President Hu Jintao arrived in Astana yesterday. Today, Hu will meet with President Nursultan Nazarbayev.",
     None, ["Meeting[meeting None (Hu Jintao, Nazarbayev) @ Astana]"]),
    # a page with no year, its dateline "May 20. Outlet. Place": the day's news is that day
    ("Partnership on the Silk Road\n\nMay 20. Kazpravda. Shanghai\n\nPresident Nursultan Nazarbayev is on a state "
     "visit in China. Nursultan Nazarbayev and Xi Jinping reviewed priority aspects of their cooperation.", None,
     ["Meeting[meeting --05-20 (Nazarbayev, Xi Jinping) @ None]"]),
    ("Good neighbours\n\nJune 14. Kazpravda\n\nBy Aigul Sadykova\n\nAfter the ceremony President Nursultan Nazarbayev "
     "and Hu Jintao held talks in Akorda.", None, ["Meeting[talks --06-14 (Nazarbayev, Hu Jintao) @ Akorda]"]),
    # (day first, as Kazakh papers also print it; found by rewriting the rounds' dates the other way round)
    ("Old friends\n\n3 July. Kazpravda\n\nBy Dana Amanova\n\nAfter the ceremony President Kassym-Jomart Tokayev "
     "and Xi Jinping held talks in Akorda.", None, ["Meeting[talks --07-03 (Tokayev, Xi Jinping) @ Akorda]"]),
    # '"We had talks with Y ...," he said': the speaker, named before the quote (a phrase quoted inside it
    # does not close it)
    ("Kassym-Jomart Tokayev thanked the hosts.\n\n\"We had very meaningful talks with Chinese President Xi Jinping. "
     "This visit opened a new \"golden\" decade of our cooperation,” he said.", "2023-05-19",
     ["Meeting[talks 2023-05-19 (Tokayev, Xi Jinping) @ None]"]),
    # a company's "Ltd." inside an office set off by commas does not end the list of those met
    ("Nurlan Zhakupov met with Zhang Binnan, President of China Communications Construction Company Ltd. (CCCC), "
     "and Wang Qizhou, Chairman of its subsidiary, to discuss cooperation.", "2024-09-02",
     ["Meeting[meeting 2024-09-02 (Zhakupov, Zhang Binnan) @ None]", "Meeting[meeting 2024-09-02 (Zhakupov, Wang Qizhou) @ None]"]),
    # "on the sidelines of a meeting in Beijing with Y"
    ("Wind turbine maker chief Duan Dawei was speaking on the sidelines of a meeting in Beijing with a Kazakh "
     "delegation led by Ambassador Shakhrat Nuryshev.", "2017-05-05",
     ["Meeting[meeting 2017-05-05 (Duan Dawei, Nuryshev) @ Beijing]"]),
    # "the meet of X and Y", as some wires print it
    ("The deal followed the meet of Vice Premier Han Zheng and his Kazakh counterpart Serik Zhumangarin in Astana "
     "earlier this month.", "2024-05-20", ["Meeting[meeting 2024-05 (Han Zheng, Zhumangarin) @ Astana]"]),
    # a meeting within a span of days, in a page with no year: no month to keep, its first day
    ("Foreign Minister Murat Nurtleu met with Vice President Han Zheng during his March 19-20 official visit to "
     "China.", None, ["Meeting[meeting --03-19 (Nurtleu, Han Zheng) @ None]"]),
    # "The sides discussed ...", then each side opening a sentence of what it said: a meeting of the two,
    # the day's news
    ("The sides also discussed a new fertiliser plant in Zhambyl region. Deputy Prime Minister Serik "
     "Zhumangarin stressed the value of local jobs. Zhou Ming, Chairman of Yuntianhua Co., expressed interest "
     "in the project.", "2025-03-04", ["Meeting[meeting 2025-03-04 (Zhumangarin, Zhou Ming) @ None]"]),
    # "The visit took place from ... to ...": the visit named in passing just before, by its first day
    ("The plan was announced during the working visit of Kazakhstan's Minister of Agriculture, Aidarbek Saparov, "
     "to China. The visit took place from April 8 to 11.", "2025-04-12", ["Meeting[visit 2025-04-08 (Saparov) @ None]"]),
    # an upcoming visit with no day of its own is not dated by the day its visitor spoke
    ("Premier Wen Jiabao said Friday that trade will grow. Wen made the remarks in a written interview on the eve "
     "of his upcoming visit to Kazakhstan, Russia and Ukraine from June 12 to 20.", "2011-06-12", []),
    ("Vice Minister Cheng Lin attended the press conference held by the visiting Foreign Minister Yerlan "
     "Idrissov, with Wang Yi.", "2014-03-20", ["Meeting[visit 2014-03-20 (Idrissov) @ None]"]),
    # "Xi'an" is a city, not Xi written short
    ("Chinese President Xi Jinping met Tokayev on Monday. Tokayev will also meet heads of companies in Xi'an on "
     "Friday.", "2024-07-03", ["Meeting[meeting 2024-07-01 (Xi Jinping, Tokayev) @ None]"]),
    # a page with no date of its own: a day without its year takes the year the text gives that
    # month elsewhere (a photo caption's); with two years for that month, none
    ("Premier Li Qiang (C) arrives at the airport in Astana, Kazakhstan, Nov. 3, 2024. (Photo agency/Staff) "
     "Li will hold talks with Prime Minister Olzhas Bektenov on Nov. 4.", None,
     ["Meeting[talks 2024-11-04 (Li Qiang, Bektenov) @ None]"]),
    ("A forum opened in Astana on Nov. 3, 2024, a year after the one of Nov. 2, 2023. Premier Li Qiang held talks "
     "with Prime Minister Olzhas Bektenov on Nov. 4.", None,
     ["Meeting[talks --11-04 (Li Qiang, Bektenov) @ None]"]),
    # talks planned within a planned visit, with no day of their own, are no record but name its host
    # ("the head of state": the president named before)
    ("Prime Minister Olzhas Bektenov will visit China on 12-14 May, his office said. Bektenov "
     "will hold talks with Premier Li Qiang there.", "2025-05-02", ["Meeting[visit 2025-05-12 (Bektenov, Li Qiang) @ None]"]),
    ("President Kassym-Jomart Tokayev will pay a state visit to China on 2-4 September. The head of state will "
     "hold negotiations with President Xi Jinping and other leaders.", "2025-08-20",
     ["Meeting[visit 2025-09-02 (Tokayev, Xi Jinping) @ None]"]),
    ("President Kassym-Jomart Tokayev will pay a state visit to China on 2-4 September. Foreign ministers "
     "Murat Nurtleu and Wang Yi will hold talks as well.", "2025-08-20", ["Meeting[visit 2025-09-02 (Tokayev) @ None]"]),
    # ... also where "he" stands for the visitor or the talks are reported ("is said to be
    # meeting"); "He will also meet Y" is one more meeting to come, not the host (blind round 86)
    ("The premier of China, Li Qiang, will visit Kazakhstan on 3 November. He will hold talks with Prime "
     "Minister Olzhas Bektenov in Astana.", "2024-10-30", ["Meeting[visit 2024-11-03 (Li Qiang, Bektenov) @ None]"]),
    ("Beijing said President Xi Jinping would visit Kazakhstan on Sept. 14. Xi is said to be meeting with "
     "President Kassym-Jomart Tokayev.", "2022-09-10", ["Meeting[visit 2022-09-14 (Xi Jinping, Tokayev) @ None]"]),
    ("Chinese President Hu Jintao arrived in Astana on Sunday for a state visit. He will also meet Prime Minister "
     "Karim Masimov.", "2011-06-13", ["Meeting[visit 2011-06-12 (Hu Jintao) @ Astana]"]),
    # a university's name is no person ("... of Agriculture and Forestry, Mr. Y"); a rector written
    # with an initial is one (blind round 106)
    ("Rector Aigul Sadykova met with the Chairman of the Board of the Southern University of Agriculture and "
     "Forestry, Mr. Wang Hongbo, on May 12.", "2024-05-14", ["Meeting[meeting 2024-05-12 (Sadykova, Wang Hongbo) @ None]"]),
    # "the honoured guests" are the delegation whose head the sentence before named (blind round 106)
    ("A delegation headed by Li Ming, dean of the Harbin Institute's law school, arrived at the university on a "
     "working visit on Tuesday. The honoured guests then held a meeting with Vice-Rector Dana Omarova.",
     "2024-03-14", ["Meeting[meeting 2024-03-12 (Li Ming, Omarova) @ None]"]),
    # a delegation led to visit a place: its head's visit, past (blind round 106)
    ("On June 3, Governor Chen Hua led a provincial business delegation to pay a friendly visit to Kazakhstan.",
     "2024-06-10", ["Meeting[visit 2024-06-03 (Chen Hua) @ None]"]),
    ("Party Secretary Chen Hua led a delegation to visit Kazakhstan on Monday.", "2024-06-12",
     ["Meeting[visit 2024-06-10 (Chen Hua) @ None]"]),
    # a deal "concluded during" a visit is its frame (blind round 106)
    ("The deal was concluded during Prime Minister Askar Mamin's working visit to China.", "2019-09-02",
     ["Meeting[visit 2019-09-02 (Mamin) @ None]"]),
    # a span from one month into the next, its year written once at the end; "As part of the
    # visit, meetings were held with Y": the visitor met Y (blind round 106)
    ("From September 28 to October 3, 2024, Vice-Rector B. Nurlanov paid a working visit to China. As part "
     "of the visit, meetings were held with Professor Gao Wenjie.", None,
     ["Meeting[meeting 2024 (Nurlanov, Gao Wenjie) @ None]"]),
    # a visit marked recent is a record dated null (GUIDE.md), not a visit named in passing;
    # "X's stopover in P" is a visit (blind round 105)
    ("The dispute over water came up again during President Nazarbayev's recent trip to Beijing.", "2007-01-10",
     ["Meeting[visit None (Nazarbayev) @ Beijing]"]),
    ("Xi Jinping's stopover in Kazakhstan on Monday was brief.", "2005-07-10",
     ["Meeting[visit 2005-07-04 (Xi Jinping) @ None]"]),
    # a visit whose end is its host ("state visits to President Y"); "every time I recall my meeting
    # with Y": a meeting of the past, not the day's news (blind round 107)
    ("Premier Li Qiang will pay an official visit to Kazakh Prime Minister Olzhas Bektenov from May 6 to 8.",
     "2025-05-01", ["Meeting[visit 2025-05-06 (Li Qiang, Bektenov) @ None]"]),
    ('"Whenever I remember my talks with President Xi Jinping, I think of the Silk Road," Tokayev told reporters.',
     "2024-07-01", ["Meeting[talks None (Tokayev, Xi Jinping) @ None]"]),
    # "X, speaking to Y, said": the two met (blind round 107); not "speaking to reporters"
    ("At the banquet, Premier Li Qiang, speaking to Prime Minister Olzhas Bektenov, praised the new rail link.",
     "2024-11-05", ["Meeting[meeting 2024-11-05 (Li Qiang, Bektenov) @ None]"]),
    ("Premier Li Qiang, speaking to reporters in Astana, praised the new rail link.", "2024-11-05", []),
    # "He is accompanied by A and B, and was greeted on arrival in P on Monday by Y": the visitor
    # and Y; "X led the delegation ... The delegation held talks with Y": X; "the second day of X's
    # visit": the visit under way, the day's news (blind rounds 109 and 110)
    ("Premier Li Qiang has arrived in Kazakhstan. He is accompanied on the trip by Foreign Minister Wang Yi, and "
     "was greeted on arrival in Astana on Sunday by Prime Minister Olzhas Bektenov.", "2024-11-04",
     ["Meeting[visit 2024-11-03 (Li Qiang, Bektenov) @ Astana]"]),
    ("Vice Rector Wang Lei led the Chinese delegation. The delegation held talks with Rector Daulet Seitkali on "
     "research links.", "2024-05-02", ["Meeting[talks 2024-05-02 (Wang Lei, Seitkali) @ None]"]),
    ("The third day of Premier Li Qiang's official visit to Kazakhstan opened with a business forum.", "2024-11-05",
     ["Meeting[visit 2024-11-05 (Li Qiang) @ None]"]),
    # "On 31 August, X arrived at the venue. He was welcomed by Y": the reception that day (blind round 111)
    ("On 6 July, Prime Minister Olzhas Bektenov arrived at the congress hall for the gala dinner. He was welcomed "
     "by Premier Li Qiang.", "2025-07-07", ["Meeting[meeting 2025-07-06 (Li Qiang, Bektenov) @ None]"]),
    # a newsletter's present tense: "X and Y have a phone call" (blind round 112)
    ("Today: Foreign Minister Wang Yi and Foreign Minister Murat Nurtleu have a phone call on the border crossings.",
     "2024-02-06", ["Meeting[call 2024-02-06 (Wang Yi, Nurtleu) @ None]"]),
    # "is currently on a visit"; "made (will pay) state visits to P and Q" (blind round 113)
    ("Prime Minister Olzhas Bektenov is currently on a two-day visit to China.", "2024-06-10",
     ["Meeting[visit 2024-06-10 (Bektenov) @ None]"]),
    ("Premier Li Qiang made official visits to Kazakhstan and Kyrgyzstan on Sunday.", "2024-11-06",
     ["Meeting[visit 2024-11-03 (Li Qiang) @ None]"]),
    # a quoted title opens no clause: the subject stands before it (blind round 110)
    ("The speaker recalled that Premier Li Keqiang presented the \"Nurly Zhol and Belt\" plan in Astana during his "
     "visit in December 2014.", "2016-03-01", ["Meeting[visit 2014-12 (Li Keqiang) @ Astana]"]),
    # bilateral talks on a gathering's sidelines are a record of their own, not folded into the
    # gathering's roll (GUIDE.md)
    ("The SCO foreign ministers gathered in Shanghai. The meeting was attended by Chinese Foreign Minister Li "
     "Zhaoxing, Kazakh Foreign Minister Kassymzhomart Tokayev and Russian Foreign Minister Sergei Lavrov. On the "
     "sidelines of the meeting, Li held bilateral talks with his Kazakh counterpart.", "2006-05-16",
     ["Meeting[meeting 2006-05-16 (Li Zhaoxing, Tokayev, Lavrov) @ None]",
      "Meeting[talks 2006-05-16 (Li Zhaoxing, Tokayev) @ None]"]),
    # those who met the visitor at the airport are no principals of a visit whose host is named
    ("Premier Li Qiang arrived in Astana on a state visit on Monday at the invitation of Prime Minister Alikhan "
     "Smailov. He was met at the airport by Foreign Minister Murat Nurtleu.", "2023-06-01",
     ["Meeting[visit 2023-05-29 (Li Qiang, Smailov) @ Astana]"]),
    # ... or two sentences further back, past a sentence with no day ("Mr." ends none)
    ("The farewell dinner for the envoy was given on 9 October. Guests thanked Mr. Li Jun for his work. "
     "They wished him well. The day before, President Tokayev received the Chinese ambassador, Li Jun.",
     "2025-10-11", ["Meeting[meeting 2025-10-08 (Tokayev, Li Jun) @ None]"]),
    # a surname's initials after it ("Sarsenbayev K.A.") end no list; "Business" is a body's word,
    # no name ("the University of International Business and Economics") (blind round r269)
    ("On September 13, a meeting was held between the President of the KazNU Sarsenbayev K.A. and the Rector of "
     "the University of International Business and Economics (UIBE) Zhao Zhongxiu.", "2023-10-08",
     ["Meeting[meeting 2023-09-13 (Sarsenbayev, Zhao Zhongxiu) @ None]"]),
    # an honorific glued to the name ("Mr.Askar Zhumagaliyev") (blind round r270)
    ("Chinese Vice Premier Ding Xuexiang met the CEO of Kazatomprom Mr.Askar Zhumagaliyev in Astana on Monday.",
     "2024-05-22", ["Meeting[meeting 2024-05-20 (Ding Xuexiang, Zhumagaliyev) @ Astana]"]),
    # "a discussion between X and Y" (blind round r270)
    ("The plan emerged from a discussion between Kazakh Prime Minister Olzhas Bektenov and the chairman of the "
     "company Yu Huijiao on Tuesday.", "2025-04-10", ["Meeting[meeting 2025-04-08 (Bektenov, Yu Huijiao) @ None]"]),
    # a page with no date: a visit whose day cannot be read ("began a tour to Kazakhstan on Monday")
    # and the visitor's undated talks told paragraphs later are one event (blind round r237)
    ("Wang Yi, who began a four-day tour to Kazakhstan on Monday, will also attend a group meeting with the foreign "
     "ministers of the region.\n\n" + "Analysts said the trip prepares a state visit later in the year and a summit "
     "of the region's leaders. " * 6 + "\n\nWang praised Kazakhstan during his meeting with President Kassym-Jomart "
     "Tokayev.", None, ["Meeting[meeting None (Wang Yi, Tokayev) @ None]"]),
    # a page with no date whose lead tells the delegation's visit on a full date: the talks told after
    # it with no date of their own are that day's (blind round r266)
    ("A delegation of Lanzhou University visited the Eurasian National University on 14 May 2019 to discuss joint "
     "programmes. Vice Rector Wang Ming led the Chinese delegation. The Chinese delegation held talks with ENU "
     "Rector Yerlan Sydykov.", None, ["Meeting[talks 2019-05-14 (Wang Ming, Sydykov) @ None]"]),
    # a caption's "Footage showed X greeting Y at the airport": the host met the visitor (blind round r273)
    ("Chinese President Xi Jinping arrived in Kazakhstan for a state visit on Wednesday. Footage showed Kazakh "
     "President Kassym-Jomart Tokayev greeting Xi at the airport.", "2022-09-14",
     ["Meeting[meeting 2022-09-14 (Tokayev, Xi Jinping) @ None]"]),
    # "the Kazakh Ambassador", capital A, is the ambassador named before (blind round r264)
    ("Kazakh Ambassador to China Shakhrat Nuryshev opened the exhibition in Beijing on Tuesday. Later the Kazakh "
     "Ambassador met with Chinese Vice Foreign Minister Sun Weidong.", "2024-04-10",
     ["Meeting[meeting 2024-04-09 (Nuryshev, Sun Weidong) @ None]"]),
    # an officer named after a body and its acronym; a Chinese name whole
    ("Deputy Prime Minister Roman Sklyar met with Vice President of China Datang Corporation (CDT) Aynur Tursun "
     "on Monday.", "2024-06-26", ["Meeting[meeting 2024-06-24 (Sklyar, Aynur Tursun) @ None]"]),
    # a visit's place set off by commas belongs to its phrase: "to Xi'an, China, last May"
    ("The sides reviewed the deals reached during the visit of President Tokayev to Xi'an, China, in May 2023.",
     "2024-06-24", ["Meeting[visit 2023-05 (Tokayev) @ None]"]),
    # a visit thanked for after the talks of the day is the same event
    ("Tokayev said during today's talks with Chinese President Xi Jinping that trade had doubled. The President "
     "also thanked the Chinese leader for paying a state visit.", None,
     ["Meeting[talks None (Tokayev, Xi Jinping) @ None]"]),
    # a visit "last week" across two months has no date to give; its meetings are not the paper's day
    ("Chinese Foreign Minister Wang Yi visited Astana last week. He met Tokayev and Nurtleu.", "2024-06-04",
     ["Meeting[meeting None (Wang Yi, Tokayev) @ Astana]", "Meeting[meeting None (Wang Yi, Nurtleu) @ Astana]"]),
    # an office's holder in a page with no date: "his Chinese counterpart" of a president, named before
    ("Chinese President Xi Jinping has arrived in Astana for a state visit.\nPresident Toqaev welcomed his "
     "Chinese counterpart at the airport on July 2.", None, ["Meeting[meeting --07-02 (Toqaev, Xi Jinping) @ Astana]"]),
    # "He's just wrapped up a visit": the person the sentence before opens with
    ("Premier Li Keqiang spoke to reporters in Beijing. He's just wrapped up a two-day visit to Kazakhstan.",
     "2014-12-16", ["Meeting[visit 2014-12-16 (Li Keqiang) @ None]"]),
    # "He also met with B" continues the sentence before: its first person is the subject
    ("Speaker Yerlan Koshanov met with Zhao Leji, chairman of the NPC Standing Committee, on Tuesday. "
     "He also met with Wang Huning, chairman of the CPPCC National Committee.", "2024-09-26",
     ["Meeting[meeting 2024-09-24 (Koshanov, Zhao Leji) @ None]", "Meeting[meeting 2024-09-26 (Koshanov, Wang Huning) @ None]"]),
    # a visit's day, told with the remarks made on it, dates the meetings told right after it
    ("Trade keeps growing, said Deputy Prime Minister Serik Zhumangarin during a working visit to Urumqi on Aug. 17. "
     "Zhumangarin met with Xinjiang Party Secretary Ma Xingrui to discuss new border crossings.", "2023-08-19",
     ["Meeting[meeting 2023-08-17 (Zhumangarin, Ma Xingrui) @ Urumqi]"]),
    # remarks made while meeting, dated by the same speaker's remarks in the next sentence
    ("Astana: Ties will deepen further, visiting Chinese Vice Premier Zhang Guoqing said here while meeting with "
     "Kazakh Prime Minister Olzhas Bektenov. The partnership is a model for the region, Zhang said on Thursday.",
     "2024-10-05", ["Meeting[meeting 2024-10-03 (Zhang Guoqing, Bektenov) @ None]"]),
    # the speaker after "said", and the press service that reported the remarks on a day
    ("Exports of flour will double, said Trade Minister Arman Shakkaliyev during talks with Vice Minister Li Fei. "
     "Shakkaliyev called the partnership strategic, his ministry's press service reported on March 4.", None,
     ["Meeting[talks --03-04 (Shakkaliyev, Li Fei) @ None]"]),
    # a visit yet to come, then its day in the next sentence
    ("Premier Li Qiang will pay an official visit to Kazakhstan, the ministry said.\nThe visit will take place on "
     "June 3 at the invitation of the government.", "2025-05-28", ["Meeting[visit 2025-06-03 (Li Qiang) @ None]"]),
    ("Premier Li Qiang will pay an official visit to Kazakhstan.\nThe visit will deepen ties.", "2025-05-28", []),
    # a meeting with an unnamed side is no record, but its day dates the meetings told after it
    ("Premier Li Qiang met with leaders of Central Asian countries in Xi'an on Friday.\nIn a meeting with "
     "President Tokayev, Li called for closer ties.", "2025-06-15",
     ["Meeting[meeting 2025-06-13 (Li Qiang, Tokayev) @ Xi'an]"]),
    # "During the visit, X met A, B and C": the visit's month; offices set off by commas in the list
    ("Vice Premier Liu Guozhong spoke during his visit from May 14 to 17.\nDuring the visit, Liu met respectively "
     "with Nurlan Abenov, chairperson of the committee, Serik Zhumangarin, deputy prime minister, or minister "
     "of the economy, and Aidos Serikov, speaker of the regional council.", "2024-05-20",
     ["Meeting[visit 2024-05 (Liu Guozhong, Abenov) @ None]", "Meeting[meeting 2024-05 (Liu Guozhong, Zhumangarin) @ None]",
      "Meeting[meeting 2024-05 (Liu Guozhong, Serikov) @ None]"]),
    # "After speaking with Y in P, X ...": a fronted participle
    ("Xi Jinping arrived in Kazakhstan on Wednesday.\n\nAfter speaking with President Tokayev in Astana, Xi "
     "travels on to Samarkand.", "2022-09-14",
     ["Meeting[meeting 2022-09-14 (Xi Jinping, Tokayev) @ Astana]"]),
    # "He made the remarks in ...": the meeting is dated by the remarks of the sentence before
    ("ASTANA, May 7 (Xinhua) -- Chinese Foreign Minister Wang Yi said Monday that the two countries are good "
     "neighbours.\n\nWang made the remarks in talks with Kazakh Foreign Minister Murat Nurtleu.", "2024-05-08",
     ["Meeting[talks 2024-05-06 (Wang Yi, Nurtleu) @ None]"]),
    # the lead's day of a visit dates the talks told after it
    ("Trade deal signed\n\nThe two countries on Monday signed a partnership deal as President Hu Jintao visited "
     "the resource-rich Central Asian state.\nHu held talks with President Nursultan Nazarbayev.", "2011-06-14",
     ["Meeting[talks 2011-06-13 (Hu Jintao, Nazarbayev) @ None]"]),
    # the headline's visit and the lead's meeting, no date told anywhere: one event
    ("Protests as President Tokayev visits Beijing\n\nPresident Tokayev today begins a visit to China, as he "
     "meets with Chinese President Xi Jinping to discuss trade.", None,
     ["Meeting[meeting None (Tokayev, Xi Jinping) @ Beijing]"]),
    ("Tokayev meets Chinese Foreign Minister Wang Yi\n\nASTANA - President Kassym-Jomart Tokayev met with "
     "Chinese Foreign Minister Wang Yi on Sept. 12. During the meeting, Tokayev and Wang Yi discussed trade.",
     "2020-09-14", ["Meeting[meeting 2020-09-12 (Tokayev, Wang Yi) @ None]"]),
    ("Chinese President Xi Jinping arrived in Astana on Tuesday on a state visit. His Kazakh counterpart, "
     "Kassym-Jomart Tokayev, received him at the airport.", "2024-07-03",
     ["Meeting[visit 2024-07-02 (Xi Jinping, Tokayev) @ Astana]"]),
    ("Tokayev and Xi Jinping held talks today. Tokayev said Xi Jinping's state visit would give new impetus.",
     "2024-07-03", ["Meeting[talks 2024-07-03 (Tokayev, Xi Jinping) @ None]"]),
    # "Li" alone is the one Li of the article; "his meeting" is the last person named
    ("Chinese Premier Li Keqiang arrived in Astana on Sunday. His meeting with Prime Minister Karim Massimov "
     "on Monday focused on rail links. Li also met President Nursultan Nazarbayev.", "2014-12-16",
     ["Meeting[meeting 2014-12-15 (Li Keqiang, Massimov) @ Astana]",
      "Meeting[meeting 2014-12-16 (Li Keqiang, Nazarbayev) @ None]"]),
    # the lead's visit is the day's news; one named in passing further down is not
    ("Twelve agreements were signed during the official visit of Premier Li Qiang to Astana. Later, trade "
     "was discussed during the visit of Kosherbayev to Beijing.", "2025-07-02",
     ["Meeting[visit 2025-07-02 (Li Qiang) @ None]"]),
    # "the Head of State" is the president named before it
    ("President Kassym-Jomart Tokayev received two ambassadors. During the meeting with Chinese Ambassador "
     "Zhang Xiao the Head of State discussed trade.", "2023-03-14",
     ["Meeting[meeting 2023-03-14 (Tokayev, Zhang Xiao) @ None]"]),
    # an arrival, a welcome at the airport and the talks: the talks, dated by the arrival
    ("Tokayev arrived in Beijing on October 16 on an official visit. At the airport he was met by Vice Premier "
     "Ding Xuexiang. Tokayev then held talks with Xi Jinping.", "2023-10-18",
     ["Meeting[meeting 2023-10-16 (Ding Xuexiang, Tokayev) @ Beijing]",
      "Meeting[talks 2023-10-16 (Tokayev, Xi Jinping) @ Beijing]"]),
    # a fronted "During a visit to P, X ..." named in passing, dated by "The visit, which took place on";
    # with no such sentence, no record (the guard)
    ("During a working visit to Xinjiang, Kazakhstan's Minister of Energy, Almasadam Satkaliyev, led a delegation "
     "to look at power projects. The visit, which took place on April 8, opened a new chapter.", "2024-04-10",
     ["Meeting[visit 2024-04-08 (Satkaliyev) @ None]"]),
    ("During a working visit to Xinjiang, Kazakhstan's Minister of Energy, Almasadam Satkaliyev, led a delegation "
     "to look at power projects.", "2024-04-10", []),
    # an outlet that takes a Chinese given name for the family name: "Guangming" is Zhou Guangming
    ("Energy Minister Almasadam Satkaliyev met with PowerChina Vice President Zhou Guangming on June 3. Guangming "
     "later held talks with Deputy Prime Minister Serik Zhumangarin.", "2024-06-05",
     ["Meeting[meeting 2024-06-03 (Satkaliyev, Zhou Guangming) @ None]",
      "Meeting[talks 2024-06-05 (Zhou Guangming, Zhumangarin) @ None]"]),
    # "his fourth meeting with Y this year": the meeting told before, counted; the year dates nothing
    ("Li Qiang met Prime Minister Olzhas Bektenov in Tianjin on Monday. Noting that it was his third meeting with "
     "Bektenov this year, Li said ties were close.", "2025-06-25",
     ["Meeting[meeting 2025-06-23 (Li Qiang, Bektenov) @ Tianjin]"]),
    # "embarked on a journey to P"; a meeting told in a clause of a gathering "following" which the trip
    # comes is past, with no day, and no meeting of the trip
    ("Premier Li Qiang embarks on a three-day journey to Kazakhstan on Wednesday. The trip is the first following "
     "the summit in Xi'an where Li Qiang and Bektenov met on the sidelines.", "2025-06-04",
     ["Meeting[visit 2025-06-04 (Li Qiang) @ None]", "Meeting[meeting None (Li Qiang, Bektenov) @ Xi'an]"]),
    # "This document was signed during X's visit": the day the sentence before gives its signing
    ("On June 3, 2019, the two governments signed an agreement on border crossings in Beijing. This document "
     "was signed during the state visit of President Kassym-Jomart Tokayev to China.", "2019-09-14",
     ["Meeting[visit 2019-06-03 (Tokayev) @ None]"]),
    # an undated signing told in the paragraph of a dated visit, however long, is the visit's; a
    # paragraph of its own keeps it apart (the guard)
    ("Foreign policy digest\n\nChinese Foreign Minister Wang Yi paid an official visit to Astana on 14-16 May 2013. "
     + _TALKS * 4 + "Kazakh Foreign Minister Erlan Idrissov and Wang Yi signed a memorandum on consultations.", None,
     ["Meeting[meeting 2013-05 (Idrissov, Wang Yi) @ Astana]"]),
    ("Foreign policy digest\n\nChinese Foreign Minister Wang Yi paid an official visit to Astana on 14-16 May 2013. "
     + _TALKS * 4 + "\n\nKazakh Foreign Minister Erlan Idrissov and Wang Yi signed a memorandum on consultations.", None,
     ["Meeting[visit 2013-05-14 (Wang Yi) @ Astana]", "Meeting[meeting None (Idrissov, Wang Yi) @ None]"]),
    # meetings in turn whose own sentence names only the Chinese side: the Kazakh official named
    # before, from the other country; company words are no names, "and other officials" ends a list
    ("Nurlan Sauranbayev, chairman of Kazakhstan Temir Zholy JSC, was in Xi'an this week. At meetings "
     "with Wei Bin, head of the Xi'an port, and Gao Kun, the deputy mayor of Lanzhou city, and other "
     "officials, container routes were discussed.", "2024-05-30",
     ["Meeting[meeting 2024-05-30 (Wei Bin, Sauranbayev) @ None]",
      "Meeting[meeting 2024-05-30 (Gao Kun, Sauranbayev) @ None]"]),
    # a trip made to meet someone
    ("Prime Minister Karim Massimov signed deals during a visit to Beijing to meet his counterpart Li Keqiang.",
     "2014-12-16", ["Meeting[meeting 2014-12-16 (Massimov, Li Keqiang) @ Beijing]"]),
    # dates tied to another meeting by the text: "on the same day", "the next day"
    ("Tokayev met Wang Yi in Astana on 12 March. On the same day, Foreign Minister Murat Nurtleu held talks "
     "with Wang Yi.", "2024-03-14", ["Meeting[meeting 2024-03-12 (Tokayev, Wang Yi) @ Astana]",
                                      "Meeting[talks 2024-03-12 (Nurtleu, Wang Yi) @ None]"]),
    ("Li Qiang met Bektenov in Beijing on Monday. The next day Li Qiang received Foreign Minister Nurtleu.",
     "2024-11-07", ["Meeting[meeting 2024-11-04 (Li Qiang, Bektenov) @ Beijing]",
                    "Meeting[meeting 2024-11-05 (Li Qiang, Nurtleu) @ None]"]),
    # a tie with nothing to tie to gives no date, never the published one
    ("On the same day, Foreign Minister Murat Nurtleu held talks with Wang Yi.", "2024-03-14",
     ["Meeting[talks None (Nurtleu, Wang Yi) @ None]"]),
    # the meetings of a trip the lead dates, days before the paper: that day
    ("Foreign Minister Murat Nurtleu met with Chinese businessmen during his working visit to China on May 14. "
     "At a meeting with Sinopec Chairman Ma Yongsheng, Nurtleu discussed refinery plans.", "2024-05-16",
     ["Meeting[meeting 2024-05-14 (Nurtleu, Ma Yongsheng) @ None]"]),
    # the lead's visit is the talks told further down, held a day before the paper
    ("Twenty documents were signed during the state visit of President Tokayev to China. As reported before, "
     "the Kazakh Leader arrived in Chengdu on May 17 for a state visit. He was greeted by Chinese President "
     "Xi Jinping. Upon arrival, the two countries' leaders held talks.", "2025-05-18",
     ["Meeting[talks 2025-05-17 (Xi Jinping, Tokayev) @ Chengdu]"]),
    # a fronted "Holding talks with Y, ..." is the talks of the person after the comma who is not Y;
    # in a page with no date, the arrival dates them
    ("Tokayev arrived in Chengdu on May 17 for a state visit. Holding talks with President Xi Jinping soon "
     "after his arrival, the Chinese leader thanked Tokayev for the visit.", None,
     ["Meeting[talks --05-17 (Tokayev, Xi Jinping) @ Chengdu]"]),
    # a date that can be read wins over one that cannot; passives with an adverb or "being"
    ("On 27 March, Chinese President Xi Jinping met with Kazakh Prime Minister Karim Masimov on Friday.", None,
     ["Meeting[meeting --03-27 (Xi Jinping, Masimov) @ None]"]),
    ("Tokayev welcomed Xi Jinping on 14 September. A video showed Xi being welcomed by an honour guard and received "
     "by Tokayev. Xi was individually greeted by Tokayev.", None,
     ["Meeting[meeting --09-14 (Tokayev, Xi Jinping) @ None]"]),
    # a retrospective told year by year, in a page with no date of its own: the narrative's year
    ("In 2016, high-level exchanges were frequent. From 2 to 4 June, Wang Yi visited Astana and held talks "
     "with Foreign Minister Idrissov. On 18 October, Premier Li Keqiang met Prime Minister Sagintayev.", None,
     ["Meeting[talks 2016-06 (Wang Yi, Idrissov) @ Astana]", "Meeting[meeting 2016-10-18 (Li Keqiang, Sagintayev) @ None]"]),
    # ... or the year its month was named with before; another month's year is none of its own
    ("Premier Li Keqiang plans to visit Kazakhstan in mid-December 2014, officials said. They are preparing "
     "Premier Li Keqiang's visit scheduled for December 14-15.", None, ["Meeting[visit 2014-12-14 (Li Keqiang) @ None]"]),
    ("Trade grew in November 2014, officials said. They are preparing Premier Li Keqiang's visit scheduled for "
     "December 14-15.", None, ["Meeting[visit --12-14 (Li Keqiang) @ None]"]),
    # a stranded "to" is no plan; "the two leaders" are the two named last, whatever their office
    ("Premier Li Qiang held talks with Prime Minister Olzhas Bektenov on Monday.\nThe deals grew out of a plan "
     "the two leaders agreed to during Li's visit to Astana in March.", "2025-06-04",
     ["Meeting[talks 2025-06-02 (Li Qiang, Bektenov) @ None]", "Meeting[visit 2025-03 (Li Qiang, Bektenov) @ Astana]"]),
    # "this year" in a page with no date: the trip of the day, not another visit
    ("Xi Jinping arrived in Astana on July 2 for a state visit.\nThe trip is Xi's first visit abroad this year.",
     None, ["Meeting[visit --07-02 (Xi Jinping) @ Astana]"]),
    # two of one side meet an unnamed side, then the meetings that name it: those two and each
    ("Deputy Prime Minister Roman Sklyar and KMG Chairman Askhat Khassenov held meetings with executives of "
     "Chinese companies.\nDuring talks with CNOOC Executive Vice President Sun Da Lu, the sides reviewed a "
     "project.\nTalks with CNPC President Hou Qijun highlighted the partnership.", "2025-03-28",
     ["Meeting[talks 2025-03-28 (Sun Da Lu, Sklyar, Khassenov) @ None]",
      "Meeting[talks 2025-03-28 (Hou Qijun, Sklyar, Khassenov) @ None]"]),
    # a meeting with an unnamed side, then the meetings that name it ("The meeting with Y focused on")
    ("Chairman of the Management Board of KazMunayGas Askhat Khassenov met with heads of Chinese companies.\nAt a "
     "meeting with Wang Dongjin, Chairman of CNOOC Limited, the sides signed an agreement.\n\nThe meeting with "
     "Chairman of CITIC Group Xi Guohua focused on a plant.", "2024-08-22",
     ["Meeting[meeting 2024-08-22 (Wang Dongjin, Khassenov) @ None]", "Meeting[meeting 2024-08-22 (Xi Guohua, Khassenov) @ None]"]),
    # a page with no date: "X is on a state visit" is the trip whose talks are told next, with their day
    ("President Xi Jinping of China is on a state visit to Kazakhstan.\nOn Wednesday, 3 July, talks between "
     "President Xi Jinping and President Kassym-Jomart Tokayev took place in Astana.", None,
     ["Meeting[talks --07-03 (Xi Jinping, Tokayev) @ Astana]"]),
    # "held several meetings May 18 with heads of companies": the day of the meetings told after, however far
    ("President Tokayev held several meetings May 18 with heads of Chinese companies.\nAnalysts praised the plan "
     "and said it would take years.\nDuring the meeting with the Chairman of CNPC Dai Houliang, the sides discussed "
     "a pipeline.\nTokayev also met with Qian Zhimin, the president of a bank.", "2023-05-20",
     ["Meeting[meeting 2023-05-18 (Dai Houliang, Tokayev) @ None]", "Meeting[meeting 2023-05-18 (Tokayev, Qian Zhimin) @ None]"]),
    # "On the first day of his visit": the first day of its span; a summit's date is not the visit's
    ("Tokayev paid a state visit to China on May 19-20 in advance of the May 21 Summit of CICA.\nOn the first day "
     "of his visit, the Kazakh leader met with President Xi Jinping.", None,
     ["Meeting[meeting --05-19 (Tokayev, Xi Jinping) @ None]"]),
    # "held phone conversations respectively with A, ..., and with B"; "During his call with A, Zhao said":
    # A, a name not found, is not Zhao
    ("Chinese Minister Zhao Kezhi on Monday held phone conversations respectively with Sheikh Saif bin Zayed, "
     "deputy prime minister of the UAE, and with Yerlan Turgumbayev, Kazakh minister of internal affairs.\nDuring "
     "his phone call with Saif, Zhao urged closer ties.", "2021-06-08",
     ["Meeting[call 2021-06-07 (Zhao Kezhi, Turgumbayev) @ None]"]),
    # a headline's visit is the trip the story then tells, with its day
    ("Nazarbayev Visits China To Meet Its New Leader\n\nOn April 6, President Nazarbayev paid an official visit "
     "to China where he met with Xi Jinping.", "2013-04-24",
     ["Meeting[meeting 2013-04-06 (Nazarbayev, Xi Jinping) @ None]"]),
    # "led a delegation on an official visit"; "the Senate Speaker" in a page with no date: the one named before
    ("Maulen Ashimbayev, the chairman of the Senate, led a delegation on an official visit to China.\nThe Senate "
     "Speaker also met with Zhejiang Province Governor Wang Hao.", None,
     ["Meeting[meeting None (Ashimbayev, Wang Hao) @ None]"]),
    # a dateline "Almaty. October 3. KazTAG -" dates the day's news of a page with no date
    ("Tokayev received the head of CNPC\n\nAlmaty. October 3. KazTAG - The Head of State receives Dai Houliang, "
     "Chairman of the Board of CNPC.", None, ["Meeting[meeting --10-03 (Tokayev, Dai Houliang) @ None]"]),
    # "Astana, 16th of November, ..." dates the day's news; a country word of the sentence before
    # ("citing Akorda.") tells nothing of the next sentence's minister
    ("Minister Chang Wanquan arrived on an official visit, the agency reports citing Akorda.\nMinister Chang "
     "Wanquan met with the Minister of Defense of Kazakhstan Imangali Tasmagambetov.", "2015-06-01",
     ["Meeting[meeting 2015-06-01 (Chang Wanquan, Tasmagambetov) @ None]"]),
    ("Youth delegation visits the Mazhilis\n\nAstana, 16th of November, House of the Mazhilis. Today deputy "
     "Maulen Ashimbayev met with the delegation of China headed by Hu Dagula.", None,
     ["Meeting[meeting --11-16 (Ashimbayev, Hu Dagula) @ None]"]),
    # "held a series of meetings on ..., the press service said on July 1": a meeting with an unnamed
    # side, dated by its report, names its party for the meeting told after; a Chinese name in
    # three words ("Xie Zhu Yu"); "the Deputy Mayor of Chengdu": Chengdu is no name
    ("The head of the railways Kanat Alpysbaev held a series of meetings on cargo transport, the press service "
     "said on July 1.\nAt the meeting with the Deputy Mayor of Chengdu, Xie Zhu Yu, the sides discussed trains.",
     "2017-07-03", ["Meeting[meeting 2017-07-01 (Xie Zhu Yu, Alpysbaev) @ None]"]),
    # "Minister of Culture and Tourism Sun Yeli": the name begins at its family name; "Equally
    # important was the meeting with Y"
    ("Kazakh Minister of Information Aida Balayeva met with the Chinese Minister of Culture and Tourism Sun Yeli. "
     "Equally important was the meeting with the head of the National Radio and Television Administration of "
     "China, Cao Shumin.", "2024-02-28", ["Meeting[meeting 2024-02-28 (Balayeva, Sun Yeli) @ None]",
                                         "Meeting[meeting 2024-02-28 (Cao Shumin, Balayeva) @ None]"]),
    # "held talks with the largest Chinese companies on Oct. 17": an unnamed side, whose day (even
    # without a year) dates the meetings told after it
    ("President Tokayev held talks with the largest Chinese companies on Oct. 17 in Beijing.\nAt the meeting "
     "with Zhu Hexin, chairman of CITIC Group, the sides discussed energy.", None,
     ["Meeting[meeting --10-17 (Zhu Hexin, Tokayev) @ Beijing]"]),
    # a meeting no sentence names, told by its two sides: "During the meeting, X said ... In turn, Y"
    ("During the meeting, President Tokayev said the partnership was progressing.\nHe backed the initiatives.\n"
     "In turn, Liu Jianchao highlighted the ties.", "2025-03-10",
     ["Meeting[meeting 2025-03-10 (Tokayev, Liu Jianchao) @ None]"]),
    # in a page with no date, a visit with no date phrase and its visitor's undated talks are one event
    ("Vice Prime Minister Askar Zhumagaliyev held talks this week with Vice Mayor of Shanghai Xu Kunlin.\nThe sides "
     "discussed smart cities.\nThe delegation led by Zhumagaliyev paid a one-day visit to Shanghai to attend a congress.",
     None, ["Meeting[talks None (Zhumagaliyev, Xu Kunlin) @ Shanghai]"]),
    # the heads of a Kazakh and a Chinese delegation named together met; one head alone met no one named
    ("The Kazakh delegation was headed by Arman Seitkali, deputy chairman of the customs committee, while the Chinese "
     "delegation was led by Wu Hong, director of the Khorgos customs office. The sides agreed to open a new lane.",
     "2025-06-11", ["Meeting[meeting 2025-06-11 (Seitkali, Wu Hong) @ None]"]),
    ("The Kazakh delegation was headed by Arman Seitkali, deputy chairman of the customs committee. The sides agreed "
     "to open a new lane.", "2025-06-11", []),
    # "his first trip" after "to meet with Y" is the subject's trip, not the one met (a wire's teaser,
    # cut off before its date line)
    ("Premier Li Qiang will visit Kazakhstan to meet with Prime Minister Olzhas Bektenov next week in what will be "
     "his first trip outside of... 07.09.2024, Global News", "2024-09-07", ["Meeting[visit 2024-09-07 (Li Qiang) @ None]"]),
    # trips told one after another in one sentence, set off by semicolons: each its own visit and date,
    # no gathering of them all
    ("In 2019 President Tokayev visited China in April; Vice Premier Han Zheng arrived in Kazakhstan in June for "
     "the Astana forum; Speaker Li Zhanshu visited Kazakhstan in October and took part in the meeting of speakers.",
     "2019-12-30", ["Meeting[visit 2019-04 (Tokayev) @ None]", "Meeting[visit 2019-06 (Han Zheng) @ None]",
                    "Meeting[visit 2019-10 (Li Zhanshu) @ None]"]),
    # "discussions between X and Y" as "talks between"; a name written with a non-breaking hyphen
    ("Trade Minister Arman Shakkaliyev and Vice Minister Li Fei held discussions on Monday. Discussions between "
     "Kazakh Trade Minister Arman Shakkaliyev and Chinese Vice Minister Wang Shouwen took place on Tuesday.",
     "2023-11-10", ["Meeting[talks 2023-11-06 (Shakkaliyev, Li Fei) @ None]",
                    "Meeting[meeting 2023-11-07 (Shakkaliyev, Wang Shouwen) @ None]"]),
    ("President Xi Jinping and President Kassym\u2011Jomart Tokayev met in Tianjin on August 30.", "2025-08-31",
     ["Meeting[meeting 2025-08-30 (Xi Jinping, Tokayev) @ Tianjin]"]),
    # a wire story on a page with no date: a bare weekday is its dateline's day; "last Sunday" is not
    ("ASTANA, December 14 (Xinhua) -- Premier Li Keqiang arrived here Sunday for an official visit to Kazakhstan.",
     None, ["Meeting[visit --12-14 (Li Keqiang) @ None]"]),
    ("ASTANA, December 14 (Xinhua) -- Premier Li Keqiang, who arrived here last Sunday for an official visit, "
     "spoke at a forum.", None, []),
    # a Kazakh and a Chinese leader who inspected a site together met; by video link they did not
    ("On Thursday, Tokayev and Xi Jinping inspected the new dry port in Khorgos.", "2024-07-06",
     ["Meeting[meeting 2024-07-04 (Tokayev, Xi Jinping) @ Horgos]"]),
    ("On Thursday, Tokayev and Xi Jinping inspected the new dry port in Khorgos via video link.", "2024-07-06", []),
    # a span of days set off by a dash, across months, the year closing it: the visit's first day
    ("The deal was signed during the state visit of President Nazarbayev to China (August 30 - September 3, 2015).",
     "2016-12-20", ["Meeting[visit 2015-08-30 (Nazarbayev) @ None]"]),
    # a headline's office alone, on a page with no date: the holder the story names after it
    ("President receives CNPC Chairman Dai Houliang\n\nThe sides discussed gas exports.\n\nKassym-Jomart Tokayev "
     "stressed the refinery project.", None, ["Meeting[meeting None (Tokayev, Dai Houliang) @ None]"]),
    # with no dateline, a bare weekday is the one full date of the page that falls on it
    ("China, Kazakhstan lift ties\n\nPresident Xi Jinping met President Nursultan Nazarbayev on Thursday in Astana, "
     "where they praised the ties.\nThe two leaders agreed to cooperate more.\nThe two leaders review the honour guard "
     "in Astana, Kazakhstan, June 8, 2017. /Photo", None,
     ["Meeting[meeting 2017-06-08 (Xi Jinping, Nazarbayev) @ Astana]"]),
    # a roll that ends with an unnamed one ("and a representative of X") keeps every one named; a
    # country's possessive introduces a name in a list
    ("The meeting brought together Kazakh Foreign Minister Murat Nurtleu and foreign ministers of China Wang Yi, "
     "Tajikistan's Sirojiddin Mukhriddin, Uzbekistan's Bakhtiyor Saidov, and a representative of Turkmenistan.",
     "2025-04-27", ["Meeting[meeting 2025-04-27 (Nurtleu, Wang Yi, Mukhriddin, Saidov) @ None]"]),
    # "Key figures at the meeting included A, alongside his counterparts: B and C" (blind round 295)
    ("Key figures at the session included Kazakh Foreign Minister Murat Nurtleu, alongside his counterparts: "
     "China's Wang Yi and Bakhtiyor Saidov from Uzbekistan.", "2025-04-27",
     ["Meeting[meeting 2025-04-27 (Nurtleu, Wang Yi, Saidov) @ None]"]),
    # a roll told in the present: "A, B and C are attending the meeting"
    ("Foreign Minister of Kazakhstan Kairat Abdrakhmanov, Chinese Foreign Minister Wang Yi and Foreign Minister of "
     "Kyrgyzstan Erlan Abdyldaev are attending the meeting in Beijing.", "2018-04-24",
     ["Meeting[meeting 2018-04-24 (Abdrakhmanov, Wang Yi, Abdyldaev) @ Beijing]"]),
    # a trip with no date to the place of its visitor's dated talks is the trip they were held on
    ("President Kassym-Jomart Tokayev and President Xi Jinping held talks in Tianjin on August 30. They discussed "
     "trade.\n\nAs reported earlier, Kassym-Jomart Tokayev arrived in Tianjin to attend the SCO summit.", "2025-08-31",
     ["Meeting[talks 2025-08-30 (Tokayev, Xi Jinping) @ Tianjin]"]),
    # one trip to one place told by two of its days is one visit, the first day's
    ("President Hu Jintao, arriving in Astana on June 12, praised the ties. The Chinese leader is also to attend the "
     "summit of the Shanghai Cooperation Organization to be held in Astana on June 15.", None,
     ["Meeting[visit --06-12 (Hu Jintao) @ Astana]"]),
    # on a page with no date, the day the text calls today is the day's news's
    ("The talks between Defense Ministers Ruslan Zhaksylykov and Dong Jun covered military ties. Let us recall that "
     "today, April 26, the SCO defense ministers' meeting begins.", None,
     ["Meeting[talks --04-26 (Zhaksylykov, Dong Jun) @ None]"]),
    # '"...," he said': the subject of the sentence before the quote speaks, not the last one named
    ("Kazakh President Kassym-Jomart Tokayev praised the efforts of Chinese President Xi Jinping. \"With warmth, "
     "I recall our meeting with Xi Jinping in Beijing,\" he said.", "2024-03-28",
     ["Meeting[meeting None (Tokayev, Xi Jinping) @ Beijing]"]),
    # talks "expected" are a plan, no day's news
    ("Trade will keep growing, an analyst said on Monday. Xi Jinping and Tokayev are expected during their talks "
     "to sign a plan.", "2022-09-13", []),
    # ... or a lead that tells a meeting of no named sides, then one side's paragraph, then "In response, Y"
    ("New rail routes were proposed on May 14 during a bilateral meeting held in Lanzhou.\nVice Governor Li Ming "
     "of Gansu said trade had doubled. He invited investors. He praised the railway. He noted the new airport. "
     "He proposed a route to Europe.\nIn response, Kazakh Transport Minister Marat Karabayev welcomed the offer.", "2025-05-16",
     ["Meeting[meeting 2025-05-14 (Li Ming, Karabayev) @ None]"]),
    # ... not two of one side, and not a meeting told already
    ("During the meeting, President Tokayev praised the plan.\nIn turn, Prime Minister Olzhas Bektenov spoke.",
     "2025-03-10", []),
    ("Tokayev met with Liu Jianchao on Monday.\nDuring the meeting, President Tokayev praised the plan.\nIn turn, "
     "Liu Jianchao spoke.", "2025-03-12", ["Meeting[meeting 2025-03-10 (Tokayev, Liu Jianchao) @ None]"]),
    # talks during a visit told as past with no date: no date either, and one event
    ("Tokayev recently visited Urumqi.\nDuring his visit, Tokayev held talks with Party Secretary Ma Xingrui.",
     "2023-10-20", ["Meeting[talks None (Tokayev, Ma Xingrui) @ None]"]),
    # the date after an office set off by commas; "the meeting held with Y on the same day"
    ("Tokayev met Erkin Tuniyaz, deputy secretary of the regional committee, on March 26 in Astana.\nDuring the "
     "meeting held with Prime Minister Olzhas Bektenov on the same day, the sides discussed trade.", "2024-03-27",
     ["Meeting[meeting 2024-03-26 (Tokayev, Erkin Tuniyaz) @ Astana]",
      "Meeting[meeting 2024-03-26 (Bektenov, Erkin Tuniyaz) @ None]"]),
    # in a year of two holders, "the Head of State" is the one named before
    ("President Tokayev spoke in Astana.\nOn September 11-12, the Head of State will pay a visit to China.",
     "2019-08-16", ["Meeting[visit 2019-09-11 (Tokayev) @ None]"]),
    # a caption's meeting on one day of a visit told after it, and a meeting dated by the visit: one event
    ("Li Zhanshu meets with President Tokayev in Astana, Sept. 23, 2019. Li paid an official visit to Kazakhstan "
     "from Sept. 21 to 25.\nDuring the visit from Saturday to Wednesday, Li met with Tokayev.", "2019-09-26",
     ["Meeting[meeting 2019-09-23 (Li Zhanshu, Tokayev) @ Astana]"]),
    # ... and the visit itself where no talks follow it
    ("Xi Jinping arrived in Astana on Tuesday on a state visit. At the airport he was welcomed by President "
     "Tokayev.", "2024-07-04", ["Meeting[visit 2024-07-02 (Xi Jinping, Tokayev) @ Astana]"]),
    # a lone "During the talks with Y" after a meeting with a third country's party: the Chinese
    # party's other side is the Kazakh of that first meeting
    ("Majilis deputy Nurlan Nigmatulin met the Qatari Speaker Ali Al-Ghanim in Doha on Monday.\nDuring the "
     "talks with Vice Chairwoman Shen Yueyue, the sides praised the Khorgos dry port.", "2019-04-09",
     ["Meeting[talks 2019-04-08 (Shen Yueyue, Nigmatulin) @ None]"]),
    # "The meeting took place on D" after a meeting told with no day: that day (not where it had one)
    ("Roman Sklyar and Ding Xuexiang reviewed the energy projects. The meeting took place on March 26 in Boao.",
     "2025-03-28", ["Meeting[meeting 2025-03-26 (Sklyar, Ding Xuexiang) @ Boao]"]),
    ("Tokayev received Chinese ambassador Han Chunlin on Monday. The talks were held on Friday at the Akorda.",
     "2024-05-08", ["Meeting[meeting 2024-05-06 (Tokayev, Han Chunlin) @ None]"]),
    # the visit of the day named again in passing, dated by its year ("this year"): the same visit
    ("Chinese President Xi Jinping arrived in Astana on Wednesday for a state visit. The trip is Xi's first "
     "visit abroad this year.", "2017-06-07", ["Meeting[visit 2017-06-07 (Xi Jinping) @ Astana]"]),
    # another's visit named in passing between a dated visit and its meeting ends no story: the visit's day
    ("During Foreign Minister Murat Nurtleu's working visit to China on Feb. 27, talks centred on transit. Trade "
     "grew after President Tokayev's state visit to China in 2023. Nurtleu met with Chinese Foreign Minister Wang "
     "Yi in Beijing.", "2024-02-28",
     ["Meeting[visit 2023 (Tokayev) @ None]", "Meeting[meeting 2024-02-27 (Nurtleu, Wang Yi) @ Beijing]"]),
    # a visit's days, then a sight of it told with no date of its own: the same visit
    ("Visiting Astana from May 1-4, Xinjiang's party chief Zhang Chunxian signed deals worth $2 billion. The "
     "newspaper said Zhang visited a mosque in Astana.", "2016-05-06", ["Meeting[visit 2016-05-01 (Zhang Chunxian) @ Astana]"]),
    # ... also further down the story than its lead
    ("Tokayev praised the culture centre. Cultural agreements were signed as part of the state visit of the "
     "President of China Xi Jinping.", "2024-07-05", ["Meeting[visit 2024-07-05 (Xi Jinping) @ None]"]),
    # "He already met Y": the one the sentence before named
    ("Nazarbayev is on a state visit to China. He already met with President Xi Jinping.", "2018-06-08",
     ["Meeting[meeting 2018-06-08 (Nazarbayev, Xi Jinping) @ None]"]),
    # a lone "during a telephone conversation with his Kazakh counterpart": the Kazakh named before,
    # not a third country's party of another meeting
    ("Tokayev has faced protests since January 2. Monday, January 10, during a telephone conversation with his "
     "Kazakh counterpart, President Xi Jinping gave him support. On Monday, the Chinese Foreign Minister, Wang Yi, "
     "also spoke with his Russian counterpart, Sergei Lavrov.", None,
     ["Meeting[call --01-10 (Xi Jinping, Tokayev) @ None]"]),
    # "X received the delegation": its head, named a sentence before; "met with the delegation headed by Y" still Y
    ("On June 20 a Chinese party delegation, headed by Politburo member Li Changchun, arrived in Almaty. On the "
     "first day of the visit, Nazarbayev received the delegation for talks.", "2004-06-25",
     ["Meeting[meeting 2004-06-20 (Nazarbayev, Li Changchun) @ Almaty]"]),
    ("Kairat Kelimbetov met with the delegation of the Bank of China headed by its chairman Wang Xiquan on Monday.",
     "2019-05-22", ["Meeting[meeting 2019-05-20 (Kelimbetov, Wang Xiquan) @ None]"]),
    # a page opening with "negotiations were held with Y": the other country's party its next sentence names
    ("During the visit, constructive negotiations were held with Wang Yi, the Foreign Minister of China. Minister "
     "Kosherbayev congratulated the Chinese side on the anniversary.", "2025-10-28",
     ["Meeting[talks 2025-10-28 (Kosherbayev, Wang Yi) @ None]"]),
    # an office read by the month of the page: the Senate's chair of September 2011, not of January
    ("Wu Bangguo met with the Speaker of the Senate of Kazakhstan in Beijing on Monday.", "2011-09-27",
     ["Meeting[meeting 2011-09-26 (Wu Bangguo, Mami) @ Beijing]"]),
    # ... a roll as a list, a line for each party, after the chair's sentence: the list is one roll
    ("Foreign Minister Wang Yi will chair the seventh China-Central Asia Foreign Ministers' Meeting on 12 May in "
     "Lanzhou.\n\nThe meeting will be attended by:\n\n• Kazakhstan's Foreign Minister Murat Nurtleu\n\n"
     "• Kyrgyzstan's Foreign Minister Jeenbek Kulubaev\n\n• Uzbekistan's Foreign Minister Bakhtiyor Saidov\n",
     "2026-05-08", ["Meeting[meeting 2026-05-12 (Wang Yi, Nurtleu, Kulubaev, Saidov) @ None]"]),
    # a fortnightly's lead names a day over a week before the page's: the day's news takes it
    ("On June 3, Almaty hosted the annual session of the cooperation committee of the two countries. "
     "Prime Minister Olzhas Bektenov and Vice Premier Ding Xuexiang signed a protocol on transit.",
     "2026-06-12", ["Meeting[meeting 2026-06-03 (Bektenov, Ding Xuexiang) @ None]"]),
    # a page with no date of its own: the day's news takes the day its lead names
    ("Chinese Premier Li Qiang was in Almaty Oct. 9 to open a new logistics terminal with local officials. Li "
     "was joined by Kazakh Prime Minister Olzhas Bektenov at the ceremony, where the two discussed transit.", None,
     ["Meeting[meeting --10-09 (Bektenov, Li Qiang) @ None]"]),
    ("The third meeting of the cross-border cooperation council opened in Urumqi on 14 May with officials of both "
     "countries. Akim Nurlan Urankhayev held talks with Xinjiang's party secretary Ma Xingrui.", None,
     ["Meeting[talks --05-14 (Urankhayev, Ma Xingrui) @ None]"]),
    # ... "Present at the meeting were", "Also in attendance was", and the chair named last: one roll
    ("On the morning of 3 June 2025, Premier Li Qiang attended the 24th Meeting of the Council of Heads of "
     "Government of the SCO Member States in Minsk. Present at the meeting were Prime Minister Olzhas Bektenov "
     "of Kazakhstan, Prime Minister Mikhail Mishustin of Russia and Prime Minister Abdulla Aripov of Uzbekistan. "
     "Also in attendance was Prime Minister Luvsannamsrai Oyun-Erdene of Mongolia. Prime Minister Adylbek "
     "Kasymaliev of Kyrgyzstan chaired the meeting.", "2025-06-04",
     ["Meeting[meeting 2025-06-03 (Li Qiang, Bektenov, Mishustin, Aripov, Oyun-Erdene, Kasymaliev) @ None]"]),
    # ... "X chaired a meeting of ...", "Participants included A, B and C"; the body's officers are
    # parties, named with the office before or after the name
    ("On 14 July 2026, Foreign Minister Wang Yi chaired a meeting of the SCO Council of Foreign Ministers in "
     "Tianjin. Participants included Kazakh Foreign Minister Murat Nurtleu, Secretary General of the SCO Nurlan "
     "Yermekbayev, Russian Foreign Minister Sergey Lavrov, Uzbek Foreign Minister Bakhtiyor Saidov, and Ulubek "
     "Sharsheev, Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure.", "2026-07-15",
     ["Meeting[meeting 2026-07-14 (Wang Yi, Nurtleu, Yermekbayev, Lavrov, Saidov, Sharsheev) @ Tianjin]"]),
    # a meeting with a group whose members the next sentence names: one meeting of them all, or one
    # each (with the other country's member) where the talks were separate
    ("On the morning of 12 March 2026, Vice President Han Zheng met at the Great Hall of the People with the "
     "SCO agriculture ministers. The agriculture ministers included Kazakh Minister of Agriculture Aidarbek "
     "Saparov, Kyrgyz Minister of Agriculture Bakyt Torobaev and Russian Minister of Agriculture Oksana Lut.",
     "2026-03-13", ["Meeting[meeting 2026-03-12 (Han Zheng, Saparov, Torobaev, Lut) @ Great Hall of the People]"]),
    ("Foreign Minister Wang Yi on Tuesday held separate talks with the Central Asian ministers who came for the "
     "meeting. The ministers included Kazakhstan's Foreign Minister Murat Nurtleu and Uzbekistan's Foreign "
     "Minister Bakhtiyor Saidov.", "2025-12-03", ["Meeting[talks 2025-12-02 (Wang Yi, Nurtleu) @ None]"]),
    # ... a communique's signatories listed by office and name, with no "and": one roll
    ("On 9 June 2026, the third summit of the heads of state adopted the Astana Declaration. President of "
     "Uzbekistan Shavkat Mirziyoyev, President of the People's Republic of China Xi Jinping, President of "
     "Kazakhstan Kassym-Jomart Tokayev signed the declaration.", "2026-06-10",
     ["Meeting[meeting 2026-06-09 (Mirziyoyev, Xi Jinping, Tokayev) @ None]"]),
    # ... "The meeting chaired by A was also attended by B, C and D", after the sentence of one who took part
    ("On 9 June 2026, President Sadyr Japarov of Kyrgyzstan took part in the third China-Central Asia Summit. "
     "The meeting chaired by President Xi Jinping was also attended by President Kassym-Jomart Tokayev of "
     "Kazakhstan and President Shavkat Mirziyoyev of Uzbekistan.", "2026-06-10",
     ["Meeting[meeting 2026-06-09 (Japarov, Xi Jinping, Tokayev, Mirziyoyev) @ None]"]),
    # ... "The summit, chaired by A, included participation from B, C and D"
    ("President Emomali Rahmon participated in the third Central Asia-China summit in Bishkek on May 5. The "
     "summit, chaired by Kyrgyz President Sadyr Japarov, included participation from Chinese President Xi Jinping "
     "and Kazakh President Kassym-Jomart Tokayev.", "2027-05-06",
     ["Meeting[meeting 2027-05-05 (Rahmon, Japarov, Xi Jinping, Tokayev) @ Bishkek]"]),
    # ... a communique wrapped at a fixed width, an initial ending a line: the roll is one sentence
    ("On 9 July 2026, the Council of Heads of State of the Organization met in Astana. The\n"
     "summit was attended by President K. Tokayev of the Republic of Kazakhstan, President\n"
     "Xi Jinping of the People's Republic of China, President V.\nPutin of the Russian\n"
     "Federation and President Sh. Mirziyoyev of the Republic of Uzbekistan. The heads of\n"
     "state adopted a declaration on security in the region and signed a plan.\n"
     "The next meeting of the council will be held in the summer of next year in a city\n"
     "to be decided by the member states of the organization later.\n",
     "2026-07-10", ["Meeting[meeting 2026-07-09 (Tokayev, Xi Jinping, Putin, Mirziyoyev) @ None]"]),
]

NEGATIVE = [
    # (a guard: consultations of two countries, no one named)
    "Kazakhstan and China held consultations on consular issues in Astana on Monday.",
    # (a guard: thanks for anything but a welcome tell no meeting)
    "Li Qiang thanked Tokayev for his support of the initiative.",
    # a body named after a person is no person: "the Buketov University" (blind round 207)
    "The delegation visited the university named after academician E.A. Buketov. Ambassador Zhang Xiao met the "
    "staff of the Buketov University on Monday.",
    # (a guard: a train's stop is no visit)
    "The first freight train from Xi'an stopped in Almaty on Tuesday.",
    # (a guard: an arrival to come with no day is a plan, no record)
    "Premier Li Qiang will arrive in Astana next month to open the business forum.",
    "President Xi Jinping has met his Kazakh counterpart Nursultan Nazarbayev 16 times, yet tourism lags.",
    # "A met with B and was received by C": C received A, not B (blind round 289)
    "During the visit, the delegation met with Chinese Consul General Li Wen and was received by Minister Sayasat Nurbek.",
    # a body's noun is no name ("the Director of the National Museum")
    "Xi Jinping met the Director of the National Museum of Kazakhstan on Monday.",
    # (a guard: a plane that landed is no visit)
    'The aircraft landed in Almaty on Monday after a short delay.',
    # "called the Kazakh leader 'a friend'": naming, no call (blind round 233)
    'At the graduation, rector Li Ming called the Kazakh president “a true friend of the university”.',
    'Speaking to students, Zhang Xiao called the Kazakh leader a wise statesman.',
    # a body named after a person is no person ("Nazarbayev Intellectual Schools")
    "Teachers of Nazarbayev Intellectual Schools met Chinese Ambassador Zhang Xiao on Monday.",
    # a trip to a world region away from the two countries
    "Xi Jinping and Li Keqiang announced the bank during their visits to Southeast Asian countries in October 2013.",
    # a visit at home: no trip of the two countries (guard)
    "On December 1, 2018, President Nursultan Nazarbayev, during a visit to the Nazarbayev Intellectual School, "
    "urged students to learn Chinese.",
    # the one met after the other's visit is no visitor ("met with Tokayev after visiting UN Plaza")
    "The UN chief met with Tokayev after visiting the Palace Museum in Beijing on July 3.",
    # a visit named in passing, no deed on it reported (the guard)
    "Xi Jinping proposed the Silk Road Economic Belt during his visit to Kazakhstan.",
    # spoke to the press (the guard)
    "Tokayev spoke to his aides and to reporters in Beijing on Monday.",
    # chairs of one country, or a country as the chair, are no meeting of the two
    "The session was chaired by Prime Minister Olzhas Bektenov and Deputy Prime Minister Serik Zhumangarin on Friday.",
    "The meeting, which was chaired by China, was attended by Kazakh Security Council Secretary Gizat Nurdauletov "
    "and Chinese Minister Wang Xiaohong.",
    # (told reporters at a meeting: no second party)
    "Tokayev told reporters at a meeting in Astana that trade with China would grow.",
    # a Chinese leader's trip to a province of China, named by office and family name
    "Premier Li travelled to Jiangxi on Monday to inspect flood relief.",
    # the one a spokesperson's line names after an unknown counterpart is the source, not the counterpart
    "Tokayev has met with the famous Chinese pianist Lang Lang, Ruslan Zheldibay, the spokesperson of the president, says.",
    # one visiting a place that names no country or city: a walk, not a visit; two of one country likewise
    "Tokayev visited the exhibition of young artists.",
    "Xi Jinping and Wang Yi visited the pavilion.",
    # a banquet for a group no name tells
    "Xi Jinping hosted a banquet for the heads of state attending the Games.",
    # parties no word makes Kazakh or Chinese, in a sentence naming neither country
    "Chief Executive Lee then met with the Secretary-General of ASEAN, Dr Kao Kim Hourn.",
    "Tokayev began a tour of the new plant on Monday.",
    "Xi embarked on a tour of Europe on Monday.",
    # a visit to a capital outside the region, the capital its country's word (blind round r273)
    "From May 10-12, Xi is visiting Minsk at the invitation of the Belarusian side.",
    "Premier Li Qiang paid a visit to Paris last week.",
    # "the Secretary-General of the United Nations" is not the SCO's named before (blind round r250)
    "Secretary-General of the SCO B.K. Nurgaliev and Chinese Foreign Minister Yang Jiechi attended. Kazakh Foreign "
    "Minister Marat Tazhin met the Secretary-General of the United Nations on May 3.",
    # ... not two of one country
    "Meeting in Astana on Monday, Tokayev and Prime Minister Bektenov discussed the budget.",
    # at an event together only by video, or two of one country
    "Tokayev and Xi Jinping attended the launch of the plant via video link.",
    "Tokayev and Prime Minister Bektenov attended the opening of the bridge.",
    # a trip to a third country, with an adjective before it
    "Xi Jinping last travelled to neighbouring Myanmar in January 2020.",
    # a few words and "in" a place outside the region
    "Last year, the Chinese minister Sun Wei visited several factories in Russia.",
    # an invitation to visit is no visit of the one who invites; page furniture after a headline is no name
    "Xi will travel to Kazakhstan at President Kassym-Jomart Tokayev's invitation to visit on September 14.",
    "Zhao Shuanglian Met with Kazakh Agriculture Minister Release Time: 2016-03-23",
    # a trip at home: a Chinese leader to Hong Kong, a Kazakh one to Almaty
    "While Xi made a brief visit to Hong Kong in July, he has not left China since January 2020.",
    "President Tokayev made a working trip to Almaty in July.",
    # a visit still expected is no record of one
    "The tour may pave the way for Chinese President Xi Jinping's expected state visit to Kazakhstan in September.",
    # "Upon X's arrival, children greeted him": the children, not X nor the one named before
    "The sinologist Adil Kaukenov described the welcome. Upon Xi Jinping's arrival, schoolchildren greeted him.",
    # a delegation led to a gathering, not to a place
    "Tokayev led the Kazakh delegation to the SCO summit.",
    "The delegates looked into the matter with Tokayev's aides.",
    # a visit by one no word makes Kazakh or Chinese, to a place that is neither's
    "Minister Ana Kovac was glad to see Dr Kao Kim Hourn again after his visit to Jakarta in July.",
    "Chinese Ambassador Zhang Xiao briefed journalists in Astana on the summit agenda.",
    # a meeting with the people of a third country, however far the country is from the name
    "Foreign Minister Qin Gang held talks with Minister of Foreign Affairs and International Cooperation of Sierra Leone David Francis.",
    "Tokayev met the President of Kenya William Ruto in Astana.",
    "Premier Li Qiang met Prime Minister of New Zealand Christopher Luxon in Beijing on Tuesday.",
    # a name, then the other's set off by commas as whose counterpart: no pair
    "Kazakh President Kassym-Jomart Tokayev, Xi Jinping's counterpart, held a meeting with farmers.",
    # meetings as a habit, not one told
    "The senator praised the frequent informal meetings between Prime Minister Olzhas Bektenov and Premier Li Qiang.",
    # a trip by one of neither country, to neither country
    "European Commission President Ursula von der Leyen made a trip in April.",
    # what the one at a meeting said names people; the one they met is told elsewhere
    "During the meeting, Kazakh Foreign Minister Murat Nurtleu noted that Chinese President Xi Jinping backs the corridor.",
    "At the meeting, Deputy Prime Minister Serik Zhumangarin said: Chinese Premier Li Qiang supports the corridor.",
    # an exhortation to raise a matter in talks to come is no report of them
    "On 5 May, farmers held a rally, urging Tokayev to raise the water quotas, which worry them, during his talks with Xi Jinping.",
    "Following the talks, Tokayev and Mirziyoyev signed a road map.",  # (neither is Chinese)
    # a visit named as the subject of a future ("will open"): a plan with no day
    "Nurtleu said Premier Li Qiang's visit to Astana in October will bring new agreements.",
    # "the meeting" told before (the leaders'), its ministers signing after it
    "Following the meeting, the foreign ministers, Murat Nurtleu and Wang Yi, signed a protocol.",
    "Tokayev had to cancel the meeting with Xi Jinping because of the storm.",
    "The Kazakh minister has postponed his talks with Wang Yi.",
    "President Tokayev visited the plant and talked with workers.",
    "The meeting was held between 10 and 12 o'clock in the hall of the ministry.",
    "The visit is above all a chance for Nazarbayev to hold his first meeting with Hu Jintao next year.",
    "Prime Minister Karim Masimov and Vice Prime Minister Umirzak Shukeev met M. Tanaka at the airport.",
    "President Tokayev toured the Expo pavilions on Monday.",
    "Tokayev welcomed support from Li Qiang for the initiative.",
    "The Kazakh side received credentials for the new trade office.",
    "Tokayev held a meeting on the economy on Monday.",
    "Prime Minister Bektenov held a meeting of the government in Astana on Tuesday.",
    "Putin last met Xi in May when he visited China.",
    "Agreements were signed by the two sides after the forum.",
    "Xi Jinping called on the Kazakh side to speed up the new railway crossing.",
    "President Tokayev called on Governor Yerlan Nyssanbayev to finish the plant by autumn.",
    "The ministry called for faster customs clearance with China.",
    "The plant grew its output last year, meeting the demand of buyers in Xinjiang.",
    "Greeting the participants of the business forum, Tokayev said trade was growing.",
    "Wang Yang Meets with Secretary of Karaganda Maslikhat",
    "The forum brought together some 400 entrepreneurs from both countries.",
    "The session brought together Prime Minister Bektenov and Deputy Prime Minister Zhumangarin.",
    "During the meeting, President Tokayev noted the growth of trade.",
    "The minister spoke with reporters by phone after the session.",
    "Analysts praised the results of the talks with investors.",
    "Tokayev will meet Xi Jinping next week.",
    "Tokayev looked forward to meeting President Xi soon.",
    "Akim of Almaty Yerbolat Dossayev met with a delegation from Xinjiang.",
    "Tokayev attended the meeting.",
    "The ministers met in Beijing.",
    "The meeting was attended by Wang Yi and Nurtleu.",
    "The plant met the needs of the region, said Xi Jinping.",
    "Xi Jinping is expected to attend the meeting of the Council of Heads of State in Samarkand.",
    "Tokayev received a letter from Xi Jinping.",
    "Almaty hosted the forum with Wang Yi as a speaker.",
    "Chinese businessmen meet Kazakh officials, call for enhanced cooperation",
    "Tokayev said the two leaders will discuss cooperation.",
    "Xi Jinping will visit Kazakhstan.",
    "The Chinese ambassador, Zhang Xiao, and other officials were also present.",
    "Wang Yi conveyed greetings from Xi Jinping to Tokayev.",
    "Tokayev called China a key partner.",
    "The meeting will discuss trade with Wang Yi and Tokayev.",
    "Tokayev met the press after Xi Jinping left.",
    "The results met expectations, Xi Jinping told Tokayev.",
    "Xi Jinping and Tokayev will meet in Astana.",
    "Tokayev welcomed the decision of Xi Jinping to open a consulate.",
    "Tokayev congratulated Ambassador Zhang Xiao on his recent appointment.",
    "Xi Jinping is expected to pay a state visit to Kazakhstan this year.",
    "Tokayev expressed anticipation for Xi Jinping's state visit.",
    "The two leaders met.",
    "Tokayev attended the meeting with Wang Yi and other guests.",
    "Photo: Tokayev and Wang Yi (Xinhua/Li Xueren)",
    # issue 9: no second party, or one side only, or two people of one country
    "Tokayev met with the heads of China National Petroleum and China Railway.",
    "Tokayev and Prime Minister Olzhas Bektenov discussed trade with China.",
    "The ministers discussed the results of the talks.",
    "Tokayev received the support of Xi Jinping for the initiative.",
    "Xi Jinping and Tokayev will discuss the pipeline next year.",
    # a plan dated by a month still ahead ("this May" in a March paper)
    "Tokayev's state visit to China this May was on the agenda.",
    "Tokayev and Japarov will attend the summit in Tianjin and pay state visits to China.",
    "Students of Nazarbayev University met Wang Yi.",
    "During his visit to Astana, the minister praised the plan.",
    "Tokayev and Smailov praised the progress made during their meeting with investors.",
    "Tokayev received a delegation of Chinese businessmen.",
    "Tokayev Meets Bank Chair to Discuss New Investment Projects",
    "Visit by Kazakhstan's President Demonstrates China's Growing Influence",
    "Li Qiang will meet the Kazakh leadership during his visit next week.",
    "Nazarbayev has met many times with Chinese President Xi Jinping and Russian President Putin.",
    # a subject no one names met two people: not a meeting of the two
    "The company's head also met with the chairman of the group, Sun Qin, and its director, Liu Yang.",
    "Exports rose after talks between the two ministries.",
    "Tokayev and Prime Minister Bektenov spoke to reporters following the talks.",
    "Masimov signed the loan agreements during a two-day visit.",
    "Tokayev signed the agreement during the visit.",
    # visits to a third country
    "Xi Jinping will visit Moscow on May 8.",
    "Li Qiang paid a state visit to Russia on Monday.",
    "The Chinese premier visited Russia, Belarus and Serbia in May 2015.",
    # a ceremony's guests: no meeting of them
    "The event was attended by Culture Minister Aida Balayeva, Chinese Minister Sun Yeli and Kyrgyz Minister Altynbek Maksutov.",
    "President Kassym-Jomart Tokayev said on a visit to Shymkent on Friday that the plant would open.",
    # the verb's own subject after "as the ...": not the name before it
    "Minister Yelzhan Birtanov praised the doctors' work as the Chinese medical team wrapped up its visit.",
    # "visits" as a noun after a preposition: no verb of a visit
    "The trip is Li Qiang's second abroad this year, following visits to Southeast Asia and Europe.",
    # an invitation accepted with no day, or only made
    "Premier Li Qiang accepted Prime Minister Olzhas Bektenov's invitation to visit Kazakhstan.",
    "Prime Minister Olzhas Bektenov invited Premier Li Qiang to visit Kazakhstan on Monday.",
    # "according to X, N tourists visited": X is the source of the figure, no visitor
    "According to tourism minister Yerbol Myrzabosynov, 480,000 Chinese tourists visited Kazakhstan last year.",
    # a trip at home, told with "came to"
    "President Tokayev came to Shymkent on a working visit on Friday.",
    # a Chinese visit to a neighbour of Kazakhstan's, named through Kazakhstan or not
    "Last week Chinese President Xi Jinping visited Turkmenistan, a major gas supplier.",
    "Last week Chinese President Xi Jinping visited Kazakhstan’s neighbour Turkmenistan to sign gas deals.",
    "Chinese President Xi Jinping visited Russia, Belarus and Serbia in May 2015.",
    # ... and a Kazakh one, which names not China
    "President Tokayev arrived in Kyrgyzstan on Thursday for a state visit.",
    "Tokayev discussed cooperation with China, noting the role of Xi Jinping.",
    # a plan, and the day it was told
    "Prime Minister Karim Massimov is expected to pay an official visit to China, the ambassador told the forum today.",
    # every side known, and not Kazakhstan and China
    "Xi Jinping also met with Turkmenistan's President Serdar Berdimuhamedov on Monday.",
    "Tokayev met Russian President Vladimir Putin in Astana.",
    "US Secretary of State Marco Rubio met Kazakhstan's foreign minister in Washington.",
    # a plan without its day, and the hosts who invited a visitor to a summit, make no roll
    "Foreign Minister Wang Yi will chair the China-Central Asia meeting in June. Murat Nurtleu and Bakhtiyor Saidov "
    "will attend the meeting.",
    # a gathering at home is no visit
    "Prime Minister Olzhas Bektenov attended the forum in Astana on Monday.",
    # a wire's reporter credited between slashes is no visitor
    "BEIJING. May 3. KAZINFORM /Dana Amirova/ Today a delegation of Almaty has visited Beijing.",
    # tallies over years
    "Tokayev has visited China twice.",
    "Tokayev and Xi Jinping have met more than 20 times.",
    # a meeting of a third country's leader with Xi is no record
    "Speaking to reporters after his meeting with Xi, Prime Minister Viktor Orban said ties were strong.",
    # a trip of one's own is no visit
    "Li Na, a student in Xi'an, went on her graduation trip to Almaty last month.",
    # one side's word, an accord told by another, or a pair of countries is no meeting
    "Tokayev agreed to expand cooperation with Chinese Premier Li Qiang.",
    "Foreign Minister Wang Yi said that Xi Jinping and Tokayev have agreed to build a common future.",
    "Kazakhstan and China on Monday vowed to double trade.",
    "Kazakh President Tokayev and Uzbek President Mirziyoyev agreed to build a road.",
]


@pytest.mark.parametrize("text, published, expected, rule_id", POSITIVE, ids=[r[0][:50] for r in POSITIVE])
def test_meeting_rows(text, published, expected, rule_id):
    got = kzfacts.extract(text, published=published)
    got = [r for r in got if r.type == "meeting"]
    assert [str(r) for r in got] == expected
    if not expected:
        return
    assert got[0].source.rule == rule_id
    assert got[0].quote == text[got[0].source.start:got[0].source.end]


@pytest.mark.parametrize("text, published, expected", STORIES, ids=[s[0][:40] for s in STORIES])
def test_one_meeting_in_several_sentences_is_one_record(text, published, expected):
    assert meetings(text, published) == expected


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:50] for t in NEGATIVE])
def test_no_meeting(text):
    assert meetings(text, "2024-03-01") == []


def test_every_rule_has_a_positive_row():
    used = {r[3] for r in POSITIVE}
    assert {r.id for r in TRIGGERS} <= used


# --- the trigger-word filter ------------------------------------------------------------------


def _trigger_texts() -> list[str]:
    from conftest import DEV, ROOT

    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((DEV / "docs").glob("*.txt"))
    rows = [t[0] for t in POSITIVE] + list(NEGATIVE)
    return [p.read_text(encoding="utf-8") for p in paths] + rows


def test_every_trigger_has_its_words():
    assert set(TRIGGER_WORDS) == {r.id for r in TRIGGERS}
    assert all(w == w.lower() and w for words in TRIGGER_WORDS.values() for w in words)


@pytest.mark.parametrize("rule", TRIGGERS, ids=[r.id for r in TRIGGERS])
def test_trigger_words_are_in_every_match(rule):
    # the filter skips a sentence holding none of a rule's words: sound only if every match
    # holds one (on the corpora, the test rows and the texts of each rule's description)
    words = TRIGGER_WORDS[rule.id]
    for text in [*_trigger_texts(), rule.doc]:
        for m in rule.pattern.finditer(text):
            assert any(w in m.group().lower() for w in words), (rule.id, m.group())


# the words of the triggers, in other cases and near-misses, so that generated text is dense in them
_TRIGGER_PIECES = [
    "Tokayev", "Xi", "met", "Met", "MEETS", "meet", "with", "held", "a", "an", "the", "his", "'s", "’s",
    "meeting", "Meeting", "talks", "negotiations", "received", "Receiving", "by", "was", "were",
    "welcomed", "greeted", "hosted", "Hosting", "between", "during", "phone", "telephone", "call",
    "called", "spoke", "video", "conference", "paid", "state", "visit", "visited", "trip", "of",
    "my", "joined", "summit", "is", "on", "While", "\n", ".", ",", "ſ", "K", "İ", "metal", "visiting",
]


@settings(deadline=None, max_examples=300)
@given(text=st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=40).map(" ".join))
def test_filtered_triggers_are_the_same(text):
    from kzfacts.scan import safe_lower

    sent = (0, len(text))
    def found(lower):
        return [(r.id, m.span()) for r, m in _triggers(text, sent, lower)]

    assert found(safe_lower(text)) == found(None)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, published, date, source", [
    ("Tokayev met Wang Yi on March 17.", "2023-03-19", "2023-03-17", "text"),
    ("Tokayev met Wang Yi on December 30.", "2023-01-05", "2022-12-30", "text"),  # latest one before
    ("Tokayev met Wang Yi on March 17.", None, "--03-17", "text"),  # no year known
    ("Tokayev met Wang Yi in June.", "2022-09-12", "2022-06", "text"),
    ("Tokayev met Wang Yi in June.", None, None, None),  # a month with no known year
    ("Tokayev met Wang Yi last October.", "2023-03-01", "2022-10", "text"),
    ("Tokayev met Wang Yi on Wednesday.", "2022-09-14", "2022-09-14", "text"),
    ("Tokayev met Wang Yi yesterday.", "2022-09-14", "2022-09-13", "text"),
    ("Tokayev met Wang Yi last year.", "2020-09-14", "2019", "text"),
    ("Tokayev met Wang Yi.", "2022-09-14", "2022-09-14", "published"),  # the day's news
    ("Tokayev met Wang Yi today.", None, None, None),
    ("Tokayev previously met Wang Yi.", "2022-09-14", None, None),  # past, no date
    ("Tokayev met Wang Yi on Sept. 12, 2019.", "2022-09-14", "2019-09-12", "text"),
    # no page date: the dateline's day, without a year
    ("BEIJING, Oct. 17 (Xinhua) -- Tokayev met Wang Yi.", None, "--10-17", "published"),
    ("ASTANA, Kazakhstan, May 3. Tokayev met Wang Yi.", None, "--05-03", "published"),
    ("ALMATY, 25 April (Xinhua) -- Tokayev met Wang Yi.", None, "--04-25", "published"),  # (day first)
])
def test_meeting_dates(text, published, date, source):
    (m,) = [r for r in kzfacts.extract(text, published=published) if r.type == "meeting"]
    assert m.date == date
    assert (str(m.date_source) if m.date_source else None) == source


# --- gazetteer --------------------------------------------------------------------------------


def test_people_and_places_load():
    assert gazetteer.people()["Tokayev"].held("president", 2022)
    assert gazetteer.person_aliases()["toqaev"] == "Tokayev"
    assert gazetteer.places()["Nur-Sultan"] == "Astana"
    assert gazetteer.places()["Alma-Ata"] == "Almaty"
    assert gazetteer.places()["Urumchi"] == "Urumqi"


def test_an_alias_claimed_twice_is_an_error():
    table: dict[str, str] = {}
    gazetteer.claim(table, "Xi", "Xi Jinping", "people")
    with pytest.raises(DataFileError, match=r"people\.toml.*'Xi Jinping'.*'Someone Else'"):
        gazetteer.claim(table, "xi", "Someone Else", "people")


def test_a_known_name_broken_across_lines_is_no_error():
    """Bug caught: "Han\nChunlin" in a wrapped text stopped the whole article with a KeyError."""
    kzfacts.extract("Foreign Minister Murat Nurtleu met with Chinese Ambassador Han\nChunlin on Tuesday.",
                    published="2025-03-12")


# a story wrapped at a fixed width (wire copy), in our words; names and dates broken across lines
_WRAPPED = (
    "ALMATY, March 4 -- Chinese Vice Premier Liu\nGuozhong held talks with Kazakh Prime Minister Olzhas\n"
    "Bektenov in Almaty on Tuesday and the two sides agreed on new steps in\n"
    "farming and water, the government said in a statement issued after the\n"
    "meeting in the southern city, where the guests also toured a new plant\n"
    "built with money from both countries and opened late last year.\n")


def test_a_wrapped_story_is_read_whole_and_quoted_as_written():
    got = [r for r in kzfacts.extract(_WRAPPED, published="2025-03-05") if r.type == "meeting"]
    assert [str(r) for r in got] == ["Meeting[talks 2025-03-04 (Liu Guozhong, Bektenov) @ Almaty]"]
    assert got[0].quote == _WRAPPED[got[0].source.start:got[0].source.end] and "\n" in got[0].quote
    assert got[0].source.text is _WRAPPED


def test_a_dateline_day_gives_way_to_the_stated_day():
    text = "ASTANA, Jan. 10 -- Vice Premier Ding Xuexiang met Olzhas Bektenov in Astana on Monday."
    assert meetings(text, "2024-01-10") == ["Meeting[meeting 2024-01-08 (Ding Xuexiang, Bektenov) @ Astana]"]
    assert meetings(text, None) == ["Meeting[meeting --01-10 (Ding Xuexiang, Bektenov) @ Astana]"]


def test_a_dateline_after_the_page_stamp_is_the_day_of_the_news():
    # " date 2025-09-02 ASTANA, Kazakhstan, September 1.": the page's stamp and its dateline on one line;
    # the talks of the day's news are the dateline's day, a day before the stamp (blind round 257)
    text = (" date 2025-09-02 ASTANA, Kazakhstan, September 1. President Tokayev held talks with Chinese Premier "
            "Li Qiang in Beijing, the Akorda press service said.")
    assert meetings(text, None) == ["Meeting[talks 2025-09-01 (Tokayev, Li Qiang) @ Beijing]"]


@pytest.mark.parametrize("text, published, expected", [
    # the one envoy named before; the one Chinese person named before
    ("Ambassador Han Chunlin arrived in Astana last month. On Monday, Foreign Minister Nurtleu received the "
     "Chinese ambassador.", "2025-03-12", ["Meeting[meeting 2025-03-10 (Nurtleu, Han Chunlin) @ Astana]"]),
    ("Han Chunlin, China's new ambassador, arrived in Astana. Tokayev received the ambassador on Monday.",
     "2025-03-12", ["Meeting[meeting 2025-03-10 (Tokayev, Han Chunlin) @ Astana]"]),
    ("Vice Chairman Zhou Ming came to Almaty. The Chinese official said during talks with Akim Dosaev that "
     "trade would grow.", "2021-06-01", ["Meeting[talks 2021-06-01 (Zhou Ming, Dosaev) @ None]"]),
    # two Chinese people named before: "the Chinese guest" could be either
    ("Li Qiang met Bektenov. Wang Yi met Nurtleu. Later Tokayev received the Chinese guest.", "2024-12-05",
     ["Meeting[meeting 2024-12-05 (Li Qiang, Bektenov) @ None]", "Meeting[meeting 2024-12-05 (Wang Yi, Nurtleu) @ None]"]),
    # "the CICA Secretary General": the one person named before in that office, however long its name
    ("Secretary General of the Conference on Interaction and Confidence Building Measures in Asia (CICA) Ambassador "
     "Kairat Sarybay paid a working visit to Beijing. On 10 April, the CICA Secretary General met with Chinese Vice "
     "Foreign Minister Ma Zhaoxu.", "2023-04-12", ["Meeting[meeting 2023-04-10 (Sarybay, Ma Zhaoxu) @ Beijing]"]),
])
def test_a_described_person_is_the_one_named_before(text, published, expected):
    assert meetings(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # offices alone are their holders that month: a year of two holders has one each month
    ("Premier Wen Jiabao and his Kazakh counterpart met on Saturday.", "2012-04-01",
     ["Meeting[meeting 2012-03-31 (Wen Jiabao, Massimov) @ None]"]),
    ("Premier Wen Jiabao and his Kazakh counterpart met on Saturday.", "2012-10-06",
     ["Meeting[meeting 2012-10-06 (Wen Jiabao, Akhmetov) @ None]"]),
    ("Chinese premier meets Kazakh PM, calls for closer ties", "2024-03-01",
     ["Meeting[meeting 2024-03-01 (Li Qiang, Bektenov) @ None]"]),
    # the month of a handover: either president
    ("President Xi Jinping and his Kazakh counterpart met on Saturday.", "2019-03-25", []),
])
def test_office_holders_by_month(text, published, expected):
    assert meetings(text, published) == expected


def test_an_office_holder_is_written_as_the_article_spells_them():
    text = "Chinese Premier Wen Jiabao met the Kazakh Prime Minister on Saturday. Masimov thanked Wen for the loan."
    assert meetings(text, "2012-04-01") == ["Meeting[meeting 2012-03-31 (Wen Jiabao, Masimov) @ None]"]


@pytest.mark.parametrize("text, published, expected", [
    # bug caught: these were read only when their sentence opened the text (a "^" that could not
    # match at a sentence's start further in)
    ("Trade grew fast.\n\nDuring his visit to Kazakhstan in May 2024, Premier Li Qiang proposed a corridor.",
     "2025-01-10", ["Meeting[visit 2024-05 (Li Qiang) @ None]"]),
    ("Water talks.\n\nDuring his official visit to Astana on 3-4 May 2024 Premier Li Qiang said ties were strong.",
     "2025-01-10", ["Meeting[visit 2024-05-03 (Li Qiang) @ Astana]"]),
])
def test_a_fronted_visit_further_in_the_text(text, published, expected):
    assert meetings(text, published) == expected


def test_he_said_after_the_meeting_is_the_speaker_named_before_the_quote():
    text = ('Sinopec chairman Ma Yongsheng gave an interview. "During the state visit of Tokayev to China we plan '
            'to open a plant," he said after the meeting with Prime Minister Olzhas Bektenov.')
    assert meetings(text, "2025-05-20") == ["Meeting[meeting 2025-05-20 (Ma Yongsheng, Bektenov) @ None]"]


@pytest.mark.parametrize("text, published, expected", [
    # "the two men" are the pair named last; "also met ... in January" is another time
    ("Premier Li Qiang met Olzhas Bektenov in Astana. The two men also met in Davos in January.", "2025-03-30",
     ["Meeting[meeting 2025-03-30 (Li Qiang, Bektenov) @ Astana]", "Meeting[meeting 2025-01 (Bektenov, Li Qiang) @ None]"]),
    # 'I held talks with A and met B," X said': the speaker is the subject of both
    ('"I held talks with Senate Speaker Maulen Ashimbayev and met with President Tokayev," Zhao Leji said.',
     "2024-04-25", ["Meeting[talks 2024-04-25 (Zhao Leji, Ashimbayev) @ None]",
                    "Meeting[meeting 2024-04-25 (Zhao Leji, Tokayev) @ None]"]),
])
def test_shared_subjects_and_other_times(text, published, expected):
    assert meetings(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "(a) meeting was held with Y": the one of the other side named last before
    ("Deputy Foreign Minister Alibek Bakayev led the delegation to Xi'an. During the trip, a meeting was held "
     "with Vice-Governor Zhao Gang.", "2024-05-02", ["Meeting[meeting 2024-05-02 (Bakayev, Zhao Gang) @ None]"]),
    # no one of the other side named before: no record
    ("Talks were held with Vice-Governor Zhao Gang.", "2024-05-02", []),
])
def test_a_passive_meeting_is_the_other_side_named_before(text, published, expected):
    assert meetings(text, published) == expected


def test_office_alone_is_read_by_year():
    text = "«We met,» said the Kazakh Head of State. The Kazakh President held talks with Wang Yi."
    assert meetings(text, "2022-01-25") == ["Meeting[talks 2022-01-25 (Tokayev, Wang Yi) @ None]"]
    assert meetings(text, None) == []  # no year, no office holder


@pytest.mark.parametrize("wanted, ok", [
    (["Tokayev"], True), (["tokaev"], True), (["TOQAYEV"], True), (["Kassym-Jomart Tokayev"], True),
    (["Xi"], False), (["Tokayev", "Wang Yi"], True), (["Tokayev", "Li Qiang"], False),
])
def test_person_matches_any_alias(wanted, ok):
    assert person_matches(("Toqayev", "Wang Yi"), wanted) is ok


# --- command line -----------------------------------------------------------------------------

runner = CliRunner()


def _rows(args: list[str]) -> list[str]:
    result = runner.invoke(app, ["meetings", *args], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines()
            if re.search(r"\b(?:meeting|talks|visit|call)\b", line)]


def test_meetings_person_alias_on_bundled_corpus():
    rows = _rows(["--person", "Tokayev"])
    assert rows and rows == _rows(["--person", "tokaev"])
    assert all("Tokayev" in r for r in rows)
    assert not any("Urumqi" in r or "Nuryshev" in r for r in rows)
    assert any("2023-03-27" in r for r in rows)


def test_meetings_filters():
    assert all("visit" in r for r in _rows(["--kind", "visit"]))
    rows = _rows(["--since", "2023-01", "--until", "2023-12"])
    assert rows and all("2023-" in r for r in rows)
    bad = runner.invoke(app, ["meetings", "--since", "March"])
    assert bad.exit_code == 2


def test_meetings_help():
    result = runner.invoke(app, ["meetings", "--help"])
    assert result.exit_code == 0 and "Example: kzfacts meetings" in result.stdout


def test_export_csv_joins_participants():
    result = runner.invoke(app, ["export", "--csv", "--kind", "meeting"])
    assert result.exit_code == 0
    assert "Tokayev; Ma Xingrui" in result.stdout


@pytest.mark.parametrize("text", [
    "Wang Yi visited Astana and met with President Tokayev, Prime Minister Bektenov and Foreign Minister Nurtleu.",
    "Tokayev and Xi Jinping have met three times this year, in Astana, Samarkand and Beijing.",
])
def test_meetings_split_from_one_sentence_have_keys_of_their_own(text):
    keys = [r.key for r in kzfacts.extract(text, published="2024-05-20") if r.type == "meeting"]
    assert len(keys) >= 2 and len(set(keys)) == len(keys)


def test_an_office_whose_name_is_not_read_is_no_holder_named_before():
    # the name after "President" is there, though not read: not the president named before
    from kzfacts.people import find_people
    text = "Chairman Hu Jintao of China and President D. Xyzov of the Federated States of Micronesia attended."
    assert [m.who for m in find_people(text, None)].count("Hu Jintao") == 1


def test_two_letters_that_end_a_chinese_name_are_no_initial():
    from kzfacts.people import find_people
    text = "Minister Yerbol Karashukeyev met Party Secretary of Shandong Province, Lin Wu. The sides agreed."
    assert [m.who for m in find_people(text, None)] == ["Karashukeyev", "Lin Wu"]


# one sentence for each alternative of the roll pattern: each holds a word of ROLL_WORDS, so the
# sentences left unsearched (none of the words) could never have matched
_ROLL_SENTENCES = [
    "A, B and C attended the meeting.", "A and B took part in the summit.", "A participated in the forum.",
    "A presided over the session.", "A co-chaired the sitting.", "A opened the forum.", "A and B spoke at the meeting.",
    "A and B are attending the summit.", "A will chair the meeting.", "A and B will attend the meeting.",
    "A and B jointly held the fifth meeting.", "A and B held the first ministerial meeting.",
    "The meeting of the Council was held in Astana with the participation of A and B.",
    "Taking part in the meeting were A and B.", "Attending this year's summit are A and B.", "A and B took part.",
    "A and B were in attendance.", "The meeting was attended by A.", "It was chaired by A.",
    "The meeting, which was chaired by China, was attended by A.", "The following officials took part:",
    "Present at the meeting were A and B.", "The summit included participation from A and B.",
    "Participants included A and B.", "The talks involved A and B.", "The discussions brought together A and B.",
    "The meeting convened in Almaty on 26 April, bringing together A, B and C.", "Among the participants were A and B.",
    "A is also attending the summit.", "Turkmenistan was represented at the session by A.",
    "The delegation was led by A.", "A and B took\n  part.", "The president A presided over the session.",
    "The chairman A co-chaired the sitting.",
]


@pytest.mark.parametrize("sentence", _ROLL_SENTENCES)
def test_a_roll_sentence_is_never_skipped(sentence):
    from kzfacts.meeting_rolls import _ROLL, _may_roll
    assert _ROLL.search(sentence), sentence
    assert 0 in _may_roll(sentence, [(0, len(sentence))])


def test_a_sentence_without_a_roll_word_is_not_searched():
    from kzfacts.meeting_rolls import _may_roll
    text = "The president and the chairman met their partner from the party department."
    assert 0 not in _may_roll(text, [(0, len(text))])
