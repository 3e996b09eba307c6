#!/bin/sh
# Make sure a Chromium is available for the browser tests (Playwright drives it).
# Uses $CHROMIUM_PATH or /usr/bin/chromium; installs Debian's package when run as root.
set -e
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    exit 0
fi
cat >&2 <<MSG
The browser tests need Chromium and none was found at $browser.
  - On Debian or Ubuntu: sudo apt-get install chromium
  - Elsewhere: .venv/bin/python -m playwright install chromium,
    then set CHROMIUM_PATH to the chrome binary it prints.
MSG
exit 1
