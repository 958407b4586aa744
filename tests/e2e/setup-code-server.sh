#!/bin/sh
# Installs what the end-to-end tests and `npm start` need, into the git-ignored folder .e2e/ at the
# repository root: code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) and
# playwright-core, plus Debian's chromium, ripgrep and Kerberos headers. Nothing is downloaded from
# outside Debian and the npm registry. Idempotent: a second run only checks.
# Usage: sh tests/e2e/setup-code-server.sh [--no-browser]   (DEST=/other/folder to install elsewhere)
# --no-browser: code-server only (for `npm start`), no chromium.
set -eu
BROWSER=1
[ "${1:-}" = "--no-browser" ] && BROWSER=""

CS_VERSION=4.100.3
PW_VERSION=1.65.1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=${DEST:-$ROOT/.e2e}
say() { echo "[e2e-oppsett] $*"; }

if [ -x "$DEST/node_modules/.bin/code-server" ] && [ -d "$DEST/node_modules/playwright-core" ] && { [ -z "$BROWSER" ] || command -v chromium >/dev/null; }; then
  say "code-server $CS_VERSION og playwright-core er allerede installert ($DEST)${BROWSER:+, chromium også}"
  exit 0
fi

# 1. System packages: headers for the kerberos native module, a ripgrep binary, a browser.
need=""
[ -f /usr/include/gssapi/gssapi.h ] || need="$need libkrb5-dev"
command -v rg >/dev/null || need="$need ripgrep"
if [ -n "$BROWSER" ] && ! command -v chromium >/dev/null; then need="$need chromium"; fi
if [ -n "$need" ]; then
  say "installerer Debian-pakker:$need"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  LOCK=; command -v flock >/dev/null && LOCK="flock /tmp/apt.lock"
  $LOCK $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $LOCK $SUDO apt-get install -y -q --no-install-recommends $need
fi

# 2. @vscode/ripgrep's install step downloads a binary from outside: seed its cache with Debian's rg.
export TMPDIR="$DEST/tmp"
mkdir -p "$TMPDIR"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
if [ ! -f "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  say "legger Debians ripgrep i hurtigbufferen til @vscode/ripgrep"
  mkdir -p "$RG_CACHE"
  T=$(mktemp -d); cp "$(command -v rg)" "$T/rg"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$T" rg
  rm -rf "$T"
fi

# 3. code-server and playwright-core; node-pty's install step runs `npx node-gyp`, which needs npm_config_yes.
cd "$DEST"
[ -f package.json ] || echo '{"name":"referat-e2e-code-server","private":true}' > package.json
say "installerer code-server@$CS_VERSION og playwright-core@$PW_VERSION i $DEST (tar 1–2 minutter første gang)"
started=$(date +%s)
npm_config_yes=true npm install --no-save --no-audit --no-fund --unsafe-perm --loglevel=error \
  "code-server@$CS_VERSION" "playwright-core@$PW_VERSION"
mkdir -p "$DEST/home"
version=$(HOME="$DEST/home" XDG_CONFIG_HOME="$DEST/home" XDG_DATA_HOME="$DEST/home" "$DEST/node_modules/.bin/code-server" --version 2>/dev/null | grep -E '^[0-9]' | head -1)
say "ferdig på $(( $(date +%s) - started )) s: code-server $version"
