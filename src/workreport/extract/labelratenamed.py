"""A percent whose label names no rate (issue 13; round 77, x2; a pass of ``labelpasses``).

Class of error: a share stated by a verb that compares a thing with its base or says what a
subject covers or brings about was labelled by a piece of the clause that names no rate:
- "新开工装配式建筑达到新建建筑面积的25%以上" → 新开工装配式建筑达到新建建筑面积 ('trailing
  predicate': 达到 left between the thing and the base; the seed-9022 draw's 参加互助组和合作社的
  农户达到全体农户);
- "基本药物制度覆盖80%以上村卫生室" → 村卫生室 ('other thing': the base), "公共资源交易实现100%
  全流程电子化" → 公共资源交易 ('other thing': the subject), "优质公办幼儿园覆盖92%乡镇" →
  优质公办幼儿园覆盖乡镇 (no rate word).

Rule: a percent labelled X + a verb of ``cues.rate_base_verbs`` (达到, 相当于) + Y, whose
sentence has Y的 right before the number, is X占Y比重; a percent whose clause reads S +
(均)? + a verb of ``cues.rate_cover_verbs`` (覆盖) + the number + (以上)?(的)? + Y up to the
clause's end, labelled S, Y or S覆盖Y, is S覆盖Y比例; with a verb of ``cues.rate_attain_verbs``
(实现) it is SY比例 (城市建成区清洁取暖比例, as the extractor already labels it); a percent
whose clause reads X + a verb of ``cues.rate_done_verbs`` (完成) + Z (+ 的) + the number +
(以上)?(的)? + W, labelled XY or a tail of Y (Y = ZW), is X完成Y比例: "平陆运河投资完成工程概算的
64.6%" (labelled 平陆运河投资工程概算, 'fragment'), "完成总任务60%以上" (总任务, 'other thing'),
"完成县城及美丽乡村建设80%的任务量" (建设任务量). X is no filler or time word
(``cues.label_leading``, 年内, 年底). A percent right after its things Y (…中, 超, 近 between)
with what they did after it opening with a word of ``cues.rate_state_openers`` (由, 达到), labelled
by a tail of that predicate P, is P的Y比例: "重大科技项目90%以上由企业牵头" (企业牵头) →
由企业牵头的重大科技项目比例; "县级综合医院、基层医疗卫生机构100%达到国家标准" (达到国家标准);
Y holds no verb of these lists nor 完成 ("年内完成50%以上搬迁保留村面貌提升" stays).
"全面完成年度任务的95%" is left to the rate it names (年度任务完成率).

Exceptions: a label with a rate word already (``cues.share_rate_ends``) or with 占; an X
empty or holding a digit (the part after the last 或 is X: "…达到100家以上或活跃网店数量达到
当地家庭户数的10%" → 活跃网店数量占当地家庭户数比重); an S or Y empty, holding a digit or a
verb of change (增长: "均实现20%以上增长" is a growth, no share); a number that is no percent.
Round 77 review, q1: a 达到 base that is no whole X is a part of (``cues.rate_base_not_whole``:
an average, a level, a year before, a plan, a standard; or an X per head) keeps its label:
"人均地区生产总值达到全国平均水平的78%", "出口额达到去年同期的120%", "农民人均可支配收入达到城镇
居民的45%" (not 占…比重); things before a share that are only 其中 name none ("其中90%以上由企业
牵头" keeps 企业牵头), and a 中 ending a word of them stays ("…、普通高中100%达到标准化").
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["rate_named"]

_BREAK = r"[，,；;。！？：:、]"
_CHANGE = re.compile(r"增长|下降|提高|降低|提升|减少|增加|增速|增幅")
_TAIL = re.compile(r"^(?:以上|左右|多)?的?(?P<w>[^，,；;。！？：:、\d%“”]{1,8})?"
                   r"(?:[，,；;。！？：:、]|$)")
_LEAD = re.compile(r"(?:已经|已|基本|全面|累计|共|全部)$")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The compared label, the covering clause's end, the covered things after the number and
    the done clause's end, built once from the cue lists."""
    compared = re.compile(rf"^(?P<x>.+?)(?:{alternation(cue_words('rate_base_verbs'))})"
                          r"(?P<y>[^，,；;。！？：:、\d]+)$")
    verbs = alternation(cue_words("rate_cover_verbs", "rate_attain_verbs"))
    covering = re.compile(rf"(?:^|{_BREAK})(?P<s>[^，,；;。！？：:、\d%]{{2,16}}?)均?"
                          rf"(?P<v>{verbs})$")
    covered = re.compile(rf"^(?:以上|左右|多)?的?(?P<y>[^，,；;。！？：:、\d%“”]{{2,14}})"
                         rf"(?:{_BREAK}|$)")
    done = re.compile(rf"(?:^|{_BREAK})(?P<x>[^，,；;。！？：:、\d%]{{0,16}}?)"
                      rf"(?:{alternation(cue_words('rate_done_verbs'))})"
                      r"(?P<z>[^，,；;。！？：:、\d%]{1,16}?)(?:的)?(?:约|近|将近)?$")
    openers = alternation(cue_words("rate_state_openers"))
    state = re.compile(rf"^(?:以上|左右|多)?(?P<p>(?:{openers})"
                       r"[^，,；;。！？：:、\d%的]{1,14})(?:[，,；;。！？：:]|$)")
    things = re.compile(r"(?:^|[，,；;。！？：:])(?P<y>[^，,；;。！？：:\d%]{2,20}?)中?"
                        r"(?:超过|超|近|约)?$")
    return compared, covering, covered, done, state, things


def rate_named(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a percent's label, named by its rate as the module says; ``before`` is the
    sentence up to the number, ``rest`` the sentence after it."""
    if dimension != "percent" or "占" in name or name.endswith(cue_words("share_rate_ends")):
        return name
    compared, covering, covered, done, state, things = _patterns()
    if (m := compared.match(name)) and re.search(
            rf"{re.escape(m['y'])}的(?:约|近|将近)?$", before):
        x = m["x"].rsplit("或", 1)[-1]
        if x and not re.search(r"\d", x) and not _not_whole(x, m["y"]):
            return f"{x}占{m['y']}比重"
        return name
    if (c := covering.search(before)) and (t := covered.match(rest)):
        s, y = c["s"], t["y"]
        if _CHANGE.search(s + y) or name not in (s, y, f"{s}{c['v']}{y}"):
            return name
        return f"{s}覆盖{y}比例" if c["v"] in cue_words("rate_cover_verbs") else f"{s}{y}比例"
    if (d := done.search(before)) and (t := _TAIL.match(rest)):
        x, y = _LEAD.sub("", d["x"]), d["z"] + (t["w"] or "")
        if x in cue_words("label_leading") or re.search(r"年|月|底", x):
            x = ""
        if not _CHANGE.search(y) and (name == x + y or (len(name) >= 2 and y.endswith(name))):
            return f"{x}完成{y}比例"
    if (p := state.match(rest)) and p["p"].endswith(name) and (t := things.search(before)) \
            and not re.search(_VERBS, t["y"]) and (y := _things(t["y"], t[0])):
        return f"{p['p']}的{y}比例"
    return name


_VERBS = "完成|实现|覆盖|达到|由|通过"


def _not_whole(x: str, y: str) -> bool:
    """Whether base ``y`` of ``x`` is no whole ``x`` is a part of: an average, a level, a
    year before, a plan or a standard (``cues.rate_base_not_whole``: "人均地区生产总值达到全国
    平均水平的78%", "出口额达到去年同期的120%"), or ``x`` a per-head measure ("农民人均可支配
    收入达到城镇居民的45%"); round 77 review, q1."""
    return any(w in y for w in cue_words("rate_base_not_whole")) or "人均" in x


def _things(y: str, matched: str) -> str:
    """The things ``y`` before a share, its 其中 gone ("其中90%以上由企业牵头" names none: "");
    a 中 the pattern left out when it ends a word of ``y`` ("普通高中") restored (round 77
    review, q1)."""
    if matched.rstrip("超过近约").endswith("中") and not y.endswith("中") \
            and tags(y + "中")[-1].word != "中":
        y += "中"
    y = re.sub(r"^其中", "", y)
    return y if len(y) >= 2 else ""
