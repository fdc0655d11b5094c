"""The facts room: rules, lexicon, normalization and the spaCy component."""
