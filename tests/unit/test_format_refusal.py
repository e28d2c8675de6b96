"""Which server errors refuse the structured-output format (step down) and which do not."""

from typing import Any

import httpx2 as httpx  # the HTTP package the openai client is built on
import openai
import pytest

from agents.providers.base import ProviderError
from agents.providers.openai_client import refuses_format, structured_request

LLAMA_CPP_PYTHON = {
    "message": "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', "
    "'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\"}",
    "type": "internal_server_error",
}


def failed(status: int, body: Any) -> ProviderError:
    response = httpx.Response(status, request=httpx.Request("POST", "http://127.0.0.1/v1"))
    cause = openai.APIStatusError(f"Error code: {status}", response=response, body=body)
    error = ProviderError(f"the model server answered HTTP {status}")
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("status", "body", "refusal"),
    [
        (400, {"message": "Invalid parameter: 'response_format.type'"}, True),
        (400, {"message": "something else entirely"}, True),
        (422, {"detail": [{"loc": ["body", "response_format"], "msg": "extra"}]}, True),
        (500, LLAMA_CPP_PYTHON, True),
        (500, {"message": "json_schema is not supported"}, True),
        (500, "grammar from schema failed", True),
        (500, {"message": "CUDA out of memory"}, False),
        (500, None, False),
        (503, {"message": "response_format: busy"}, False),
        (429, {"message": "rate limited"}, False),
    ],
)
def test_refuses_format_by_status_and_body(status: int, body: Any, refusal: bool) -> None:
    assert refuses_format(failed(status, body)) is refusal


def test_refuses_format_not_for_errors_without_a_status() -> None:
    error = ProviderError("could not reach the model server")
    error.__cause__ = openai.APIConnectionError(request=httpx.Request("POST", "http://x/v1"))
    assert refuses_format(error) is False
    assert refuses_format(ProviderError("no cause")) is False


def test_structured_request_in_each_mode() -> None:
    schema = {"type": "object", "title": "T"}
    wanted = {"type": "json_schema", "json_schema": {"name": "t", "schema": schema}}
    asked = [{"role": "user", "content": "a week"}]
    messages, options = structured_request("json_schema", asked, wanted)  # type: ignore[arg-type]
    assert (messages, options) == (asked, {"response_format": wanted})
    messages, options = structured_request("json_object_schema", asked, wanted)  # type: ignore[arg-type]
    assert options == {"response_format": {"type": "json_object", "schema": schema}}
    assert messages[:1] == asked and '{"type": "object", "title": "T"}' in str(messages[1])
    messages, options = structured_request("json_object", asked, wanted)  # type: ignore[arg-type]
    assert options == {"response_format": {"type": "json_object"}} and len(messages) == 2
