#!/usr/bin/env bash
# Builds the browser front end (web/) into web/dist, which `qingfeng serve` serves.
# Offline at run time: every font, icon and locale file is bundled by Vite.
set -euo pipefail
cd "$(dirname "$0")/../web"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run build --silent
