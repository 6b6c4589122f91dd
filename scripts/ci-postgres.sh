#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and creates the test role and database (idempotent).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'youthchat') THEN
    CREATE ROLE youthchat LOGIN PASSWORD 'youthchat' CREATEDB;
  END IF;
END $$;
SQL
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'youthchat_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O youthchat youthchat_test"
