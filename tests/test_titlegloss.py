"""Section titles read as their "verb + object" phrases, their slogan dropped, or not at all
(session 69, tester 69 items 2 and 8): before, a title was a list of its curated words,
"Resolved; social; management; work" for 扎实做好风险防范化解和社会治理工作."""

from __future__ import annotations

import pytest

from workreport.glossary import default_glossary
from workreport.titlegloss import title_gloss

# Invented titles in the report's way, and the English a reader should get.
READ = {
    # a lead verb stands for the building verb after it; 新格局 "a new pattern of …"
    "加快构建城乡融合发展新格局":
        "Accelerating a new pattern of integrated urban-rural development",
    # manner words go (扎实), 做好 is dropped, …工作 is "work on …"
    "扎实做好风险防范化解和社会治理工作":
        "Work on risk prevention and defusing and social governance",
    # the slogan clause (坚持…) goes; the clause after 着力 carries the topic
    "坚持稳中求进，着力培育壮大新质生产力":
        "Fostering and expanding new quality productive forces",
    # two verbs joined by 和 read "… and …"
    "持续保障和改善民生": "Safeguarding and improving people's livelihood",
    # a lead verb yields to a verb that is not a building verb
    "更大力度推动全方位扩大内需": "Expanding domestic demand",
    # a second verb inside the object opens a second phrase; 开放 as an object is "opening up"
    "全面深化改革扩大开放": "Deepening reform and expanding opening up",
    "持续增进民生福祉": "Improving people's well-being",
    # a result beside a task: the task
    "深化改革开放，市场活力进一步激发": "Deepening reform and opening up",
    # …新体系 "a new system of …"
    "培育现代服务业新体系": "Fostering new system of modern services sector",
    # a year's plan or review
    "2019年工作安排": "Work plan for 2019",
    "2018年工作回顾": "Review of work in 2018",
}


@pytest.mark.parametrize(("zh", "en"), READ.items())
def test_a_title_reads_as_its_phrases(zh, en):
    assert title_gloss(zh, default_glossary()) == en


# Titles whose phrases do not read get no English rather than a list of words: a verb or
# adverb inside the object (释放…潜力 "release"), an object that acts (加大投入 read
# "increasing invested"), a dictionary's bound form ("-ism"), a result clause alone.
UNREAD = ["加快补齐发展短板，基础设施条件显著提高", "加大扶贫投入，落实扶贫政策",
          "以转型升级为核心，着力提升发展质量", "建设社会主义新农村", "市场活力进一步激发",
          "强化统筹，城乡区域协同发展"]


@pytest.mark.parametrize("zh", UNREAD)
def test_a_title_that_does_not_read_gets_no_english(zh):
    assert title_gloss(zh, default_glossary()) == ""


def test_a_name_keeps_its_capital_and_a_word_loses_it():
    assert title_gloss("加快推进成渝地区双城经济圈建设", {}) == \
        "Accelerating the building of Chengdu-Chongqing economic circle"
    assert title_gloss("加快构建新质生产力", {}) == "Accelerating new quality productive forces"
    assert title_gloss("无词", {}) == "" == title_gloss("", {})
