#!/usr/bin/env bash
# Build the Linux bundle and a tarball a person can unpack and install without root.
#   bash installers/linux/build.sh            uses .venv (or $PYTHON_ENV)
# Output: dist/partnerbook/ (the one-folder app) and
#         dist/partnerbook-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=${PYTHON_ENV:-.venv}
python="$venv/bin/python"
[ -x "$python" ] || { echo "No Python at $python: run installers/dev-setup.sh --dev first." >&2; exit 1; }

version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name="partnerbook-${version}-linux-${arch}"

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/partnerbook.spec

# Check the frozen app before packing it, headless, as CI does: a bundle that fails is never packed.
QT_QPA_PLATFORM=offscreen timeout 180 dist/partnerbook/partnerbook --self-test

# The tarball: the app, the desktop integration files and a per-user installer.
stage="build/${name}"
rm -rf "$stage"
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages"
cp -a dist/partnerbook "$stage/partnerbook"
cp installers/linux/partnerbook.desktop "$stage/share/applications/org.partnerbook.Partnerbook.desktop"
# Return packs (.pbpack) open in Partnerbook on a double-click.
cp installers/linux/org.partnerbook.Partnerbook-pack.xml "$stage/share/mime/packages/"
sed -e "s/@VERSION@/${version}/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  installers/linux/org.partnerbook.Partnerbook.metainfo.xml \
  > "$stage/share/metainfo/org.partnerbook.Partnerbook.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "resources/icons/partnerbook-${size}.png" "$dir/org.partnerbook.Partnerbook.png"
done
mkdir -p "$stage/share/icons/hicolor/scalable/apps"
cp resources/icons/partnerbook.svg "$stage/share/icons/hicolor/scalable/apps/org.partnerbook.Partnerbook.svg"
cp installers/linux/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh"

tar -C build -czf "dist/${name}.tar.gz" "$name"
echo "Built dist/partnerbook/ ($(du -sh dist/partnerbook | cut -f1)) and dist/${name}.tar.gz"
