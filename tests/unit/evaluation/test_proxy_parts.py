"""The model proxy's pure parts: request keys and the usage a server reported."""

import json

from agents.evaluation.model_proxy import request_key, usage_in


def test_request_key_is_the_exact_request_and_its_repeat() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0}
    reordered = json.dumps(dict(reversed(list(body.items())))).encode()
    key = request_key("http://127.0.0.1:1/v1/chat/completions", 0, json.dumps(body).encode())
    assert key == request_key("http://127.0.0.1:1/v1/chat/completions", 0, reordered)
    assert key != request_key("http://127.0.0.1:1/v1/chat/completions", 1, reordered)
    other = json.dumps({**body, "model": "n"}).encode()
    assert key != request_key("http://127.0.0.1:1/v1/chat/completions", 0, other)


def test_usage_is_read_from_an_answer_or_the_last_chunk_of_a_stream() -> None:
    answer = json.dumps({"choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 3}})
    assert usage_in(answer.encode()).model_dump() == {
        "prompt_tokens": 12,
        "completion_tokens": 3,
        "calls": 1,
    }
    stream = (
        'data: {"choices": [{"delta": {"content": "hi"}}]}\n\n'
        'data: {"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 2}}\n\n'
        "data: [DONE]\n\n"
    )
    assert usage_in(stream.encode()).prompt_tokens == 7
    assert usage_in(b"data: [DONE]\n\n").model_dump() == {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "calls": 1,
    }
