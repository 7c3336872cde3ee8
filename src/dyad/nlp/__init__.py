"""[2] NLP: text cleanup and the spaCy pipeline (the only package that loads models)."""

from dyad.nlp.cleanup import clean_text
from dyad.nlp.model import load_model

__all__ = ["clean_text", "load_model"]
