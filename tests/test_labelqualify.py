"""``extract.labelqualify``: which of a generic counted noun are counted (issue 13, round
10). Whole sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelcountedof import counted_of, increase_owner, sent_or_manner
from workreport.extract.labelqualify import qualified


@pytest.mark.parametrize(("name", "before", "after", "expected"), [
    ("学生", "今年有", "学生被重点高校录取。", "被重点高校录取的学生"),  # passive
    ("企业", "", "企业被认定为高新技术企业", "被认定为高新技术企业"),  # names them already
    ("学生", "", "学生被985、211高校录取", "学生"),  # digits: no label
    ("卫生院", "", "卫生院达到优质服务基层行国家推荐标准",
     "达到优质服务基层行国家推荐标准的卫生院"),
    ("卫生院", "", "卫生院达到12家", "卫生院"),  # an amount, not a standard
    ("县区", "", "县区建成国家级电子商务进农村综合示范县",
     "建成国家级电子商务进农村综合示范县的县区"),
    ("区县", "", "区县获评全国传统村落集中连片保护利用示范区县",
     "获评全国传统村落集中连片保护利用示范区县"),
    ("机构", "积极引进与高校合作的", "机构", "与高校合作的机构"),  # relative clause
    ("机构", "，建成投用的", "机构", "建成投用的机构"),
    ("机构", "，建成的", "机构投入运营", "机构"),  # one word: no clause
    ("项目", "总投资30亿元的", "项目", "项目"),  # money: naming's rule
    ("部门", "，县委的", "部门", "部门"),  # an owner, not a clause
    ("全县学生", "全县", "学生被重点高校录取", "全县被重点高校录取的学生"),  # scope stays
    ("廉租房", "建成的", "廉租房", "廉租房"),  # not a generic noun
    ("学生", "", "名学生", "学生"),  # the noun does not follow
    # round 11
    ("自然村", "", "自然村完成农村生活污水治理", "农村生活污水治理的自然村"),  # filler, work
    ("企业", "", "企业完成投资3亿元", "企业"),  # money, not what was done
    ("幼儿园", "", "幼儿园通过省级示范园验收", "通过省级示范园验收的幼儿园"),
    ("县（市）", "争创国家卫生城市的", "县（市）全部通过验收", "争创国家卫生城市的县（市）"),
    ("县（市、区）", "", "县（市、区）开展养老保险试点", "开展养老保险试点的县（市、区）"),
    ("集体", "", "集体、7名个人荣获全国模范表彰", "荣获全国模范表彰的集体"),  # shared
    ("村获评省级示范村", "", "村获评省级示范村", "获评省级示范村"),  # run on
    ("个人荣获党中央", "", "个人荣获党中央、国务院表彰", "荣获党中央、国务院表彰的个人"),
    # round 25: bodies conferring an honour together are no list of predicates
    ("集体", "", "集体、9名个人荣获省委、省政府表彰", "荣获省委、省政府表彰的集体"),
    ("个人荣获省委", "", "个人荣获省委、省政府嘉奖", "荣获省委、省政府嘉奖的个人"),
    ("个人荣获省委", "", "个人荣获省委、市委嘉奖", "个人荣获省委"),  # no such pair
    ("投资", "南水北调配套工程进展顺利，完成", "。", "南水北调配套工程投资"),  # works
    ("投资", "全县经济稳定增长，完成", "。", "投资"),  # no works
    ("投资", "推进道路建设，完成", "。", "投资"),  # a verb first: naming's rule
])
def test_qualified(name, before, after, expected):
    assert qualified(name, before, after) == expected


def test_a_verb_jieba_mistags_still_takes_the_noun_after_its_number():
    assert sent_or_manner("依法取缔", "count")  # tagged l
    assert sent_or_manner("三甲医院选派", "people")  # 选派 tagged n
    assert not sent_or_manner("三甲医院选派", "money")
    assert not sent_or_manner("依法行政", "count")


def test_an_increase_naming_no_thing_is_of_the_thing_before_or_its_unit():
    assert increase_owner("五年新增", "先进织机", "台") == "先进织机五年新增"
    assert increase_owner("平均每天新增", "新登记企业", "万户") == "新登记企业平均每天新增"
    assert increase_owner("“以大换小”新增", None, "兆瓦") == "“以大换小”新增装机"
    assert increase_owner("五年新增", "织机覆盖率", "台") == "五年新增"
    assert increase_owner("新增城镇就业", "企业", "万人") == "新增城镇就业"


@pytest.mark.parametrize(("after", "rest", "expected"), [
    ("县城", "以县城为载体的城镇化试点", "以县城为载体的城镇化试点"),  # a relative clause
    ("因大病", "因大病致贫的特困户进行了救助", "因大病致贫的特困户"),
    ("行政村的生活污水治理", "行政村的生活污水治理", "生活污水治理的行政村"),  # an action
    ("科技企业的建设进度", "科技企业的建设进度", "科技企业"),  # said of them
    ("农村人口的饮水困难", "农村人口的饮水困难", "饮水困难的农村人口"),  # a problem
    # Not: no 的, a noun before a number's own relative clause ("以[1个信息平台]为载体…"),
    # a counted noun after 的 (组织, 企业 …).
    ("高标准农田", "高标准农田", "高标准农田"),
    ("信息平台", "信息平台为载体构成的国土空间总体规划成果体系", "信息平台"),
    ("成规模的农业生产性服务组织", "成规模的农业生产性服务组织", "成规模的农业生产性服务组织"),
])
def test_counted_of(after, rest, expected):
    assert counted_of(after, rest) == expected
