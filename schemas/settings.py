"""The one settings object every process is wired from (environment, prefix COACH_)."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ModelPrice(BaseModel):
    """What a model's tokens cost, per 1,000, in whatever currency the table is kept in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    prompt_per_1k: float = 0.0
    completion_per_1k: float = 0.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore")

    kafka_bootstrap: str = "127.0.0.1:19092"
    # How every Kafka client connects: PLAINTEXT (the local default, loopback only), SSL,
    # SASL_PLAINTEXT or SASL_SSL (production). SASL takes a mechanism, user and password;
    # TLS verifies the brokers against the CA file (else the system's CAs) and their name.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-256"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: str | None = None
    # Postgres. The processes (api, worker, projector, CLI) connect with database_url, as a
    # role that may only read and write the tables; migrations connect with
    # database_owner_url, as the role that owns them. A password goes in the URL or in a
    # .pgpass file (database_passfile, else PGPASSFILE, else the local stack's .data/pgpass,
    # else ~/.pgpass). URLs are secrets: they may hold a password.
    database_url: SecretStr = SecretStr("postgresql://coach_app@127.0.0.1:15432/coach")
    database_owner_url: SecretStr = SecretStr("postgresql://coach@127.0.0.1:15432/coach")
    database_passfile: str | None = None
    # The role migrations grant read and write on the tables to; unset: database_url's user.
    database_app_role: str | None = None
    # A schema per deployment (or per test) inside one database.
    database_schema: str = "public"
    # Prefixes every topic name and the Faust app id, so tests can share a broker.
    topic_prefix: str = ""
    commands_partitions: int = 6
    events_partitions: int = 6
    # 1 for the local single broker; 3 (with min_insync_replicas 2) on a cluster.
    replication_factor: int = 1
    min_insync_replicas: int = 1

    # A token issued now expires this many days later (list, revoke: `coach-agent admin`).
    token_ttl_days: Annotated[int, Field(ge=1)] = 90
    # An open SSE stream checks this often that its token is still valid (not revoked, not
    # expired); when it is not, the stream ends with an `error` event.
    auth_recheck_s: Annotated[float, Field(gt=0)] = 60.0

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    # How long the synchronous endpoints wait for a result before answering 504.
    sync_timeout_s: float = 300.0
    # A read of a generation the ledger says finished, but whose read model does not yet,
    # waits this long for the projector to pass its terminal event; then 503 Retry-After.
    read_wait_s: float = 5.0
    sse_ping_s: float = 15.0
    # An SSE stream ends (error `timeout`, then done) after this long without an event of its
    # generation, or this long in all; the generation goes on and can be followed again.
    sse_idle_s: float = 600.0
    sse_total_s: float = 3600.0
    # The longest the shared run-topic reader lets the broker hold an empty fetch; the
    # reader waits 0.5 ms per followed partition (at least 10 ms) up to this: shorter gives
    # a newly followed topic its first records sooner, longer costs less while idle (each
    # fetch names every followed partition).
    reader_fetch_wait_ms: int = 250
    # Run topics created ahead of need, in batches, so a request never waits for one.
    topic_pool_size: int = 256
    topic_pool_batch: int = 64
    # Admission: an organisation may have this many requests queued or running; beyond,
    # 429 with Retry-After. A burst under it is queued, not refused.
    org_queue_limit: int = 2000
    rate_limit_retry_after_s: int = 10
    # Request rates (token buckets in Postgres, shared by every api process): a bucket holds
    # up to its burst and refills at its rate; an empty one answers 429 with Retry-After.
    # Generous for a coach, tight for a loop (docs/operations.md).
    user_rate_burst: int = Field(default=30, ge=1)
    user_rate_per_min: float = Field(default=10.0, gt=0)
    org_rate_burst: int = Field(default=1000, ge=1)
    org_rate_per_min: float = Field(default=120.0, gt=0)
    # Run topics the api processes create per second, all together, whatever the request
    # rate: the pools refill no faster (a request waits for a topic, else 503).
    topic_create_per_s: float = Field(default=50.0, gt=0)
    # Connections: open SSE streams per user and per api process (beyond, 429); a request's
    # headers or body not in within body_timeout_s: 408 and the connection closes; uvicorn's
    # limit on connections and requests at once (beyond, 503) and its listen backlog.
    sse_streams_per_user: int = Field(default=20, ge=1)
    sse_streams_per_process: int = Field(default=2000, ge=1)
    body_timeout_s: float = Field(default=30.0, gt=0)
    api_limit_concurrency: int = Field(default=4096, ge=1)
    # Requests one api process accepts at once; the rest wait, organisations in turn, so a
    # club's burst never puts another organisation's request behind all of its own. 16:
    # measured against 8 and 32 in docs/benchmarks/2026-12-07-fairness-3.md.
    api_accept_at_once: int = Field(default=16, ge=1)
    api_backlog: int = Field(default=2048, ge=1)
    # Seconds Kafka may take to acknowledge a command before the api answers 503.
    kafka_send_timeout_s: float = 10.0
    # How long a worker waits for Kafka to acknowledge an attempt's events before it gives
    # the attempt up and starts another.
    kafka_flush_timeout_s: float = 60.0

    llm_provider: Literal["builtin", "openai"] = "builtin"
    openai_base_url: str | None = None
    # A secret: never in a log line, an event or a reply (see docs/security.md).
    openai_api_key: SecretStr | None = None
    openai_model: str = "gpt-4o-mini"
    # A folder of prompt files that replace the package's of the same names (the prompt
    # version hashes the files in use); unset: the package's own prompts.
    openai_prompts_dir: str | None = None
    openai_timeout_s: float = 120.0
    # A cap on each answer's tokens (`max_tokens`), or None for the server's own limit.
    openai_max_tokens: int | None = None
    # Weeks of one plan the model structures at once.
    openai_week_concurrency: int = 4
    # A week whose model answers cannot be used, even after the repair, falls back to the
    # reader's reading; the plan fails once more than this share of its weeks fell back.
    openai_max_fallback_share: Annotated[float, Field(ge=0, le=1)] = 0.5

    # Prompt evaluation: prices per model name, JSON, e.g.
    # {"gpt-4o-mini": {"prompt_per_1k": 0.00015, "completion_per_1k": 0.0006}}; a model
    # without a price has no cost in a report (shown as unknown, never as free).
    eval_prices_per_1k: dict[str, ModelPrice] = {}

    # Generations one worker runs at once (model calls are I/O-bound: hundreds is right),
    # and at most this many of one organisation (the model-budget guard, per worker); the
    # rest wait in their organisation's line, served fairly (agents/fair_queue.py).
    worker_concurrency: int = 500
    org_running_limit: int = 100
    # Processes that run the CPU-bound built-in planner off the worker's event loop, this
    # many steps of niceness below the worker (0: the same priority): under a burst the
    # api, the broker and the worker's intake get the cores first (agents/planner_processes.py).
    planner_processes: int = 1
    planner_niceness: int = Field(default=10, ge=0, le=19)
    # A worker refreshes the heartbeat of every request it holds this often; a request whose
    # heartbeat is older than ledger_stale_s is abandoned: the janitor ends it with an event
    # and it no longer counts against its organisation's limit.
    heartbeat_s: float = 30.0
    ledger_stale_s: float = 600.0
    # How soon a dead worker's commands go to another worker (Kafka's group session).
    worker_session_timeout_s: float = 30.0
    # The janitor deletes a run topic this long after its generation finished.
    run_topic_retention_h: float = 24.0
    janitor_interval_s: float = 600.0
    # Run topics nobody claimed (an api that stopped, a refused request) go after this long.
    orphan_topic_age_h: float = 1.0

    # Logs: `json` (one object a line, with request_id and attempt) or `text`; unset: text on a
    # terminal, json otherwise.
    log_format: Literal["json", "text"] | None = None
    log_level: str = "INFO"
    # Prometheus: the api serves GET /metrics on its own port; the worker and the projector
    # each listen on their own port on metrics_host (0 disables). Lag is sampled this often.
    metrics_host: str = "127.0.0.1"
    # The api's own metrics: on its port at /metrics (0), or on a port of their own on
    # metrics_host, and then not on the api's port. With a token, /metrics on the api's port
    # answers only `Authorization: Bearer <token>` (see docs/security.md).
    api_metrics_port: int = 0
    metrics_token: SecretStr | None = None
    worker_metrics_port: int = 9101
    projector_metrics_port: int = 9102
    metrics_sample_s: float = 5.0

    @model_validator(mode="after")
    def _sasl_has_credentials(self) -> "Settings":
        sasl = self.kafka_security_protocol.startswith("SASL")
        if sasl and not (self.kafka_sasl_username and self.kafka_sasl_password):
            raise ValueError(
                f"COACH_KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol} needs "
                "COACH_KAFKA_SASL_USERNAME and COACH_KAFKA_SASL_PASSWORD"
            )
        return self

    @property
    def kafka_servers(self) -> list[str]:
        return [part.strip() for part in self.kafka_bootstrap.split(",") if part.strip()]


def secret_values(settings: Settings) -> list[str]:
    """Every secret the settings hold, in clear: what the log filter redacts literally."""
    from schemas.redaction import url_password

    found: list[str] = []
    for value in settings.model_dump().values():
        if isinstance(value, SecretStr):
            secret = value.get_secret_value()
            found += [secret, *filter(None, [url_password(secret)])]
    return found
