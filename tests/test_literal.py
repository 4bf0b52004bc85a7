"""The one escaper for report text and the one number formatter (``workreport.literal``)."""

from __future__ import annotations

import markdown_it
import pandas as pd
import pytest

from workreport import literal

EVIL = ["<script>alert(1)</script>", "**粗体** _斜体_", "[链接](javascript:alert(3))",
        "{glue:text}`x`", "```{raw} html", "$x^2$", "| 表格 | 断开 |", "# 标题",
        "1. 列表", "- 列表", "&lt;实体&gt;", "\\*", "a\n\n# b", "<!-- c -->", "~~删除~~"]


def _inline(md: str) -> list:
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").enable(
        "strikethrough").parse(md)
    return [t for t in tokens if t.type not in ("paragraph_open", "paragraph_close")]


@pytest.mark.parametrize("text", EVIL)
def test_markdown_renders_as_the_characters_it_is(text):
    tokens = _inline(literal.markdown(text))
    assert [t.type for t in tokens] == ["inline"]  # one paragraph, no block structure
    inline = tokens[0]
    assert {c.type for c in inline.children} <= {"text", "text_special", "softbreak"}
    assert "".join(c.content for c in inline.children) == " ".join(text.split())


def test_markdown_of_missing_values_and_numbers():
    assert literal.markdown(None) == literal.markdown(pd.NA) == literal.markdown(float("nan"))
    assert literal.markdown(None) == ""
    assert literal.markdown(2014) == "2014"
    assert literal.markdown(804.2) == r"804\.2"


def test_html_escapes_content_and_attributes():
    assert literal.html('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    assert literal.html(None) == "" and literal.html(4.48) == "4.48"


def test_title_uses_full_width_forms():
    assert literal.title("<img src=x> & co") == "＜img src=x＞ ＆ co"


@pytest.mark.parametrize(("value", "text"), [
    (12.0, "12"), (804.2, "804.2"), (4.48, "4.48"), (27827, "27,827"), (-3.7, "−3.7"),
    (0.1 + 0.2, "0.3"), (1234.56789, "1,234.5679"), (-0.0, "0"),
])
def test_number(value, text):
    assert literal.number(value) == text


def test_cell():
    assert [literal.cell(v) for v in (None, pd.NA, float("nan"), 1.5, 7, "x")] == \
        ["", "", "", "1.5", "7", "x"]
