"""One count before a list of nouns counts them all (issue 13, round 48, s48e; the development
draws' "other thing": the first noun of the list named alone for the count of the whole).

"新建10处城市绿地、健身广场、特色街区" labelled 新建城市绿地 names the green spaces alone, but
the 10处 counts the squares and streets too; "106件人大代表建议、政协提案已全部办复" labelled
人大代表建议 leaves out the proposals. ``joint_counted`` reads the nouns listed after the one
read after the number (``after``) and returns them joined as the text writes them:
城市绿地、健身广场、特色街区; 人大代表建议、政协提案; "16个碳达峰试点城市、园区和公共机构
加快建设" → 碳达峰试点城市、园区和公共机构.

Only when every later item is a noun phrase as jieba tags it (the last cut before its
predicate: ``labelafter.clause_after``, ``_leading_nouns``), with no number, no quantity word
of its own
(``cues.joint_list_stops``: 若干, 部分, 多 …: "1个特色富民产业集群和多条精品产业链" counts
the cluster alone), no 等 (a list with 等 is ``labelother``'s) and no 分别, 各 or 均 in the clause
(the figures are each item's there: ``labeldistribute``); ``after`` unchanged otherwise.
The first noun must be one too, and none a condition or an abstract noun
(``cues.joint_list_opening_not``: 有, 符合 …; ``cues.joint_list_ends_not``: 情况, 原因 …:
"490名贫困人口实际情况、致贫原因" counts no 情况). Counts, people and shares only: an area
or an amount before a list is often the first item's alone ("5.7万平米标准车间、工人文化宫").
The words are data (``cues.joint_list_*``).

Round 74 (x3; the development draws' "other thing"/"fragment" on a list cut to its first
noun): the list ends at the first item its clause's predicate follows, when that predicate
has a 、-list of its own ("5161名医务人员、公安干警不惧危险、逆行迎战" gave 医务人员, the
later items 逆行迎战 being no nouns): the nouns before an adverb, a verb, an adjective or a set
phrase (jieba's d, v, a, i, l) end the list (医务人员、公安干警); not when a number or 等
stands in the clause (another count), nor when what follows the nouns opens otherwise
(a preposition, a noun: the list is read as before). Round 74 review (q1): nor when the
nouns before the predicate end in a measure (``cues.joint_list_cut_measures``: 率, 值, 水平 …),
the subject of a clause of its own, no thing the count counts ("建成15个污水处理厂、管网覆盖率
大幅提高、水质持续改善" gave 建成污水处理厂、管网; "新增5家上市公司、市值大幅增长、稳步提升"
gave 新增上市公司、市值); nor when a verb before the number acts on the count (its nouns
are the verb's objects, and the nouns before a predicate open a clause of their own:
"打造8个美丽乡村示范村、村容村貌焕然一新、整洁有序" gave …、村容村貌); and for people only
(a later noun before its own predicate after things is often a thing of theirs: "全市50家
企业、产品远销海外、畅销全国" gave 企业、产品).
"""

from __future__ import annotations

import re

from workreport.extract.labelafter import clause_after
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["joint_counted"]

# The nouns of a list: Chinese words and quotation marks only (no digit, no Latin letter).
_ITEM = re.compile(r"[\u4e00-\u9fff“”]{2,12}")


def joint_counted(rest: str, after: str, dimension: str = "count", before: str = "") -> str:
    """``after``, the noun read after a count's number, with the nouns listed after it
    joined to it (round 48, s48e), ``rest`` the sentence from the number's end: "10处城市绿地、
    健身广场、特色街区，…" (``after`` 城市绿地) → 城市绿地、健身广场、特色街区. ``after``
    unchanged when ``rest`` lists nothing after it at once, or an item is no noun phrase of its
    own, holds a number or a quantity word, or the clause shares out figures (分别, 各, 均),
    and for money (``dimension``: what money pays for is ``labelpurpose``'s). ``before``, the
    text before the number, says whether a verb acts on the count (round 74 review, q1)."""
    at = rest.find(after) if after else -1
    if not 0 <= at <= 2 or dimension not in ("count", "people", "percent") \
            or not _ITEM.fullmatch(after) or not _nouns(after):
        return after
    tail = rest[at + len(after):]
    clause = re.split(r"[，,。；;：:！？（(]", tail)[0]
    if not clause.startswith("、") or re.search(r"\d|等|分别|各|均", clause) \
            or any(w in clause for w in cue_words("joint_list_stops")):
        return after
    items = clause[1:].split("、")
    last = re.split(r"[和及与]", items[-1])
    items = items[:-1] + last if len(last) == 2 else items
    if len(last) > 2 or not items:
        return after
    kept = []
    for i, item in enumerate(items):
        phrase = _leading_nouns(clause_after(item, 0, len(item)))
        if phrase == item and i < len(items) - 1:
            phrase = _before_idiom(item)
        if not _ITEM.fullmatch(phrase) or not _nouns(phrase):
            return after
        kept.append(phrase)
        if phrase != item and i < len(items) - 1:  # the list ends before its predicate's list
            pieces = clause[1:].split("、")
            if i >= len(pieces) - 1 or not _predicate_opens(item[len(phrase):]) \
                    or phrase.endswith(cue_words("joint_list_cut_measures")) \
                    or _acted_on(before) or dimension != "people":
                return after
            return after + clause[:1 + sum(len(p) + 1 for p in pieces[:i]) + len(phrase)]
    end = clause.find(kept[-1], len(clause) - len(items[-1]) - 1) + len(kept[-1])
    return after + clause[:end]


def _acted_on(before: str) -> bool:
    """Whether a verb stands in the clause before the number (round 74 review, q1): the count
    is then its object, and a noun with a predicate of its own after the count's nouns opens a
    clause of its own ("帮扶200户贫困户、村集体经济不断壮大、发展": no 村集体经济 counted;
    jieba tags 新建 ns, so the label cues' verbs count too);
    a count opening its clause ("全县3.2万名党员、干部下沉一线、包村包户") is its subject."""
    lead = re.split(r"[，,；;。：:！？（(\n]", before)[-1]
    return bool(lead) and (any(p.flag[:1] == "v" for p in tags(lead)) or any(
        w in lead for w in cue_words("label_verbs", "label_kept_verbs", "list_shared_verbs")))


def _before_idiom(item: str) -> str:
    """``item`` up to an adverb or a set phrase (jieba's d, i, l) after its nouns, which opens
    the clause's predicate (round 74, x3: "护士不畏艰险" → 护士); ``item`` when none does."""
    pieces = tags(item)
    for k in range(1, len(pieces)):
        if pieces[k].flag[:1] in ("d", "i", "l") and pieces[k - 1].flag[:1] in ("n", "j"):
            return "".join(p.word for p in pieces[:k])
    return item


def _predicate_opens(words: str) -> bool:
    """Whether ``words``, what follows an item's nouns inside a list, open a predicate whose
    own list goes on after the next 、 (round 74, x3): an adverb, a verb, an adjective or a set
    phrase (jieba's i, l) opening the clause's
    predicate as jieba tags it ("5161名医务人员、公安干警不惧危险、逆行迎战": 不 after 公安干警;
    the nouns end the list of what the count counts)."""
    pieces = tags(words)
    return bool(pieces) and pieces[0].flag[:1] in ("d", "v", "a", "i", "l")


def _nouns(phrase: str) -> bool:
    """Whether ``phrase`` ends in a noun of two characters or more as jieba tags it and holds
    no adverb, adjective, pronoun, preposition, numeral or particle ("带动能力强", "至全省…"),
    opens with no verb of the label cues ("新增就业岗位", "改造提升医院": an act of its own;
    round 50, review),
    nor is a place's or person's name alone ("98个中央部门和北京、上海…": not of the count),
    opening with no word of ``cues.joint_list_opening_not`` (总数, 其中 …: no thing of the list)."""
    if phrase.startswith(cue_words("joint_list_opening_not")) \
            or phrase.endswith(cue_words("joint_list_ends_not")):
        return False
    pieces = tags(phrase)
    return not any(p.flag[:1] in "dacprmqu" for p in pieces) \
        and not phrase.startswith(cue_words("label_verbs", "label_kept_verbs",
                                            "list_shared_verbs")) \
        and not (len(pieces) == 1 and pieces[0].flag in ("ns", "nr")) \
        and pieces[-1].flag[:1] in "njs" and len(pieces[-1].word) > 1


def _leading_nouns(item: str) -> str:
    """``item`` up to the first adverb or particle after a noun, then up to a verb after a
    noun with more words after it, as jieba tags it ("公共机构加快建设" → 公共机构, "政协提案已
    全部办复" → 政协提案; "健身广场" stays, and so does "政协委员提案已" → 政协委员提案:
    jieba's verb 提案 ends it)."""
    pieces = _up_to(tags(item), lambda p, rest: p.flag[:1] in "dpu")
    return "".join(p.word for p in _up_to(pieces, lambda p, rest: p.flag == "v" and rest))


def _up_to(pieces: tuple, stop) -> tuple:
    """``pieces`` up to the first one after a noun that ``stop`` (a piece, whether pieces
    follow it) holds."""
    noun = False
    for i, piece in enumerate(pieces):
        if noun and stop(piece, i + 1 < len(pieces)):
            return pieces[:i]
        noun = noun or piece.flag[:1] in "njs"
    return pieces
