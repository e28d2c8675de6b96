-- The roles of every coach-agent database, for psql as a superuser; idempotent.
-- Used by scripts/postgres.sh (the local cluster) and by docker-compose's Postgres
-- (scripts/postgres/docker-init.sh). Needs psql variables owner_pw and app_pw.
--
--   coach      owns database "coach" and everything the migrations create; no superuser
--   coach_app  what the api, worker, projector and CLI connect as: the migrations grant it
--              read and write on the tables, nothing else (no DDL)
SET password_encryption = 'scram-sha-256';
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coach') AS no_owner \gset
\if :no_owner
CREATE ROLE coach;
\endif
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coach_app') AS no_app \gset
\if :no_app
CREATE ROLE coach_app;
\endif
ALTER ROLE coach LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_pw';
ALTER ROLE coach_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'app_pw';

SELECT NOT EXISTS (SELECT FROM pg_database WHERE datname = 'coach') AS no_db \gset
\if :no_db
CREATE DATABASE coach OWNER coach;
\endif
-- Only the two roles reach the database; nobody but its owner creates in it.
ALTER DATABASE coach OWNER TO coach;
REVOKE ALL ON DATABASE coach FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE coach TO coach_app;
\connect coach
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO coach;
