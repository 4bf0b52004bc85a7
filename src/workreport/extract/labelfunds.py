"""Round 37 (ra37, the dev draws' "leading filler"): 安排 between a payer and the funds it
names is a filler, as 安排 before counted things is (bench/label_judging.md): "中央财政安排1000
亿元专项奖补资金" → 中央财政专项奖补资金. The payers, the filler and the funds are data
(``cues.fund_payers``, ``cues.fund_fillers``, ``cues.fund_nouns``), the funds named by their kind
(``cues.fund_kinds``: 补助, 奖补 …). Bare funds keep it (the gold accepts 中央财政安排资金), and
so do funds named by a purpose (市财政安排稳就业资金, round 36's tests).
"""

from __future__ import annotations

from workreport.extract.numbers import vocab

__all__ = ["fund_filler_dropped"]


def fund_filler_dropped(name: str) -> str:
    """``name`` without the filler after its payer when named funds follow ("中央财政安排城乡
    医疗救助补助资金" → 中央财政城乡医疗救助补助资金); as it is for bare funds (…安排资金) or
    no payer before the filler."""
    cues = vocab("cues")
    for payer in cues["fund_payers"]:
        if payer not in name:
            continue
        for filler in cues["fund_fillers"]:
            at = name.find(payer + filler)
            if at < 0:
                continue
            rest = name[at + len(payer) + len(filler):]
            if any(rest.endswith(n) and len(rest) >= len(n) + 2 for n in cues["fund_nouns"]) \
                    and any(k in rest for k in cues["fund_kinds"]):
                return name[:at + len(payer)] + rest
    return name
