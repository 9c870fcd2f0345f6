# Build Partnerbook for Windows: the one-folder app with PyInstaller, then the installer.
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Needs Python 3.11+ and Inno Setup 6 (iscc on PATH, or in its usual folder).
# Output: dist\partnerbook\ and dist\Partnerbook-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3 -m venv .venv
    .\.venv\Scripts\python.exe -m pip install --upgrade pip
    .\.venv\Scripts\python.exe -m pip install -e ".[dev]"
}
$python = ".venv\Scripts\python.exe"
$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installers\partnerbook.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The frozen app checks itself before it is packed.
$env:QT_QPA_PLATFORM = "offscreen"
$check = Start-Process -FilePath "dist\partnerbook\partnerbook.exe" -ArgumentList "--self-test" -NoNewWindow -Wait -PassThru
if ($check.ExitCode -ne 0) { throw "The self-test of the frozen app failed ($($check.ExitCode))" }
Remove-Item Env:QT_QPA_PLATFORM

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installers\windows\partnerbook.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\Partnerbook-$version-setup.exe"
