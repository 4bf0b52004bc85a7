"""workreport: Chinese government work reports as tidy tables and a Jupyter Book.

The pipeline runs one way, one module per stage:
``ingest`` (decode, normalise) → ``structure`` (parts, sections, sentences) →
``numbers`` (every number token, classified) → ``figures`` (indicator rows) →
``tables`` (validated CSVs) → notebooks (``terms``, ``charts``) → ``book``.
"""

__version__ = "0.1.0"
