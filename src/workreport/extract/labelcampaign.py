"""The campaign a sentence opens with owns the bare acts its later clauses count (round 79,
x3; the development draws' "scope lost", the campaign named once at the head of the sentence
and its arrests, cases or clean-ups read as all the place's).

The class of error: a sentence opens with a lead clause that is only a verb and a campaign
(a special operation, a crackdown, a clean-up: "强力推进扫黑除恶专项斗争", "强力推进河道
“清四乱”", "开展“燕赵—砺剑铸盾2021”专项行动", "强力整治涉矿涉砂问题") and its later clauses
count what the campaign did, each clause only a verb and a bare label ("刑事拘留42人",
"破获案件13起", "抓获犯罪嫌疑人184人", "拆除违建240余处"). The bare label reads as all the
place's detentions or demolitions of the year, a different total: it is the campaign's:

- "强力推进扫黑除恶专项斗争，查处恶势力团伙11个，刑事拘留42人" → 扫黑除恶专项斗争刑事拘留;
- "强力推进河道“清四乱”，封堵排污口80个，清理垃圾60万立方米" → 河道“清四乱”清理垃圾;
- "强力整治涉矿涉砂问题，打防并举、标本兼治，破获案件13起" → 涉矿涉砂破获案件;
- "扫黑除恶圆满收官，打掉各类犯罪团伙8个，…，破获案件63起" → 扫黑除恶破获案件 (the campaign
  the subject of a clause saying how it went, ``cues.campaign_fared``);

The rule (``campaign_led``): the label is an act of enforcement or clean-up (it opens, after a
running total's words, with a verb of ``cues.campaign_act_verbs``: 刑事拘留, 破获, 抓获, 拆除,
清理, 关停 …; not the works a campaign builds, 创建美丽庭院, 改造老旧小区); the sentence's
first clause is lead words (``cues.label_leading``, ``lead_verbs``, ``campaign_lead_verbs``)
and a campaign: a name ending in a head of
``cues.campaign_heads`` (专项斗争, 专项行动, 整治行动 …), a verb of ``campaign_object_verbs``
(整治, 打击) and what it acts on ending in ``campaign_object_tails`` (问题: the tail goes), or a
quoted name after a scope of two to four characters (河道“清四乱”: a quoted name alone may name any
programme, “就业促进工程” before 城镇新增就业 too); a footnote mark after it goes. The figure is a
count (not money or a rate) in a later clause up to the sixth, not past a ；, ： or 。, whose
clause is only the label after leading words (a verb of the label's own or of
``cues.label_verbs`` before it at most).

Exceptions (the label stays): an item of a 、-list or its first (its words are shared over
the list later: 清除垃圾7万方、树障800余棵), a verb before a quoted name (推行“双随机、一公开”), a
size or rate owned by the count before it (``cues.count_owned_sizes``, ``previous_owned_rates``:
拆除面积 after 查处违法占地74宗), a label naming a scope or the whole place (``cues.scope_words``,
``report_wholes``), a whole place's measure (``cues.whole_place_measures``: 刑事案件, 优良天数),
a label sharing a character with the campaign's name (打掉涉恶团伙 under 扫黑除恶: it names the
campaign's things already), a clause opening with a subject or number of its own, a campaign
name with a digit outside its quotes, 的, or a list's mark outside quotes. Round 79 review,
q2: a clause naming the whole place or year (``cues.scope_words``, ``campaign_whole_times``:
"…专项斗争，全年共抓获…", "我县破获…"), a clause between holding a whole place's measure or a
% without opening on an act (各类案件减少300起, 生产安全事故起数下降30%), or one only a count
that opens on no act (公安机关破获案件320起: a subject of its own): the place's totals; a
second campaign opened in a clause between ("…专项行动，开展电信诈骗专项打击，抓获…": whose the
count is is unsaid).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelleadrun import acts_only, lead_run
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.nonfigures import alternation

__all__ = ["campaign_led"]

_NOTE = re.compile(r"(?:[〔\[［【(（]\d{1,2}[〕\]］】)）]|\d{1,2})$")  # a footnote mark
_QUOTED = re.compile(r"“[^“”]{1,16}”")
_COMMON = set("的和与及等")
# A clause that is only a label and its count: 刑事拘留127人.
_COUNT = re.compile(r"[\u4e00-\u9fff]{2,12}[\d.]+[万千百]?[余多]?[\u4e00-\u9fff]{0,2}")


@cache
def _campaign() -> re.Pattern[str]:
    """A campaign's name: up to 20 characters (quoted names inside) ending in a head of
    ``cues.campaign_heads``, or a scope of two to four characters and a quoted name (河道
    “清四乱”; a quoted name alone may be any programme: “就业促进工程”, “河长制”)."""
    heads = alternation(cue_words("campaign_heads"))
    return re.compile(rf"((?:[\u4e00-\u9fff]|“[^“”]{{1,16}}”){{0,20}}?(?:{heads})"
                      rf"|[\u4e00-\u9fff]{{2,4}}“[^“”]{{2,12}}”)")


@cache
def _headed() -> re.Pattern[str]:
    """A name ending in a head of ``cues.campaign_heads``."""
    return re.compile(rf"(?:{alternation(cue_words('campaign_heads'))})$")


def campaign_name(lead: str) -> str:
    """The campaign a sentence's lead clause ``lead`` names after its lead verbs (see the
    module), "" when it is no such clause."""
    lead = _NOTE.sub("", lead.strip())
    verbs = cue_words("label_leading", "lead_verbs", "campaign_lead_verbs")
    name = strip_words(lead, verbs, leading=True)
    for acted in (lead, name):  # 严厉打击 is a lead word too
        verb = leading_word(acted, cue_words("campaign_object_verbs"))
        thing = strip_words(acted[len(verb):], cue_words("campaign_object_tails"),
                            leading=False) if verb else ""
        if thing and thing != acted[len(verb):] \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", thing):
            return thing  # 整治涉矿涉砂问题 → 涉矿涉砂
    if name == lead:  # no verb opens it: a campaign as the subject of how it went, or none
        said = ending_word(lead, cue_words("campaign_fared", "programme_progress",
                                           "topic_progress", "agent_fared"))
        name = lead[:len(lead) - len(said)] if said else ""
        if not name or not _headed().search(name):
            return ""
    if not _campaign().fullmatch(name):
        return ""
    bare = _QUOTED.sub("", name)
    if re.search(r"[\d、，,的]", bare) or len(name) < 4 or (
            name.endswith("”") and not all(p.flag[:1] == "n" for p in tags(bare))):
        return ""  # 推行“双随机、一公开”: a verb before a quoted name, no scope
    return name


def _counted_as(name: str) -> str:
    """The measure word a bare act's label was given (``cues.campaign_count_suffixes``: 破案 →
    破案起数), "" when none."""
    return ending_word(name, cue_words("campaign_count_suffixes"))


def _shares(label: str, name: str) -> bool:
    """Whether ``label`` shares a character with ``name``'s words outside its quotes (the
    campaign's own words: 涉恶团伙 under 扫黑除恶; a quoted name's characters are no theme)."""
    return bool((set(label) & set(_QUOTED.sub("", name))) - _COMMON)


def _enforced(clause: str) -> bool:
    """Whether ``clause`` is only a count of enforcement or clean-up (刑事拘留127人: an act of
    ``cues.campaign_act_verbs`` opening it), so the campaign is still its topic (q2: not
    "公安机关破获…", "各类案件减少…", a subject of its own)."""
    return bool(_COUNT.fullmatch(clause)
                and leading_word(clause, cue_words("campaign_act_verbs")))


def campaign_led(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the campaign its sentence opens with in front when it is a bare count of
    a later clause (see the module; round 79, x3); ``name`` as it is otherwise. ``before`` is
    the sentence up to the number, ``rest`` after it (read for a list the figure opens)."""
    clauses = lead_run(before)
    if not name or dimension in ("money", "percent") or not clauses:
        return name
    campaign = campaign_name(clauses[0])
    if not campaign:
        return name
    if any(w in name for w in cue_words("scope_words", "report_wholes",
                                        "whole_place_measures")) \
            or any(w in c for c in clauses[1:] for w in cue_words(
                "scope_words", "report_wholes", "campaign_whole_times")) \
            or any(("%" in c or any(w in c for w in cue_words("whole_place_measures")))
                   and not leading_word(c.strip(), cue_words("campaign_act_verbs"))
                   for c in clauses[1:-1]):
        return name  # the place's or the year's whole total (round 79 review, q2)
    if not acts_only(clauses[1:-1], _enforced) \
            or any(campaign_name(c) or "专项" in c for c in clauses[1:-1]):
        return name  # …, a second campaign opened before the count: whose it is is unsaid (q2)
    if not leading_word(strip_words(name, cue_words("running_total_words"), leading=True),
                        cue_words("campaign_act_verbs")):
        return name  # not an act of enforcement or clean-up: the place's own works
    if "、" in clauses[-1] or re.match(r"[^，,；;。、]{0,4}、", rest) \
            or name.endswith(cue_words("count_owned_sizes", "previous_owned_rates")):
        return name  # a list's item (its words shared later), a size owned by the count before
    own = strip_words(clauses[-1].strip(), cue_words("label_leading"), leading=True)
    if own != name and name.removesuffix(_counted_as(name)) != own \
            and not (own.endswith(name) and own[:len(own) - len(name)]
                     in cue_words("label_verbs", "label_kept_verbs", "lead_verbs")):
        return name  # the clause names more: a subject or a scope of its own
    if _shares(name, campaign):
        return name  # 打掉涉恶团伙 under 扫黑除恶: the campaign's things named already
    return campaign + name
