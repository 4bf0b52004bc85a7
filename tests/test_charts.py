"""charts: one style, a CJK font with no missing glyphs, byte-identical PNGs."""

from __future__ import annotations

import warnings

import matplotlib.text as mtext
import pandas as pd
import pytest
from matplotlib.figure import Figure

from tests.extracted import NATIONAL, YUZHONG, extracted_tables
from workreport import analysis, charts, chartstyle


@pytest.fixture(scope="module")
def t() -> analysis.Tables:
    return extracted_tables()


def sample() -> pd.DataFrame:
    return pd.DataFrame({"indicator": ["地区生产总值", "八类暴力犯罪案件", "公厕"],
                         "english": ["GDP", "", ""], "value": [12.0, -18.6, 7.0],
                         "unit": ["%", "%", "座"], "measure": ["change", "change", "level"]})


def test_font_is_noto_sans_sc_first():
    charts.setup()
    import matplotlib as mpl

    assert charts.font_family() == "Noto Sans SC"
    assert mpl.rcParams["font.family"][0] == "Noto Sans SC"
    assert mpl.rcParams["axes.unicode_minus"] is False


def test_no_glyph_warnings_for_chinese_labels():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = charts.changes(sample(), title="地区生产总值 增长 −18.6%")
        charts.png_bytes(fig)
    glyphs = [str(w.message) for w in caught if "Glyph" in str(w.message)]
    assert glyphs == []
    assert [str(w.message) for w in caught] == []


def test_titles_ask_for_a_weight_the_font_has(caplog):
    """Noto Sans SC ships one face (400): a bold title logged "findfont: Failed to find
    font weight bold …" into the page. findfont caches its answer, so the cache is
    emptied to make the warning come again if any text still asks for bold."""
    from matplotlib.font_manager import fontManager
    from matplotlib.text import Text

    fontManager._findfont_cached.cache_clear()  # private, but the only way to re-ask
    with caplog.at_level("WARNING", logger="matplotlib.font_manager"):
        fig = charts.changes(sample(), title="地区生产总值")
        charts.png_bytes(fig)
    assert [r.getMessage() for r in caplog.records if "findfont" in r.getMessage()] == []
    assert {t.get_fontweight() for t in fig.findobj(Text) if t.get_text()} == {"normal"}


def test_save_is_byte_identical_and_unstamped(tmp_path):
    a = charts.save(charts.levels_by_unit(sample()), tmp_path / "a.png")
    b = charts.save(charts.levels_by_unit(sample()), tmp_path / "b.png")
    assert a.read_bytes() == b.read_bytes()
    data = a.read_bytes()
    assert data.startswith(b"\x89PNG") and b"Software" not in data and b"matplotlib" not in data


def test_png_bytes_are_those_of_a_plain_save_and_the_font_manager_is_left_as_it_was():
    # png_bytes memoises font lookups while it saves: the PNG must be the one matplotlib
    # writes without the memo, and the memo must not outlive the save.
    import io

    from matplotlib.font_manager import fontManager

    fig = charts.changes(sample(), title="地区生产总值 增长")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=charts.DPI, metadata={"Software": None},
                bbox_inches="tight", pad_inches=0.1, facecolor="white",
                pil_kwargs={"compress_level": chartstyle.PNG_COMPRESS_LEVEL})
    assert charts.png_bytes(fig) == buf.getvalue()
    assert "findfont" not in vars(fontManager)
    assert "_find_fonts_by_props" not in vars(fontManager)
    assert mtext._get_text_metrics_with_cache.__module__ == "matplotlib.text"


def test_png_compress_level_keeps_the_pixels_of_pillows_default():
    # The lower zlib level is for speed only: the image decodes to the same pixels as
    # the PNG at Pillow's default level.
    import io

    import numpy as np
    from PIL import Image

    fig = charts.levels_by_unit(sample(), title="地区生产总值")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=charts.DPI, metadata={"Software": None},
                bbox_inches="tight", pad_inches=0.1, facecolor="white")
    ours = charts.png_bytes(charts.levels_by_unit(sample(), title="地区生产总值"))
    assert ours != buf.getvalue()
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(ours))),
                          np.asarray(Image.open(io.BytesIO(buf.getvalue()))))


def test_changes_colour_falls_differently():
    fig = charts.changes(sample()[sample()["unit"] == "%"])
    bars = [p for p in fig.axes[0].patches]
    assert len(bars) == 2 and bars[0].get_facecolor() != bars[1].get_facecolor()
    texts = [x.get_text() for x in fig.axes[0].texts]
    assert texts == ["+12%", "−18.6%"]


def test_levels_by_unit_one_panel_per_unit_and_values_written():
    fig = charts.levels_by_unit(sample())
    assert len(fig.axes) == 2
    assert fig.axes[0].get_yticklabels()[0].get_text() == "GDP\n地区生产总值"
    # The unit with one figure is a line of the table of facts, not a one-bar panel.
    assert not fig.axes[1].patches or not any(p.get_height() for p in fig.axes[1].patches
                                                if hasattr(p, "get_height")
                                                and type(p).__name__ == "Rectangle")
    cells = [c.get_text().get_text() for c in fig.axes[1].tables[0].get_celld().values()]
    assert "7 · 7座" in cells and "公厕" in cells  # a count keeps its measure word (session 69)


def test_a_single_figure_keeps_its_magnitude_and_unit_in_english():
    """Session 67, tester: the table of facts read "GDP 1.74 · 1.74万亿元" and "over 4.9 ·
    49亿美元"; the axes of the series charts "level, 亿元"."""
    from workreport.english import unit_words

    df = pd.DataFrame({"indicator": ["地区生产总值", "实际使用外资", "城乡低保标准", "公厕"],
                       "english": ["GDP", "Foreign investment", "Dibao", ""],
                       "value": [1.74, 49.0, 1050.0, 7.0],
                       "unit": ["万亿元", "亿美元", "元", "座"], "qualifier": ["", "超", "", ""]})
    fig = charts.levels_by_unit(df)
    cells = [c.get_text().get_text() for c in fig.axes[-1].tables[0].get_celld().values()]
    # The Chinese side keeps the report's qualifier where the report writes it (re-check).
    assert {"1.74 trillion yuan · 1.74万亿元", "over US$4.9 billion · 超49亿美元",
            "1,050 yuan · 1,050元", "7 · 7座"} <= set(cells)
    assert [unit_words(u) for u in ("亿元", "元", "人", "万人", "亿美元", "%", "万个")] == [
        "100 million yuan", "yuan", "people", "10,000 people", "US$100 million", "%",
        "count (× 10,000)"]
    # Tester 72: a series of GDP in 万亿元 was "level, 1 trillion yuan".
    assert unit_words("万亿元") == "trillion yuan"


def billions() -> pd.DataFrame:
    return pd.DataFrame({"indicator": ["地区生产总值", "社会消费品零售总额", "维修电梯"],
                         "english": ["GDP", "Retail sales", "Lifts repaired"],
                         "value": [439.4, 804.2, 200.0], "unit": ["亿元", "亿元", "台"],
                         "qualifier": ["", "", "多"], "measure": ["level"] * 3})


def test_bars_sorted_in_english_scale_with_the_chinese_beside():
    df = pd.concat([billions(), billions().iloc[[2]].assign(value=150.0, english="x")])
    fig = charts.levels_by_unit(df)
    assert fig.axes[0].get_title(loc="left") == "billion yuan · 亿元"
    assert [x.get_text() for x in fig.axes[0].texts] == ["80.42 · 804.2亿元",
                                                         "43.94 · 439.4亿元"]
    # Qualifiers stay on the labels: 200多 → 200+.
    assert next(x.get_text() for x in fig.axes[1].texts).startswith("200+")


def test_changes_have_a_legend_for_both_colours():
    fig = charts.changes(sample()[sample()["unit"] == "%"])
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["rise", "fall"]


def test_label_puts_english_above_chinese():
    assert charts.label("地区生产总值", "GDP") == "GDP\n地区生产总值"
    assert charts.label("地区生产总值") == "地区生产总值"


def test_report_charts_draw_from_analysis_frames(t):
    tv = analysis.targets_vs_results(t.indicators, YUZHONG, only_matched=True)
    cmp = analysis.compare_targets(t.indicators, [YUZHONG, NATIONAL])
    summary = analysis.structure_summary(t.sections, t.indicators, YUZHONG)
    from workreport import terms

    s = t.sections[(t.sections["report_id"] == YUZHONG) & (t.sections["role"] == "review")]
    matrix = terms.term_matrix(dict(zip(s["section"], s["text"], strict=True)), top=2,
                               glossary={})
    figs = [charts.targets_vs_results(tv), charts.compare_targets(cmp),
            charts.structure(summary), charts.density(summary), charts.heatmap(matrix)]
    for fig in figs:
        assert isinstance(fig, Figure) and charts.png_bytes(fig).startswith(b"\x89PNG")
    legend = [x.get_text() for x in figs[0].axes[0].get_legend().get_texts()]
    assert legend == ["result 2013", "target 2014"]
    assert "11%" in " ".join(x.get_text() for x in figs[1].axes[0].texts)


def test_empty_frames_still_give_a_figure():
    empty = sample().iloc[0:0]
    for make in (charts.levels_by_unit, charts.changes):
        assert isinstance(make(empty), Figure)
    assert isinstance(charts.heatmap(pd.DataFrame()), Figure)


def test_heatmap_labels_terms_in_english_where_the_glossary_knows_them():
    matrix = pd.DataFrame({"p1.s1": [1.0, 0.5, 0.2], "p1.s2": [0.0, 1.0, 0.1]},
                          index=pd.Index(["交通", "养老", "中提质"], name="term"))
    glossary = {"交通": {"english": "transport; traffic"},
                "养老": {"english": "elderly care; old-age support (pensions and homes)"}}
    ticks = [x.get_text() for x in charts.heatmap(matrix, glossary=glossary)
             .axes[0].get_yticklabels()]
    # Short English whole, a long one cut to its first sense, an unknown term alone.
    assert ticks == ["交通 · transport", "养老 · elderly care", "中提质"]
    plain = [x.get_text() for x in charts.heatmap(matrix).axes[0].get_yticklabels()]
    assert plain == ["交通", "养老", "中提质"]


def test_each_row_of_a_comparison_is_drawn_to_its_own_scale():
    """4,100 parking spaces beside 15 brands, both in 个, on one axis left the brands' bars
    out of sight (the seed book's chart); each row's larger bar now spans the same width."""
    df = pd.DataFrame({"indicator": ["增加停车位", "引进国际知名品牌"],
                       "indicator_en": ["Parking spaces added", "International brands"],
                       "unit": ["个", "个"], "result_unit": ["个", "个"], "measure": "level",
                       "result": [4100.0, 15.0], "result_in_unit": [4100.0, 15.0],
                       "target": [4000.0, 10.0]})
    fig = charts.targets_vs_results(df)
    widths = sorted(round(b.get_width(), 6) for b in fig.axes[0].patches)
    assert widths[-2:] == [1.0, 1.0]                       # each row's larger bar
    assert widths[0] == round(10 / 15, 6)                  # the brands' target, in its row
    assert "within each row" in fig.axes[0].get_title(loc="left") + fig.axes[0].get_title()


def test_a_unit_read_plain_is_written_once_in_prose_and_in_facts():
    """One test of "plain" (``english.reads_plain``) for prose and the facts table. Session
    68: fact_text did not count a unit English writes as the report does (PFLOPS) as plain,
    prose.quantity did, so the facts table read "2,000 PFLOPS · 2,000PFLOPS"."""
    from workreport import english, prose

    assert [english.reads_plain(u) for u in ("%", "‰", "", "PFLOPS")] == [True] * 4
    # A measure word is not written in English: its count has the Chinese beside (session 69).
    assert not any(english.reads_plain(u) for u in ("亿元", "万个", "吨", "EFlops", "个", "家"))
    assert prose.quantity(2000, "PFLOPS") == "2,000 PFLOPS"
    assert chartstyle.fact_text(2000, "PFLOPS") == "2,000PFLOPS"
    assert chartstyle.bar_text(2000, "PFLOPS") == "2,000PFLOPS"
    # A rate as its bar reads; a unit with a magnitude, or a count in a measure word (session
    # 69), has the Chinese beside.
    assert chartstyle.fact_text(200, "个", "多") == "more than 200 · 200多个"
    assert chartstyle.fact_text(12, "%", sign=True) == "+12%"
    assert chartstyle.fact_text(49, "亿美元", "超过") == "over US$4.9 billion · 超过49亿美元"


def test_a_bar_label_keeps_the_qualifier_in_its_chinese():
    """Re-test 72, D9: a bar of 超过60万亿元 read "over 60 · 60万亿元", its Chinese without the
    report's 超过; 1600余场 and a bounded fall keep theirs too."""
    assert chartstyle.bar_text(60, "万亿元", "超过") == "over 60 · 超过60万亿元"
    assert chartstyle.bar_text(1600, "万场", "余", div=1.0) == "1,600+ · 1,600余万场"
    assert chartstyle.bar_text(-1000, "万人", "以上", True, 100.0).endswith(" · −1,000万人以上")
    assert chartstyle.fact_text(4, "万亿元", "多", True).endswith(" · +4万多亿元")  # was +4万亿元
