"""The clause helpers of ``extract.naming`` that are not seen through a whole extraction.
The label rules are tested with their sentences in test_figures (PHRASINGS); whole-label
forms (分别, broken labels) in test_labelforms."""

from __future__ import annotations

import pytest

from workreport.extract.naming import clause_before, strip_words


@pytest.mark.parametrize(("label", "expected"), [
    ("城镇调查失业率控制在", "城镇调查失业率"),
    ("完成签约", "完成签约"),  # 约 ends 签约: kept
    ("基本公共卫生服务补助标准提高至人均", "基本公共卫生服务补助标准"),  # 人均 inside a longer cue
    ("城乡居民人均", "城乡居民人均"),  # 均 ends 人均: kept
    ("惠及", "惠及"),
])
def test_strip_trailing_words(label, expected):
    assert strip_words(label, ["控制在", "提高至人均", "约", "均", "及"], leading=False) == expected


def test_clause_before_keeps_a_latin_abbreviation_in_brackets():
    text = "力争规模以上工业企业研究与试验发展(R&D)经费投入增速10%以上"
    got = clause_before(text, 0, text.index("10%"))
    assert got == "力争规模以上工业企业研究与试验发展(R&D)经费投入增速"


def test_clause_before_keeps_a_word_ending_in_a_conjunction():
    text = "加强保障性住房供给，惠及上千万家庭"
    assert clause_before(text, 0, text.index("上千万")) == "惠及"
    assert clause_before("地区生产总值和", 0, 7) == ""  # 和 before the number: a new item
