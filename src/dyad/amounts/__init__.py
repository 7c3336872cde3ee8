"""[4] Amounts: money (ISO 4217) and counts of people and things."""
