"""[3] Actors: mentions of people, countries, organizations and groups, coded with the
knowledge base in ``actors/data`` (or PETRARCH-format dictionaries) and resolved."""
