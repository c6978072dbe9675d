#!/usr/bin/env bash
# Installs every system package Qingfeng needs to build, run and test, on Debian 12.
# Idempotent and quiet: when everything is present it only checks and exits.
set -euo pipefail

PKGS=(
  build-essential cmake pkg-config ninja-build ccache
  libboost-dev libboost-system-dev
  libsqlite3-dev sqlite3
  libpq-dev postgresql-15 postgresql-client-15
  libsodium-dev libssl-dev
  nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev
  libicu-dev libopencc-dev opencc
  libxlsxwriter-dev libminizip-dev libpugixml-dev zlib1g-dev libqpdf-dev libmimalloc-dev
  libpango1.0-dev libcairo2-dev libfontconfig-dev
  fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils
  libjpeg-dev libpng-dev
  chromium fonts-wqy-microhei
  wrk python3 unzip
)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js: the machine image ships nodesource nodejs with npm; Debian's npm conflicts with it.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
