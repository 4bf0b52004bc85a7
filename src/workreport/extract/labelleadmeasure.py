"""The campaign a sentence's lead clause carries out, as the owner of a bare measure its second
clause reports (issue 13 §2; round 81, x7: the development draws' "owner lost", 9023).

A sentence that opens with a verb and a named campaign ("开展消费扶贫“六进”活动", "实施“重大
项目建设攻坚年”行动") and reports in its second clause only a bare measure of what the campaign
brought ("实现销售额1779.3万元", "完成投资2000亿元以上") gave the measure alone (销售额, 投资),
which reads as the whole place's. The measure is the campaign's, as a bare rate there is the
lead clause's thing (``labelleadrate``, round 53):

- "开展消费扶贫“六进”活动，实现销售额1779.3万元" → 消费扶贫“六进”活动销售额;
- "实施“重大项目建设攻坚年”行动，完成投资2000亿元以上" → “重大项目建设攻坚年”行动投资.

The rule: the label is a bare measure (``cues.topic_chain_measures``, after a leading 年 or
全年, or one of ``cues.lead_measure_words``: 投资); the sentence part before the number (after
its last ；, ：, 。) is two clauses, the second only the label after leading words and the
verbs of ``cues.topic_chain_verbs`` (实现, 完成); the first has no digit and opens with verbs
of ``cues.lead_rate_verbs`` (开展, 实施, 深入 …) before the campaign, 4 to 20 characters ending
in a head of ``cues.lead_measure_campaigns`` (活动, 行动, 专项行动 …), with no list, 的, 和,
及, 与 or 等 in it. Exceptions (the label stays): more clauses, a lead clause that names no
campaign ("加快推进园区建设，…": a works, ``labelpurpose.works_before``), the campaign's words
already in the label; a measure that is no flow a campaign's events bring (round 81 review,
q4: only ``cues.lead_measure_flows``, 投资, 销售额, 交易额 …; "深入实施“工业强县”行动，实现税收
收入5亿元", "开展“稳增长”专项行动，实现营业收入120亿元" keep the place's 税收收入, 营业收入).
Round 81, x7.
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words

__all__ = ["lead_measure_owner"]

_PARTS = re.compile(r"[；;：:。！？]")
_CLAUSES = re.compile(r"[，,]")
_YEARLY = re.compile(r"^(?:全年|年)")
_BAD = re.compile(r"[\d、的和及与等]")


def lead_measure_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the campaign of its sentence's lead clause in front, when ``name`` is a
    bare measure reported alone in the second clause (see the module; round 81, x7); ``name``
    as it is otherwise. ``before`` is the sentence up to the number; ``rest`` and
    ``dimension`` are not read."""
    core = _YEARLY.sub("", name)
    if not name or (core not in cue_words("topic_chain_measures")
                    and name not in cue_words("lead_measure_words")) \
            or core not in cue_words("lead_measure_flows"):
        return name  # 税收, 利润, 产值 after a campaign: the place's (round 81 review, q4)
    clauses = _CLAUSES.split(_PARTS.split(before)[-1])
    if len(clauses) != 2:
        return name
    openers = cue_words("label_leading", "topic_chain_verbs")
    own = strip_words(clauses[1].strip(), openers, leading=True)
    if own != name:
        return name
    lead = clauses[0].strip()
    campaign = strip_words(lead, cue_words("lead_rate_verbs"), leading=True)
    if campaign == lead or not 4 <= len(campaign) <= 20 or _BAD.search(campaign) \
            or not campaign.endswith(tuple(cue_words("lead_measure_campaigns"))) \
            or campaign[:2] in name:
        return name
    return campaign + name
