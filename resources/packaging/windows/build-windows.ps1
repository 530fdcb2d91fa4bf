# Build the Windows installer: dist\reviewer-<version>-setup.exe
#
#   pwsh resources/packaging/windows/build-windows.ps1
#
# NOT RUN on the project's Linux machines (Windows cannot be built there); the hosted-runner
# workflow .github/workflows/installers.yml runs it on windows-latest. Needs Python 3.11 with
# the project installed (pip install -e ".[package]") and Inno Setup 6 (iscc; preinstalled on
# GitHub's Windows images, else `choco install innosetup`).
#
# Steps: render icons, freeze with PyInstaller (same spec as Linux), run the frozen
# `reviewer.exe --smoke-test` (any stderr output fails the build), optionally sign, then
# compile the Inno Setup script.

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..\..")).Path
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Build = Join-Path $Root "build\packaging"
$Icons = Join-Path $Build "icons"
$Bundle = Join-Path $Build "dist\reviewer"
$Dist = Join-Path $Root "dist"

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$Version = (& $Python -c "import reviewer; print(reviewer.__version__)").Trim()
Write-Host "[build-windows] reviewer $Version"
$Started = Get-Date

Invoke-Checked "rendering icons" { & $Python resources/packaging/make_icons.py $Icons }
$env:REVIEWER_ICON_DIR = $Icons
Invoke-Checked "translations" { & $Python resources/dev/update_translations.py release }
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN `
        --distpath (Join-Path $Build "dist") --workpath (Join-Path $Build "work") `
        resources/packaging/reviewer.spec
}

# Smoke test the frozen app. Hosted runners have no sound card: the audio check then reports
# "no output devices" and still passes; the keyring is the Windows Credential Locker.
$SmokeErr = Join-Path $Build "smoke.err"
$env:QT_QPA_PLATFORM = "offscreen"
& (Join-Path $Bundle "reviewer.exe") --smoke-test 2> $SmokeErr
$SmokeExit = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM
if ((Test-Path $SmokeErr) -and (Get-Item $SmokeErr).Length -gt 0) {
    Get-Content $SmokeErr | Write-Host
    throw "the frozen app wrote to stderr during the smoke test"
}
if ($SmokeExit -ne 0) { throw "the smoke test failed (exit $SmokeExit)" }

# Code signing: requires the organisation's certificate, which this recipe does not have.
# Set REVIEWER_SIGN_CERT_THUMBPRINT on a runner that holds it to sign the executables.
if ($env:REVIEWER_SIGN_CERT_THUMBPRINT) {
    Get-ChildItem $Bundle -Filter "reviewer*.exe" | ForEach-Object {
        Invoke-Checked "signing $($_.Name)" {
            signtool sign /sha1 $env:REVIEWER_SIGN_CERT_THUMBPRINT /fd SHA256 `
                /tr http://timestamp.digicert.com /td SHA256 $_.FullName
        }
    }
} else {
    Write-Host "[build-windows] NOT SIGNED: no organisation certificate configured"
}

$Iscc = Get-Command iscc -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $IsccPath)) { throw "Inno Setup 6 (ISCC.exe) not found: choco install innosetup" }
New-Item -ItemType Directory -Force -Path $Dist | Out-Null
Invoke-Checked "Inno Setup" {
    & $IsccPath /Q "/DAppVersion=$Version" "/DBundleDir=$Bundle" `
        "/DIconFile=$(Join-Path $Icons 'reviewer.ico')" "/DOutputDir=$Dist" `
        resources/packaging/windows/reviewer.iss
}
$Setup = Join-Path $Dist "reviewer-$Version-setup.exe"
$Seconds = [int]((Get-Date) - $Started).TotalSeconds
$SizeMB = [math]::Round((Get-Item $Setup).Length / 1MB)
Write-Host "[build-windows] done: $Setup ($SizeMB MB, $Seconds s)"
