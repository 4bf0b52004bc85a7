"""Round 80 (x8): a phrase of manner before the act goes (labelmanner.manner_dropped), and the
frame of using the counted things' role (labelroleframe.role_framed); whole sentences are in
tests/data/phrasings_labels.csv."""
import pytest

from workreport.extract.labelmanner import manner_dropped
from workreport.extract.labelroleframe import role_framed


@pytest.mark.parametrize(("name", "expected"), [
    ("因地制宜优化撤并小规模学校", "优化撤并小规模学校"),
    ("清单化项目化改造燃气管网", "改造燃气管网"),
    ("“一企一策”推动市属国有融资平台退出", "市属国有融资平台退出"),
    ("“一户一策”精准帮扶监测对象", "帮扶监测对象"),
    ("争分夺秒转移安置群众", "转移安置群众"),
    ("潜力地区因地制宜发展特色产业集群", "潜力地区发展特色产业集群"),
    # not: after a verb whose object it is, after 等 or 通过, before no verb, alone
    ("纳入清单化管理的政务服务事项", "纳入清单化管理的政务服务事项"),
    ("国家农展馆通过自身平台和长沙农交会等多渠道推介特色农副产品",
     "国家农展馆通过自身平台和长沙农交会等多渠道推介特色农副产品"),
    ("“一村一策”方案", "“一村一策”方案"),
    ("因地制宜", "因地制宜"),
])
def test_manner_dropped(name, expected):
    assert manner_dropped(name, "", "", "count") == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("发挥好国家区域医疗中心服务功能", "国家区域医疗中心"),
    ("发挥省级前期工作专项资金作用", "省级前期工作专项资金"),
    # not: no verb of use before, no role word at the end, a role word alone
    ("国家区域医疗中心服务功能", "国家区域医疗中心服务功能"),
    ("发挥好国家区域医疗中心", "发挥好国家区域医疗中心"),
    ("发挥作用", "发挥作用"),
])
def test_role_framed(name, expected):
    assert role_framed(name, "", "", "count") == expected
