#!/usr/bin/env bash
# The sandbox's Dots answers against Dots' own OpenAPI document: Stoplight Prism runs as a
# validating proxy (`prism proxy --errors`) in front of a real paydesk-sandbox, and every request
# Paydesk makes of Dots (create, list, retrieve, confirm; refund create, list, retrieve) must come
# back with the sandbox's answer, not Prism's violation report. One request that breaks the
# document must be refused by Prism, so the check is known to be live.
# Usage: dots_contract.sh PAYDESK_SANDBOX PRISM OPENAPI.yaml
set -euo pipefail

sandbox_bin=$1
prism_bin=$2
spec=$3
[ -x "$prism_bin" ] || { echo "FAIL: Prism is not installed at $prism_bin (scripts/deps installs it)"; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Reads a log until a line matches, or fails after $3 seconds.
await_line() {
    local log=$1 pattern=$2 seconds=$3
    timeout "$seconds" bash -c "tail -n +1 -f '$log' | grep -m1 -E '$pattern'" || {
        echo "FAIL: no line matching '$pattern' in $log:"
        cat "$log"
        exit 1
    }
}

"$sandbox_bin" --port 0 >"$work/sandbox.log" 2>"$work/sandbox.err" &
pids+=($!)
await_line "$work/sandbox.log" '^listening on http://127\.0\.0\.1:[0-9]+$' 10 >/dev/null
upstream=$(head -n1 "$work/sandbox.log" | sed 's/^listening on //')

# Prism cannot be given port 0: a port nothing listens on, tried again on another if something
# takes it first (another test's server).
free_port() {
    local candidate
    for _ in $(seq 50); do
        candidate=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
port=""
for attempt in 1 2 3; do
    candidate=$(free_port) || { echo "FAIL: no free port"; exit 1; }
    "$prism_bin" proxy --errors -h 127.0.0.1 -p "$candidate" "$spec" "$upstream/api" \
        >"$work/prism.log" 2>&1 &
    prism_pid=$!
    pids+=("$prism_pid")
    # Prism says either that it listens or why it stopped.
    timeout 90 bash -c "tail -n +1 -f '$work/prism.log' --pid=$prism_pid \
        | grep -m1 -E 'Prism is listening|EADDRINUSE'" >"$work/started" 2>/dev/null || true
    if grep -q 'Prism is listening' "$work/started"; then
        port=$candidate
        break
    fi
    echo "Prism did not start on port $candidate (attempt $attempt):"
    cat "$work/prism.log"
    kill "$prism_pid" 2>/dev/null || true
done
[ -n "$port" ] || { echo "FAIL: Prism did not start"; exit 1; }
base="http://127.0.0.1:$port"
auth="client_contract:key_contract"

failures=0
# call NAME EXPECTED_STATUS METHOD PATH [BODY]: prints the answer's body to $work/body
call() {
    local name=$1 expected=$2 method=$3 path=$4 body=${5:-}
    local args=(-sS -o "$work/body" -D "$work/headers" -w '%{http_code}' -u "$auth" -X "$method"
                -H 'Accept: application/json')
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    local status
    status=$(curl "${args[@]}" "$base$path")
    if [ "$status" != "$expected" ] || grep -qi '^sl-violations:' "$work/headers"; then
        echo "FAIL: $name: HTTP $status (expected $expected)"
        grep -i '^sl-violations:' "$work/headers" || true
        cat "$work/body"; echo
        failures=$((failures + 1))
    else
        echo "ok: $name: HTTP $status"
    fi
}
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$work/body"; }

pm=3c90c3cc-0d44-4b50-8888-8dd25736052a
# The create as Paydesk sends it for a sale that the cashier confirms later (no metadata: Dots'
# document types a request's metadata as a boolean, which Paydesk's key-value object is not).
call "create an intent" 200 POST /v2/payment-intents \
    '{"amount":1500,"currency":"usd","confirm":false,"payment_method_types":["card"]}'
intent=$(field id)
call "list the intents" 200 GET /v2/payment-intents
call "retrieve the intent" 200 GET "/v2/payment-intents/$intent"
call "confirm the intent" 200 POST "/v2/payment-intents/$intent/confirm" \
    "{\"payment_method_id\":\"$pm\"}"
call "refund part of it" 200 POST /v2/refunds \
    "{\"amount\":500,\"payment_intent_id\":\"$intent\",\"reason\":\"duplicate\"}"
refund=$(field id)
call "refund the rest" 200 POST /v2/refunds "{\"amount\":1000,\"payment_intent_id\":\"$intent\"}"
call "list the refunds, one page" 200 GET "/v2/refunds?limit=1"
call "list the refunds, next page" 200 GET "/v2/refunds?limit=1&starting_after=$refund"
call "retrieve the refund" 200 GET "/v2/refunds/$refund"
# Live: a reason the document does not list is refused by Prism before the sandbox sees it.
call "Prism refuses a reason outside the document" 422 POST /v2/refunds \
    "{\"amount\":100,\"payment_intent_id\":\"$intent\",\"reason\":\"because\"}"

[ "$failures" -eq 0 ] || { echo "$failures failed"; exit 1; }
echo "every Dots answer of the sandbox passed Prism --errors"
