# The project's image: api, agents worker and projector (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY agents ./agents
COPY api ./api
COPY schemas ./schemas
COPY projections ./projections
RUN pip install . && rm -rf /src/build

# Run unprivileged, from a directory the process may write to (Faust keeps a
# small data directory in its working directory).
RUN useradd --system --create-home --home-dir /home/coach --uid 10001 coach
USER coach
WORKDIR /home/coach

ENV COACH_API_HOST=0.0.0.0 \
    COACH_API_PORT=8000
EXPOSE 8000

CMD ["coach-agent", "serve-api"]
