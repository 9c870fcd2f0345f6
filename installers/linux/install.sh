#!/usr/bin/env bash
# Install Partnerbook for this user only (no root needed): run it from the unpacked tarball.
#   ./install.sh             install into ~/.local
#   ./install.sh --remove    take it away again (your data stays where it is)
# Your records live in your data folder (~/.local/share/Partnerbook), not here, so
# installing a newer version over an older one keeps them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$prefix/partnerbook-app"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$app" "$bin/partnerbook" "$prefix/applications/org.partnerbook.Partnerbook.desktop" \
    "$prefix/metainfo/org.partnerbook.Partnerbook.metainfo.xml" \
    "$prefix/mime/packages/org.partnerbook.Partnerbook-pack.xml"
  find "$prefix/icons/hicolor" -name 'org.partnerbook.Partnerbook.*' -delete 2>/dev/null || true
  echo "Partnerbook removed. Your data is still in ~/.local/share/Partnerbook."
  exit 0
fi

rm -rf "$app.new"
cp -a "$here/partnerbook" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
mkdir -p "$bin"
ln -sf "$app/partnerbook" "$bin/partnerbook"
cp -r "$here/share/." "$prefix/"
sed -i "s|^Exec=partnerbook|Exec=$app/partnerbook|" "$prefix/applications/org.partnerbook.Partnerbook.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$prefix/mime" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "Partnerbook installed. Start it from your applications menu, or run: $bin/partnerbook"
