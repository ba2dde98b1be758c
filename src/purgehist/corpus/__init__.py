"""Corpora: many documents in one run, on this machine or a Dask cluster, each converted and
all merged into one dataset (see ``docs/corpora.md``).

:func:`batch` runs a batch; :mod:`.merge` builds the merged corpus one document at a time;
:mod:`.reconcile` decides which sources and actors of different documents are one, and logs it.
"""

from purgehist.corpus.report import BatchReport, DocumentReport
from purgehist.corpus.run import batch

__all__ = ["BatchReport", "DocumentReport", "batch"]
