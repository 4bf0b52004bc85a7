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
    # Round 63 (y7): a web page's date line stays apart from the title after it (not
    # "11-20米兰县美食", read as 11-20米), a range torn from its sentence is joined.
    ("相关文章\n11-20\n米兰县美食\n2024-11-20\n米兰县新闻",
     "相关文章\n11-20\n米兰县美食\n2024-11-20\n米兰县新闻"),
    ("今年每个乡镇培育\n1-2\n个特色产业，推动发展。",
     "今年每个乡镇培育\n1-2个特色产业，推动发展。"),
    # Round 63 review (k63e): a torn range like a date ("10-12") is joined to a next line
    # opening with a classifier; a date line before a title still is not.
    ("今年每个乡镇培育\n10-12\n个特色产业，推动发展。",
     "今年每个乡镇培育\n10-12个特色产业，推动发展。"),
    ("全县新培育\n10-15\n家龙头企业。", "全县新培育\n10-15家龙头企业。"),
    ("相关文章\n10-15\n米易县旅游", "相关文章\n10-15\n米易县旅游"),
    # Session 66: a Word file's stray break after a closing quote inside a sentence, an
    # amount opening the next line, is one line; a year or a quote closing a sentence is not.
    ("着力改善乡村基础设施，建设改造“四好农村路”\n850公里，农村自来水普及率提高到87.5%。",
     "着力改善乡村基础设施，建设改造“四好农村路”850公里，农村自来水普及率提高到87.5%。"),
    ("我们提出了“三个一批”\n2024年，全市生产总值增长5%。",
     "我们提出了“三个一批”\n2024年，全市生产总值增长5%。"),
    ("他说：“好。”\n3个项目完工。", "他说：“好。”\n3个项目完工。"),
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
    # Short ASCII read as UTF-16 is "Chinese" (<h is U+683C): NULs on one side only count.
    (b"\x00\x01<html><body>", "binary"),
    (b"<html>\x00\x00<body>\x00\x00", "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    (b"\xff\x80\xfe" * 40, "decode"),
    (b"Just some English text with no Chinese at all.\n" * 5, "Chinese"),
])
def test_bad_bytes(data, problem):
    with pytest.raises(InputError, match=problem):
        decode(data, "bad.txt")


# --- scraper and converter scars -----------------------------------------------------

def _load_text(tmp_path, text):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return load(f).text


@pytest.mark.parametrize(("raw", "expected"), [
    # literal escape sequences written as characters: the whole report on one line
    (r"各位代表：\r\n一、2019年工作回顾\r\n生产总值增长5%。\n投资增长6%。",
     "各位代表：\n一、2019年工作回顾\n生产总值增长5%。\n投资增长6%。\n"),
    ("各位代表：\n&nbsp; 生产总值&lt;增长&gt;5%。\n", "各位代表：\n生产总值<增长>5%。\n"),
    ("各位代表：\n全县⼈⼝增长⼀倍。\n", "各位代表：\n全县人口增长一倍。\n"),
    ("各位代表：\n“三步走”战略目标^[1]，生产总值增长5%。\n",
     "各位代表：\n“三步走”战略目标，生产总值增长5%。\n"),
    ("安国市人民政府市长????张壮田\n各位代表：\n增长5%。\n",
     "安国市人民政府市长张壮田\n各位代表：\n增长5%。\n"),
    # a printed page number left by a conversion from the PDF: the sentence rejoins
    ("各位代表：\n生产总值增长5%，全面\n— 1 —\n贯彻落实。\n－2－\n",
     "各位代表：\n生产总值增长5%，全面贯彻落实。\n"),
])
def test_scars_are_repaired(tmp_path, raw, expected):
    assert _load_text(tmp_path, raw) == expected


def test_scraper_header_is_dropped_and_kept_as_fields(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("标题：2024年河北省政府工作报告\n发文单位：河北省人民政府\n发文时间：未知\n"
                 "来源URL：https://example.org/x.html\n\n正文：\n\n各位代表：\n生产总值增长5%。\n",
                 encoding="utf-8")
    doc = load(f)
    assert doc.text == "各位代表：\n生产总值增长5%。\n"
    assert doc.fields == {"title": "2024年河北省政府工作报告", "government": "河北省人民政府"}


def test_news_site_furniture_is_dropped(tmp_path):
    raw = ("工作报告\n2020年安国市政府工作报告\n时间：2023-03-30????\t\t\t作者：中国县域????\t\t\t"
           "来源：政府官网????\t\t\t阅读：\n299\n评论：\n0\n内容摘要：\n政府工作报告——2020年1月9日"
           "在安国市……落......\n政府工作报告\n各位代表：\n生产总值增长5%。\n")
    assert _load_text(tmp_path, raw) == ("工作报告\n2020年安国市政府工作报告\n政府工作报告\n"
                                          "各位代表：\n生产总值增长5%。\n")


def test_a_reports_own_source_line_is_kept(tmp_path):
    raw = "2025年安徽省政府工作报告\n来源：省政府政策研究室\n各位代表：\n增长5%。\n"
    assert "来源：省政府政策研究室" in _load_text(tmp_path, raw)


def test_a_page_captured_twice_is_dropped_with_a_warning(tmp_path):
    body = [f"第{i}段：全县生产总值增长{i}%，固定资产投资增长{i + 1}%，社会消费品零售总额增长{i}%。"
            for i in range(1, 9)]
    raw = "\n".join(["各位代表：", *body, "相关链接", "石家庄市", "各位代表：", *body, "网站地图"])
    f = tmp_path / "r.txt"
    f.write_text(raw, encoding="utf-8")
    from workreport.extract.readers import ReportWarning

    with pytest.warns(ReportWarning, match="twice"):
        text = load(f).text
    assert text.count("第1段") == 1 and "石家庄市" not in text and text.endswith("网站地图\n")


def test_traditional_text_is_matched_simplified_and_shown_as_written(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("各位代表：\n國內生產總值增長百分之五，糧食產量達到六億噸。\n", encoding="utf-8")
    doc = load(f)
    assert doc.text == "各位代表：\n国内生产总值增长百分之五，粮食产量达到六亿吨。\n"
    assert doc.shown == "各位代表：\n國內生產總值增長百分之五，糧食產量達到六億噸。\n"
    assert len(doc.text) == len(doc.shown)


def test_simplified_text_is_left_alone():
    doc = load(YUZHONG)
    assert doc.written == "" and doc.shown is doc.text and doc.page(100) is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_told_by_its_nul_bytes(tmp_path, encoding):
    """UTF-16 saved without a BOM was refused as "binary file (contains NUL bytes)"."""
    f = tmp_path / "r.txt"
    f.write_bytes(RAW.replace("\n", "\r\n").encode(encoding))
    assert load(f).text == load(YUZHONG).text and load(f).encoding == "utf-16"


def test_big5_is_read_not_taken_for_gb18030(tmp_path):
    """GB18030 decodes Big5 bytes without error, into characters no report uses: a Big5
    report was "not a work report (no Chinese sentence states a figure)"."""
    import opencc

    traditional = opencc.OpenCC("s2t").convert(RAW)
    f, g = tmp_path / "big5.txt", tmp_path / "utf8.txt"
    f.write_bytes(traditional.encode("cp950", errors="replace"))
    g.write_text(f.read_bytes().decode("cp950"), encoding="utf-8")
    assert load(f).encoding == "big5" and load(f).text == load(g).text
    # Big5 with a pair Big5 lacks (GBK's 丂): GB18030 still decodes it, into nonsense; the
    # line says the encoding could not be read, not "not a work report".
    with pytest.raises(InputError, match="cannot decode as UTF-8, GB18030 or Big5"):
        decode(f.read_bytes()[:3000] + b"\x81\x40", "bad.txt")


# Session 69: a report printed and converted back one paragraph per printed line (a Word
# file made from the PDF) keeps its headings whole when a title wraps onto a second line.
_WIDTH = 30
_FILLER = "各地持续推进项目建设和民生改善，群众满意度稳步提高，发展基础不断夯实。"


def _printed(paragraphs: list[str], width: int = _WIDTH) -> list[str]:
    """``paragraphs`` wrapped as a printed page wraps them: a first line indented by two
    characters, the others ``width`` characters long."""
    lines = []
    for para in paragraphs:
        first = width - 2
        lines.append(para[:first])
        lines += [para[k:k + width] for k in range(first, len(para), width)]
    return lines


def _wrapped_report() -> tuple[list[str], str, str]:
    """(the printed lines of an invented report, its cut title, its whole title)."""
    cut = "（二）大力发展战略性新兴产业，以科技创新赋能现代化产业体系建设。"
    def body(n: int) -> list[str]:  # paragraphs alike but not the same (no second copy)
        return [f"全年新建项目{n + k}个。" + _FILLER * 3 for k in range(4)]

    paragraphs = ["一、2023年工作回顾", *body(10), "（一）坚持稳中求进，经济运行持续向好。"
                  + _FILLER, *body(20), cut + _FILLER * 2, *body(30), "（三）办好民生实事",
                  *body(40)]
    return _printed(paragraphs), cut[3:_WIDTH - 2], cut[3:-1]


def test_a_heading_cut_at_the_printed_width_is_whole_again(tmp_path):
    from workreport.extract.structure import parse

    lines, cut, whole = _wrapped_report()
    assert any(line.endswith(cut) for line in lines)  # the title runs on to the next line
    text = normalise("各位代表：\n" + "\n".join(lines) + "\n")
    assert "\n（二）" + whole + "。" in text
    # A short heading standing alone does not reach the width: its body stays apart.
    assert "\n（三）办好民生实事\n全年新建项目40个" in text
    import docx

    document = docx.Document()
    for line in ["各位代表：", *lines]:
        document.add_paragraph(line)
    path = tmp_path / "printed.docx"
    document.save(path)
    titles = [s.title for s in parse(load(path)).sections]
    assert titles[2:5] == ["坚持稳中求进，经济运行持续向好", whole, "办好民生实事"]


def test_a_heading_line_of_a_text_not_wrapped_is_not_joined():
    """One paragraph a line: a heading without a stop is a line of its own, whatever its
    length."""
    _, cut, _ = _wrapped_report()
    heading = "（二）" + cut  # as long as many lines, but they are of every length
    body = [f"第{k}条。" + _FILLER[:16 + k % 15] + "。" for k in range(30)]
    text = "各位代表：\n" + "\n".join([*body, heading, "系建设。" + _FILLER]) + "\n"
    assert f"\n{heading}\n" in normalise(text)
