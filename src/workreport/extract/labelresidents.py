"""People counted by where they live or settle (round 71, w4; the development draws'
"fragment" rows of the national reports' plans: "完成约1亿人居住的棚户区和城中村改造" gave 居住的
棚户区和城中村改造, "改造约1亿人居住的城镇棚户区和城中村" 改造居住的城镇棚户区和城中村, "引导约1亿人
在中西部地区就近城镇化" 中西部地区: a place or a clause cut around the people counted).

- *residents of a place acted on*: a count of people (人, 名) right before 居住的 or 生活的 and
  the place counts the people living there: the place, the act done to it (before the number,
  a verb of ``cues.label_kept_verbs``, or after the place) and 居住人口 (棚户区和城中村改造居住人口,
  改造城镇棚户区和城中村居住人口).
- *people settling in a place*: a count of people right before 在, a place and one of
  ``cues.settled_acts`` (就近城镇化, 落户, 就业, 定居) counts those people: the place, the act
  and 人口 (中西部地区就近城镇化人口).

Only after a verb or a short scope in the number's clause (not "转移农村劳动力3万人在本地就业":
the people named before the number), not a count of other things, nor a place with a figure
or a break in it; the words are data
(``cues.resident_frames``, ``cues.settled_acts``).

Round 71 review (q9): a short clause ending in a noun of people names them too ("残疾人500人在
福利企业就业" keeps 残疾人…, not 福利企业就业人口: scope lost); a verb of ``cues.label_kept_verbs``
right before the number stays on people settling, as on residents ("新增1.2万人在县城定居" →
新增县城定居人口, not 县城定居人口: newness dropped).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags
from workreport.extract.nonfigures import alternation

__all__ = ["residents"]


def residents(before: str, after: str, unit: str) -> str:
    """The label of a count of people (``unit``) by where they live or settle, from the
    sentence ``before`` and ``after`` the number; "" when it is no such count."""
    if unit.removeprefix("万").removeprefix("亿") not in ("人", "名"):
        return ""  # (checked first: this runs for every figure)
    clause = re.split(r"[，。；、,;：:]", before[-12:])[-1]  # a clause over 4 characters is out
    if len(clause) > 4 or _people_named(clause):
        return ""  # not who the clause names before the number ("转移农村劳动力3万人在本地就业")
    lived, settled = _frames()
    act = ending_word(before, cue_words("label_kept_verbs"))
    if m := lived.match(after):
        place = m.group("place")
        return f"{act if act and not place.endswith(act) else ''}{place}居住人口"
    if m := settled.match(after):
        return f"{act}{m.group('place')}{m.group('act')}人口"  # 新增 stays (round 71 review, q9)
    return ""


def _people_named(clause: str) -> bool:
    """Whether the short ``clause`` before the number ends in a noun (jieba's) that is no
    scope (``cues.label_leading``, ``cues.scope_words``: 全县): the people counted, named
    ("残疾人500人在福利企业就业", "搬迁群众1.2万人…"; round 71 review, q9)."""
    pieces = tags(clause)
    return bool(pieces) and pieces[-1].flag[:1] == "n" \
        and pieces[-1].word not in cue_words("label_leading", "scope_words")


@cache
def _frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The frames after the number, compiled once: 居住的 and the place; 在, a place and an
    act of settling."""
    frames = alternation(cue_words("resident_frames"))
    acts = alternation(cue_words("settled_acts"))
    return (re.compile(rf"^(?:{frames})的(?P<place>[\u4e00-\u9fff]{{2,16}})(?=[，。；、]|$)"),
            re.compile(rf"^在(?P<place>[\u4e00-\u9fff]{{2,10}}?)(?P<act>{acts})(?=[，。；、]|$)"))
