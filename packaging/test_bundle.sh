#!/usr/bin/env bash
# Run the built bundle's `--selftest` as a fresh user would (make package-test): offscreen,
# with a temporary HOME, data, log and temp folder, and none of this shell's Python or
# Qt settings. Fails unless it exits 0, prints "selftest ok" and leaves no files behind.
set -euo pipefail

cd "$(dirname "$0")/.."
case "$(uname -s)" in
    Darwin) program=dist/NetBuilder.app/Contents/MacOS/netbuilder-cli ;;
    Linux) program=dist/netbuilder/netbuilder ;;
    *) program=dist/NetBuilder/netbuilder-cli.exe ;;
esac
if [ ! -x "$program" ]; then
    echo "test_bundle.sh: $program is missing: run make package first" >&2
    exit 1
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir "$home/tmp"
status=0
output=$(env -i PATH=/usr/bin:/bin HOME="$home" TMPDIR="$home/tmp" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen NETBUILDER_DATA_DIR="$home/data" \
    NETBUILDER_LOG_DIR="$home/log" "$program" --selftest 2>&1) || status=$?
echo "$output"
if [ "$status" -ne 0 ] || ! grep -qx "selftest ok" <<<"$output"; then
    echo "test_bundle.sh: the bundle's selftest failed (exit $status)" >&2
    exit 1
fi
left=$(find "$home/tmp" -mindepth 1 | head -5)
if [ -n "$left" ] || [ -e "$home/data" ] || [ -e "$home/log" ]; then
    echo "test_bundle.sh: the selftest left files behind (temporary, data or log folder):" \
        $left >&2
    exit 1
fi
echo "test_bundle.sh: the bundle's selftest passed"
