"""Generation providers: the built-in planner and any OpenAI-compatible model."""

from agents.providers.base import DraftChunk, Provider, ProviderError
from agents.providers.builtin import BuiltinProvider
from schemas.settings import Settings

__all__ = ["BuiltinProvider", "DraftChunk", "Provider", "ProviderError", "provider_for"]


def provider_for(settings: Settings) -> Provider:
    if settings.llm_provider == "openai":
        from agents.providers.openai_chat import OpenAIProvider

        return OpenAIProvider(settings)
    return BuiltinProvider()
