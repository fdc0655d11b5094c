"""The events room: rules, lexicon, normalization and the spaCy component."""
