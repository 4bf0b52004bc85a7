"""A list of works money paid for, cut to the works alone (round 64 review, v3; used by
``labelpurpose.uncounted_works``).

Round 64's (z7) list of works after money and a verb took in a 的 closing the verb and the
words saying how the works stand after the last one: "投资6亿元建设的城东污水处理厂、城西垃圾
处理站已投入使用" → 的城东污水处理厂和城西垃圾处理站已投入使用建设投资. Here the 的 goes
(``relative_off``) and the last item is cut before such words (``status_off``), giving
城东污水处理厂和城西垃圾处理站建设投资.
"""

from __future__ import annotations

__all__ = ["relative_off", "status_off"]


def relative_off(item: str, verbs: list[str]) -> str:
    """``item`` without the 的 closing a verb that opens it (round 64 review, v3: "建设的甲、
    乙已投入使用" → 建设甲); ``item`` as it was otherwise."""
    verb, de, rest = item.partition("的")
    return verb + rest if de and verb.removesuffix("了") in verbs else item


def status_off(item: str, cues: dict) -> str:
    """The last item of a list cut before a word saying how the works stand (round 64
    review, v3: "乙已投入使用" → 乙, "乙等项目顺利竣工" → 乙等项目; ``cues.works_list_status``
    wherever it stands, ``cues.works_list_status_end`` closing the item: "乙全面竣工"), two
    characters kept at least; ``item`` as it was otherwise."""
    at = [i for w in cues["works_list_status"] if (i := item.find(w, 2)) > 0]
    item = item[:min(at)] if at else item
    end = next((w for w in cues["works_list_status_end"] if item.endswith(w)), "")
    return item[: -len(end)] if end and len(item) - len(end) >= 2 else item
