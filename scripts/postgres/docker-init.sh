#!/bin/sh
# docker-compose's Postgres, on its first start (a /docker-entrypoint-initdb.d script):
# the owner and app roles of scripts/postgres/roles.sql, with passwords from the
# environment (COACH_DB_OWNER_PASSWORD, COACH_DB_APP_PASSWORD).
set -eu
for pw in "$COACH_DB_OWNER_PASSWORD" "$COACH_DB_APP_PASSWORD"; do
  case "$pw" in
    "" | *"'"* | *"\\"*) echo "docker-init.sh: passwords must be non-empty, without ' or \\" >&2; exit 1 ;;
  esac
done
{
  printf "\\set owner_pw '%s'\n\\set app_pw '%s'\n" "$COACH_DB_OWNER_PASSWORD" "$COACH_DB_APP_PASSWORD"
  cat /coach/roles.sql
} | psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres
