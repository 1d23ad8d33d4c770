#!/usr/bin/env bash
# Browser journeys run in Debian's headless Chromium. Install it (and its driver) when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "[acceptance] $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and $(/usr/bin/chromedriver --version | head -1) present"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "[acceptance] chromium and chromium-driver are missing; install them (sudo apt-get install -y chromium chromium-driver)" >&2
  exit 1
fi
echo "[acceptance] installing chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y chromium chromium-driver >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y chromium chromium-driver; }
/usr/bin/chromedriver --version
