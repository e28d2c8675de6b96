"""The generate-draft and generate-plan endpoints: HTTP around the accept use case."""

from starlette.requests import Request
from starlette.responses import Response

from api.accept_ports import HttpRequest, accept_ports
from api.accepting import Accepted, accept
from api.access import bearer
from api.bodies import BodyResponse
from api.deps import Deps, deps
from api.errors import ApiError
from api.following import sse_response, wait_for_result
from api.stream_view import Mode
from api.token_watch import token_check
from schemas.errors import ErrorDetail
from schemas.events import Step
from schemas.responses import GenerationError


async def accepted(request: Request, step: Step, stream: bool = False) -> tuple[Deps, Accepted]:
    services = deps(request)
    outcome = await accept(HttpRequest(request), step, accept_ports(services), stream)
    # Errors from here on name the request (the error handler reads it).
    request.state.request_id = outcome.request_id
    return services, outcome


async def respond_sync(request: Request, step: Step, mode: Mode) -> Response:
    services, outcome = await accepted(request, step)
    message = await wait_for_result(services.following, outcome.request_id, mode, outcome.seed)
    headers = {"X-Request-ID": outcome.request_id}
    if isinstance(message.body, GenerationError):
        raise _failure(message.body)
    return BodyResponse(message.body, headers=headers)


def _failure(failure: GenerationError) -> ApiError:
    if failure.code == "validation_error":
        return ApiError(
            400,
            "validation_error",
            failure.error,
            details=[ErrorDetail(field="refined_draft", message=failure.error)],
        )
    if failure.code == "timeout":
        return ApiError(504, "timeout", failure.error)
    return ApiError(500, "generation_failed", failure.error)


async def respond_stream(request: Request, step: Step, mode: Mode) -> Response:
    services, outcome = await accepted(request, step, stream=True)
    slot = outcome.slot
    return sse_response(
        services.following,
        outcome.request_id,
        mode,
        seed=outcome.seed,
        still_valid=token_check(services.pool, bearer(request)),
        on_close=None if slot is None else slot.release,
    )


async def generate_draft(request: Request) -> Response:
    return await respond_sync(request, "draft", "draft")


async def generate_draft_stream(request: Request) -> Response:
    return await respond_stream(request, "draft", "draft")


async def generate_plan(request: Request) -> Response:
    return await respond_sync(request, "plan", "plan-batch")


async def generate_plan_stream(request: Request) -> Response:
    return await respond_stream(request, "plan", "plan")


async def generate_plan_stream_batch(request: Request) -> Response:
    return await respond_stream(request, "plan", "plan-batch")
