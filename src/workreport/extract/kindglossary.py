"""The kind of a figure in a glossary note of a plan (issue 13, the development draws'
"kind: a glossary fact about what exists is actual"; round 81, x8).

The class of error: a county report ends its plan with notes that explain its terms, each
opening with its footnote mark and the term ("〔8〕智能制造产业园：占地252亩的智能制造产业园，
由…建设，…运营，总投资10.63亿元", "〔66〕防贫产业振兴基金：由华夏银行捐赠出资1000万元…于2020年9月
创设", "〔27〕…协作区：…于2018年8月28日正式组建了…包含70余家成员单位的…"). Standing in the plan
part, every figure of such a note was read as a target; by label_judging.md (a plan's own
glossary, seed-2142 audit) the facts a note states about what exists (a park's area, a fund's
money, an operating project's investment, an organisation's members) are actual, and only the
goals of what it explains are targets.

The rule (called by ``figurekind.kind_of`` in a plan part): a sentence that opens with a
footnote mark (〔N〕, [N], 【N】) and a short term ending in ：is a glossary note; its figures are
actual unless the note says what is to come (``cues.glossary_goal_words``: 计划, 将, 预计,
建成后, 达产后, 可实现, 未来, 规划总, 致力 …: "〔16〕垃圾焚烧发电：…项目计划总投资约4.2亿元",
"〔19〕…规划总建筑面积18万平方米，…建成后将达到存栏6万头" stay targets).

Exceptions: a numbered item ("1.工业：…") is no footnote mark (a plan's own list items open so);
a note whose sentence holds a goal word anywhere stays a target, wherever the figure stands.
Round 81 review (q2): so does a note that dates what is to come ("到2025年建成5G基站1000个",
"总投资30亿元，2026年底前建成运营": 到 a year, or a year with 前).
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words

__all__ = ["glossary_fact"]

_DATED_GOAL = re.compile(r"(?:到|至)\d{4}年|\d{4}年(?:底|末)?(?:以)?前")
_NOTE = re.compile(r"\s*(?:〔\d+〕|\[\d+\]|【\d+】|［\d+］)\s*[^，。；：:\d]{1,30}[：:]")


def glossary_fact(sentence: str) -> bool:
    """Is ``sentence`` a glossary note stating what exists (no goal word in it)?"""
    return bool(_NOTE.match(sentence)) \
        and not any(w in sentence for w in cue_words("glossary_goal_words")) \
        and not _DATED_GOAL.search(sentence)
