"""A named body whose name jieba cuts into pieces that are no nouns, as the subject of a clause
(issue 13 §2; round 81, x7: the development draws' "owner lost", 9022 and 9025).

``labeltopicchain.topic_subject`` takes a clause's subject as its opening run of nouns, but jieba
cuts a proper name opening with a numeral character or an adjective into pieces of other
kinds ("玖兴肉鸡联建片区" → 玖/m 兴/v 肉鸡/n 联建/v 片区/n; "一臣饲料厂" → 一/m …), so the
run is empty and the bare measure after it stayed bare ("玖兴肉鸡联建片区建成投产，年出栏达到
6200万只" gave 年出栏, while "宝迪楼房养猪项目6月底前投产运行，年出栏11万头以上" gave
宝迪楼房养猪项目年出栏).

The rule (grammar, not words of one example): a clause that opens with a name, 3 to 16 Chinese
characters ending in the head noun of a body or site (``cues.topic_chain_make_heads``,
``cues.staff_body_heads``, ``cues.named_body_heads``: 片区, 公司, 项目 …), followed right
away by a verb of what became of it (``cues.named_body_status``: 建成投产, 投产运行, 开工 …),
has that name as its subject. Exceptions (no subject): a name opening with a verb of making
or a leading word (新建…, 完成…: ``cues.label_verbs``, ``label_leading``,
``topic_chain_make_verbs``), with a digit, a list mark, 的, 和, 及 or a quote, or opening with a
scope of the whole place (``labeltopicchain.owner_ok`` decides that). Round 81, x7.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["named_body"]


@cache
def _pattern() -> re.Pattern[str]:
    """A name ending in a body head and the status verb right after it, built once."""
    heads = alternation(sorted(set(cue_words("topic_chain_make_heads", "staff_body_heads",
                                             "named_body_heads")), key=len, reverse=True))
    status = alternation(sorted(cue_words("named_body_status"), key=len, reverse=True))
    return re.compile(rf"((?:(?![的和及与])[\u4e00-\u9fff]){{1,14}}?(?:{heads}))(?:{status})")


def named_body(clause: str) -> str:
    """The name ``clause`` opens with when a verb of what became of it follows the name's
    body head right away, as the module says: "玖兴肉鸡联建片区建成投产" → 玖兴肉鸡联建片区;
    "" otherwise ("新建食用菌二代棚室300栋", "完成…项目建设")."""
    m = _pattern().match(clause.strip())
    if not m or not 3 <= len(m.group(1)) <= 16:
        return ""
    name = m.group(1)
    if name.startswith(tuple(cue_words("label_verbs", "label_leading", "topic_chain_make_verbs",
                                       "label_kept_verbs"))):
        return ""
    return name
