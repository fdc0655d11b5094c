"""The organizations room: rules, lexicon, normalization and the spaCy component."""
