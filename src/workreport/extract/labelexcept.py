"""The count of the things a sentence excepts, 除…外 (round 59, s59a).

Class of error (fragments): a count inside 除…外 ("除东部山区15个村外全部通自来水") was
labelled by the clause before its number with the 除 left in (除东部山区), or by the noun after
it with its 外 and the act said of the others (全县除2个乡镇外均完成改造 gave 改造乡镇外,
though those two did not). The things excepted are what is counted: the words between 除 and
the number, then the noun between the number and 外 (东部山区村; 乡镇; "除因政策调整取消3项外"
→ 因政策调整取消). A rule of ``labelassigned.after_label``; the words are data
(``cues.except_openers_not``: verbs ending in 除, 清除, 拆除 …).

Round 59 review (j59b): only the count inside 除…外 is excepted, never one after the 外
("全县除2个贫困村外其余128个村均已出列": the 128 gave 贫困村外其余), and 除 opening a word
jieba reads (除险加固, 除草, 除雪) opens no exception ("除险加固病险水库12座外" gave
险加固病险水库). ``others_of``: the count after such a 除…外 counts the others, named by
the noun after it ("…外其余128个村均已出列" → 已出列的村, as ``labelforms.only_qualifies``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import clean
from workreport.extract.labelsubjectowner import subject_owner
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["excepted", "others_of", "owner_excepted"]


@cache
def _opened() -> re.Pattern[str]:
    """除 opening the excepted words in the figure's clause, not the end of a verb (拆除)."""
    verbs = "".join(vocab("cues")["except_openers_not"])
    return re.compile(rf"(?:^|(?<![{verbs}]))除了?([^，,；;。：:除、]{{0,16}})$")


# The noun after the number up to the 外 closing the exception, before a break or an adverb
# of the others (全部, 均, 都, 其余 …), so that 外 inside a word (海外仓, 外资) ends nothing.
_CLOSED = re.compile(r"([\u4e00-\u9fff]{0,8}?)(?:以外|之外|外)(?=[，,；;。]|[全均都其还也已余]|$)")


# A one-character noun after the number and what is said of it up to 外 ("3个村因地质灾害整体
# 搬迁外"), longer than ``_CLOSED`` reads.
_SAID = re.compile(r"([\u4e00-\u9fff])([^，,；;。：:外]{2,16})(?:以外|之外|外)"
                   r"(?=[，,；;。]|[全均都其还也已余]|$)")


def _opens(opened: re.Match[str]) -> bool:
    """Whether the 除 of ``opened`` stands alone in jieba's reading, not in 除险加固, 除草."""
    return tags(opened.group(0).lstrip("了"))[0].word in ("除", "除了")


# The clause before a number ending in a closed 除…外 and the others (``cues.except_others``).
_OTHERS = re.compile(rf"(?:以外|之外|外)(?:{'|'.join(vocab('cues')['except_others'])})?$")


def others_of(text: str, at: int) -> bool:
    """Whether the clause before a count's number (at ``at`` in ``text``) ends in a 除…外
    holding a count ("全县除2个贫困村外其余", "除5所学校外"): the count is of the others, the
    words before it no name of it. False otherwise ("除东部山区", "除险加固病险水库")."""
    raw = text[max(0, at - 40):at]
    end = _OTHERS.search(raw)
    if not end:
        return False
    opened = _opened().search(raw[:end.start()])
    return bool(opened) and bool(re.search(r"[0-9０-９]", opened.group(1))) and _opens(opened)


def excepted(name: str, before: str, rest: str, dimension: str) -> str:
    """The label of a count inside 除…外: the words after 除 (cleaned) and the noun before 外
    ("除东部山区15个村外" → 东部山区村, "除3个在建项目外" → 在建项目); ``name`` when the number
    stands in no such span, or when nothing is left of it, when a number or 外 stands between
    除 and this one (the count after "除2个村外其余"), or when jieba reads 除 as the start of a
    word (除险加固). A one-character noun with a clause after it longer than the noun
    ``_CLOSED`` reads is named by that clause ("除3个村因地质灾害整体搬迁外" → 因地质灾害整体搬迁
    的村, round 59 review)."""
    opened, closed = _opened().search(before), _CLOSED.match(rest)
    said = _SAID.match(rest)
    if not opened or not (closed or said) or re.search(r"[0-9０-９外]", opened.group(1)):
        return name
    if not _opens(opened):  # 除险加固
        return name
    scope = clean(opened.group(1)) if opened.group(1) else ""
    if not closed:  # "除3个村因地质灾害整体搬迁外" → 因地质灾害整体搬迁的村
        noun = tags(rest)[0]
        if noun.word != said.group(1) or not noun.flag.startswith(("n", "zg")) or scope:  # 村: zg
            return name
        return f"{clean(said.group(2))}的{noun.word}" if clean(said.group(2)) else name
    return scope + closed.group(1) or name


def owner_excepted(name: str, before: str, rest: str, dimension: str) -> str:
    """``labelsubjectowner.subject_owner``, then ``excepted`` (one rule of
    ``labelassigned.after_label`` for both, the last)."""
    return excepted(subject_owner(name, before, rest, dimension), before, rest, dimension)
