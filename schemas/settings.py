"""The one settings object every process is wired from (environment, prefix COACH_)."""

from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore")

    kafka_bootstrap: str = "127.0.0.1:19092"
    database_url: str = "postgresql://coach@127.0.0.1:15432/coach"
    # A schema per deployment (or per test) inside one database.
    database_schema: str = "public"
    # Prefixes every topic name and the Faust app id, so tests can share a broker.
    topic_prefix: str = ""
    commands_partitions: int = 6
    events_partitions: int = 6

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    # How long the synchronous endpoints wait for a result before answering 504.
    sync_timeout_s: float = 300.0
    sse_ping_s: float = 15.0
    # Seconds Kafka may take to acknowledge a command before the api answers 503.
    kafka_send_timeout_s: float = 10.0

    llm_provider: Literal["builtin", "openai"] = "builtin"
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout_s: float = 120.0

    worker_concurrency: int = 4
    # How soon a dead worker's commands go to another worker (Kafka's group session).
    worker_session_timeout_s: float = 30.0
    # The janitor deletes a run topic this long after its generation finished.
    run_topic_retention_h: float = 24.0
    janitor_interval_s: float = 600.0

    @property
    def kafka_servers(self) -> list[str]:
        return [part.strip() for part in self.kafka_bootstrap.split(",") if part.strip()]
