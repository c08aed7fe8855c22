#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium,
# its driver and a Hangul font (without it Korean renders as empty boxes).
# Run by Maven before the tests (see pom.xml), so `./mvnw verify` works on a fresh machine.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi nanum || dpkg -s fonts-nanum >/dev/null 2>&1 || missing+=(fonts-nanum)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing for browser tests: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "Browser tests need: ${missing[*]} (apt-get install -y ${missing[*]}); run as root or with sudo." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
