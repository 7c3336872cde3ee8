from __future__ import annotations

import pytest

from dyad.events.scoring import QUAD_OF_TYPE, code_event, goldstein, plover_table_version
from dyad.records import PLOVER_TYPES
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("cameo", "event", "mode", "goldstein_value", "quad"),
    [
        ("041", "CONSULT", "phone", 1.0, 1),
        ("051", "SUPPORT", None, 3.4, 1),
        ("0231", "REQUEST", None, 3.4, 3),
        # PLOVER manual, SANCTION: "International ... sanctions are coded as `discontinue'"
        # (dyad's deviation from CAMEO2PLOVER-2021, which has COERCE restrict)
        ("163", "SANCTION", "discontinue", -8.0, 4),
        # PLOVER manual, CONCEDE: lifting a curfew is a verbal concession (the table: RETREAT)
        ("0813", "CONCEDE", None, 5.0, 1),
        ("190", "ASSAULT", None, -10.0, 4),
        ("0871", "RETREAT", "ceasefire", 10.0, 2),
    ],
)
def test_cameo_codes_map_to_plover_with_goldstein_and_quad(
    cameo, event, mode, goldstein_value, quad
):
    coding = code_event(cameo)
    assert (coding.event, coding.mode, coding.goldstein, coding.quad_code) == (
        event,
        mode,
        goldstein_value,
        quad,
    )


def test_statements_have_no_plover_type():
    assert code_event("010") is None and code_event("019") is None


def test_four_digit_codes_inherit_their_parents_goldstein():
    assert goldstein("1724") == goldstein("172") == -5.0


def test_every_plover_type_has_a_quad_class():
    assert set(QUAD_OF_TYPE) == set(PLOVER_TYPES)


def test_the_output_docs_name_the_plover_table_version():
    docs = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    assert plover_table_version() in docs
