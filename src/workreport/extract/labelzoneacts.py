"""A zone doing what its clause counts (round 71, w1, from the development draws' 'scope
lost': the zone opening the clause dropped, the bare label reading as the whole place's).

Class of error: a clause whose subject is a zone (``cues.zone_heads``) and whose verb stands
right before the number, the things counted after it ("一体化发展示范区累计形成154项制度创新成果",
"高级别自动驾驶示范区完成600平方公里设施智能化部署"), was labelled by the things alone
(累计制度创新成果, 设施智能化部署): the object-after-the-number rule drops the clause before
the verb.

Rule (``zone_acted``): the zone's name goes in front of the label: 一体化发展示范区累计制度创新
成果, 高级别自动驾驶示范区设施智能化部署. The zone is the clause's first words, up to 16
characters with no mark or digit, its modifiers opening with no verb and holding no adverb,
preposition, pronoun, numeral or conjunction of jieba's;
between it and the number only an adverb of a total (累计, 共, 先后) and a verb of the label
lists (``cues.label_verbs``, ``label_kept_verbs``, ``list_shared_verbs``) or 形成.

Exceptions: a label naming a zone already; a zone led by a verb (推动开发区…, an object, not a
subject); money (a zone's spending is ``labelzones``'); a clause with more words between.
Round 71, w1.
"""
from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["zone_acted"]


@cache
def _zone_clause() -> re.Pattern[str]:
    """A clause that is a zone's name, an adverb of a total and a verb, built once."""
    heads = alternation(cue_words("zone_heads"))
    verbs = alternation(cue_words("label_verbs", "label_kept_verbs", "list_shared_verbs",
                                  "zone_act_verbs"))
    return re.compile(rf"([^，,；;。：:、\d“”\"（）()]{{0,16}}?(?:{heads}))"
                      rf"((?:{alternation(cue_words('zone_act_adverbs'))})?)(?:{verbs})了?$")


def zone_acted(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the zone whose act its clause counts in front (see the module's
    docstring); ``before`` is the sentence up to the number, ``rest`` is not read."""
    if dimension == "money" or any(h in name for h in cue_words("zone_heads")):
        return name
    clause = re.split(r"[，,；;。：:]", before)[-1].strip()
    m = _zone_clause().fullmatch(clause)
    if not m:
        return name
    zone = m.group(1)
    head = max((h for h in cue_words("zone_heads") if zone.endswith(h)), key=len)
    pieces = tags(zone[:len(zone) - len(head)]) if len(zone) > len(head) else ()
    if any(p.flag in ("p", "d", "ad", "r", "m", "t", "c") for p in pieces) \
            or (pieces and pieces[0].flag[:1] == "v"):
        return name  # 推动开发区…: the zone an object; 和, 在 …
    return zone + name
