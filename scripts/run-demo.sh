#!/usr/bin/env bash
# `make run`: on first start creates the SQLite database under ./data with the demo
# bureau (every role has an account), then serves Qingfeng and prints the URL.
# Later starts reuse the same data. Delete ./data to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/qingfeng
CONFIG=${QF_CONFIG:-qingfeng.toml}
mkdir -p data
if [ ! -f data/.demo-created ]; then
  "$BIN" --config "$CONFIG" migrate
  "$BIN" --config "$CONFIG" demo | tee data/demo-accounts.txt
  touch data/.demo-created
else
  echo "清风：使用已有数据 ./data（删除 ./data 可重建演示单位） / Qingfeng: reusing ./data (delete it to recreate the demo bureau)"
  cat data/demo-accounts.txt 2>/dev/null || true
fi
exec "$BIN" --config "$CONFIG" serve
