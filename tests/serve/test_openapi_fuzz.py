"""Requests generated from the app's own OpenAPI schema (schemathesis, on hypothesis): valid
and invalid parameters of every endpoint under ``/api``. No answer may be a server error, and
every answer must match what the schema documents (status, content type, body, headers)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.serve.conftest import fixture_articles

pytestmark = pytest.mark.fuzz

OPERATIONS = [
    "/api/dyads",
    "/api/dyads/{a}/{b}/timeline",
    "/api/dyads/{a}/{b}/amounts",
    "/api/events",
    "/api/places",
    "/api/quotes",
    "/api/articles",
    "/api/articles/{article_id}",
    "/api/actors/{name}",
]
HOST = {"Host": "localhost"}
# What a schema cannot say: ``from`` not after ``to``, the two parties of a pair different,
# ``all=true`` only with ``format=csv``.
JOINT_RULES = ("is after to", "must differ from a", "needs format=csv")


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    from dyad.serve.app import create_app
    from dyad.store.database import Store

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    with Store(path, model="hand-built") as store:
        store.write(fixture_articles())
    app = create_app(path)
    yield schemathesis.openapi.from_asgi("/openapi.json", app, headers=HOST)
    app.state.live.close()


def test_the_schema_lists_the_operations_fuzzed(api):
    assert sorted(path for path, _ in api.items()) == sorted(OPERATIONS)


@pytest.mark.parametrize("path", OPERATIONS)
def test_generated_requests_get_documented_answers_and_no_server_error(api, path):
    operation = api[path]["GET"]
    # A quarter of the profile's examples per operation: 50 in `make test`, 2,500 in `make fuzz`.
    examples = max(1, settings().max_examples // 4)

    @settings(
        max_examples=examples,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        # Valid and invalid parameters alike: a bad one must be a documented 400, never a 500.
        mode = data.draw(st.sampled_from([GenerationMode.POSITIVE, GenerationMode.NEGATIVE]))
        case = data.draw(operation.as_strategy(generation_mode=mode))
        response = case.call(headers=HOST)
        # Every check but "a valid request is accepted", which cannot know the two rules
        # that join parameters; those 400s must name one of them.
        case.validate_response(response, excluded_checks=[positive_data_acceptance])
        if mode is GenerationMode.POSITIVE and response.status_code == 400:
            message = response.json()["error"]["message"]
            assert any(rule in message for rule in JOINT_RULES), message

    check()
