"""A four-character predicate cut in two by jieba's words (round 73, x4).

Class of error (the development draws' "fragment"): the noun read after a number ends before
the first verb of jieba's (``labelwords.noun_phrase``), but jieba splits a four-character
predicate after the noun into a word of two characters and two of one, the verb among them,
so the first half stays on the noun: "3名援鄂医疗队员白衣执甲" gave 援鄂医疗队员白衣 (白衣|执|甲),
"119家公共文化场馆延时错时开放" gave 公共文化场馆延时 (延时|错|时|开放), "1600余名干部倾情驻企"
gave 干部倾情 (倾情|驻|企), "3900多个项目投产达效" gave 投产项目 (项目投产|达|效: the verb
first rule then put the half 投产 before the noun).

Rule: when the words after the noun open with a verb of one character and one more character
(a piece of jieba's of its own), and the noun's last word has two characters, those four
characters are one predicate: the noun's last word goes with them ("援鄂医疗队员",
"公共文化场馆", "干部"; "项目" and the whole 投产达效 before it: 投产达效项目).

Exceptions: not when what is left of the noun is under two characters or ends in no noun;
not when the noun's last word is a counted noun or a head (``labelwords.counted_nouns``,
``cues.object_verb_heads``: "10个农业园区提质提效", "12条重点产业链项目进资占…" keep 园区,
项目); not when words follow the four characters, unless they are a verb and jieba read the
noun's last word as no common noun (延时, a place: "场馆延时错时开放"); not when the noun's
last word has one or three characters or more ("公办幼儿园托班托额": 幼儿园 stays;
"农村公路建管养": 管养 is two characters).
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import counted_nouns, tags

__all__ = ["idiom_dropped"]


def idiom_dropped(noun: str, rest: str) -> str:
    """``noun`` without its last word when that word and the first two characters of
    ``rest`` (the words after it in its clause) are one four-character predicate (module
    docstring): ("援鄂医疗队员白衣", "执甲") → 援鄂医疗队员; ``noun`` otherwise."""
    head, after = tags(noun) if noun else (), tags(rest[:8]) if rest else ()
    if len(head) < 2 or len(after) < 2 or len(head[-1].word) != 2 or after[0].flag != "v" \
            or len(after[0].word) != 1 or len(after[1].word) != 1 \
            or head[-1].word in (*counted_nouns(), *cue_words("object_verb_heads")):
        return noun
    # The four end the clause ("白衣执甲", "倾情驻企"), or a verb follows them and jieba read
    # the noun's last word as no common noun ("延时" a place: 延时错时开放); not "…园区提质
    # 提效", "…项目投产达效": the verb and its character open a predicate of their own.
    if len(after) > 2 and not (after[2].flag[:1] == "v" and head[-1].flag not in ("n", "vn")):
        return noun
    left = noun[: -len(head[-1].word)]
    last = tags(left)[-1]
    return left if len(left) >= 2 and last.flag[:1] in ("n", "j", "l") else noun
