"""The subject of an earlier clause owning a bare measure, of ``extract.labeltopicchain``
(issue 13 §2, round 76, x2); whole sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labeltopicchain import topic_owned


@pytest.mark.parametrize(("name", "before", "expected"), [
    # The subject of the nearest clause that has one, past clauses with none.
    ("税收", "2017年，长城公司在徐水实现产值428.1亿元，同比增长28.8%；实现税收", "长城公司税收"),
    ("人口", "2016年，县城主城区面积达20平方公里，人口达", "县城主城区人口"),
    ("年出栏", "宝迪楼房养猪项目6月底前投产运行，年出栏", "宝迪楼房养猪项目年出栏"),
    ("税收收入增速", "开发区主营业务收入达到183亿元，同比增长39.03%；固定资产投资实现翻番，"
     "税收收入增速超过", "开发区税收收入增速"),
    ("全产业链产值", "稀土要锚定“两个稀土基地”建设目标，力争全产业链产值突破", "稀土全产业链产值"),
    ("从业人员", "10人以上加工点发展到251个，涉及箱包、服装等18个门类，从业人员",
     "10人以上加工点从业人员"),
    ("年交易额", "成立了易极拍卖交易中心，年交易额达", "易极拍卖交易中心年交易额"),
    # No owner: a sector's measure, a scope, a judging noun, a generic noun, a heading, no
    # measure of the list, a figure in the first clause.
    ("税收", "工业总产值达到150亿元，工业增加值达到30亿元，税收超", "税收"),
    ("税收", "全县地区生产总值增长6%，税收增长", "税收"),
    ("税收", "力争到2025年，综合排名跻身省级开发区前50，税收超", "税收"),
    ("产值", "企业达到50家，产值", "产值"),
    ("税收收入", "预期目标是：一般公共预算收入完成4.6亿元，税收收入增长", "税收收入"),
    ("接待游客", "某某景区建成开放，接待游客", "接待游客"),
    ("税收", "税收", "税收"),
])
def test_topic_owned(name, before, expected):
    assert topic_owned(name, before, "", "") == expected
