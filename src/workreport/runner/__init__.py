"""Executing notebooks: warm kernels, a pool of them, notebook hygiene, the build lock
and the cache that decides what to run.

Knows nothing of reports or books: a ``Job`` is a template, parameters, an output path
and the input files whose content decides whether it must run again.

``Job``, ``Summary``, ``execute``, ``job_digest`` and ``warm_pool`` (``jobs.py``) are
loaded on first use: they pull in Jupyter's client and papermill, which a build with
nothing to run never needs.
"""

from __future__ import annotations

from typing import Any

from workreport.errors import KernelUnavailable, MissingInput
from workreport.runner.lock import build_lock

__all__ = ["Job", "KernelUnavailable", "MissingInput", "Summary", "build_lock", "execute",
           "job_digest", "warm_pool"]
_LAZY = ("Job", "Summary", "execute", "job_digest", "warm_pool")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from workreport.runner import jobs

    return getattr(jobs, name)
