"""[4] Quotes: who said what, with the cue word and the resolved speaker."""
