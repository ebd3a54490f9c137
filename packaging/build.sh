#!/usr/bin/env bash
# Builds the one-folder bundle dist/vtex-invoice-gui/ with PyInstaller on Linux, then runs the
# bundle's own --self-test (offscreen, with a throwaway gnome-keyring when one can be started).
#
#   bash packaging/build.sh                 build, print time and size, self-test
#   bash packaging/build.sh --if-stale      reuse dist/ when it was built from the current sources
#   bash packaging/build.sh --no-self-test  build only
#   bash packaging/build.sh --install       also install the .desktop file, metainfo and icons
#                                           into ~/.local (packaging/install-desktop.sh)
# PYTHON=/path/to/python picks the interpreter (default .venv/bin/python); it needs PyInstaller.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
python="${PYTHON:-.venv/bin/python}"
self_test=1 install=0 if_stale=0
for arg in "$@"; do
    case "$arg" in
        --no-self-test) self_test=0 ;;
        --install) install=1 ;;
        --if-stale) if_stale=1 ;;
        *) echo "usage: bash packaging/build.sh [--if-stale] [--no-self-test] [--install]" >&2; exit 2 ;;
    esac
done

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
    echo "PyInstaller is not installed in $python. Install it with:" >&2
    echo "    $python -m pip install 'pyinstaller>=6.22,<7'" >&2
    exit 2
fi

for lang in pt_BR es; do
    qm="resources/i18n/vtex_invoice_desk_$lang.qm"
    ts="resources/i18n/vtex_invoice_desk_$lang.ts"
    if [ ! -f "$qm" ]; then
        echo "warning: $qm is missing: the bundle will not have this translation" >&2
    elif [ -f "$ts" ] && [ "$ts" -nt "$qm" ]; then
        echo "warning: $qm is older than $ts: run lrelease first" >&2
    fi
done

bundle="dist/vtex-invoice-gui"
if [ "$if_stale" -eq 1 ] && "$python" packaging/bundle_inputs.py check; then
    echo "$bundle is up to date (built from the current sources), not rebuilding"
else
    start=$(date +%s)
    "$python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/vtex-invoice-gui.spec
    "$python" packaging/bundle_inputs.py write
    echo "built $bundle in $(( $(date +%s) - start )) s"
fi
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"

if [ "$self_test" -eq 1 ]; then
    runner=()
    if [ -z "${VTEX_DESK_REAL_KEYRING:-}" ] && command -v dbus-run-session >/dev/null 2>&1 \
        && command -v gnome-keyring-daemon >/dev/null 2>&1; then
        runner=(dbus-run-session -- bash packaging/with-keyring.sh)
    fi
    echo "self-test of the bundle:"
    QT_QPA_PLATFORM=offscreen "${runner[@]}" "$bundle/vtex-invoice-gui" --self-test
fi

if [ "$install" -eq 1 ]; then
    bash packaging/install-desktop.sh --bundle "$bundle"
fi
