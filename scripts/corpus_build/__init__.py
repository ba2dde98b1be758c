"""The parts of the corpus builders (``build_corpus.py``, ``build_extra.py``,
``build_extra_render.py``): git mirrors (``mirror``); LaTeX sources (``latex_source``,
``preamble``, ``latex_text``, ``citations``, ``bibliography``, ``cross_refs``,
``margin_notes``), their note scanner (``scanner``) and the one LaTeX reader (``latex``); one
reader per other source format a document's notes are read from; the source of its PDF
(``pdf_source``), the notes located in it (``pdf_match``), the gold of one document (``gold``,
``output``); the manifests (``manifest``) and the shared command line (``cli``)."""
