#!/usr/bin/env bash
# One entry point for a newcomer and for CI: installs what the app and its tests need, then
#   bash packaging/bootstrap.sh demo   -> starts the app on the built-in sandbox store
#   bash packaging/bootstrap.sh test   -> runs the whole test suite (real keyring, offscreen Qt)
# Extra arguments after the command go to the app or to pytest.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cmd="${1:-}"
shift || true

# System packages: Qt's runtime libraries, fonts, D-Bus and gnome-keyring (the Secret Service the
# keyring tests talk to). Installed only when missing, with apt-get (as root, or through sudo).
system_packages=(
    dbus gnome-keyring libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
    libglib2.0-0 libdbus-1-3 fonts-dejavu-core python3-venv
    appstream desktop-file-utils binutils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libx11-xcb1
)

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || {
            echo "Please install these packages first: ${missing[*]}" >&2
            return 1
        }
        sudo="sudo"
    fi
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

pick_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)." >&2
    return 1
}

setup_venv() {
    local python
    python="$(pick_python)"
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    # Reinstall only when the dependency list changed since the last setup.
    local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[test]"
        rm -f .venv/.installed-*
        touch "$stamp"
    fi
}

case "$cmd" in
    demo)
        install_system_packages
        setup_venv
        exec .venv/bin/vtex-invoice-gui --demo "$@"
        ;;
    test)
        install_system_packages
        setup_venv
        # One pytest worker per core (pytest-xdist); the long kill, soak and bundle tests are
        # collected first (tests/conftest.py) so the other worker works through the rest meanwhile.
        exec dbus-run-session -- bash packaging/with-keyring.sh \
            .venv/bin/python -m pytest -n "${VTEX_TEST_WORKERS:-auto}" --dist worksteal "$@"
        ;;
    *)
        echo "usage: bash packaging/bootstrap.sh demo|test [arguments]" >&2
        exit 2
        ;;
esac
