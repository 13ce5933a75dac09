#!/bin/sh
# Runs a command with a Secret Service of its own: gnome-keyring on a private D-Bus session bus,
# in a throwaway HOME, its login keyring created and unlocked with a throwaway password (so it is
# stored encrypted, as on a user's machine). The user's own bus and keyring are never reached.
# Usage: with-keyring.sh COMMAND [ARG...]   (ctest runs tst_credentials_keyring through it)
set -eu

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/.local/share" \
    XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
# QtKeychain picks its backend from the desktop (KWallet on KDE): none here, so the Secret Service.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    GNOME_KEYRING_CONTROL
# The test refuses to run without this: it writes to the session's keyring.
export PAYDESK_TEST_PRIVATE_KEYRING=1

status=0
# --unlock creates the login keyring and unlocks it with the password on stdin; --start returns
# once that daemon owns org.freedesktop.secrets on the bus (without it the first client can race
# the daemon's start-up). The daemon leaves when the bus does.
dbus-run-session -- sh -c '
    set -e
    printf "%s" throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 ||
        { echo "with-keyring.sh: gnome-keyring-daemon --start failed" >&2; exit 1; }
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
