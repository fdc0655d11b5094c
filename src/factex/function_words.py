"""English function words more than one room's word lists start from."""

#: Articles, demonstratives and possessive determiners: words that open a noun phrase and
#: are never a name, a measure or an event by themselves.
DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those"}
    | {"its", "their", "his", "her", "our", "your", "my"}
)
