#!/usr/bin/env pwsh
# Starts this repository's Liftoff pipeline: ./build.ps1 --tree, ./build.ps1 --target=Deploy-Production
# Works from any directory; every argument is passed to the build host in build/.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Error "build.ps1: 'dotnet' was not found on PATH. Install the .NET SDK 10 (https://dot.net) and try again."
    exit 127
}

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
Push-Location $root
try {
    & dotnet run --project (Join-Path $root 'build/Build.csproj') -- @args
    exit $LASTEXITCODE
}
finally {
    Pop-Location
}
