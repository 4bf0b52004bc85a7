"""kinds.already: figures of a plan part that state what is already so (issue 13 §1, Kind).
The rules' phrasings as whole extractions are in tests/data/phrasings_values.csv
(test_figures); here each rule's boundary, on the sentence before the number."""

import pytest

from workreport.extract.kinds import already, annex_title

from .test_figures import _figures


@pytest.mark.parametrize(("before", "year", "expected"), [
    ("目前已投入资金", 2021, True),                       # progress in the clause
    ("重大水利工程已开工的", 2014, True),
    ("确保已开工项目完成投资", 2014, False),              # a goal verb after the word
    ("确保已开工的", 2014, True),                         # things already so: a stock (r23)
    ("确保已开工", 2014, False),                          # a goal set for what is there
    ("截至目前，已完成投资3亿元，占年度计划的", 2021, True),  # progress opening the sentence
    ("目前已投入运营，日屠宰肉鸽", 2021, True),
    ("目前已投入运营，今年新增产能", 2021, False),         # a plan word after the opening
    ("依托", 2023, True),                                 # background
    ("全区有", 2025, True),
    ("力争全县有", 2025, False),
    ("2020年申报的", 2020, True),                         # declared before the plan
    ("2021年申报的", 2020, False),                        # a later year: still to declare
    ("申报中央预算内项目", 2020, False),
])
def test_already(before, year, expected):
    assert already(before, year) is expected


# Round 14: an appendix takes its kind from its title (invented appendices of a 2014 report).
_PLAN = "一、2013年工作回顾\n新增就业5.5万人。\n二、2014年主要工作\n新建学校3所。\n"


@pytest.mark.parametrize(("annex", "kind"), [
    ("附件1\n某县2013年十大工程进展情况\n3.城区道路改造工程\n事项进展：完成道路改造60公里。\n",
     "actual"),
    ("附件2：2013年民生实事完成情况\n1.新建幼儿园5所。\n", "actual"),
    ("附件1\n某县2013年十大工程进展情况\n1.城区道路：下步计划完成投资5亿元。\n", "target"),
    ("附件1\n某县2013年十大工程进展情况\n1.城区道路：占年度计划的120%。\n", "actual"),
    ("附件1\n2014年民生实事\n1.每千人口拥有托位数不少于5.5个。\n", "target"),
    ("附件1\n某县2014年十大工程\n1.新建道路60公里。\n", "target"),
    # round 25 (K, after seed 2139): an appendix saying its projects were done reviews them
    ("附件\n2013年重点项目\n上述项目均已按期竣工投用。\n1.甲乙物流园项目，总投资5亿元。\n",
     "actual"),
    ("附件：某县2013年城建项目\n1.丙丁医院项目，总建筑面积3万平方米，已全部建成。\n", "actual"),
    ("附件\n2014年重点项目\n确保上述项目年内全部竣工。\n1.甲乙物流园项目，总投资5亿元。\n",
     "target"),
])
def test_an_appendix_title_gives_its_figures_their_kind(annex, kind):
    rows = _figures(_PLAN + annex)
    assert rows[rows.section.str.startswith("p3")].kind.tolist() == [kind]


def test_a_ratio_per_head_in_a_plan_is_no_background_fact():
    rows = _figures(_PLAN + "每千人口拥有托位数不少于5.5个。\n全县拥有耕地50万亩。\n")
    assert rows.iloc[2:].kind.tolist() == ["target", "actual"]


@pytest.mark.parametrize(("text", "title"), [
    ("附件1\n某县2013年十大工程进展情况\n1.道路", "附件1某县2013年十大工程进展情况"),
    ("附件2：2014年民生实事\n1.道路", "附件2：2014年民生实事"),
    ("名词解释\n1.道路", ""),
])
def test_annex_title(text, title):
    assert annex_title(text, 0, len(text)) == title


def test_a_field_of_progress_in_an_appendix_item_is_a_result():
    rows = _figures(_PLAN + "附件1\n2014年重点工作\n1.城区道路改造：计划改造道路80公里。\n"
                    "2.县城供水工程：事项进展：完成管网铺设60公里。\n")
    assert rows[rows.section.str.startswith("p3")].kind.tolist() == ["target", "actual"]


def _kinds(sentence: str, quote: str) -> list[str]:
    """The kinds of the rows quoting ``quote`` in ``sentence`` of the 2014 plan part."""
    rows = _figures(_PLAN + sentence + "\n")
    return rows[rows.quote == quote].kind.tolist()


# Session 70 (kind): a plan part's clause whose verb carries the completed aspect (已, 已经,
# 业已, 已于…) states what is done, a result (kinds.already, completed rule); a goal word
# before the marker, a second verb after its own, or a later item of a list keeps a target.
@pytest.mark.parametrize(("sentence", "quote", "kind"), [
    ("国家已设立200亿元产业投资基金，要吸引更多社会资本。", "200亿元", "actual"),
    ("省里业已筹集专项资金3亿元。", "3亿元", "actual"),
    ("市里已于近日设立风险补偿资金5000万元。", "5000万元", "actual"),
    ("全县已经培育家庭农场120家。", "120家", "actual"),
    ("今年将设立200亿元产业投资基金。", "200亿元", "target"),       # a plan with 将
    ("力争年底前全县已设立村级服务站200个。", "200个", "target"),   # a goal before 已
    ("已开工项目完成投资50亿元。", "50亿元", "target"),             # the clause's own verb
    ("积极推进3家已进入破产程序和5家列入计划的企业改制。", "5家", "target"),  # a later item
    ("中央财政已按财政性教育经费支出占国内生产总值的4%编制预算。", "4%", "target"),  # a basis
    ("凡已认定企业每家奖励50万元。", "50万元", "target"),         # a condition
    ("已认定企业每家奖励50万元。", "50万元", "target"),           # a standard per unit
    ("全县已于2013年底建成污水管网80公里，今年再建20公里。", "20公里", "target"),  # its own clause
])
def test_a_completed_act_in_a_plan_is_a_result(sentence, quote, kind):
    assert _kinds(sentence, quote) == [kind]


# Session 70 (kind): the people of the year a plan must find work for, counted bare
# ("今年高校毕业生749万人", kindfaced.faced_people), are a stock it faces, not its goal; a
# forecast stated with 预计 stays a target (statecouncil_2024_gold.csv, 高校毕业生), and so
# does a count of the people the plan acts on.
@pytest.mark.parametrize(("sentence", "quote", "kind"), [
    ("今年高校毕业生680万人，为历史最高。", "680万人", "actual"),
    ("今年全省高校毕业生将高达32万人，要多渠道促进就业。", "32万人", "actual"),
    ("今年城镇新成长劳动力约1200万人，要千方百计扩大就业。", "约1200万人", "actual"),
    ("预计今年高校毕业生超过900万人，要强化青年就业政策。", "超过900万人", "target"),
    ("今年帮助高校毕业生2万人就业。", "2万人", "target"),
    ("今年引进高校毕业生5000名。", "5000名", "target"),
    ("力争今年高校毕业生就业率达到90%。", "90%", "target"),
    ("新增城镇就业3000人，其中高校毕业生1000人。", "1000人", "target"),  # no year, no verb
])
def test_the_graduates_a_plan_faces_are_a_stock(sentence, quote, kind):
    assert _kinds(sentence, quote) == [kind]


# Session 70 (lead): a plan's actual opening with 今年 states the report year's stock (2014's
# graduates in a report of 2014), not the year reviewed; the start of a change stays last year's.
@pytest.mark.parametrize(("sentence", "quote", "year"), [
    ("今年高校毕业生680万人，为历史最高。", "680万人", 2014),
    ("今年全省高校毕业生将高达32万人，要多渠道促进就业。", "32万人", 2014),
    ("今年城乡居民医保补助标准由每人每年240元提高到280元。", "240元", 2013),
    ("全县已于2013年底建成污水管网80公里。", "80公里", 2013),
])
def test_a_plan_actual_of_this_year_takes_the_report_year(sentence, quote, year):
    rows = _figures(_PLAN + sentence + "\n")
    assert rows[rows.quote == quote].year.tolist() == [year]
