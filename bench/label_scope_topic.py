"""Would carrying a sentence's topic into bare labels mend scope rejections? (issue 13, session 73)

Scope lost is the largest class of the judges' rejections (39% of the development rows still
rejected after round 88: 在园区…入驻企业86家 labelled 入驻企业 where the judge wants 园区入驻企业).
Many of those rows have the words the judge adds at the head of their sentence, so the obvious
general method is to carry the sentence's *topic* (the words of its first clause before the
first verb, adverb, preposition, conjunction or numeral, by jieba's tags) into every label of
the sentence that lacks it. This script measures that method on the pooled development
judgements before anyone writes it: of the judged rows whose sentence has such a topic (two
characters or more, no digit, not a bare scope such as 全市 or 今年, not already in the label),
how many were rejected with the topic in the judge's label (the method would help), how many
were rejected otherwise, and how many were accepted as they stand (the method would change an
accepted label, and a judge would have to accept the longer one).

    .venv/bin/python bench/label_scope_topic.py bench/data/label_dev_9*.csv

It extracts the development reports again (a few minutes) and prints the counts and a sample
of each class. No reserved report is read.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import label_dev  # one reserve, one numbering: bench's own module

# Scopes the report's own place or year already gives: carrying them adds nothing.
BARE_SCOPES = frozenset({
    "全市", "全县", "全省", "全区", "全国", "今年", "去年", "全年", "我们", "我县", "我市", "我省",
    "我区", "政府", "一年来", "过去", "五年", "城乡", "全域"})
STOP_FLAGS = ("v", "d", "p", "c", "m")
MANNER_FLAGS = frozenset({"a", "ad", "d"})


def topic(sentence: str) -> str:
    """The words of ``sentence``'s first clause (to the first ，；：) before the first word jieba
    tags a verb, adverb, preposition, conjunction or numeral, leading adjectives and adverbs of
    manner (积极, 大力) skipped; '' if none."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    clause = re.split("[，；：]", sentence)[0]
    head: list[str] = []
    for pair in jieba.posseg.cut(clause, HMM=False):
        if not head and pair.flag in MANNER_FLAGS:
            continue  # 积极, 大力, 全面: how, not what
        if pair.flag.startswith(STOP_FLAGS):
            break
        head.append(pair.word)
    return "".join(head)


def measure(frozen: list[Path], sample: int = 12) -> str:
    """The lines printed for the judged development files ``frozen``."""
    judged = {}
    for path in frozen:
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["label_ok"] in ("0", "1"):
                    judged[(row["report_id"], row["key"], row["quote"], row["nth"])] = row
    now = label_dev.extracted({key[0] for key in judged})
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for key, row in judged.items():
        new = now.get(key)
        if new is None:
            continue
        head = topic(new["sentence"])
        if len(head) < 2 or head in BARE_SCOPES or re.search(r"\d", head) \
                or head in new["indicator"]:
            continue
        if row["label_ok"] == "1":
            kind = "accepted as it stands (would change)"
        elif head in (row["better_label"] or ""):
            kind = "rejected, the judge adds the topic (would help)"
        else:
            kind = "rejected otherwise"
        counts[kind] += 1
        examples[kind].append(f"    {head} + {new['indicator']} [{new['quote']}]"
                              f"  judge: {row['better_label'] or '-'}")
    lines = [f"{len(judged)} judged development rows; "
             f"{sum(counts.values())} have a topic the label lacks"]
    rng = random.Random(73)
    for kind, n in counts.most_common():
        lines.append(f"  {kind}: {n}")
        lines += rng.sample(examples[kind], min(sample, n))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    print(measure([Path(p) for p in argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
