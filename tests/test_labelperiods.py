"""Round 24, part C: the period a figure counts over stays in its label (labelperiods);
invented sentences of the shapes of the d9001 audit's rows."""
import pytest

from workreport.extract.labelperiods import (
    base_year_named,
    paragraph_period,
    past_year_named,
    period_named,
    period_of,
    period_total,
    ratio_base_named,
)
from workreport.extract.labelspans import included, spanned, unspanned


@pytest.mark.parametrize(("before", "expected"), [
    ("五年来，累计投入1200万元实施供水工程，解决了", "五年"),
    ("过去五年，新建学校", "五年"),
    ("“十二五”时期，全区民生支出", "“十二五”期间"),
    ("“十四五”以来，全市新增", "“十四五”以来"),
    ("五年来，新建公路320公里；2013年，新建", ""),  # a clause naming its own year ends it
    ("全年新建公路", ""),
])
def test_period_of(before, expected):
    assert period_of(before) == expected


@pytest.mark.parametrize(("name", "before", "clause", "measure", "kind", "expected"), [
    ("引进重点项目", "五年来，累计引进重点项目", "累计引进重点项目", "level", "actual",
     "五年累计引进重点项目"),
    ("累计植树", "五年来，累计植树", "累计植树", "level", "actual", "五年累计植树"),
    ("存款余额", "五年来，存款余额达到", "存款余额达到", "level", "actual", "存款余额"),
    ("生产总值", "五年来，生产总值年均增长", "生产总值年均增长", "change", "actual",
     "生产总值五年年均"),
    ("生产总值", "“十二五”期间，生产总值年均增长", "生产总值年均增长", "change", "actual",
     "生产总值“十二五”期间年均"),
    ("生产总值", "到2025年，生产总值年均增长", "生产总值年均增长", "change", "target", "生产总值"),
    ("财政收入", "财政收入从2006年的5亿元增长到8亿元，累计增长", "累计增长", "change", "actual",
     "财政收入比2006年"),
    ("投资", "五年来，投资比上个五年增加", "投资比上个五年增加", "change", "actual", "投资"),
    ("就业专项资金", "五年累计投入就业专项资金", "", "share", "actual", "就业专项资金"),
])
def test_period_named(name, before, clause, measure, kind, expected):
    assert period_named(name, before, clause, measure, kind) == expected


def test_past_year_opening_the_sentence():
    assert past_year_named("贫困村", "2010年，", "level", "actual", 2013) == "2010年贫困村"
    assert past_year_named("贫困村", "2012年，", "level", "actual", 2012) == "贫困村"
    assert past_year_named("贫困村", "2010年，", "level", "target", 2013) == "贫困村"


@pytest.mark.parametrize(("name", "before", "measure", "expected"), [
    ("耕地保有量", "耕地保有量由2009年的", "level", "2009年耕地保有量"),
    ("耕地保有量", "耕地保有量由2012年底的", "level", "耕地保有量"),  # the year reviewed's base
    ("国防费", "比重已从一九五〇年的60%降低到1953年的31%，其中国防费从", "share", "1950年国防费"),
    ("耕地保有量", "耕地保有量由2009年的", "change", "耕地保有量"),
])
def test_base_year_named(name, before, measure, expected):
    assert base_year_named(name, before, measure, 2012) == expected


@pytest.mark.parametrize(("before", "reviewed", "expected"), [
    ("粮食产量达100万吨，是2008年的", 2013, "粮食产量比2008年"),
    ("粮食产量达100万吨，是2012年的", 2013, "粮食产量"),  # last year's multiple
    ("粮食产量达100万吨，是2008年的", None, "粮食产量"),
])
def test_ratio_base_named(before, reviewed, expected):
    assert ratio_base_named("粮食产量", before, "ratio", reviewed) == expected


@pytest.mark.parametrize(("name", "previous", "expected"), [
    ("“十四五”末总量", "建设筹措人才公寓", "“十四五”末人才公寓总量"),
    ("2025年底总数", "新建公园", "2025年底公园总数"),
    ("总量", "新建公园", "总量"),
])
def test_period_total(name, previous, expected):
    assert period_total(name, previous) == expected


# Round 30 (L3): a span of years opening the act (labelspans), invented shapes.
@pytest.mark.parametrize(("name", "before", "measure", "quote", "expected"), [
    ("用5年时间建成美丽乡村", "用5年时间建成美丽乡村", "level", "", "五年建成美丽乡村"),
    ("建成污水管网", "通过三年努力，建成污水管网", "level", "", "三年建成污水管网"),
    ("新增绿地", "未来4年新增绿地", "level", "", "四年新增绿地"),
    ("规上企业", "力争用3年时间，全市规上企业", "level", "突破600家", "规上企业"),
    ("营业收入", "今后五年发展目标是：营业收入", "level", "", "营业收入"),
    ("覆盖率", "用3年时间使覆盖率达到", "share", "", "覆盖率"),
    ("建成驿站", "仅用一年多时间建成驿站", "level", "", "建成驿站"),  # the year's own
])
def test_spanned(name, before, measure, quote, expected):
    assert spanned(name, before, measure, quote) == expected


def test_unspanned_and_included():
    assert unspanned("用6年时间培育家庭农场900个、", "用6年时间培育家庭农场") == (
        "培育家庭农场900个、", "培育家庭农场")
    assert unspanned("到2030年建成公园12个、", "建成公园")[0] == "建成公园12个、"
    assert included("含高级技师", "培养技能人才500名（含")[0] == "高级技师"
    assert included("含", "亩产1500公斤以上（含") == ("含", "亩产1500公斤以上（含")


@pytest.mark.parametrize(("lead", "reviewed", "expected"), [
    ("今年是“十一五”收官之年。过去五年，全县面貌一新。", 2010, ""),  # a plan's year
    ("2010年是“十一五”收官之年。过去五年，全县面貌一新。", 2010, "五年"),
    ("2010年是“十一五”最后一年。五年来，全县面貌一新。", 2010, "五年"),
    ("2014年是“十二五”收官之年。过去五年，全县面貌一新。", 2013, ""),  # the plan year's
])
def test_paragraph_period_after_the_term_last_year(lead, reviewed, expected):
    """Round 38 (ra38): a first sentence naming the year reviewed as the term's last comes before
    the term's opener."""
    assert paragraph_period(lead, reviewed) == expected
