"""The parts of ``build_extra.py`` and ``build_extra_render.py``: one module per source format a
document's notes are read from, the source of its PDF, the gold of one document, and what the
builds of ``build_corpus.py`` and the others write."""
