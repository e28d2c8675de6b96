"""Generation providers: the built-in planner and any OpenAI-compatible model."""

import concurrent.futures

from agents.providers.base import DraftChunk, Provider, ProviderError
from agents.providers.builtin import BuiltinProvider
from schemas.settings import Settings

__all__ = [
    "BuiltinProvider",
    "DraftChunk",
    "Provider",
    "ProviderError",
    "close_provider",
    "provider_for",
]


def provider_for(
    settings: Settings, executor: concurrent.futures.Executor | None = None
) -> Provider:
    """The configured provider; CPU-bound planning runs on `executor` when one is given."""
    if settings.llm_provider == "openai":
        from agents.providers.openai_chat import OpenAIProvider

        return OpenAIProvider(settings, executor)
    return BuiltinProvider(executor)


async def close_provider(provider: Provider) -> None:
    """Close what the provider holds open (a model client's connections), if anything."""
    closing = getattr(provider, "close", None)
    if closing is not None:
        await closing()
