#!/usr/bin/env bash
# Regenerates what the config implies: payload-types.ts, schema.graphql, the admin import map and
# the initial migration of each SQL adapter. Until Newsdesk's first release the schema has one
# initial migration per adapter, remade here, rather than a stack of steps.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-regenerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS newsdesk_regenerate" >/dev/null 2>&1 || true' EXIT

DATABASE_URL="file:$scratch/types.db" npx payload generate:types
DATABASE_URL="file:$scratch/types.db" npx payload-graphql generate:schema
DATABASE_URL="file:$scratch/types.db" npx payload generate:importmap

rm -f migrations/sqlite/2* migrations/postgres/2*
printf 'export const migrations = []\n' | tee migrations/sqlite/index.ts > migrations/postgres/index.ts
DATABASE_URL="file:$scratch/migrate.db" npx payload migrate:create initial
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS newsdesk_regenerate" -c "CREATE DATABASE newsdesk_regenerate"
DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_regenerate npx payload migrate:create initial
