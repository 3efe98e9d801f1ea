#!/usr/bin/env bash
# Installs the Debian packages Kdo needs that NuGet cannot bring, when they are missing; running it again does
# nothing. Needs root (or sudo) only when something is missing.
#   poppler-utils: pdftotext, which reads the text layer of PDF filings (kdo extract FILE.pdf).
set -euo pipefail

packages=()
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)

if [ ${#packages[@]} -eq 0 ]; then
    echo "setup: nothing to install"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: run as root to install: ${packages[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "setup: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "setup: installed ${packages[*]}"
