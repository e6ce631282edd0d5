#!/bin/sh
# The kit outside the repo: build the wheel, install it with [conformance] into a fresh venv under /tmp, serve a mock
# from that venv, and run `outlook-conformance` from a directory outside the repo: once against the faithful mock
# (must pass, and write JUnit, Markdown and HTML), once with a planted fault (must fail naming the rule, the request,
# the response and the difference). No report may hold a token. `make conformance-fresh-venv`; ARGS narrows the runs.
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/outlook-kit.XXXXXX)}
PORT=${PORT:-18720}
FAULT=${FAULT:-complete_stamps_now}
PY=${PYTHON:-python3}
echo "work dir: $WORK"
"$PY" -m pip wheel --no-deps -q -w "$WORK/dist" "$REPO"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q -c "$REPO/constraints.txt" "$(ls "$WORK"/dist/*.whl)[conformance]"
V="$WORK/venv/bin"
mkdir -p "$WORK/run"
cd "$WORK/run"

run() {  # run NAME [serve options...]: serve a mock, run the suite against it, stop the mock
  name=$1; shift
  "$V/outlook-mock" serve --host 127.0.0.1 --port "$PORT" "$@" >"mock-$name.log" 2>&1 &
  mock=$!
  i=0; until curl -sf "http://127.0.0.1:$PORT/_mock/health" >/dev/null; do i=$((i+1)); [ $i -lt 100 ] || exit 1; sleep 0.2; done
  url="http://127.0.0.1:$PORT"
  status=0
  "$V/outlook-conformance" --base-url "$url" --token-url "$url/contoso.com/oauth2/v2.0/token" \
      --username admin@contoso.com --password mock --username-2 alex@contoso.com --password-2 mock \
      --client-id 6731de76-14a6-49ae-97bc-6eba6914391e --client-secret mock \
      --junit "$name.xml" --report "$name.md" --html "$name.html" ${ARGS:-} >"$name.out" 2>&1 || status=$?
  kill "$mock"; wait "$mock" 2>/dev/null || true
  echo "$name: exit $status; $(grep -E '^=+ .* in [0-9.]+s' "$name.out" | tr -d '=')"
}

run pass
passed=$status
run fault --plant-fault "$FAULT"
# the faithful mock passes, the broken one fails with the rule, the request, the response and the difference
[ "$passed" = 0 ] || { tail -n 40 pass.out; exit 1; }
[ "$status" = 1 ] || { tail -n 40 fault.out; exit 1; }
grep -q "AssertionError: rule " fault.out && grep -q "> POST http" fault.out && grep -q "< 200 OK" fault.out
grep -q "Differing items\|assert .* == " fault.out && grep -q '^E *\$ curl' fault.out
for f in pass.xml pass.md pass.html fault.xml fault.md fault.html; do test -s "$f"; done
! grep -l 'eyJ[A-Za-z0-9_-]\{20,\}\.' ./*.out ./*.xml ./*.md ./*.html
echo "fresh-venv proof: OK ($WORK)"
