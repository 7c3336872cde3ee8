"""[4] Dates: time expressions resolved against the article date."""
