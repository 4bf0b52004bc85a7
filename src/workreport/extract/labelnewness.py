"""The 新 that makes a count a count of new things, kept when a verb right before the number
carries it (issue 13, "newness dropped"; round 73, x3, from the development draws' rejected
rows: "长三角生态绿色一体化发展示范区新推出18项制度创新成果" gave …示范区推出制度创新成果).

Class of error: a verb with 新 in front is matched whole only when the label lists hold it
(新引进, 新认定, 新开通 …); others (新推出, 新组建, 新打造, 新获批, 新投产 …) lost their 新 on
the object-after-the-number path (推出制度创新成果, 组建省实验室), while the same words with the
noun first kept it ("新组建省实验室3家" → 新组建省实验室).

Rule (``newness_kept``, a rule of ``labelassigned.after_label``): when the sentence up to the
number ends in 新 and a verb of the label lists (``cues.label_verbs``, ``label_kept_verbs``) and
the label holds that verb but not 新 before it, 新 goes back in front of the verb:
新推出制度创新成果, 新组建省实验室.

Exceptions: a 新 that ends a word (创新, 更新, 重新 …: ``cues.new_word_ends`` before it: "创新推出
13个高频事项" stays 推出…); a verb of one character; a label that names the verb more than once
or not at all.
"""

from __future__ import annotations

from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["newness_kept"]


@cache
def _verbs() -> tuple[str, ...]:
    """The label lists' verbs of two characters or more, not opening with 新, longest first."""
    words = {w for w in cue_words("label_verbs", "label_kept_verbs")
             if len(w) >= 2 and not w.startswith("新")}
    return tuple(sorted(words, key=len, reverse=True))


def newness_kept(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with 新 back before its verb when ``before`` (the sentence up to the number)
    ends in 新 and that verb (see the module's docstring); ``rest`` and ``dimension`` are not
    read. ``name`` as it is otherwise."""
    tail = before.rstrip()
    verb = next((v for v in _verbs() if tail.endswith("新" + v)), "")
    if not verb:
        return name
    lead = tail[: -len(verb) - 1]
    if lead.endswith(cue_words("new_word_ends")) or name.count(verb) != 1 \
            or ("新" + verb) in name:
        return name
    return name.replace(verb, "新" + verb, 1)
