#!/usr/bin/env bash
# Regenerates docs/aireg-report.png: scans the sample with the aireg tool and photographs the HTML
# report with headless Chromium (Debian's package; installed when missing). Nothing is fetched by
# the page itself: the browser runs with networking features off and a fresh, empty profile.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found; installing Debian's package" >&2
  apt-get update && apt-get install -y chromium
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/AiRegAnalyzers.Cli -- scan samples/ClinicAssistant --html "$out/aireg.html" --lang "${AIREG_LANG:-en}" >/dev/null

mkdir "$out/profile"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --hide-scrollbars --window-size=1400,1800 \
  --screenshot="$PWD/docs/aireg-report.png" "file://$out/aireg.html" 2>/dev/null
echo "wrote docs/aireg-report.png"
