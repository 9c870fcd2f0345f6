#!/usr/bin/env bash
# Build Partnerbook for macOS: Partnerbook.app with PyInstaller (BUNDLE in the spec), then a
# .dmg with the app and a link to /Applications, so people drag it across.
#   bash installers/macos/build.sh
# Output: dist/Partnerbook.app and dist/Partnerbook-<version>.dmg
# Unsigned: signing and notarising need the project's Apple Developer ID, which CI would add
# (codesign --deep --options runtime, then xcrun notarytool submit --wait).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
fi
python=.venv/bin/python
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

# resources/icons/partnerbook.icns is committed (installers/render_icons.py writes it);
# make it again with Apple's own tool when it is missing.
if [ ! -f resources/icons/partnerbook.icns ]; then
  set_dir=build/partnerbook.iconset
  mkdir -p "$set_dir"
  for size in 16 32 128 256 512; do
    sips -z $size $size resources/icons/partnerbook-512.png --out "$set_dir/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2)); [ $double -gt 512 ] && double=512
    sips -z $double $double resources/icons/partnerbook-512.png --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o resources/icons/partnerbook.icns
fi

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/partnerbook.spec

# The frozen app checks itself before it is packed.
QT_QPA_PLATFORM=offscreen dist/Partnerbook.app/Contents/MacOS/partnerbook --self-test

stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
cp -R dist/Partnerbook.app "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "dist/Partnerbook-${version}.dmg"
hdiutil create -volname "Partnerbook ${version}" -srcfolder "$stage" -ov -format UDZO \
  "dist/Partnerbook-${version}.dmg"
echo "Built dist/Partnerbook-${version}.dmg"
