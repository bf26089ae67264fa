#!/usr/bin/env bash
# npm start: install, build the static export, serve it on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-env.sh
npm run --silent build
echo "› Triglot is at http://localhost:3000"
exec npx serve out --listen "${PORT:-3000}" --config ../serve.json --no-clipboard
