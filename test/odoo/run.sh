#!/usr/bin/env bash
# npm run test:odoo: install pg_capabilities into a fresh database of a real Odoo and run the
# module's own tests (tests/ in the addon: collector, access, route, browser, transpiler), on
# every Odoo series given, one after the other.
# Not part of CI: no package registry carries Odoo.
#
#   ODOO17_SRC=/src/odoo17 ODOO18_SRC=/src/odoo18 ODOO19_SRC=/src/odoo19 npm run test:odoo
#   ODOO_SRC=/path/to/odoo npm run test:odoo                    # one tree, any series
#
# ODOO<NN>_SRC  the Odoo NN source tree (the folder holding odoo-bin); any number of series
# ODOO_SRC      one more tree; its series is read from its odoo/release.py
#               (at least one of these is required)
# ODOO_PYTHON   the Python that has Odoo's dependencies              (default /usr/bin/python3)
# ODOO_DB_HOST, ODOO_DB_PORT, ODOO_DB_USER, ODOO_DB_PASSWORD  a PostgreSQL role allowed to
#               create databases                      (default localhost, 5432, odoo, odoo)
# ODOO_TEST_DB  the database, dropped and recreated: with one series its name, with several a
#               prefix to which _<NN> is added    (default pgcap_test_<NN>; ODOO<NN>_TEST_DB wins)
# ODOO_TEST_PORT HTTP port for the browser tests (the series run one after the other); the
#               gevent port is 3 above it    (default 8069 + 100 * (NN - 16): 8169 for 17, 8269
#               for 18, 8369 for 19; ODOO<NN>_TEST_PORT wins)
#
# The addons path gets test/fixtures/addons too, so that a custom module using Redis is found.
# Ends with one line naming the series that passed and failed; exits 1 if any failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${ODOO_PYTHON:-/usr/bin/python3}
export PGHOST=${ODOO_DB_HOST:-localhost} PGPORT=${ODOO_DB_PORT:-5432} PGUSER=${ODOO_DB_USER:-odoo} PGPASSWORD=${ODOO_DB_PASSWORD:-odoo}

die() { echo "test:odoo: $*" >&2; exit 2; }

major_of() {  # SRC -> the major version of that tree (read, not imported)
  sed -n 's/^version_info = (\([0-9]*\),.*/\1/p' "$1/odoo/release.py" 2>/dev/null
}

# series -> source tree, from ODOO<NN>_SRC and ODOO_SRC
declare -A trees=()
for var in $(compgen -v | grep -E '^ODOO[0-9]+_SRC$' || true); do
  [[ -n ${!var} ]] || continue
  n=${var#ODOO}; n=${n%_SRC}
  [[ -f ${!var}/odoo-bin ]] || die "$var=${!var} holds no odoo-bin"
  src=$(cd "${!var}" && pwd)
  m=$(major_of "$src")
  [[ $m == "$n" ]] || die "$var=${!var} is Odoo ${m:-?}, not $n"
  trees[$n]=$src
done
if [[ -n ${ODOO_SRC:-} ]]; then
  [[ -f $ODOO_SRC/odoo-bin ]] || die "ODOO_SRC=$ODOO_SRC holds no odoo-bin"
  src=$(cd "$ODOO_SRC" && pwd)
  m=$(major_of "$src")
  [[ -n $m ]] || die "cannot read the Odoo version of $src (odoo/release.py)"
  [[ -z ${trees[$m]:-} || ${trees[$m]} == "$src" ]] || die "ODOO_SRC and ODOO${m}_SRC name two Odoo $m trees"
  trees[$m]=$src
fi
((${#trees[@]})) || die "set ODOO17_SRC, ODOO18_SRC, ODOO19_SRC and/or ODOO_SRC to Odoo source trees (the folders that hold odoo-bin)"
series=$(printf '%s\n' "${!trees[@]}" | sort -n | tr '\n' ' ')
several=0; ((${#trees[@]} > 1)) && several=1

port_free() {  # PORT -> true when nothing listens on localhost:PORT
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

run_series() {  # NN: install into a fresh database, run the tests; prints "RESULT <summary>" last
  local major=$1 src=${trees[$1]} db port dbvar portvar addons log demo result
  dbvar=ODOO${major}_TEST_DB portvar=ODOO${major}_TEST_PORT
  if [[ -n ${!dbvar:-} ]]; then db=${!dbvar}
  elif [[ -n ${ODOO_TEST_DB:-} ]]; then db=$ODOO_TEST_DB; ((several)) && db=${db}_$major
  else db=pgcap_test_$major; fi
  port=${!portvar:-${ODOO_TEST_PORT:-$((8069 + 100 * (major - 16)))}}
  [[ $port =~ ^[0-9]+$ ]] || { echo "test:odoo: port '$port' is not a number" >&2; return 1; }
  for p in "$port" $((port + 3)); do
    port_free "$p" || { echo "test:odoo: port $p is in use (set $portvar or ODOO_TEST_PORT)" >&2; return 1; }
  done
  addons=""
  [[ -d $src/odoo/addons ]] && addons=$src/odoo/addons
  [[ -d $src/addons/web ]] && addons=${addons:+$addons,}$src/addons
  addons=$addons,$root/odoo_addon,$root/test/fixtures/addons
  demo=--without-demo=all; ((major >= 19)) && demo=--without-demo  # 19 takes a boolean

  odoo() {
    (cd "$src" && "$py" odoo-bin -d "$db" --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" \
      --db_password="$PGPASSWORD" --addons-path="$addons" --http-interface=127.0.0.1 --http-port="$port" \
      --gevent-port=$((port + 3)) "$demo" --stop-after-init "$@")
  }

  echo "test:odoo: Odoo $major from $src, database $db, port $port"
  psql -d postgres -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || return 1
  odoo -i base,web,bus,mail --log-level=warn || { echo "test:odoo: installing base,web,bus,mail failed on Odoo $major" >&2; return 1; }
  log=$(mktemp "${TMPDIR:-/tmp}/pgcap-test-odoo$major-XXXX.log")
  odoo -i pg_capabilities --test-enable --test-tags /pg_capabilities --log-level=test 2>&1 | tee "$log"

  # Odoo exits 0 even when tests fail: read its verdict
  result=$(grep -oE 'odoo\.tests\.result: [0-9]+ failed, [0-9]+ error\(s\) of [0-9]+ tests' "$log" | tail -n 1)
  result=${result#odoo.tests.result: }
  if [[ $result =~ ^0\ failed,\ 0\ error\(s\)\ of\ [1-9] ]] && ! grep -qE "^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL) " "$log"; then
    echo "test:odoo: passed on Odoo $major: $result ($log)"
    echo "${result##* of }" >"$counts/$major"
  else
    echo "test:odoo: FAILED on Odoo $major: ${result:-no test result}, see $log" >&2
    return 1
  fi
}

counts=$(mktemp -d)
trap 'rm -rf "$counts"' EXIT
passed=() failed=()
for major in $series; do
  if (run_series "$major"); then passed+=("$major ($(cat "$counts/$major"))"); else failed+=("$major"); fi
done
summary="test:odoo: passed on Odoo $(IFS=,; echo "${passed[*]:-none}" | sed 's/,/, /g'); failed on Odoo ${failed[*]:-none}"
((${#failed[@]})) && { echo "$summary" >&2; exit 1; }
echo "$summary"
