"""The money room: rules, lexicon, normalization and the spaCy component."""
