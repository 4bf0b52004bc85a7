"""A verb that starts acts shared by a list of acts (round 49, s49d; used by
``labellists.list_verb``): "启动城中村改造3万户、城市危旧房改造8600套" gave the later item
城市危旧房改造, read as works done, not started. The words are data (``cues.list_act_openers``).
"""

from __future__ import annotations

import re

from workreport.extract.numbers import vocab

__all__ = ["acted"]


def acted(verb: str, previous: str, name: str, item: str) -> bool:
    """Whether a verb that starts acts (``cues.list_act_openers``: 启动) goes to a later
    item that names an act like the first (round 49, s49d: "启动城中村改造3万户、城市危旧房
    改造8600套" gave 城市危旧房改造, read as works done): both end in a kept verb (改造,
    建设), the first opening with the verb; not a total nor an item reaching a level."""
    cues = vocab("cues")
    ends = tuple(cues["label_kept_verbs"])
    return verb in cues["list_act_openers"] and previous.startswith(verb) \
        and previous.endswith(ends) and name.endswith(ends) and verb not in name \
        and not re.search(r"达|增至", item) and not any(w in item for w in cues["total_words"])
