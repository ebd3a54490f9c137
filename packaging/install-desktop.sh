#!/usr/bin/env bash
# Installs the built bundle for the current user, with desktop integration (Linux):
#   $XDG_DATA_HOME/vtex-invoice-gui/                        the bundle (a copy of dist/vtex-invoice-gui)
#   $XDG_DATA_HOME/applications/<APP_ID>.desktop            Exec= points at the copied bundle
#   $XDG_DATA_HOME/metainfo/<APP_ID>.metainfo.xml
#   $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/<APP_ID>.png  and scalable/apps/<APP_ID>.svg
#   ~/.local/bin/vtex-invoice-gui                           a symlink (unless --no-bin)
# XDG_DATA_HOME defaults to ~/.local/share.
#
#   bash packaging/install-desktop.sh [--bundle DIR] [--no-bin]
#   bash packaging/install-desktop.sh --uninstall
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="br.com.vtexinvoicedesk.InvoiceDesk"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin_dir="${VTEX_DESK_BIN_DIR:-$HOME/.local/bin}"
bundle="$here/dist/vtex-invoice-gui"
target="$data/vtex-invoice-gui"
link_bin=1 uninstall=0
sizes=(16 24 32 48 64 128 256 512)

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) bundle="$2"; shift ;;
        --no-bin) link_bin=0 ;;
        --uninstall) uninstall=1 ;;
        *) echo "usage: bash packaging/install-desktop.sh [--bundle DIR] [--no-bin] | --uninstall" >&2; exit 2 ;;
    esac
    shift
done

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && [ -f "$data/icons/hicolor/index.theme" ] && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "$uninstall" -eq 1 ]; then
    rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    if [ -L "$bin_dir/vtex-invoice-gui" ] && [ "$(readlink "$bin_dir/vtex-invoice-gui")" = "$target/vtex-invoice-gui" ]; then
        rm -f "$bin_dir/vtex-invoice-gui"
    fi
    rm -rf "$target"
    refresh_caches
    echo "uninstalled $app_id from $data"
    exit 0
fi

if [ ! -x "$bundle/vtex-invoice-gui" ]; then
    echo "no bundle at $bundle: build it first with: bash packaging/build.sh" >&2
    exit 1
fi

# The bundle: replaced as a whole, so files from an older version do not linger.
bundle="$(cd "$bundle" && pwd)"
if [ "$bundle" != "$target" ]; then
    mkdir -p "$data"
    rm -rf "$target.new"
    cp -a "$bundle" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
exe="$target/vtex-invoice-gui"

# The .desktop file, with Exec/TryExec pointing at the installed executable (quoted per the
# Desktop Entry spec when the path has spaces).
quoted="$exe"
case "$exe" in *[[:space:]]*) quoted="\"$exe\"" ;; esac
escape() { printf '%s' "$1" | sed 's/[&|\\]/\\&/g'; }
mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=vtex-invoice-gui|Exec=$(escape "$quoted")|" \
    -e "/^Exec=/i TryExec=$(escape "$exe")" \
    "$here/packaging/linux/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/packaging/linux/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"

for size in "${sizes[@]}"; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/resources/icons/app-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/resources/icons/app.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"

if [ "$link_bin" -eq 1 ]; then
    mkdir -p "$bin_dir"
    ln -sfn "$exe" "$bin_dir/vtex-invoice-gui"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$data/applications/$app_id.desktop"
fi
refresh_caches
echo "installed $app_id: $data/applications/$app_id.desktop -> $exe"
