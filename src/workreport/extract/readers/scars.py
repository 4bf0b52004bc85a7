"""What scrapers and converters leave in a report's text, and its repair.

Research datasets distribute reports as scraped text (``../shared/corpus-counties``
holds 74 such texts, ``corpus-extra`` a few more), and their scars are the same
everywhere: escape sequences written as characters (``\\r\\n`` as four characters, so a
whole report sits on one line), HTML entities (``&nbsp;``), Kangxi radicals that look
like the characters they stand for (⼈ U+2F08 for 人), footnote markers (``^[1]``),
a scraper's header (标题/发文单位/发文时间/来源URL/正文), a news site's
furniture (时间/作者/来源/阅读/评论/内容摘要 and "????" for characters the site lost),
a converter's printed page numbers ("— 1 —" on a line of its own), numbers it
spaced out ("投资 2 3亿元"), a news site's footer (免责声明：…本站…, 标签：, 分享到：, 上一篇：,
相关文章) and the pager of an article cut into pages (``pager``: 上一页 1 2 3 4 下一页).
``repair`` removes them before normalisation, keeping what the header states
(``fields``: title, government) for the metadata and which pages of a paged article the
text holds (``web_pages``). A text that lost every line break (a page
whose paragraphs were joined) is broken again at its headings (``breaks``; session 67).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from workreport.extract.readers.breaks import LOST_LINE_LENGTH, lost_breaks, rebreak
from workreport.extract.readers.pager import WebPages, drop_pagers, pager_line

__all__ = ["Repaired", "drop_second_copy", "repair"]

# Kangxi radicals (U+2F00-U+2FD5) and CJK radicals supplement (U+2E80-U+2EF3) fold to the
# unified ideograph they picture (NFKC); CJK compatibility ideographs are folded by NFC.
_RADICALS = {}
for _cp in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]:
    _folded = unicodedata.normalize("NFKC", chr(_cp))
    if _folded != chr(_cp) and len(_folded) == 1:
        _RADICALS[_cp] = _folded
# Found by one pattern and replaced where found: few texts hold any, and ``str.translate``
# with a mapping looks up every character of the report.
_RADICAL = re.compile("[" + "".join(map(chr, _RADICALS)) + "]")

_ESCAPES = re.compile(r"\\r\\n|\\n|\\r")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")
# ^[3]: a converter's footnote reference (Markdown footnote syntax). A report's own
# marker (［1］ after a term, as in Hainan 2025) is its text: numbers.csv classes it.
_FOOTNOTE = re.compile(r"\^\[\d{1,3}\]")
_LOST = re.compile(r"\?{2,}")
# A printed page number on a line of its own ("— 12 —"), left by a conversion from the
# printed PDF (city-chengde-2024 has 22); only the dashed form, which no report line
# takes, so a line that is a bare number stays.
_PAGE_MARK = re.compile(r"^\s*[—\-–－]\s*\d{1,4}\s*[—\-–－]\s*$")
# A website's registration line, never report text: its ICP licence (冀ICP备06016263号-1), its
# public-security filing (冀公网安备 13010202002246号) and its site code (网站标识码：1300000013);
# their numbers were read as dates (Hebei 2024; session 70, tester).
# A news photo's caption closing with its credit (王正谱作政府工作报告。河北日报记者 霍艳恩 摄;
# Hebei 2024, second tester 70: it stood in the title block) is no report text either.
_SITE_MARK = re.compile(r"^\s*[\u4e00-\u9fff]{0,2}(?:ICP备|ICP证|公网安备)\s*\d+号(?:-\d+)?\s*$"
                        r"|^\s*网站标识码[：:]\s*\w+\s*$"
                        r"|^.{0,40}(?:记者|通讯员|摄影)\s*(?:[\u4e00-\u9fff]{2,4}\s*){1,3}摄\s*$")
# A number a converter spaced out ("投资 2 3亿元", "36.5 9亿元", "2 016年", "8 3%": 阜平 and
# 易县 2017): digit groups split by single spaces, after Chinese (or one space after it) and
# before a unit, 年 or % (or one space before it). Left apart: a year and a count after it
# ("2016 3个": the first group is a year of four digits), two decimals ("3.5 2.1亿元": two
# numbers), a quoted slogan whose + was lost ("“1 9”战略", "“1 10 100”工程": no Chinese
# before it), and figures not followed by a unit (a table's columns "1234 5678").
_CJK_BEFORE = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
_SPLIT_NUMBER = re.compile(
    rf"(?:(?<={_CJK_BEFORE})|(?<={_CJK_BEFORE} ))"
    r"\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)+(?= ?[\u4e00-\u9fff%])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEADER = re.compile(
    r"^(标题|发文单位|发文机关|发文时间|发布时间|来源URL|来源网址|原文链接|正文)[：:]\s*(.*)$")
_FURNITURE = re.compile(r"^(时间|作者|来源|阅读|评论|内容摘要|浏览|点击|发布日期|字号)[：:]")
# Fields only a news site prints (a report never opens a line with them).
_SITE_ONLY = re.compile(r"^(阅读|评论|内容摘要|浏览|点击|字号)[：:]")
_FIELD_NAMES = {"标题": "title", "发文单位": "government", "发文机关": "government"}
# How far into a text a header or the site's furniture can sit.
_HEAD_LINES = 15
# Round 63 (y7, issue 13: non-figures read as figures): a news site's footer after the report,
# its share bar ("分享到：") then, within a few lines, its links to other pages (上一篇：, 相关文章,
# 本栏最新) whose titles and dates read as figures ("…关于关闭…等3家矿山的公告": 3家, "10-15" +
# "米易县旅游": 10-15米). Everything from the share bar on is dropped.
_FOOT_START = re.compile(r"^\s*分享到[：:]?\s*$")
_FOOT_LINKS = re.compile(r"^\s*(?:上一篇|下一篇|相关文章|本栏最新|本栏推荐)[：:]?\s*$")
_FOOT_WITHIN = 12
# Round 63 review (k63e): the body before the bar holds a sentence; a link line after it holds
# none (a report's sentence ends in 。/；/！ or runs long; a link's title or date does not).
_FOOT_BODY = re.compile(r"[。！；]")
_FOOT_TEXT = re.compile(r"[。！；]|^.{80,}")
# Session 70 (高唐 2024, tester): the site's notice and tags before its share bar ("免责声明：本文
# 仅代表作者观点，不代表本站立场。…", "本站为非营利性网站…", "标签：" then one tag a line) open the
# footer too: a notice naming the site (本站), or the tags' heading. The notice's sentences are
# the site's, not the report's: a line opening 本站 after the footer's start is no report text.
_FOOT_NOTICE = re.compile(r"^\s*(?:免责声明[：:].*本站|标签[：:])")
_FOOT_SITE = re.compile(r"^\s*(?:本站|免责声明[：:])")


@dataclass
class Repaired:
    """The repaired text, what its header stated, a warning per repair worth one, and the
    pages of a paged web article the text holds where it lacks some (``pager.WebPages``)."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    web_pages: WebPages | None = None


def _head(lines: list[str], fields: dict[str, str]) -> list[str]:
    """Drop the scraper's header and the site's furniture from the first lines."""
    out: list[str] = []
    skip_count = False
    for i, line in enumerate(lines):
        if i >= _HEAD_LINES:
            out.extend(lines[i:])
            break
        stripped = line.strip()
        if skip_count and re.fullmatch(r"\d+", stripped):
            continue  # the reader count under 阅读： or 评论：
        skip_count = False
        if m := _HEADER.match(stripped):
            key = _FIELD_NAMES.get(m.group(1))
            if key and m.group(2).strip():
                fields.setdefault(key, m.group(2).strip())
            continue
        # A furniture line holds several "key：value" fields separated by runs of spaces
        # or tabs ("时间：2023-03-30\t\t作者：中国县域"); anything else on it is text.
        # A lone "来源：…" line is the report's own source note, kept as written.
        segments = [s for s in re.split(r"\t+|\s{2,}", stripped) if s]
        kept = [s for s in segments if not _FURNITURE.match(s)]
        lone = len(segments) == 1 and not _SITE_ONLY.match(stripped)
        if len(kept) < len(segments) and not lone:
            skip_count = bool(re.search(r"(阅读|评论|点击|浏览)[：:]\s*$", stripped))
            if segments[-1].startswith("内容摘要"):
                skip_count = False
                out.append("\x00summary")
            if kept:
                out.append(" ".join(kept))
            continue
        if out and out[-1] == "\x00summary":
            out.pop()  # the site's summary: the report's opening, cut off with "......"
            if stripped.endswith(("......", "……", "...")):
                continue
        out.append(line)
    return [line for line in out if line != "\x00summary"]


def _join_number(m: re.Match[str]) -> str:
    """One spaced-out number joined ("2 3" → "23"), unless ``_SPLIT_NUMBER``'s exceptions
    (a year then a count, two decimals) say the groups are numbers of their own."""
    groups = m.group(0).split(" ")
    if _YEAR.fullmatch(groups[0]) or sum("." in g for g in groups) > 1 \
            or pager_line(_line_of(m)):  # "上一页 1 2 3 4 下一页": a pager's page numbers
        return m.group(0)
    return "".join(groups)


def _line_of(m: re.Match[str]) -> str:
    """The line of the text holding the match."""
    end = m.string.find("\n", m.end())
    return m.string[m.string.rfind("\n", 0, m.start()) + 1:end if end >= 0 else None]


def repair(text: str) -> Repaired:
    """Undo the scars of scraping and conversion in raw report text. A text that lost its
    line breaks (``breaks.lost_breaks``) is broken again (``breaks.rebreak``), which
    ``warnings`` says.

    >>> repair("各位代表：\\\\r\\\\n我国&nbsp;经济^[1]增长⼈口。").text
    '各位代表：\\n我国 经济增长人口。'
    """
    fields: dict[str, str] = {}
    said: list[str] = []
    if len(_ESCAPES.findall(text, 0, 50_000)) >= 3:
        text = _ESCAPES.sub("\n", text).replace("\\t", "\t")
    if _ENTITY.search(text):
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = _RADICAL.sub(lambda m: _RADICALS[ord(m.group(0))], text)
    text = _FOOTNOTE.sub("", text)
    text = _LOST.sub("", text)
    if re.search(r"\d \d", text):
        text = _SPLIT_NUMBER.sub(_join_number, text)
    if lost_breaks(text):
        text = rebreak(text)
        said.append("the text had lost its line breaks (its lines average "
                    f"{LOST_LINE_LENGTH} characters or more): re-broken at its headings")
    lines = [line for line in _head(text.split("\n"), fields)
             if not _PAGE_MARK.match(line) and not _SITE_MARK.match(line)]
    lines, web_pages = drop_pagers(_drop_footer(lines))
    return Repaired("\n".join(lines), fields, said, web_pages)


def _drop_footer(lines: list[str]) -> list[str]:
    """The lines before a news site's footer: a share bar (``_FOOT_START``: "分享到：") with a
    link heading within ``_FOOT_WITHIN`` lines after it (``_FOOT_LINKS``: 上一篇：, 相关文章,
    本栏最新); all the lines when there is none (a report's own "分享" in its text stays: only a
    line that is the bar alone, followed by the links, opens a footer). Round 63 review (k63e):
    only a bar after the body (a sentence of the report before it, ``_FOOT_BODY``; not a bar
    right after the title) with nothing but short link lines after it (titles, dates; no line
    holding a sentence, ``_FOOT_TEXT``: a second page's "…新建公园5个。" after 本栏最新 stays).
    Session 70: the site's notice or its tags open the footer too (``_FOOT_NOTICE``: 免责声明：
    naming 本站, 标签：), with nothing but the site's lines after them (``_FOOT_SITE``)."""
    for i, line in enumerate(lines):
        bar = bool(_FOOT_START.match(line)) \
            and any(_FOOT_LINKS.match(nxt) for nxt in lines[i + 1:i + 1 + _FOOT_WITHIN])
        if (bar or _FOOT_NOTICE.match(line)) \
                and any(_FOOT_BODY.search(prev) for prev in lines[:i]) \
                and not any(_FOOT_TEXT.search(nxt) and not _FOOT_SITE.match(nxt)
                            for nxt in lines[i + 1:]):
            return lines[:i]
    return lines


def drop_second_copy(lines: list[str]) -> tuple[list[str], str]:
    """Drop a second capture of the same page (Hebei 2024 holds the report twice).

    The copy is found from the first paragraph of at least 40 characters that recurs as
    a whole line: the run of equal lines from each occurrence is the copy, and the lines
    from the end of the first copy to the end of the second are dropped (the second copy
    and the site's furniture between the two). Returns the lines and a warning ("" when
    there was no copy). A run shorter than 5 lines or a fifth of the text is no copy.
    """
    first_at: dict[str, int] = {}
    for j, line in enumerate(lines):
        if len(line) < 40:
            continue
        if line not in first_at:
            first_at[line] = j
            continue
        i = first_at[line]
        k = 0
        while i + k < j and j + k < len(lines) and lines[i + k] == lines[j + k]:
            k += 1
        copied = sum(len(x) for x in lines[j:j + k])
        if k >= 5 and copied >= 0.2 * sum(len(x) for x in lines):
            warning = (f"the text holds its report twice (a page captured twice): "
                       f"dropped the second copy ({j + k - (i + k)} lines)")
            return lines[:i + k] + lines[j + k:], warning
    return lines, ""
