#!/usr/bin/env bash
# npm run test:odoo: install pg_capabilities into a fresh database of a real Odoo and run the
# module's own tests (tests/ in the addon: collector, access, route, browser, transpiler).
# Not part of CI: no package registry carries Odoo.
#
#   ODOO_SRC=/path/to/odoo npm run test:odoo
#
# ODOO_SRC      an Odoo 17, 18 or 19 source tree (the folder holding odoo-bin)       (required)
# ODOO_PYTHON   the Python that has Odoo's dependencies              (default /usr/bin/python3)
# ODOO_DB_HOST, ODOO_DB_PORT, ODOO_DB_USER, ODOO_DB_PASSWORD  a PostgreSQL role allowed to
#               create databases                      (default localhost, 5432, odoo, odoo)
# ODOO_TEST_DB  the database, dropped and recreated    (default pgcap_test_<major version>)
# ODOO_TEST_PORT HTTP port for the browser tests                             (default 8169)
#
# The addons path gets test/fixtures/addons too, so that a custom module using Redis is found.
set -euo pipefail
: "${ODOO_SRC:?set ODOO_SRC to an Odoo source tree (the folder that holds odoo-bin)}"
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${ODOO_PYTHON:-/usr/bin/python3}
src=$(cd "$ODOO_SRC" && pwd)
[[ -f $src/odoo-bin ]] || { echo "test:odoo: no odoo-bin in $src" >&2; exit 2; }
major=$(cd "$src" && "$py" -c 'from odoo import release; print(release.version_info[0])')
db=${ODOO_TEST_DB:-pgcap_test_$major}
port=${ODOO_TEST_PORT:-8169}
export PGHOST=${ODOO_DB_HOST:-localhost} PGPORT=${ODOO_DB_PORT:-5432} PGUSER=${ODOO_DB_USER:-odoo} PGPASSWORD=${ODOO_DB_PASSWORD:-odoo}

addons=""
[[ -d $src/odoo/addons ]] && addons=$src/odoo/addons
[[ -d $src/addons ]] && addons=${addons:+$addons,}$src/addons
addons=$addons,$root/odoo_addon,$root/test/fixtures/addons

odoo() {
  (cd "$src" && "$py" odoo-bin -d "$db" --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" \
    --db_password="$PGPASSWORD" --addons-path="$addons" --http-port="$port" --gevent-port=$((port + 3)) \
    --without-demo=all --stop-after-init "$@")
}

echo "test:odoo: Odoo $major from $src, database $db"
psql -d postgres -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
odoo -i base,web,bus,mail --log-level=warn
log=$(mktemp /tmp/pgcap-test-odoo-XXXX.log)
odoo -i pg_capabilities --test-enable --test-tags /pg_capabilities --log-level=test 2>&1 | tee "$log"

# Odoo exits 0 even when tests fail: read its verdict
if grep -qE "odoo\.tests\.result: 0 failed, 0 error\(s\) of [1-9]" "$log" && ! grep -qE "^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL) " "$log"; then
  echo "test:odoo: passed on Odoo $major ($log)"
else
  echo "test:odoo: FAILED on Odoo $major, see $log" >&2
  exit 1
fi
