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

export function severityTitle(s: Severity | string | null | undefined): string {
  switch (s) {
    case 'critical': return _t('Critical');
    case 'high': return _t('High');
    case 'medium': return _t('Medium');
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
