#!/usr/bin/env bash
# One-command set-up on a fresh machine: the Debian packages the tests use (Chromium, Firefox ESR,
# poppler-utils, qpdf; when missing and apt is available), the npm dependencies from the lock file, and the
# built extension (Chrome + Firefox + zips; skipped when .output already holds the build of these exact sources:
# scripts/build-if-changed.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The Firefox end-to-end tests drive Debian's Firefox ESR (tests/e2e-firefox/harness.ts).
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these packages for the end-to-end and PDF tests: ${missing[*]}" >&2
  fi
fi

npm ci --no-audit --no-fund
node scripts/build-if-changed.mjs
