#!/usr/bin/env bash
# Builds the web console with the machine's Node.js and npm (called by Maven in generate-resources):
# `npm ci` from the committed package-lock.json (only when node_modules is missing or older than the
# lock), then the type check and the Vite bundle into target/classes/console/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "silkchain-console: the web console needs Node.js 20+ and npm (apt-get install nodejs npm)," >&2
  echo "silkchain-console: or build without it: mvn ... -Dconsole.skip (nodes then serve no console)" >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "silkchain-console: needs Node.js 20 or newer, found $(node --version)" >&2
  exit 1
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build -- --logLevel warn
