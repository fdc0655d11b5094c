"""The periods room: rules, lexicon, normalization and the spaCy component."""
