"""Captions, tables and charts that compare like with like and keep what a figure says
(tester 71 items 4, 5, 8, 14, 15). Invented rows, one per class of phrasing."""

from __future__ import annotations

import pandas as pd

from workreport import analysis, changewords, charts, display, findings, prose


def _changes(rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"indicator": z, "english": e, "value": v, "unit": u, "qualifier": ""}
                         for z, e, v, u in rows])


def test_the_largest_rise_is_chosen_among_rates_not_counts():
    d = _changes([("工业增加值", "Industry", 8.3, "%"),
                  ("服务业企业", "Service firms", 3162.0, "家"), ("投资", "Investment", 5.0, "%")])
    assert findings.caption_changes(d) == (
        "Changes stated: 3 rises, the largest of the rates industry (+8.3%).")


def test_the_steepest_fall_is_chosen_among_rates_not_people():
    d = _changes([("能耗", "Energy intensity", -3.1, "%"),
                  ("某某人口", "Some population", -1386.0, "万")])
    assert "the steepest of the rates energy intensity (−3.1%)" in findings.caption_changes(d)


def test_without_rates_the_largest_is_ranked_within_one_unit_base():
    d = _changes([("甲", "A", 8000.0, "亿元"), ("乙", "B", 9000.0, "万元"),
                  ("丙", "C", 20.0, "亿元"), ("丁", "D", 50000.0, "个")])
    assert "the largest A (+8,000亿元)" in findings.caption_changes(d)


def test_a_fall_its_label_names_is_unsigned_in_the_caption():
    d = _changes([("农村贫困人口", "Reduction of the rural poor", -1386.0, "万"),
                  ("某某人口", "Some population", -10.0, "万")])
    assert "the steepest reduction of the rural poor (1,386万)" in findings.caption_changes(d)


def _figures(rows: list[dict]) -> pd.DataFrame:
    base = {"kind": "actual", "year": 2018, "year_first": None, "section": "p1.s0",
            "qualifier": "", "value_high": float("nan"), "sentence_index": 1}
    out = [{**base, "figure_id": f"r#f{i:03d}", "start": i, "quote": "", **r}
           for i, r in enumerate(rows)]
    return pd.DataFrame(out)


def test_a_target_range_shows_both_ends_in_tables():
    rows = _figures([{"indicator": "地区生产总值", "indicator_en": "GDP", "measure": "change",
                      "value": 6.0, "value_high": 6.5, "unit": "%", "kind": "target"}])
    html = display.table(analysis.figure_table(rows), display.FIGURE_COLUMNS).data
    assert "<td>6–6.5</td>" in html and "<td>6–6.5%</td>" in html
    pairs = pd.DataFrame({"indicator": ["地区生产总值"], "measure": ["change"], "target": [6.0],
                          "target_high": [6.5], "unit": ["%"], "qualifier": [""]})
    assert "<td>6–6.5%</td>" in display.table(pairs).data


def test_a_fall_its_label_names_has_no_minus_sign_in_the_table():
    rows = _figures([{"indicator": "农村贫困人口", "indicator_en": "Reduction of the rural poor",
                      "measure": "change", "value": -1386.0, "unit": "万人"},
                     {"indicator": "某某产量", "indicator_en": "", "measure": "change",
                      "value": -5.0, "unit": "%"}])
    table = analysis.figure_table(rows)
    assert list(table["value"]) == [1386.0, -5.0]
    html = display.table(table, display.FIGURE_COLUMNS).data
    assert "13.86 million" in html and "−13.86" not in html


def test_a_label_that_names_a_rise_is_not_told_grew():
    row = {"indicator": "居民消费价格", "english": "Consumer price index (CPI) rise",
           "kind": "actual", "year": 2018, "change": 2.1, "change_unit": "%",
           "change_qualifier": "", "level": float("nan")}
    assert prose.describe_change(row) == (
        "Consumer price index (CPI) rise (居民消费价格): 2.1% in 2018.")
    zh = {**row, "indicator": "工业增加值增速", "english": ""}
    assert prose.describe_change(zh) == "工业增加值增速: 2.1% in 2018."
    # A 增速 moving in percentage points is a change of the rate: it rose.
    points = {**zh, "change_unit": "个百分点"}
    assert "rose by" in prose.describe_change(points)
    plain = {**row, "indicator": "工业增加值", "english": "Industrial value added"}
    assert "grew 2.1%" in prose.describe_change(plain)
    assert not changewords.names_rise("提高", "Risen housing")


def _target(indicator: str, target: float, unit: str, result: float, year: int, **kw):
    """A row of ``analysis.targets_vs_results``: a target of ``year``, last year's result."""
    return {"indicator": indicator, "english": "", "target": target, "unit": unit,
            "qualifier": "", "measure": "level", "target_high": float("nan"),
            "target_year": year, "result": result, "result_unit": unit,
            "result_qualifier": "", "result_year": year - 1, "result_in_unit": result, **kw}


def test_a_target_of_a_rise_its_label_names_reads_by_its_amount():
    row = _target("居民消费价格涨幅", 3.0, "%", 2.1, 2019, qualifier="左右", measure="change")
    assert prose.describe_target(row) == (
        "居民消费价格涨幅: about 3% targeted for 2019, after 2.1% in 2018.")


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_charts_of_targets_keep_the_qualifiers_sign():
    df = pd.DataFrame({"indicator": ["地区生产总值", "某某比例"], "indicator_en": ["GDP", ""],
                       "measure": ["change", "change"], "unit": ["%", "%"],
                       "target": [5.0, 60.0], "qualifier": ["以上", "超过"],
                       "result": [5.4, 50.0], "result_unit": ["%", "%"],
                       "result_in_unit": [5.4, 50.0],
                       "result_qualifier": ["", "左右"], "result_year": [2024, 2024],
                       "target_year": [2025, 2025]})
    texts = _texts(charts.targets_vs_results(df))
    assert {"≥+5%", "over +60%", "~+50%", "+5.4%"} == set(texts)


def test_charts_of_changes_draw_a_named_fall_by_its_size():
    d = _changes([("农村贫困人口", "Reduction of the rural poor", -1386.0, "万人"),
                  ("某某", "Other", -20.0, "万人")])
    texts = _texts(charts.changes(d))
    assert not any("−13.86" in t or "−1,386" in t for t in texts), texts
    assert any("−20" in t for t in texts), texts


def test_a_count_in_hu_says_households_or_firms_where_its_label_tells():
    row = _target("脱贫户", 13.7, "万户", 70.0, 2025)
    assert prose.describe_target(row) == (
        "脱贫户: 137,000 households (13.7万户) targeted for 2025, after 700,000 households "
        "(70万户) in 2024.")
    firms = {"indicator": "新设个体工商户", "english": "", "kind": "actual", "year": 2018,
             "change": float("nan"), "level": 1.8, "level_unit": "万户",
             "level_qualifier": "超过"}
    assert prose.describe_change(firms) == (
        "新设个体工商户 was over 18,000 firms (超过1.8万户) in 2018.")
    # A label naming neither counts the households its work reaches (tester 73 D-C10:
    # "18,000 (1.8万户)" of 棚户区 beside "10,000 households" in other rows).
    bare = {**row, "indicator": "老旧小区改造"}
    assert prose.describe_target(bare).startswith("老旧小区改造: 137,000 households (13.7万户)")
    shanty = {**firms, "indicator": "新开工改造城镇棚户区", "level_qualifier": ""}
    assert prose.describe_change(shanty) == (
        "新开工改造城镇棚户区 was 18,000 households (1.8万户) in 2018.")
    from workreport.chartstyle import fact_text  # a chart's table of single figures
    assert fact_text(5759.0, "户", label="新改造农村危房") == "5,759 households · 5,759户"
    assert fact_text(5759.0, "户", label="农民专业合作社") == "5,759 · 5,759户"
    cooperatives = {**row, "indicator": "农民专业合作社"}  # a cooperative: no noun to say
    assert prose.describe_target(cooperatives).startswith("农民专业合作社: 137,000 (13.7万户)")
    table = pd.DataFrame({"indicator": ["市场主体"], "value": [1.0], "unit": ["亿户"],
                          "qualifier": ["超过"]})
    assert "<td>over 100 million firms</td>" in display.table(table).data


def test_labels_of_building_renovation_and_preparatory_work_read_as_english():
    from workreport.glossary import default_glossary, english_or_gloss

    g = default_glossary()
    assert english_or_gloss("新建改建农村公路", g) == "Rural roads built or upgraded"
    assert english_or_gloss("新建改造农村公路", g) == "Rural roads built or upgraded"
    assert english_or_gloss("开工老旧小区改造", g) == \
        "Old residential communities: renovation started"
    assert english_or_gloss("开工改造老旧小区", g) == \
        "Old residential communities: renovation started"
    assert english_or_gloss("项目前期工作", g) == "Preparatory work on projects"
    assert english_or_gloss("新建公厕", g) == "New public toilets"  # the rule after stays


def test_a_figure_hover_writes_a_named_fall_by_its_size_and_a_count_in_hu_with_its_noun():
    from workreport.book.annotate import _figure_title

    fall = pd.Series({"indicator": "农村贫困人口", "indicator_en": "Reduction of the rural poor",
                      "kind": "actual", "year": 2018, "measure": "change", "value": -1386.0,
                      "unit": "万", "qualifier": "", "value_high": None})
    assert _figure_title(fall).endswith("change · 13.86 million")
    firms = pd.Series({**fall.to_dict(), "indicator": "日均新设企业", "indicator_en": "",
                       "measure": "level", "value": 1.8, "unit": "万户", "qualifier": "超过"})
    assert _figure_title(firms).endswith("level · over 18,000 firms")


def test_the_series_table_writes_a_named_fall_by_its_size():
    from workreport.series import wide

    df = pd.DataFrame({"year": [2018, 2018], "indicator_code": ["a", "b"],
                       "english": ["Reduction of the rural poor", "Energy intensity"],
                       "measure": ["change", "change"], "value": [-1386.0, -3.1],
                       "unit": ["万", "%"], "qualifier": ["", ""]})
    assert list(wide(df)["2018"]) == ["13.86", "−3.1"]  # million (re-test 72, D13)


def test_a_named_fall_is_shown_by_its_size_in_targets_tables_and_charts():
    """Session 71, re-test of tester 71 item 14 and N1: the "All targets" table showed
    "Reduction of the rural poor" −13.86 million with a gap "+3.86 million", and the chart
    "≥−10": a reduction of no one at all. Both now show the sizes, 1,000 and 1,386 (万人)."""
    import pandas as pd

    from workreport import charts
    from workreport.changewords import told_by_size
    from workreport.display import table

    rows = pd.DataFrame([
        {"indicator": "农村贫困人口", "indicator_en": "Reduction of the rural poor",
         "measure": "change", "target": -1000.0, "qualifier": "以上", "unit": "万人",
         "result": -1386.0, "result_unit": "万人", "result_qualifier": "",
         "result_in_unit": -1386.0, "difference": -386.0},
        {"indicator": "国内生产总值", "indicator_en": "GDP", "measure": "change",
         "target": -1.0, "qualifier": "", "unit": "%", "result": 6.6, "result_unit": "%",
         "result_qualifier": "", "result_in_unit": 6.6, "difference": 7.6}])
    shown = told_by_size(rows)
    assert shown["target"].tolist() == [1000.0, -1.0]  # a fall its label does not name stays
    assert shown["result"].tolist() == [1386.0, 6.6] and shown["difference"].iloc[0] == 386.0
    html = table(rows, {"indicator": "indicator", "target": "target", "unit": "unit",
                        "difference": "difference"}).data
    assert "<td>1,000</td>" in html and "at least 10 million people" in html
    assert "+3.86 million people" in html and "−3.86" not in html
    fig = charts.targets_vs_results(rows)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert not any("−1,000" in t or "−1,386" in t for t in texts), texts


def test_charts_of_targets_draw_a_range_with_both_ends():
    """Re-test 71, item 5: GDP 6%－6.5% was drawn as "6%" beside the table's "6–6.5%"."""
    df = pd.DataFrame({"indicator": ["国内生产总值"], "indicator_en": ["GDP"],
                       "measure": ["change"], "unit": ["%"], "target": [6.0],
                       "target_high": [6.5], "qualifier": [""], "result": [6.6],
                       "result_in_unit": [6.6], "result_unit": ["%"], "result_qualifier": [""],
                       "result_year": [2018],
                       "target_year": [2019]})
    assert set(_texts(charts.targets_vs_results(df))) == {"+6.6%", "+6%–6.5%"}


def test_a_table_of_words_is_left_as_it_is():
    """The outcomes table holds its amounts as words ("7.5%"): showing a named fall by its
    size leaves it alone (a build failed: could not convert string to float: '7.5%')."""
    from workreport.changewords import told_by_size
    from workreport.display import table

    rows = pd.DataFrame({"indicator": ["农村贫困人口"], "english": ["Reduction of the rural poor"],
                         "measure": ["change"], "target": ["7.5%"], "unit": ["%"]})
    assert told_by_size(rows).equals(rows)
    assert "7.5%" in table(rows).data


def test_a_caption_keeps_the_qualifier_of_the_size_it_names():
    """Session 71's re-test: 压减三分之一以上 read "(−33.33%)" in a caption, and a rise of
    at least 5% "(+5%)"; a bounded fall is "a fall of at least …", never "≥−33.33%"."""
    d = pd.DataFrame([{"indicator": "文件", "english": "Documents", "value": -33.33, "unit": "%",
                       "qualifier": "以上"},
                      {"indicator": "投资", "english": "Investment", "value": 5.0, "unit": "%",
                       "qualifier": "以上"}])
    caption = findings.caption_changes(d)
    assert "the largest investment (≥+5%)" in caption, caption
    assert "documents (a fall of at least 33.33%)" in caption, caption


def test_charts_of_targets_draw_a_result_in_another_magnitude_in_the_targets_unit():
    """Tester 72, D4b: 7400套 beside last year's 2.4万套 was left out of the chart whose
    caption named it; a result in another unit (% beside 亿元) still is."""
    df = pd.DataFrame([_target("筹集保障性租赁住房", 7400.0, "套", 2.4, 2024, result_unit="万套",
                               result_in_unit=24000.0),  # the pairing's conversion
                       _target("投资", 5.0, "亿元", 3.0, 2024, result_unit="%",
                               result_in_unit=float("nan"))])
    texts = _texts(charts.targets_vs_results(df))
    assert sorted(t.split(" · ")[0] for t in texts) == ["24,000", "7,400"], texts


def test_a_chart_writes_a_bound_on_a_fall_as_a_bound_on_its_size():
    """Tester 72, D4: 单位国内生产总值能耗下降3.4%以上 was labelled "≥−3.4%", the opposite."""
    df = pd.DataFrame({"indicator": ["单位国内生产总值能耗"], "indicator_en": ["Energy intensity"],
                       "measure": ["change"], "unit": ["%"], "target": [-3.4],
                       "qualifier": ["以上"], "result": [-5.6], "result_in_unit": [-5.6],
                       "result_unit": ["%"],
                       "result_qualifier": [""], "result_year": [2015], "target_year": [2016]})
    assert set(_texts(charts.targets_vs_results(df))) == {"fall ≥3.4%", "−5.6%"}


def test_a_target_over_a_plan_period_is_told_for_its_years():
    """Tester 72, D3: "城镇新增就业5000万人以上" of 2016-2020 read "targeted for 2020"."""
    row = _target("城镇新增就业", 5000.0, "万人", float("nan"), 2020, qualifier="以上",
                  target_year_first=2016, result_unit="")
    assert prose.describe_target(row) == (
        "城镇新增就业: at least 50 million people (5,000万人以上) targeted for 2016-2020.")
    mean = _target("生产总值年均", 9.0, "%", float("nan"), 2025, qualifier="左右",
                   measure="change", target_year_first=2021, result_unit="")
    assert "targeted a year on average for 2021-2025" in prose.describe_target(mean)


def test_headline_results_lead_with_gdp_when_the_preamble_states_none():
    """Tester 72, D5: Nanjing 2024's review opens with its laboratories and states GDP in
    its first section; its page led with "State Key Laboratories … was 10"."""
    rows = [("p1.s0", 1, "获批建设全国重点实验室", "", 10.0, "家"),
            ("p1.s1", 5, "地区生产总值", "gdp", 4.6, "%"),
            ("p1.s1", 5, "地区生产总值", "gdp", 1.74, "万亿元"),
            ("p1.s2", 9, "地区生产总值", "gdp", 2.0, "%")]
    ind = pd.DataFrame([dict(report_id="r", figure_id=f"r#f{n}", section=s, part=1,
                             role="review", kind="actual", year=2023, indicator=i,
                             indicator_code=c, value=v, unit=u, start=n, sentence_index=k)
                        for n, (s, k, i, c, v, u) in enumerate(rows)])
    head = analysis.headline_results(ind, "r")
    assert head["figure_id"].tolist() == ["r#f1", "r#f2", "r#f0"]


def test_headline_results_drop_a_bound_level_of_an_indicator_stated_exactly():
    """Tester 72, D9: "GDP (经济总量) was over 60 trillion yuan" under "67.7 trillion"."""
    rows = [("国内生产总值", "level", 67.7, "万亿元", ""),
            ("经济总量", "level", 60.0, "万亿元", "超过"),
            ("财政收入", "level", 15.0, "万亿元", "超过")]
    ind = pd.DataFrame([dict(report_id="r", figure_id=f"r#f{n}", section="p1.s0", part=1,
                             role="review", kind="actual", year=2015, indicator=i,
                             indicator_code="gdp" if "总" in i else "fiscal_revenue",
                             measure=m, value=v, unit=u, qualifier=q, start=n, sentence_index=n)
                        for n, (i, m, v, u, q) in enumerate(rows)])
    head = analysis.context_dropped(analysis.headline_results(ind, "r"))
    assert head["figure_id"].tolist() == ["r#f0", "r#f2"]


def test_a_bound_level_beside_an_exact_one_is_context_in_readings_tables_and_charts():
    """Re-test 72, D9: the chapter on SC 2016's review read "GDP (经济总量) was over 60 trillion
    yuan (超过60万亿元) in 2015." under "grew 6.9% to 67.7 trillion", and its chart drew two GDP
    bars for 2015. A bound of another year, or of another kind, stays."""
    rows = [("国内生产总值", "gdp", "actual", 2015, 67.7, ""),
            ("经济总量", "gdp", "actual", 2015, 60.0, "超过"),
            ("经济总量", "gdp", "actual", 2010, 40.0, "超过"),
            ("经济总量", "gdp", "target", 2015, 70.0, "超过")]
    ind = pd.DataFrame([dict(report_id="r", figure_id=f"r#f{n}", section="p1.s0", part=1,
                             role="review", kind=k, year=y, indicator=i, indicator_code=c,
                             measure="level", value=v, unit="万亿元", qualifier=q, start=n,
                             sentence_index=n, value_high=float("nan"), quote=f"{v}万亿元")
                        for n, (i, c, k, y, v, q) in enumerate(rows)])
    table = analysis.section_table(ind, "r", "p1.s0")
    assert table["figure_id"].tolist() == ["r#f0", "r#f2", "r#f3"]
    said = " ".join(prose.describe_change(r) for r in
                    analysis.levels_and_changes(ind).to_dict("records"))
    assert "60 trillion" not in said and "67.7 trillion" in said, said


def test_a_target_missed_in_words_is_told_so_beside_its_verdict():
    """Re-test 72, N1: the targets page's table said "fell short" and its prose "unclear"."""
    from workreport.verdicts import describe_outcome

    row = {"indicator": "进出口", "english": "Total imports and exports", "target": 6.0,
           "unit": "%", "qualifier": "左右", "measure": "change", "target_high": None,
           "target_year": 2015, "later_id": "b", "report_id": "a", "outcome": float("nan"),
           "met": "fell short", "rule": "about (左右): met within ±0.5 percentage points; "
           "fell short: the next report says so in words, no figure: "
           "进出口总额出现下降，预期增长目标未能实现"}
    text = describe_outcome(row, {"a": "the State Council"}, {"b": 2016})
    assert text.endswith("its 2016 report states no figure for 2015 but says the target "
                         "was missed: “进出口总额出现下降，预期增长目标未能实现” "
                         "(verdict: fell short)."), text


def test_statements_keep_the_order_of_the_rows_given():
    """Tester 72, D5: GDP led the headline results, then was sorted after the opening."""
    rows = pd.DataFrame([dict(report_id="r", figure_id=f"r#f{n}", section=s, kind="actual",
                              year=2023, indicator=i, measure=m, value=v, unit=u, qualifier="",
                              quote=f"{v}{u}", start=st, sentence_index=k)
                         for n, (s, k, st, i, m, v, u) in enumerate([
                             ("p1.s1", 5, 90, "地区生产总值", "change", 4.6, "%"),
                             ("p1.s0", 1, 10, "全国重点实验室", "level", 10.0, "家")])])
    out = analysis.levels_and_changes(rows)
    assert out["indicator"].tolist() == ["地区生产总值", "全国重点实验室"]


def test_the_targets_reading_names_the_largest_cut_once():
    """Re-test 72, N8: "Largest cut: X …" then "X …" again, in a row."""
    df = pd.DataFrame([_target("筹集保障性租赁住房", 7400.0, "套", 24000.0, 2024,
                               english="Rental homes", indicator_en="Rental homes"),
                       _target("新增企业", 70.0, "家", 107.0, 2024, english="New firms",
                               indicator_en="New firms")])
    df = df.assign(result_in_unit=df["result"], difference=df["target"] - df["result"])
    said = findings.targets_said(df, df)
    assert sum("Rental homes" in s for s in said) == 1, said
    assert any(s.startswith("New firms") for s in said[1:]), said


def test_an_outcome_table_tells_a_fall_its_name_says_by_its_size():
    """Re-test 72, N3: "Reduction of the rural poor: a fall of at least 10 million people
    (−1,000万人以上)", an outcome of −14.42 million, a double negative."""
    from workreport import series

    o = pd.DataFrame([dict(government="国务院", year=2015, indicator_code="rural_poverty_reduction",
                           measure="change", target_value=-1000.0, target_value_high=None,
                           target_unit="万人", target_qualifier="以上", outcome_value=-1442.0,
                           outcome_unit="万人", outcome_qualifier=None)])
    r = series.outcome_rows(o, series.government_key("国务院")).iloc[0]
    assert (r["target"], r["outcome"]) == ("at least 10 million people (1,000万人以上)",
                                           "14.42 million people (1,442万人)")


def test_the_targets_page_outcomes_table_shows_a_named_fall_and_its_outcome_by_size():
    """Re-test 72, N3: SC 2015's targets page put target "1,000" beside result "−1,442"."""
    rows = pd.DataFrame([{"indicator": "减少农村贫困人口", "english": "Reduction of the rural poor",
                          "measure": "change", "unit": "万人", "target": -1000.0,
                          "target_high": float("nan"), "qualifier": "以上", "outcome": -1442.0}])
    html = display.table(rows, {"english": "English", "target": "target", "unit": "unit",
                                "outcome": "result"}).data
    assert "<td>1,000</td>" in html and "<td>1,442</td>" in html and "−1,442" not in html, html
