"""Cross-document reconciliation: the same work cited in many documents becomes one source,
the same person named in many ways one actor.

Keys, strongest first: identifiers (DOI, ISBN, Wikidata, VIAF, GND…); then, for sources, the
normalised title with the first creator's family name and the year, compared fuzzily within
blocks (never all pairs); for people, their names across spellings and transliterations
(:class:`purgehist.names.NameMatcher`) with initials that agree. Every merge is recorded and
can be undone; near misses are reported for a person to decide, never merged.
"""
