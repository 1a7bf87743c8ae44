#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller: dist/netbuilder/ (Linux), or
# dist/NetBuilder/ and dist/NetBuilder.app (macOS). Windows: see packaging/README.md.
#
#     bash packaging/build.sh        (or: make package)
#
# Uses .venv (made if missing, with PYTHON, default python3.11), installs the project with
# its `package` extra (PyInstaller, pinned), builds into build/ and dist/ (both gitignored)
# and prints the bundle's size, the build time and, on Linux, any library it cannot load.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
VENV=.venv
PY=$VENV/bin/python
STAMP=$VENV/.installed-package

if [ ! -x "$PY" ]; then
    "$PYTHON" -m venv "$VENV"
    "$PY" -m pip install --quiet --upgrade pip
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    "$PY" -m pip install --quiet -e '.[package]'
    touch "$STAMP"
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build packaging/netbuilder.spec
seconds=$(( $(date +%s) - start ))

case "$(uname -s)" in
    Darwin) bundle=dist/NetBuilder.app ;;
    Linux) bundle=dist/netbuilder ;;
    *) bundle=dist/NetBuilder ;;
esac

if [ "$(uname -s)" = Linux ]; then
    # Every Qt, ICU, PySide and Python library a bundled file links to must be in the
    # bundle: a plugin whose Qt library the spec filtered out would fail only when Qt
    # loads it. Other libraries missing here (libwayland-cursor on a machine without
    # Wayland) come from the user's system, where they exist when they are needed.
    internal="$bundle/_internal"
    libs="$internal:$internal/PySide6/Qt/lib:$internal/PySide6:$internal/shiboken6"
    missing=$(find "$bundle" -name '*.so*' -type f -print0 |
        xargs -0 -n 20 env LD_LIBRARY_PATH="$libs" ldd 2>/dev/null |
        grep 'not found' | awk '{print $1}' | sort -u || true)
    ours=$(echo "$missing" | grep -E '^lib(Qt6|icu|pyside|shiboken|python)' || true)
    if [ -n "$ours" ]; then
        echo "build.sh: the bundle lacks libraries it links to:" $ours >&2
        exit 1
    fi
    if [ -n "$missing" ]; then
        echo "left to the system (not on this build machine):" $missing
    fi
fi

echo "bundle: $bundle"
echo "size:   $(du -sh "$bundle" | cut -f1) unpacked ($(du -s --apparent-size -k "$bundle" 2>/dev/null | cut -f1) KB apparent)"
echo "files:  $(find "$bundle" -type f | wc -l)"
echo "built in ${seconds} s"
