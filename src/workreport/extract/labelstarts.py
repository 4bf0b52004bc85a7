"""A verb that starts acts shared by a list of acts (round 49, s49d; used by
``labellists.list_verb``): "启动城中村改造3万户、城市危旧房改造8600套" gave the later item
城市危旧房改造, read as works done, not started; and a later item opening with a verb of its
own, which takes no verb of the list (round 56 review, g56a). The words are data
(``cues.list_act_openers``, ``cues.noun_tagged_verbs``).
"""

from __future__ import annotations

import re

from workreport.extract.labelnextitem import own_act_verbs
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["acted", "opened"]


def acted(verb: str, previous: str, name: str, item: str) -> bool:
    """Whether a verb that starts acts (``cues.list_act_openers``: 启动) goes to a later
    item that names an act like the first (round 49, s49d: "启动城中村改造3万户、城市危旧房
    改造8600套" gave 城市危旧房改造, read as works done): both end in a kept verb (改造,
    建设), the first opening with the verb; not a total nor an item reaching a level."""
    cues = vocab("cues")
    ends = tuple(cues["label_kept_verbs"])
    return verb in cues["list_act_openers"] and previous.startswith(verb) \
        and previous.endswith(ends) and name.endswith(ends) and verb not in name \
        and not re.search(r"达|增至", item) and not any(w in item for w in cues["total_words"])


def opened(item: str, verb: str) -> bool:
    """Whether a later item of a list, as written (``item``: the clause after its 、), opens
    with a verb of its own other than the list's ``verb``: one of ``cues.label_verbs`` or
    ``label_kept_verbs`` (naming drops 落实 from the label) or a verb jieba tags as a noun
    (``cues.noun_tagged_verbs``: 节约 n), a whole word of jieba's. Round 56 review, g56a (the
    list's verb given to an item with its own: "发放城乡低保金2.1亿元、节约行政经费1200万元"
    gave 发放节约行政经费; "发放…贷款3亿元、落实…培训经费500万元" gave 发放…培训经费). Such
    an item keeps its own label; False for an item that is a noun ("…、特困人员基本生活费").
    Round 72, x2: also a verb of manner jieba tags otherwise (``cues.label_manner_verbs``:
    "整治2个乱点、清理垃圾300吨" gave 整治清理垃圾), and a scope of two characters or more then
    a verb of new things (``cues.list_item_scope_verbs``, ``list_shared_verbs``) before its
    noun: "新建2个公园、城区新增绿地20万平方米" gave 新建城区新增绿地 (not a verbal noun jieba
    tags vn, a kind of the noun: 技能培训讲座)."""
    own = leading_word(item, cue_words("label_verbs", "label_kept_verbs", "noun_tagged_verbs",
                                       "label_manner_verbs"))
    pieces = tags(item)
    if own and own != verb and pieces and pieces[0].word == own:
        return True
    acts = own_act_verbs()  # as labelnextitem reads a next item's act
    at = next((k for k, p in enumerate(pieces) if p.word in acts and p.flag != "vn"), None)
    return at is not None and 0 < at < len(pieces) - 1 \
        and len("".join(p.word for p in pieces[:at])) >= 2 \
        and all(p.flag[:1] in ("n", "s", "f") for p in pieces[:at]) \
        and pieces[at + 1].flag[:1] in ("n", "v")
