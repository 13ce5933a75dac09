#!/usr/bin/env bash
# A sale made with real keys at a 1024×768 counter: Xvfb, a window manager (without one Qt never
# sees its window active and no shortcut fires) and xdotool typing into the real `paydesk`, in
# training mode, in the language given. Two quick keys (Alt+2, Alt+3), a scanner's burst (TOR-1
# and Enter, 5 ms apart), then Ctrl+Enter charges. The sale must end paid in the journal, once,
# for 42.00 + 23.00 + 65.00 = 130.00 MXN; the screen is kept as a PNG to look at.
#
# Usage: realkeys.sh PAYDESK PAYDESKCTL LANG OUT.png      (LANG: es_MX, fr, en…)
set -euo pipefail

paydesk=$1 paydeskctl=$2 lang=$3 out=$4
work=$(mktemp -d)
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "realkeys ($lang): $*" >&2
    [ -n "${DISPLAY:-}" ] && import -window root "$out" 2>/dev/null && echo "screen: $out" >&2
    [ -f "$work/paydesk.log" ] && sed 's/^/paydesk: /' "$work/paydesk.log" >&2
    exit 1
}

# A display of its own (Xvfb picks a free number and writes it to the pipe).
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(head -n1 "$work/display")"
matchbox-window-manager -use_titlebar no >"$work/wm.log" 2>&1 &
pids+=($!)

# A fresh home: no profile, so training mode against the in-process sandbox.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work"
export LANG="$lang.UTF-8" LANGUAGE="$lang" LC_ALL=
journal="$work/journal.sqlite"
# On this display, whatever platform the test run asks of the others (offscreen).
QT_QPA_PLATFORM=xcb "$paydesk" --journal "$journal" >"$work/paydesk.log" 2>&1 &
pids+=($!)
window=$(timeout 30 xdotool search --sync --onlyvisible --name 'Paydesk' | head -n1) ||
    fail "the window did not open"
timeout 10 xdotool windowactivate --sync "$window" || true
sleep 1 # the window's first layout and focus (the scanner field)

xdotool key --delay 150 alt+2 alt+3
xdotool type --delay 5 'TOR-1'
xdotool key Return
sleep 0.5
xdotool key ctrl+Return

# The journal says how it ended (the window journals before it shows).
for _ in $(seq 1 60); do
    json=$("$paydeskctl" --journal "$journal" journal list --json 2>/dev/null || echo '[]')
    if python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d and d[0]["state"] != "pending" else 1)' "$json"; then
        break
    fi
    sleep 0.5
done
sleep 0.5 # the outcome painted
import -window root "$out"
python3 - "$json" "$lang" <<'EOF' || fail "the sale did not end paid for 130.00 MXN (screen: $out)"
import json, sys
entries = json.loads(sys.argv[1])
problems = []
if len(entries) != 1:
    problems.append(f"{len(entries)} journal entries, expected 1")
else:
    e = entries[0]
    if e["state"] != "succeeded":
        problems.append(f"state {e['state']}")
    if e["amount"]["minor"] != 13000 or e["amount"]["currency"] != "mxn":
        problems.append(f"amount {e['amount']}")
    if not e["training"]:
        problems.append("not a training sale")
for p in problems:
    print(f"realkeys ({sys.argv[2]}): {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
echo "realkeys ($lang): paid 130.00 MXN with real keys at 1024x768; screen: $out"
