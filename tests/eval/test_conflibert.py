"""ConfliBERT's labels are Phoenix quad classes of CAMEO roots (no model needed)."""

from __future__ import annotations

import pytest

from dyad.events.scoring import phoenix_quad


@pytest.mark.parametrize(
    ("cameo", "quad"),
    [
        ("010", 0),  # a statement
        ("0231", 0),  # an appeal is neutral in Phoenix, REQUEST (verbal conflict) in PLOVER
        ("036", 1),
        ("0813", 2),  # easing a curfew: material cooperation, CONCEDE (verbal) in PLOVER
        ("112", 3),
        ("163", 3),  # sanctions: verbal conflict in Phoenix, SANCTION (material) in PLOVER
        ("173", 4),
        ("", 0),
    ],
)
def test_phoenix_quad_class_by_cameo_root(cameo, quad):
    assert phoenix_quad(cameo) == quad
