"""Exports of a store in the formats analysts' tools read: PLOVER JSON, POLECAT, GDELT 2.0
events and mentions, ICEWS, Phoenix, BBC Citron's quote JSON, and dyad's own JSON Schema.

One module per format family; each holds its published column list as a constant (citing the
codebook it follows) and a function from one exported record to one output row. `formats`
names them all and writes a stream of records in any of them; `codes` reads the versioned
tables the formats translate dyad's codes with (``data/``). docs/export.md documents every
column and where its value comes from.
"""
