// The overview's names for verdicts, severities and store kinds: translatable UI labels (core's
// verdict-labels carries the catalog with it, which the small bundle must not).
import { _t } from '@web/core/l10n/translation';
import type { Severity, VerdictKind } from '../core/report-types';

export function verdictTitle(v: VerdictKind | string | null | undefined): string {
  switch (v) {
    case 'refuse': return _t('Refuse');
    case 'replace': return _t('Replace');
    case 'keep': return _t('Keep');
    case 'review': return _t('Review');
    default: return v ? String(v) : _t('No verdict');
  }
}

/** A term of this module only, looked up under a key that names its context ("severity|Medium"):
 * Odoo 17 and 18 merge every module's JavaScript terms into one table, where a bare "Medium" gets
 * the web client's French ("Médium", a size) and "Table" web_editor's ("Tableau", an HTML table),
 * whichever module comes last. The English text when the key has no translation. */
export function inContext(translated: string, key: string, english: string): string {
  return translated === key ? english : translated;
}

/** A label of core's catalog (capability title, column label, the part a capability is looked
 * for in), translated under "catalog|<label>" (static/src/i18n/catalog_terms.js lists them). */
export function catalogLabel(label: string): string {
  const key = `catalog|${label}`;
  return inContext(_t(key), key, label);
}

export function severityTitle(s: Severity | string | null | undefined): string {
  switch (s) {
    case 'critical': return _t('Critical');
    case 'high': return _t('High');
    case 'medium': return inContext(_t('severity|Medium'), 'severity|Medium', 'Medium');
    case 'low': return _t('Low');
    case 'info': return _t('Information');
    default: return s ? String(s) : '';
  }
}

export function roleTitle(r: string | null | undefined): string {
  switch (r) {
    case 'derived': return _t('Derived (rebuildable from PostgreSQL)');
    case 'authoritative': return _t('Authoritative (holds data of its own)');
    case 'unknown': return _t('Role unknown');
    default: return r ? String(r) : _t('None');
  }
}

/** CSS class of a verdict or severity badge (colours >= 4.5:1 on white text, see overview.scss). */
export function badgeClass(kind: 'verdict' | 'severity', value: string | null | undefined): string {
  return value ? `badge o_pgcap_badge o_pgcap_${kind}_${value}` : 'badge o_pgcap_badge o_pgcap_badge_none';
}

/** The question a verdict's reason answers, as core's conditionText words it (verdict-labels.ts;
 * test/dashboard-labels.test.ts holds the two in step); an unknown condition as it is. */
export function conditionQuestion(c: string): string {
  switch (c) {
    case 'role': return _t('A rebuildable copy of PostgreSQL data?');
    case 'dual_write': return _t('Written together with Odoo records (dual write)?');
    case 'rebuild': return _t('A path that rebuilds it from PostgreSQL?');
    case 'reads_back': return _t('Read back into Odoo records?');
    case 'workload': return _t('Workload beyond what PostgreSQL does well?');
    case 'reconciliation': return _t('A reconciliation job?');
    case 'ttl': return _t('Entries expire?');
    case 'invalidation': return _t('Entries invalidated when records change?');
    default: return c;
  }
}

/** The answer to a reason's question: whether its condition holds. */
export function answerTitle(holds: boolean | null | undefined): string {
  return holds === true ? _t('Yes.') : holds === false ? _t('No.') : _t('Undecided.');
}

/** When a write path writes the store, as a sentence of its own. */
export function timingSentence(t: string | null | undefined): string {
  switch (t) {
    case 'in_transaction': return _t('Written inside the ORM transaction.');
    case 'after_commit': return _t('Written after the commit.');
    case 'queued': return _t('Deferred through a queue.');
    default: return _t('When it is written is unknown.');
  }
}

/** A model's table and which way its data goes between it and the store, as a sentence. */
export function directionSentence(direction: string, table: string): string {
  switch (direction) {
    case 'to_store': return _t('Table %(table)s: its data is sent to the store.', { table });
    case 'from_store': return _t('Table %(table)s: it receives data from the store.', { table });
    default: return _t('Table %(table)s: data goes both ways between it and the store.', { table });
  }
}
