"""dyad's version, in a module of its own: the store records it with every article and the CLI
and web app show it, and none of them needs the public API (`dyad.__init__`) for that."""

__version__ = "0.9.0"
