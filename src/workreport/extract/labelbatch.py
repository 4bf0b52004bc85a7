"""A batch ordinal before a count is the count's scope (issue 13, round 41, lead; the scope
the judges of the development draws and audits kept asking for, which the gold files dropped).

"第一批12项重点改革稳步推进" counts the first batch of reforms, not the province's key reforms:
a bare 重点改革 for 12 reads as a different total, so every judge since round 24 rejected it as
"scope lost", while the gold files and rounds 8, 16 and 34 dropped the batch word on purpose.
Round 41 settles the two conventions the judges' way (``bench/label_judging.md``,
``tests/data/README.md``): an ordinal batch word (``cues.batch_ordinal``: 首批, 第一批, 第4批 …)
standing right before a count of things or people, with the scope whose batch it is
(``cues.batch_scopes``: 全国, 全省 …), goes into the label right before the counted noun:

- "首批121个闽台融合发展重点项目完成投资" → 首批闽台融合发展重点项目;
- "牵头组建首批12家创新联合体" → 组建首批创新联合体;
- "庞口镇被列入全国首批127个中国特色小镇" → 全国首批中国特色小镇;
- "推动第4批51项川渝通办事项高效实施" → 第4批川渝通办事项.

Not 一批 or 新一批 (a batch, not which one), nor a label holding 批 already (建成首批“乡村振兴
专家驿站”), nor an amount (money, area, a share): only a count (``units.yml``'s count and people).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["batch_kept"]


@cache
def _batch() -> re.Pattern[str]:
    """A batch ordinal, maybe after its scope, ending the text before a number."""
    scopes = alternation(cue_words("batch_scopes"))
    return re.compile(rf"(?P<scope>{scopes})?(?P<ordinal>{vocab('cues')['batch_ordinal']})$")


def batch_kept(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the batch ordinal right before its number (``before``: the sentence up
    to the figure's number) put in front of the counted noun, the longest start of ``rest``
    (the sentence after the number and its unit) that ``name`` holds, or in front of ``name``
    when it holds none; ``name`` itself for an amount, a label with 批, or no batch word
    (``labelassigned.after_label`` applies it)."""
    m = _batch().search(before)
    if not m or dimension not in ("count", "people") or "批" in name:
        return name
    in_name = name.startswith(cue_words("batch_scopes"))  # the scope is in the label already
    batch = m.group("ordinal") if in_name else m.group()
    noun = next((rest[:n] for n in range(min(len(rest), 16), 1, -1) if rest[:n] in name), "")
    at = name.rfind(noun) if noun else 0
    return name[:at] + batch + name[at:]
