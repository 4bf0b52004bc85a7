"""What a list of counts gives a measure or a later item (rounds 12 and 15, the stricter
audit; used by ``labeltables.project_rows``):

- *a total of named things*: a measure of things named in a list and counted just before
  it is all of theirs, not the noun's alone: "长安路、建设路两个项目总长13公里" → 长安路、
  建设路项目总长; a count of named things counts the noun after it ("建设哇让、同德、南山口4座
  抽水蓄能电站" → 建设抽水蓄能电站; ``named_total``);
- *a list's scope*: a later item of a list whose first item is scoped by a clause in 的 keeps
  that scope: "县城完成煤改电的机关事业单位52家、学校18所、卫生院7个" → 县城煤改电的学校,
  …的卫生院 (``list_scope``).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelcommas import shared_verb
from workreport.extract.labelvocab import measure_ends
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["list_scope", "named_total"]


# "长安路、建设路两个项目总长": names listed, their count, the counted noun and a measure.
_NAMED_COUNT = re.compile(r"(?:^|[，；：。,;:])([^，；：。,;:\d]{2,40}?、[^，；：。,;:\d]{2,40}?)"
                          r"(?:两|[二三四五六七八九十]|\d{1,2})[个条座项处所家]"
                          r"(?P<rest>[^，；：。,;:\d、]{1,12})$")


def named_total(label: str, before: str, after: str = "") -> str:
    """A measure of things named in a list and counted just before it is all of theirs,
    not the noun's alone: "长安路、建设路两个项目总长13公里" → 长安路、建设路项目总长 (round
    12, the stricter audit: a total of two named sections given to one of them, or to
    none). ``before`` is the sentence up to the number; ``label`` stays unless it is what
    follows the count and ends with a measure of ``cues.land_measure_words`` or
    ``cues.money_nouns`` (a leading verb of the list goes: "完成长安路、…"). The count itself
    (``after``: the sentence from its number on, "两个项目总长…") is of the named things:
    长安路、建设路项目."""
    if noun := _names_counted(label, before, after):
        return noun
    cues = vocab("cues")
    measures = tuple(sorted(cues["land_measure_words"] + cues["money_nouns"], key=len,
                            reverse=True))
    counted = re.match(r"(?:两|[二三四五六七八九十]|\d{1,2})[个条座项处所家]", after)
    if counted and label.endswith(measures) and after[counted.end():].startswith(label):
        whole = named_total(label, before + after[:counted.end()] + label)
        measure = next(w for w in measures if label.endswith(w))
        return whole.removesuffix(measure) if whole != label else label
    m = _NAMED_COUNT.search(before)
    if not m or not label or m.group("rest") != label or not label.endswith(measures):
        return label
    names = strip_words(m.group(1), cues["label_leading"] + cues["label_verbs"]
                        + cues["label_kept_verbs"], leading=True)
    return names + label if len(names) >= 4 else label


def _names_counted(label: str, before: str, after: str) -> str:
    """The noun a count of named things counts, when the label is the list of names before
    it (round 15, the audit's list of names): "建设哇让、同德、南山口4座抽水蓄能电站" →
    建设抽水蓄能电站, "兰州新区、西固2个化工园区入围…" → 化工园区. ``after`` is the sentence
    from the number on: a count (两个, 3座 …) and then nouns of jieba's, up to a word of
    another kind; a verb that says what was done to the things (``shared_verb``) stays;
    "" otherwise (a label with a noun of its own after the names: 长安路、建设路项目)."""
    counted = re.match(r"(?:两|[二三四五六七八九十]|\d{1,3})[个条座项处所家]", after)
    last = label.rsplit("、", 1)[-1]
    if not counted or "、" not in label or not before.endswith(last) or len(last) > 10:
        return ""
    rest = re.match(r"[^，。；、：,;:\d“”（）()和及与]{2,16}", after[counted.end():])
    pieces = tags(rest.group(0)) if rest else []
    at = next((k for k, p in enumerate(pieces) if p.flag[:1] not in ("n", "j")), len(pieces))
    head = 0 < at < len(pieces) and len(pieces[at].word) == 1 \
        and pieces[at].flag == "v" and (
            at + 1 == len(pieces) or pieces[at + 1].flag in ("v", "vn"))
    at += head  # a head of one character jieba tags otherwise: 污水处理|站 (建设)
    noun = "".join(p.word for p in pieces[:at])
    if len(noun) < 2 or noun in last or (not head and len(pieces[at - 1].word) == 1):
        return ""  # "2个领域服务业规上…": a word cut
    cues = vocab("cues")
    clause = re.split(r"[，；：。,;:]", before)[-1]
    opener = clause[:clause.rfind(label.split("、")[0])] if label.split("、")[0] in clause else ""
    verb = shared_verb(label) or next((v for v in sorted(
        cues["list_shared_verbs"] + cues["label_kept_verbs"], key=len, reverse=True)
        if opener.endswith(v)), "")  # "加快建设哇让、…" → 建设
    return verb + noun


def list_scope(label: str, before: str, previous: str | None) -> str:
    """A later item of a list whose first item is scoped by a clause in 的 keeps that scope:
    "县城完成煤改电的机关事业单位52家、学校18所、卫生院7个" → 县城煤改电的学校, …的卫生院
    (round 12, the stricter audit: a scope before a list of institutions). ``label`` stays
    unless it is the bare noun of its item (no 的, no verb's digit) and the first item of
    its clause, labelled ``previous``, opens with a 的 clause. ``before`` is the sentence up
    to the number."""
    cues = vocab("cues")
    clauses = re.split(r"[，；：。,;:]", before)
    clause = clauses[-1]
    if body := _list_body(label, clause, previous) or _placed_list(label, clause):
        return body
    item = clause.rsplit("、", 1)[-1] if "、" in clause else _comma_item(clauses)
    if item and "、" not in clause:
        clause = next(c for c in reversed(clauses[:-1]) if "的" in c)
    first = re.match(r"[^、\d]*", clause)
    verbs = cues["label_verbs"] + cues["label_kept_verbs"] + cues["list_shared_verbs"]
    shared = leading_word(label, verbs) if item and previous and "的" in previous else ""
    shared = shared if shared and previous.startswith(shared) \
        and item.strip() == label[len(shared):] else ""
    label = label[len(shared):]  # "淘汰落后的水泥产能…、炼铁产能…" (round 18)
    if not previous or "的" not in previous or not item or item.strip() != label \
            or "的" in label or len(label) > 12 or not first or "的" not in first.group(0) \
            or previous.endswith(label) or leading_word(label, verbs):
        return shared + label  # "…、新建学校30所": an item with a verb of its own
    return previous[: previous.rindex("的") + 1] + label


def _placed_list(label: str, clause: str) -> str:
    """What was done, for a label opening with the places a list after 在 names, where it was
    done (round 15, the audit's list of names): "在甲路、乙路、丙路安装景观灯1000余个" →
    安装景观灯. The places are two or more, of eight characters or fewer, nouns of jieba's
    up to a verb that a noun follows; "" otherwise."""
    places = re.match(r"((?:[^、\d]{2,8}、)+)([^、\d]+)$", label)
    if not places:
        return ""
    items = places.group(1).split("、")[:-1]
    if f"在{label}" not in clause \
            or any(i in vocab("cues")["subset_part_words"] for i in items):
        return ""  # "在城区、乡镇…": a scope, not names
    pieces = tags(places.group(2))
    at = next((k for k, p in enumerate(pieces) if p.flag == "v"), 0)
    if not at or at == len(pieces) - 1 or any(p.flag[:1] != "n" for p in pieces[:at]) \
            or pieces[-1].flag[:1] != "n" or sum(len(p.word) for p in pieces[:at]) > 8:
        return ""
    return "".join(p.word for p in pieces[at:])


def _list_body(label: str, clause: str, previous: str | None) -> str:
    """A later item of a list that is one word, the first item naming the body whose it is
    (``cues.list_scope_bodies``: 人大代表, 政协委员 …, after 省/市/县/区), is that body's
    (round 15, the audit's scope lost): "办理市人大代表议案4项、建议880件" → 办理市人大代表
    建议 (a verb the label opens with stays); "" otherwise."""
    item = clause.rsplit("、", 1)[-1].strip() if "、" in clause else ""
    bodies = alternation(vocab("cues")["list_scope_bodies"])
    m = re.search(rf"[省市县区]?(?:{bodies})", previous or "")
    if not m or not item or len(tags(item)) != 1 or not label.endswith(item) \
            or not previous[:m.start()].startswith(label[:len(label) - len(item)]) \
            or re.search(bodies, item) or previous.endswith(item):
        return ""
    return label[:len(label) - len(item)] + previous[len(label) - len(item):m.end()] + item


_COUNTED = r"[\d.]+[万]?[个家所座项处条名人户间套栋台辆]"


_BARE_ITEM = re.compile(rf"[^\d的、]{{1,12}}?{_COUNTED}")


def _comma_item(clauses: list[str]) -> str:
    """The last clause, when it is a later item of a list written with commas whose first
    item is in 的 ("完成煤改电的机关事业单位52家，学校18所，卫生院" → 卫生院; round 13): the
    clauses between are bare items with their counts; "" otherwise."""
    k = len(clauses) - 2
    while k >= 0 and _BARE_ITEM.fullmatch(clauses[k].strip()):
        k -= 1
    opener = clauses[k] if 0 <= k < len(clauses) - 1 else ""
    last = clauses[-1].strip()
    own = tuple(vocab("cues")["money_nouns"]) + measure_ends("lists") + ("资金",)
    # A thing counted, named by nouns alone: "办理…问题" or "…占比" is an item of its own.
    nouns = bool(last) and all(p.flag[:1] in ("n", "j") for p in tags(last))
    return clauses[-1] if "的" in opener and re.search(_COUNTED + "$", opener) and nouns \
        and not last.endswith(own) else ""
