"""The parts of ``build_extra.py``: one module per source format a document's notes are read
from, the source of its PDF, and what the builds of ``build_corpus.py`` and ``build_extra.py``
write."""
