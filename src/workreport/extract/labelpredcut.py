"""The name money's 的 introduces ends where its predicate begins (issue 13, round 63, y9).

"投资2200万元的张岳路南延和工业区一街南延基本通车" gave 张岳路南延和工业区一街南延基本通车
投资, "总投资5亿元的标准化科创园项目全速推进" 标准化科创园项目全速总投资: the works after the
的 ran on into what is said of it. The name is cut at the first predicate word or adverb
(``cues.named_works_predicates``: 基本, 即将, 主体, 已, 全速, 启动, 落地, 具备 …) that opens a
word of jieba's after at least two characters of name ("…综合楼主体竣工" → …综合楼; 主体 is
the predicate's subject part), and before a count of its parts ("长城汽车项目五个车间主体完工"
→ 长城汽车项目), also inside a word of jieba's that joins a works head to it (工程验收 →
工程). A name with no such word stays (县医院改扩建工程, 北京路西段建设).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab
from workreport.vocab import alternation

__all__ = ["named_works"]


def named_works(after: str) -> str:
    """``after``, the works named after money and 的, cut before its predicate (above):
    "张岳路南延基本通车" → 张岳路南延, "垃圾发电项目启动建设" → 垃圾发电项目; ``after`` as it
    is when no predicate word opens a word of it after two characters."""
    cues = vocab("cues")
    count = re.search(r"(?<=[目程])[一二三四五六七八九十两]+[个座条栋]", after)  # 项目五个车间
    after = after[:count.start()] if count else after
    words, heads = cues["named_works_predicates"], cues["works_heads"]
    after = _status().sub("", after)  # round 63 review (k63g): 正在建设中的
    pieces = [p.word for p in tags(after)] if after else []
    at = 0
    for i, word in enumerate(pieces):
        said = word in words or re.fullmatch(r"已[\u4e00-\u9fff]{1,2}", word)
        if said and _headed(pieces[i + 1:], words):  # 启动区, 签约中心: inside the name
            at += len(word)
            continue
        head = next((h for h in heads if word.startswith(h) and word[len(h):] in words
                     and len(word) > len(h)), "")  # jieba's 工程验收: 工程|验收
        if head and at + len(head) >= 2 and not re.search(r"\d", after[:at]):
            return after[:at + len(head)]
        if at >= 2 and said and not re.search(r"\d", after[:at]):
            return after[:at]
        at += len(word)
    return after


def _headed(rest: list[str], words: list[str]) -> bool:
    """Whether a word of ``rest``, jieba's words after a predicate word, ends in a works head
    noun (``cues.named_works_heads``: 区, 中心, 馆, 项目 …) and is no predicate word itself:
    the cut before it would leave the name's head out (round 63 review, k63g)."""
    heads = cue_words("named_works_heads")
    return any(w not in words and w.endswith(heads) for w in rest)


@cache
def _status() -> re.Pattern[str]:
    """A status clause inside the name (``cues.named_works_status``: 正在建设中的), before two
    characters of it."""
    status = alternation(vocab("cues")["named_works_status"])
    return re.compile(rf"(?:{status})[\u4e00-\u9fff]{{1,6}}?的(?=[\u4e00-\u9fff]{{2}})")
