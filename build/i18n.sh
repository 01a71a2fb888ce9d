#!/usr/bin/env bash
# npm run i18n: regenerate the module's translation template with Odoo's own exporter, and merge
# new terms into every translation beside it.
#
#   ODOO17_SRC=/src/odoo17 npm run i18n
#
# 1. npm run build (the bundle is what Odoo's extractor reads: _t("...") in
#    static/src/dashboard/*.bundle.js, the texts of the OWL templates in static/src/**/*.xml);
# 2. installs pg_capabilities into a fresh database of that Odoo (dropped and recreated);
# 3. odoo-bin --i18n-export --modules=pg_capabilities writes i18n/pg_capabilities.pot: Python _()
#    messages, model, field, menu, action and view terms, the JS and template terms;
# 4. msgmerge (GNU gettext) merges it into i18n/*.po: new terms come in untranslated, changed ones
#    marked fuzzy (Odoo ignores fuzzy entries until a translator checks them), removed ones kept
#    at the end as obsolete (#~).
#
# ODOO17_SRC    the Odoo 17 source tree (the folder holding odoo-bin): the template is exported
#               from 17, the oldest series supported, whose terms 18 and 19 read as well
# ODOO_PYTHON   the Python that has Odoo's dependencies              (default /usr/bin/python3)
# ODOO_DB_HOST, ODOO_DB_PORT, ODOO_DB_USER, ODOO_DB_PASSWORD  a PostgreSQL role allowed to
#               create databases                      (default localhost, 5432, odoo, odoo)
# ODOO_I18N_DB  the database, dropped and recreated                 (default pgcap_i18n_17)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
i18n=$root/odoo_addon/pg_capabilities/i18n
py=${ODOO_PYTHON:-/usr/bin/python3}
db=${ODOO_I18N_DB:-pgcap_i18n_17}
export PGHOST=${ODOO_DB_HOST:-localhost} PGPORT=${ODOO_DB_PORT:-5432} PGUSER=${ODOO_DB_USER:-odoo} PGPASSWORD=${ODOO_DB_PASSWORD:-odoo}

die() { echo "i18n: $*" >&2; exit 2; }
src=${ODOO17_SRC:-}
[[ -n $src ]] || die "set ODOO17_SRC to an Odoo 17 source tree (the folder that holds odoo-bin)"
[[ -f $src/odoo-bin ]] || die "ODOO17_SRC=$src holds no odoo-bin"
src=$(cd "$src" && pwd)
major=$(sed -n 's/^version_info = (\([0-9]*\),.*/\1/p' "$src/odoo/release.py")
[[ $major == 17 ]] || die "ODOO17_SRC=$src is Odoo ${major:-?}, not 17"
addons=$src/odoo/addons
[[ -d $src/addons/web ]] && addons=$addons,$src/addons
addons=$addons,$root/odoo_addon

odoo() {
  (cd "$src" && "$py" odoo-bin -d "$db" --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$PGUSER" \
    --db_password="$PGPASSWORD" --addons-path="$addons" --without-demo=all --stop-after-init \
    --log-level=warn "$@")
}

(cd "$root" && npm run --silent build)
echo "i18n: installing pg_capabilities into $db (Odoo 17 at $src)"
psql -d postgres -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
odoo -i pg_capabilities
mkdir -p "$i18n"
odoo --i18n-export="$i18n/pg_capabilities.pot" --modules=pg_capabilities
psql -d postgres -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
echo "i18n: $(grep -c '^msgid ' "$i18n/pg_capabilities.pot") terms in i18n/pg_capabilities.pot"

if ! command -v msgmerge >/dev/null; then
  echo "i18n: msgmerge (GNU gettext) is not installed: the .po files were not merged; install gettext and run again" >&2
  exit 1
fi
for po in "$i18n"/*.po; do
  [[ -e $po ]] || continue
  msgmerge --quiet --update --backup=none "$po" "$i18n/pg_capabilities.pot"
  # what is left to translate: untranslated and fuzzy entries
  echo "i18n: $(basename "$po"): $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
done
