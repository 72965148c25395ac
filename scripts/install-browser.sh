#!/usr/bin/env bash
# Installs the browser the console's end-to-end tests drive: Debian's chromium, through apt.
# Playwright's own browser download cannot work here (and is never attempted): the tests use
# playwright-core with this system browser. Does nothing when /usr/bin/chromium is present.
set -euo pipefail

browser="${SILKCHAIN_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: $browser is missing and there is no apt-get; install Chromium and set SILKCHAIN_CHROMIUM" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo -n"
  else
    echo "install-browser: $browser is missing; run as root: apt-get install chromium" >&2
    exit 1
  fi
fi
echo "install-browser: installing Debian's chromium (once)..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
[ -x "$browser" ] || { echo "install-browser: apt installed chromium but $browser is missing" >&2; exit 1; }
