"""Unit tests of ``labelzones.topic_projects`` (round 41, ra41)."""

from workreport.extract.labelzones import topic_projects, zoned


def test_topic_owns_staged_projects():
    assert topic_projects("建成项目", "高速公路，开工某某等3个项目，建成甲至乙等", "", "count") \
        == "高速公路建成项目"
    assert topic_projects("开工重点项目", "铁路，", "", "count") == "铁路开工重点项目"
    assert topic_projects("开工项目", "铁路，开工项目4个；机场，", "", "count") == "机场开工项目"


def test_no_topic_leaves_the_label():
    assert topic_projects("开工项目", "全县，", "", "count") == "开工项目"
    assert topic_projects("开工项目", "强化要素保障，", "", "count") == "开工项目"
    assert topic_projects("开工项目", "铁路，开工项目4个；", "", "count") == "开工项目"
    assert topic_projects("产业项目", "铁路，", "", "count") == "产业项目"  # not a stage
    assert topic_projects("项目投资", "铁路，", "", "money") == "项目投资"


def test_zoned_applies_both():
    assert zoned("建成项目", "高速公路，", "", "count") == "高速公路建成项目"
    assert zoned("营业收入", "经济开发区建设扎实推进，", "", "money") \
        == "经济开发区营业收入"
