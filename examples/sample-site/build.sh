#!/usr/bin/env bash
# Starts the sample site's Liftoff pipeline: ./build.sh --tree, ./build.sh --target=Build-Production
# Works from any directory; every argument is passed to the build host in build/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "build.sh: 'dotnet' was not found on PATH. Install the .NET SDK 10 (https://dot.net) and try again." >&2
  exit 127
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cd "$root"
exec dotnet run --project "$root/build/Build.csproj" -- "$@"
