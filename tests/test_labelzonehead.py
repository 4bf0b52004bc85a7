"""Round 76 (x6): a paragraph's heading sentence about a zone alone (labelzonehead) and a
scoped total of projects split by stage (labelstageparts); the round 76 review's (q2) guard on
labelgotten.inner_reach; whole sentences are in tests/data/phrasings_labels.csv."""
import pytest

from workreport.extract.labelgotten import inner_reach
from workreport.extract.labelstageparts import _scoped_class, _stage
from workreport.extract.labelzonehead import heading_zone, zone_headed


@pytest.mark.parametrize(("heading", "zone"), [
    ("雄安新区建设取得新进展。", "雄安新区"),
    ("高标准高质量推进雄安新区建设。", "雄安新区"),
    ("园区做强“提能”。", "园区"),
    ("提升园区承载能力。", "园区"),
    ("（三）经济开发区提档升级。", "经济开发区"),
    # not: a heading naming more than the zone, a verb before it, a clause, two zones
    ("抓园区建设招商。", ""),
    ("持续抓园区建设。", ""),
    ("园区建设扎实推进，项目承载能力不断增强。", ""),
    ("开发区和产业园建设取得新进展。", ""),
    ("开发区企业达到120家。", ""),
    ("强化项目园区建设。", ""),  # projects and parks (round 76 review, q2)
])
def test_heading_zone(heading, zone):
    assert heading_zone(heading) == zone


@pytest.mark.parametrize(("name", "lead", "opening", "expected"), [
    ("固定资产投资", "雄安新区建设取得新进展。坚持高标准。", "启动区基本建成，全年固定资产投资增长",
     "雄安新区固定资产投资"),
    # the one zone the sentence names is left to labelgenericact (round 76 review, q2)
    ("营业收入", "提升园区承载能力。加快厂房建设。", "持续实施开发区实力倍增计划，确保营业收入增长",
     "营业收入"),
    ("固定资产投资", "雄安新区建设取得新进展。", "支持企业向园区集中，全年固定资产投资增长",
     "固定资产投资"),
    ("固定资产投资", "开发区建设取得新进展。", "推动产业园区提档升级，全年固定资产投资增长",
     "固定资产投资"),
    ("固定资产投资", "雄安新区建设取得新进展。", "新区启动区基本建成，全年固定资产投资增长",
     "雄安新区固定资产投资"),
    ("财政收入", "提升园区承载能力。", "县域经济持续壮大，财政收入增长", "财政收入"),
    ("固定资产投资", "高新区建设取得新进展。全县经济稳中向好。", "固定资产投资增长",
     "固定资产投资"),
    # not: the paragraph's first sentence, a scope of its own, a label naming more
    ("固定资产投资", "", "雄安新区建设取得新进展，全年固定资产投资增长", "固定资产投资"),
    ("固定资产投资", "雄安新区建设取得新进展。", "全省固定资产投资增长", "固定资产投资"),
    ("工业固定资产投资", "雄安新区建设取得新进展。", "工业固定资产投资增长", "工业固定资产投资"),
])
def test_zone_headed(name, lead, opening, expected):
    assert zone_headed(name, lead, opening) == expected


@pytest.mark.parametrize(("label", "scoped"), [
    ("新上、续建和已批待建投资过千万元项目", "投资过千万元项目"),
    ("五年累计省市重点项目", "省市重点项目"),
    ("省市县重点项目建设", "省市县重点项目"),
    ("确定“五大类项目”", "“五大类项目”"),
    ("千万元以上项目", "千万元以上项目"),
    # not: no class, or a class of a programme's own
    ("项目", ""),
    ("谋划项目", ""),
    ("招商引资项目", ""),
])
def test_scoped_class(label, scoped):
    assert _scoped_class(label) == scoped


@pytest.mark.parametrize(("label", "stage"), [
    ("竣工项目", "竣工"),
    ("竣工或部分竣工项目", "竣工或部分竣工"),
    # not: its own rank or size, its own names, none
    ("省重点项目", ""),
    ("亿元以上项目", ""),
    ("三木机电等项目", ""),
    ("工业项目服务业项目", ""),  # round 76 review, q2
    ("项目", ""),
])
def test_stage(label, stage):
    assert _stage(label, "省市重点项目") == stage


@pytest.mark.parametrize(("name", "before", "rest", "expected"), [
    # round 76 review (q2): what stands before the verb of reach is whole and no verb of its own
    ("全县乡镇", "5G网络覆盖全县", "乡镇的200个村。", "全县乡镇"),
    ("便民服务站", "全县建成覆盖15个乡镇的", "便民服务站。", "便民服务站"),
    ("港口", "西部陆海新通道通达127个国家和地区的", "港口。", "西部陆海新通道通达港口"),
])
def test_inner_reach(name, before, rest, expected):
    assert inner_reach(name, before, rest, "count") == expected
