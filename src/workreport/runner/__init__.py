"""Executing notebooks: warm kernels, a pool of them, notebook hygiene, the build lock
and the cache that decides what to run.

Knows nothing of reports or books: a ``Job`` is a template, parameters, an output path
and the input files whose content decides whether it must run again.
"""

from workreport.errors import KernelUnavailable, MissingInput
from workreport.runner.execute import Job, Summary, execute
from workreport.runner.lock import build_lock

__all__ = ["Job", "KernelUnavailable", "MissingInput", "Summary", "build_lock", "execute"]
