"""Round 46 (s46c): the term an end-of-term review's section carries over its paragraphs
(labelterm.section_term) and a 累计 figure taking it (labelperiods.period_named); invented
paragraphs of the shapes of the development draws' rows."""
import pytest

from workreport.extract.labelperiods import period_named
from workreport.extract.labelperiodscope import run_shared
from workreport.extract.labelterm import section_term


@pytest.mark.parametrize(("heads", "heading", "expected"), [
    # the term opens an earlier paragraph of the section; later ones review the same years
    (["“十三五”时期，是我县砥砺前行的五年。", "坚持绿色发展，生态环境持续改善。"],
     "2020年和“十三五”工作回顾", "“十三五”期间"),
    (["过去五年，是我们攻坚克难的五年。", "聚焦民生改善，群众获得感增强。"], "", "五年"),
    (["——这五年，经济稳中有进。", "坚持改革开放，活力不断增强。"], "", "五年"),
    # a paragraph opening with the year just reviewed ends the term's review
    (["“十三五”时期，是我县砥砺前行的五年。", "刚刚过去的2020年，是极不平凡的一年。",
      "这一年，我们坚持科学防控。"], "2020年和“十三五”工作回顾", ""),
    (["这五年，我们聚焦发展质效。", "一年来，我们全面推进项目建设。"], "", ""),
    # with no opener in the section, a heading naming the term and no year
    (["坚持城乡统筹，城乡面貌明显改善。"], "过去五年工作回顾", "五年"),
    (["坚持城乡统筹，城乡面貌明显改善。"], "“十二五”时期经济社会发展回顾", "“十二五”期间"),
    (["坚持城乡统筹，城乡面貌明显改善。"], "回顾“十三五”，我们坚定前行", ""),
    (["坚持城乡统筹，城乡面貌明显改善。"], "“十三五”时期和2020年工作回顾", ""),
    (["坚持城乡统筹，城乡面貌明显改善。"], "2024年工作回顾", ""),
    # round 81 review (q1): a paragraph opening with 过去的一年 ends the term's review too, and
    # a sub-section of the term's part titled by a year reviews that year
    (["过去五年，是我们攻坚克难的五年。", "过去的一年，我们攻坚克难。"], "", ""),
    (["过去五年，是我们攻坚克难的五年。", "一年里，我们攻坚克难。"], "", ""),
])
def test_section_term(heads, heading, expected):
    assert section_term(heads, heading) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("2012年主要工作", ""), ("一年来的主要工作", ""), ("坚持城乡统筹", "五年"), ("", "五年")])
def test_section_term_own_title(title, expected):
    """Round 81 review (q1): a sub-section of a term's part titled by a year reviews that year."""
    assert section_term(["坚持城乡统筹，城乡面貌明显改善。"], "过去五年工作回顾", None, title) \
        == expected


@pytest.mark.parametrize(("name", "before", "clause", "measure", "lead", "term", "expected"), [
    # a 累计 level takes the section's term
    ("生态补水", "累计完成生态补水", "累计完成生态补水", "level", "", "“十三五”期间",
     "“十三五”期间生态补水"),
    ("新建农村公路", "累计新建农村公路", "累计新建农村公路", "level", "坚持城乡统筹。", "五年",
     "五年累计新建农村公路"),
    # round 81 (x3): a count done without 累计 too; not a stock reached, nor with a year or
    # span of its own
    ("新建农村公路", "新建农村公路", "新建农村公路", "level", "", "五年", "五年累计新建农村公路"),
    ("新建农村公路", "两年新建农村公路", "新建农村公路", "level", "", "五年", "新建农村公路"),
    ("学校", "目前有学校", "目前有学校", "level", "", "五年", "学校"),
    ("民生支出", "全县民生支出累计达到", "全县民生支出累计达到", "level", "", "五年", "民生支出"),
    # round 81 review (q1): a year's statistic of the economy or budget, one thing's land
    ("固定资产投资", "固定资产投资完成", "固定资产投资完成", "level", "", "五年", "固定资产投资"),
    ("一般公共预算支出", "完成一般公共预算支出", "完成一般公共预算支出", "level", "", "五年",
     "一般公共预算支出"),
    ("物流园占地", "建成占地", "建成占地", "level", "", "五年", "物流园占地"),
    ("新建农村公路", "2020年累计新建农村公路", "2020年累计新建农村公路", "level", "", "五年",
     "新建农村公路"),
    ("新建农村公路", "累计新建农村公路", "累计新建农村公路", "level", "2020年，全县加快建设。",
     "五年", "新建农村公路"),
    # round 82 (x3): a run's 累计 is shared by any flow or count after it, as an opener is;
    # not a level at a time, a stock reached, nor a clause of its own year
    ("农业保险理赔金额", "建立机制，累计办理农业保险5.6万户，理赔", "理赔", "level", "", "五年",
     "五年累计农业保险理赔金额"),
    ("农民人均可支配收入", "累计投入资金5亿元，农民人均可支配收入", "农民人均可支配收入",
     "level", "", "五年", "农民人均可支配收入"),
    ("入驻企业", "累计投入4亿元，入驻企业达到", "入驻企业达到", "level", "", "五年", "入驻企业"),
    ("企业", "企业累计达到36家，今年新增企业", "今年新增企业", "level", "", "五年", "企业"),
    ("创收金额", "全年累计接待游客536万人次，创收", "创收", "level", "", "五年", "创收金额"),
    ("在校生", "累计投入资金3亿元，新建学校12所，在校生", "在校生", "level", "", "五年", "在校生"),
    ("财政收入", "生产总值增长到77.2亿元，累计增长44.44%，财政收入由5亿元增长到",
     "财政收入由5亿元增长到", "level", "", "五年", "财政收入"),
    # round 82 (x3): a change with no base of its own in a term's section takes the base year
    # of its ；-part (比 or 较), two or more years before the one reviewed; not across ；
    ("优良率", "综合污染指数较2016年改善28.6%，优良天数达到245天，优良率提高", "优良率提高",
     "change", "", "五年", "优良率比2016年"),
    ("优良率", "综合污染指数较2016年改善28.6%，优良率提高", "优良率提高", "change", "", "",
     "优良率"),
    ("优良率", "综合污染指数较2020年改善28.6%，优良率提高", "优良率提高", "change", "", "五年",
     "优良率"),
    ("规上工业增加值", "生产总值比2015年翻一番；规上工业增加值增长", "规上工业增加值增长",
     "change", "", "五年", "规上工业增加值"),
    # a 累计 change: the period after the stock, or 累计 alone
    ("化学需氧量", "节能减排成效显著，化学需氧量累计削减", "化学需氧量累计削减", "change", "",
     "五年", "化学需氧量五年累计"),
    ("化学需氧量", "化学需氧量累计削减", "化学需氧量累计削减", "change", "", "",
     "化学需氧量累计"),
    ("耕地面积", "耕地面积比2015年累计增加", "耕地面积比2015年累计增加", "change", "", "五年",
     "耕地面积"),  # a base of its own: since_year names it
])
def test_period_named_term(name, before, clause, measure, lead, term, expected):
    assert period_named(name, before, clause, measure, "actual", 2021, lead, "", term) \
        == expected


@pytest.mark.parametrize(("name", "before", "whole", "unit", "expected"), [
    # round 82 (x3): money of a 累计 run with no verb of its own shares the run's total
    ("实际利用外资", "固定资产投资累计完成208.4亿元，实际利用外资", "实际利用外资", "亿美元", True),
    ("签约项目总投资", "累计签约项目43个，总投资", "总投资", "亿元", True),
    ("在校生", "累计投入资金3亿元，新建学校12所，在校生", "在校生", "万人", False),
    ("人均收入", "累计投入资金3亿元，人均收入", "人均收入", "元", False),
])
def test_run_shared(name, before, whole, unit, expected):
    assert run_shared(name, before, whole, unit) is expected

