#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for Intercede: the browsers the tests
# drive, the SWORD modules the data packs are built from (and the commentaries the finder's
# real-prose check reads), and the npm dependencies.
# Runs apt-get as root, or through sudo; never downloads anything else.
set -euo pipefail
cd "$(dirname "$0")/.."

# firefox-esr-l10n-es-es: Firefox's Spanish language pack, for the e2e run of Intercede in Spanish.
packages=(chromium firefox-esr firefox-esr-l10n-es-es libsword-utils sword-text-web sword-text-kjv sword-text-sparv sword-dict-naves
  sword-comm-tdavid sword-comm-scofield sword-comm-mhcc)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt_get=(apt-get)
  elif command -v sudo >/dev/null 2>&1; then
    apt_get=(sudo apt-get)
  else
    echo "setup: run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is needed (found $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "setup: ready"
