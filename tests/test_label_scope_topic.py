"""bench/label_scope_topic.py: a sentence's topic is the words of its first clause before its
first verb, adverb, preposition, conjunction or numeral (invented sentences)."""

from __future__ import annotations

from tests.test_label_sample import bench_module


def test_topic_is_the_head_of_the_first_clause():
    topic = bench_module("label_scope_topic").topic
    assert topic("开发区入驻企业增加到86家，新开工项目12个。") == "开发区"  # 入驻 is a verb
    assert topic("积极建成区域医疗中心4个。") == ""  # 积极 is manner, 建成 a verb
    assert topic("积极推动县城工业园区建设，投资8300万元。") == ""
    assert topic("全市新增就业3万人，城镇登记失业率3%。").startswith("全市")
