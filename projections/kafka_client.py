"""How every Kafka client of the project connects: servers, security protocol, SASL, TLS.

`client_options(settings)` gives the keyword arguments of any aiokafka client (producer,
consumer, admin), so the api, the worker, the projector, the command line and the
janitor all connect the same way. The worker's Faust app takes the same settings as
credentials (agents/app.py).
"""

import functools
import ssl
from typing import Any

from aiokafka.helpers import create_ssl_context

from schemas.settings import Settings

# The keyword arguments of an aiokafka client; they hold the SASL password: never log them.
KafkaOptions = dict[str, Any]


@functools.lru_cache(maxsize=8)
def ssl_context(cafile: str | None) -> ssl.SSLContext:
    """Verifies the brokers' certificates (against `cafile`, else the system's CAs) and
    that they name the host connected to."""
    context = create_ssl_context(cafile=cafile)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def uses_tls(settings: Settings) -> bool:
    return settings.kafka_security_protocol in ("SSL", "SASL_SSL")


def uses_sasl(settings: Settings) -> bool:
    return settings.kafka_security_protocol.startswith("SASL")


def client_options(settings: Settings) -> KafkaOptions:
    """bootstrap_servers plus the security keywords the settings call for."""
    options: KafkaOptions = {
        "bootstrap_servers": settings.kafka_servers,
        "security_protocol": settings.kafka_security_protocol,
    }
    if uses_tls(settings):
        options["ssl_context"] = ssl_context(settings.kafka_ssl_cafile)
    if uses_sasl(settings):
        assert settings.kafka_sasl_password is not None  # the settings check it
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    return options
