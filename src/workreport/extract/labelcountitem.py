"""The item after a count's noun in a list (issue 13, round 71, w6; the development draws'
"other thing": a label joining the noun a count before it counted with the thing the number
after counts).

Class of error: a list whose first item puts its number first and whose next item puts it
after ("新建4所幼儿园、改造校舍1.2万平方米") left the second figure's clause reaching back to
the first figure's end, so its label held the first count's noun: 幼儿园、改造校舍 for the
1.2万平方米, 村安全饮水提升工程、小流域治理 for "实施4个村安全饮水提升工程、小流域治理10平方
公里", 淘汰重量箱、电解铝 for "平板玻璃7600多万重量箱、电解铝100多万吨". ``labelclause.
clause_before`` keeps a 、 inside a clause when no number stands before it, and the number of
the first item stands before the clause's start, so the 、 was kept.

Rule: when the clause before a number opens right at the end of the figure before it in the
sentence and is "X、Y" (X the first count's noun: two to twelve characters, no digit, break,
bracket, quote or 的; Y the rest), the clause is Y: 改造校舍, 小流域治理, 电解铝.

Exceptions (the 、 joins things the first count counts, or the list goes on):
- X and Y opening with a place word (``cues.frame_place_heads``: "18个乡镇、街道建成服务站50个",
  "15个县、区开展…"); X a grade (省级、市级), or holding 和, 及 or 与 (a list the first count
  counts: "298个村及国省干道、乡村道路…"); X the head of a joint list the figure before's
  label holds ("9家光伏发电、风电企业年产值…": 光伏发电、风电企业);
- Y a list of names ending in 等, or ending in a measure of the things counted before
  (``cues.owned_measure_words``; ``cues.count_item_measure_leads`` before it and ``cues.
  count_item_measure_tails`` after it go): "3900多个项目投产达效、新增产值…" stays the
  projects', "9家光伏发电、风电企业年产值达…" the firms' (光伏发电、风电企业);
- X the things counted and an act of theirs, and Y another act of theirs (opening with a
  verb): "3家农业企业通过验收、获得奖补资金500万元" stays the firms' funds; X must end in
  the act (round 72, x2: "建成4个易地搬迁安置点、搬迁群众1200人" gave 易地搬迁安置点、搬迁群众),
  and be no works (a noun and a verb of ``cues.label_kept_verbs``) before things counted in
  their own unit, neither money nor people ("实施12个老旧小区改造、加装电梯50部" gave 老旧小区
  改造、加装电梯 → 加装电梯);
- Y a scope and a verb of ``cues.list_item_scope_verbs`` ("城区新增3个停车场、乡镇新增5个
  停车场"): ``labellistitem.own_item`` reads it (乡镇新增停车场; merge of round 71's w2 and w6);
- works and a new item (``labelother.joined_item``, round 33: "5个县级养老机构优化提质项目、
  新增床位320张" → 县级养老机构新增床位);
- Y a measure of X's things (``cues.count_item_owned_measures``: 日处理能力, 全长, 建筑面积, five
  characters at most, no scope of its own, ``cues.count_item_measure_scopes``: not 人均公园
  绿地面积, 全县物流规模) or
  opening with their stock, entrants or reach (``cues.count_item_owned_leads``: 存栏, 入驻,
  接待, 覆盖, 涉及), and Y only an act again on X's things in X's unit ("新建10所学校、改扩建
  15所"): the label is X and Y (污水处理厂日处理能力, 桥梁全长, 产业园入驻企业, 学校改扩建),
  where Y alone lost its owner or was a bare verb (round 71 review, q10);
- a number whose counted noun follows it (number first: "都市农业、文旅2个富民产业集群") unless
  that noun is X again ("巡视反馈58项问题、市委…巡察反馈25项问题" → 市委…巡察反馈问题) or Y
  is verbs only ("实施20项重大科技项目、转化100项科技成果" → 转化科技成果).
Round 72 review, q12: X may open with a code of a digit and letters ("建成20个4G基站、农村新增
基站30个" gave 4G基站、农村新增基站 → 农村新增基站).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags

__all__ = ["after_count_item", "counted_both"]

# The noun may open with a code of a digit and letters (round 72 review, q12: "建成20个4G基站、
# 农村新增基站30个" gave 4G基站、农村新增基站, as labellistitem's 5G head of x2).
_ITEM = re.compile(r"((?:\d[A-Za-z]{1,2})?[^\d、，；：。的“”‘’（）()《》〔〕\[\]]{2,12})"
                   r"、([^、，；：。]{2,})")


def counted_both(first: str, rest: str) -> bool:
    """Does one count count both items of "``first``、``rest``", a grade and the next (省级、
    市级) or places (``cues.frame_place_heads``: "18个乡镇、街道")? Shared with
    ``labelnextitem.next_item_end``."""
    places = cue_words("frame_place_heads")
    return first.endswith("级") or (first.endswith(places) and rest.startswith(places))


@cache
def _measure_trim() -> re.Pattern[str]:
    """A lead of ``cues.count_item_measure_leads`` opening an item or a tail of
    ``cues.count_item_measure_tails`` ending it, taken off to read its measure; built once."""
    return re.compile(rf"^(?:{'|'.join(cue_words('count_item_measure_leads'))})|"
                      rf"(?:{'|'.join(cue_words('count_item_measure_tails'))})$")


def after_count_item(seg: str, clause: str, previous: str | None, ahead: str,
                     units: tuple[str, str] = ("", "")) -> str:
    """``clause``, the clause before a number, without the first count's noun when ``seg``,
    the text from the figure before's end to the number, is that clause and opens with the
    noun and a 、 (see the module's doc); else ``clause``. ``previous`` is the figure
    before's label, ``ahead`` the sentence from the number's end on, ``units`` the figure
    before's unit and this one's."""
    m = _ITEM.fullmatch(seg.strip())
    if not m or clause.strip() != seg.strip():
        return clause
    first, rest = m.group(1), m.group(2)
    measure = _measure_trim().sub("", rest)
    if counted_both(first, rest) or re.search(r"[和及与]", first) or rest.endswith("等") \
            or f"{first}、" in (previous or "") \
            or measure.endswith(cue_words("owned_measure_words")) \
            or (first.endswith(cue_words("joined_item_heads"))
                and rest.startswith(cue_words("list_shared_verbs"))):  # labelother.joined_item
        return clause
    if rest.startswith(cue_words("count_item_owned_leads")) \
            or (measure.endswith(cue_words("count_item_owned_measures")) and len(measure) <= 5
                and not measure.startswith(cue_words("count_item_measure_scopes"))):  # 人均…面积
        return first + rest  # its things' measure or act: 污水处理厂日处理能力 (r71 review, q10)
    if units[0] and units[0] == units[1] and ahead[:1] in ("", "，", "。", "；", ",", ";") \
            and len(rest) <= 4 and tags(rest)[-1].flag[:1] in ("v", "j") \
            and all(p.flag[:1] in ("v", "j", "d") or len(p.word) == 1 for p in tags(rest)):
        return first + rest  # the same things again: "新建10所学校、改扩建15所" (r71 review, q10)
    verb = ending_word(rest, cue_words("list_item_scope_verbs"))
    if verb and len(rest) - len(verb) >= 2:
        return clause  # its own scope and verb: labellistitem.own_item's ("、乡镇新增5个停车场")
    works = len(tags(first)) > 1 and tags(first)[-2].flag[:1] == "n" \
        and first.endswith(cue_words("label_kept_verbs")) and not units[1].endswith(("元", "人"))
    if tags(rest)[0].flag[:1] in ("v", "p") and tags(first)[-1].flag[:1] == "v" and not works \
            and any(p.flag[:1] in ("v", "p") for p in tags(first)[1:]):  # r72, x2: not 安置点
        return clause  # two acts of the things counted: "3家企业通过验收、获得奖补资金…"
    if ahead[:1] not in ("", "，", "。", "；", "、", ",", ";") and not ahead.startswith(first) \
            and not all(p.flag == "v" for p in tags(rest)):
        return clause  # number first: its noun follows it
    return rest
