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

# Whether two migration snapshots record the same schema (their own IDs aside).
same_schema() {
  [ -f "$2" ] && node -e '
    const read = (file) => { const { id, prevId, ...schema } = JSON.parse(require("fs").readFileSync(file, "utf8")); return JSON.stringify(schema) }
    process.exit(read(process.argv[1]) === read(process.argv[2]) ? 0 : 1)' "$1" "$2"
}

# Remakes one adapter's initial migration; keeps the committed one when the schema it records is unchanged.
remake_migration() {
  local kind=$1 url=$2
  mkdir -p "$scratch/old-$kind" && mv migrations/$kind/2* migrations/$kind/index.ts "$scratch/old-$kind/" 2>/dev/null || true
  printf 'export const migrations = []\n' > migrations/$kind/index.ts
  DATABASE_URL=$url npx payload migrate:create initial
  if ! ls migrations/$kind/2*.json >/dev/null 2>&1; then
    rm -f migrations/$kind/index.ts && mv "$scratch"/old-$kind/* migrations/$kind/
    echo "migrations/$kind: migrate:create wrote nothing; kept the committed migration. Run npm run generate again." >&2
    return 1
  fi
  if same_schema migrations/$kind/2*.json "$scratch"/old-$kind/2*.json; then
    rm -f migrations/$kind/2* migrations/$kind/index.ts && mv "$scratch"/old-$kind/* migrations/$kind/
    echo "migrations/$kind: schema unchanged, kept the committed migration"
  fi
}

remake_migration sqlite "file:$scratch/migrate.db"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS newsdesk_regenerate" -c "CREATE DATABASE newsdesk_regenerate"
remake_migration postgres postgres://postgres@127.0.0.1:5432/newsdesk_regenerate
