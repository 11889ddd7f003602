#!/bin/sh
# Register NeuroStep for the current user: its menu entry, its icons, and *.neurostep
# files (application/x-neurostep) opening in it by double-click.  No root needed.
#
#   resources/packaging/install.sh [COMMAND]     install (COMMAND: what starts NeuroStep)
#   resources/packaging/install.sh --uninstall   remove what install put in place
#
# COMMAND defaults to the PyInstaller build (dist/NeuroStep/NeuroStep) if there is one,
# else the `neurostep` command on PATH (pip install . / uv tool install .).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
MIME="$DATA/mime"
SIZES="16 24 32 48 64 128 256"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$MIME" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/neurostep.desktop" "$MIME/packages/neurostep-mime.xml"
    for size in $SIZES; do
        rm -f "$ICONS/${size}x${size}/apps/neurostep.png" \
              "$ICONS/${size}x${size}/mimetypes/application-x-neurostep.png"
    done
    rm -f "$ICONS/scalable/apps/neurostep.svg" "$ICONS/scalable/mimetypes/application-x-neurostep.svg"
    refresh
    echo "NeuroStep is no longer registered for $(id -un)."
    exit 0
fi

if [ $# -ge 1 ]; then
    COMMAND=$1
elif [ -x "$ROOT/dist/NeuroStep/NeuroStep" ]; then
    COMMAND="$ROOT/dist/NeuroStep/NeuroStep"
elif command -v neurostep >/dev/null; then
    COMMAND=$(command -v neurostep)
else
    echo "No NeuroStep to register: build it (pyinstaller resources/packaging/neurostep.spec)," >&2
    echo "install it (pip install .), or give the command that starts it." >&2
    exit 1
fi

mkdir -p "$APPS" "$MIME/packages" "$ICONS/scalable/apps" "$ICONS/scalable/mimetypes"
for size in $SIZES; do
    mkdir -p "$ICONS/${size}x${size}/apps" "$ICONS/${size}x${size}/mimetypes"
    cp "$ROOT/resources/icons/neurostep-$size.png" "$ICONS/${size}x${size}/apps/neurostep.png"
    cp "$ROOT/resources/icons/neurostep-$size.png" \
       "$ICONS/${size}x${size}/mimetypes/application-x-neurostep.png"
done
cp "$ROOT/resources/icons/neurostep.svg" "$ICONS/scalable/apps/neurostep.svg"
cp "$ROOT/resources/icons/neurostep.svg" "$ICONS/scalable/mimetypes/application-x-neurostep.svg"
cp "$HERE/neurostep-mime.xml" "$MIME/packages/neurostep-mime.xml"
# The menu entry runs COMMAND itself, quoted only if the Desktop Entry spec needs it
# (some launchers, xdg-open's own among them, do not unquote).
case $COMMAND in
    *[[:space:]\"\'\\\>\<~\|\&\;\$\*\?\#\(\)\`]*) EXEC="\"$COMMAND\"" ;;
    *) EXEC=$COMMAND ;;
esac
sed -e "s|^Exec=.*|Exec=$EXEC %f|" -e "s|^TryExec=.*|TryExec=$COMMAND|" \
    "$HERE/neurostep.desktop" > "$APPS/neurostep.desktop"
refresh
command -v xdg-mime >/dev/null && xdg-mime default neurostep.desktop application/x-neurostep || true
echo "NeuroStep is registered for $(id -un): $COMMAND"
