"""Decoding and normalisation: the same report in any encoding gives the same text."""

from __future__ import annotations

import pytest

from workreport.errors import InputError
from workreport.extract.ingest import decode, load, normalise

from .conftest import YUZHONG

RAW = YUZHONG.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_encodings_give_the_same_text(tmp_path, encoding):
    f = tmp_path / "r.txt"
    f.write_bytes(RAW.replace("\n", "\r\n").encode(encoding))
    assert load(f).text == load(YUZHONG).text


def test_gbk_is_detected_not_guessed():
    text, enc = decode("地区生产总值804.2亿元，增长12%。".encode("gbk"))
    assert enc == "gb18030" and text.startswith("地区生产总值")


def test_fullwidth_digits_letters_and_percent():
    assert normalise("增长１２％，５Ａ级\n") == "增长12%，5A级\n"
    assert normalise("增长６．５％\n") == "增长6.5%\n"


@pytest.mark.parametrize(("raw", "expected"), [
    ("解决社区办公用房 10 个, 各类志愿者扩充至 8.4 万人",
     "解决社区办公用房10个，各类志愿者扩充至8.4万人"),
    ("(八) 全力保持社会安全稳定。", "（八）全力保持社会安全稳定。"),
    ("第十七届 人民代表大会", "第十七届人民代表大会"),
    ("转型发展 and 拓展海外市场", "转型发展 and 拓展海外市场"),
    ("广义货币M2增长13.6%，1,000亿元", "广义货币M2增长13.6%，1,000亿元"),
])
def test_stray_spaces_and_punctuation(raw, expected):
    assert normalise(raw + "\n") == expected + "\n"


@pytest.mark.parametrize(("raw", "expected"), [
    ("高端特色消费向好，新引进普拉达等国际知名品牌\n\n15个；改造调整业态。",
     "高端特色消费向好，新引进普拉达等国际知名品牌15个；改造调整业态。"),
    ("今年是第一年, 也是关键的一年。我国经济处于换档期, 增长速\n\n度从多年高速增长回归。",
     "今年是第一年，也是关键的一年。我国经济处于换档期，增长速度从多年高速增长回归。"),
    ("稳健的货币政策要松紧适度。广义货币M\n2\n增长13.6%，符合调控要求。",
     "稳健的货币政策要松紧适度。广义货币M2增长13.6%，符合调控要求。"),
    ("三、持续提升政府\n治理效能和服务水平\n人民满意是根本标准。",
     "三、持续提升政府治理效能和服务水平\n人民满意是根本标准。"),
])
def test_page_break_repair(raw, expected):
    greeting = "各位代表：\n"
    assert normalise(greeting + raw + "\n") == greeting + expected + "\n"


def test_headings_are_not_joined():
    text = "一、2013年工作回顾\n过去的一年，我们做了很多工作。\n（一）多措并举稳增长\n抓投资。\n"
    assert normalise(text) == text


def test_yuzhong_page_breaks_are_repaired():
    text = load(YUZHONG).text
    assert "国际知名品牌15个" in text
    assert "增长速度从多年高速增长" in text
    assert "支持企业招商" in text
    assert "\n\n" not in text


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02\x03binary" * 50, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    (b"\xff\x80\xfe" * 40, "decode"),
    (b"Just some English text with no Chinese at all.\n" * 5, "Chinese"),
])
def test_bad_bytes(data, problem):
    with pytest.raises(InputError, match=problem):
        decode(data, "bad.txt")
