#!/usr/bin/env bash
# Prepare this checkout to run Partnerbook from source on Debian or Ubuntu:
# the system libraries Qt needs, then a virtual environment in .venv with the app in it.
#   bash installers/dev-setup.sh           the app
#   bash installers/dev-setup.sh --test    the app and what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
[ "${1:-}" = "--dev" ] && extra="[dev]"

# Qt offscreen needs these; a real screen (or Xvfb) needs the xcb ones too.
# poppler-utils renders PDFs in tests and gives pdfdetach; fonts stop letters being boxes.
packages=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0 libxcb-render0
  libxcb-shm0 libxcb-sync1 libxcb-xfixes0 poppler-utils
)
# Building the bundle (--dev) strips debug symbols from its libraries with binutils' strip.
if [ "${1:-}" = "--dev" ]; then
  packages+=(binutils)
fi
# One test opens the HTML return in Qt's web engine (in its own process) at phone width;
# the engine needs these beside the libraries above.
if [ "${1:-}" = "--dev" ] || [ "${1:-}" = "--test" ]; then
  packages+=(libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2)
  # The shared-collection tests start a throwaway PostgreSQL cluster of their own
  # (tests/postgres_support.py); Debian's server package gives them initdb and pg_ctl.
  packages+=(postgresql)
  # A partner's questionnaire is also filled by pdftk (pdftk-java), a tool independent of
  # the pypdf and reportlab the app uses (tests/questionnaires).
  packages+=(pdftk-java)
  # The screen-reader test (tests/ui/test_atspi_journey.py) runs the app on a virtual X
  # display with a window manager and reads it over AT-SPI with Debian's Python bindings.
  packages+=(xvfb matchbox-window-manager dbus dbus-bin at-spi2-core python3-gi gir1.2-atspi-2.0)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
echo "Ready: .venv/bin/partnerbook"
