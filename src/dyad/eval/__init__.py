"""Evaluation: score every stage against gold data, and gate accuracy (see `dyad eval`)."""
