// The field widget of a finding's `details` (the whole Finding as Json) in its Odoo form: why the
// verdict (reasons), the models, the write paths, the rebuild facts, the evidence and the tables'
// workload (figures in the user's language, as the overview writes them: l10n.ts). Plain text
// everywhere (OWL escapes), invisible characters made visible, long words broken; a model opens its
// ir.model, a scheduled action its ir.cron.
import { Component } from '@odoo/owl';
import { _t } from '@web/core/l10n/translation';
import { registry } from '@web/core/registry';
import { useService, type NotificationService, type OrmService } from '@web/core/utils/hooks';
import { visible } from '../core/format';
import { figure, integer, size } from './l10n';
import type { Evidence, Finding, ModelUse, StorePath, TableWorkload, VerdictReason } from '../core/report-types';
import { answerTitle, conditionQuestion, directionSentence, timingSentence } from './labels';

interface ActionService { doAction(action: unknown): Promise<unknown> }
interface FieldProps { record: { data: Record<string, unknown> }; name: string }

/** A cron named in a write path's detail: "cron 'Reindex products' (data/ir_cron.xml:4)". */
export function cronName(path: StorePath): string | null {
  if (path.trigger !== 'cron') return null;
  const m = /^cron '(.+?)' \(/.exec(path.detail);
  return m ? m[1]! : null;
}

export class FindingDetails extends Component<FieldProps> {
  static override template = 'pg_capabilities.FindingDetails';
  static override props = ['*'];

  orm!: OrmService;
  action!: ActionService;
  notification!: NotificationService;

  override setup(): void {
    this.orm = useService('orm');
    this.action = useService('action') as ActionService;
    this.notification = useService('notification');
  }

  get finding(): Finding | null {
    const value = this.props.record.data[this.props.name];
    return value && typeof value === 'object' ? (value as Finding) : null;
  }

  /** Text from the report, as shown: invisible characters as <U+XXXX>. */
  text(value: unknown): string {
    return visible(value == null ? '' : String(value));
  }

  where(e: Evidence): string {
    return this.text(`${e.file}:${e.line}`);
  }

  /** The question a reason answers ("A rebuildable copy of PostgreSQL data?"), and its answer. */
  question(r: VerdictReason): string {
    return this.text(conditionQuestion(r.condition));
  }

  answer(r: VerdictReason): string {
    return answerTitle(r.holds);
  }

  /** "Table res_partner: its data is sent to the store." and the fields, each a sentence. */
  modelLine(m: ModelUse): string {
    const table = directionSentence(m.direction, this.text(m.table));
    return m.fields.length ? _t('%(table)s Fields: %(fields)s.', { table, fields: this.text(m.fields.join(', ')) }) : table;
  }

  /** Each file:line once: two calls on one line (a search and a bulk push) are one place. */
  places(list: Evidence[]): string[] {
    return [...new Set(list.map((e) => this.where(e)))];
  }

  timing(p: StorePath): string {
    return timingSentence(p.timing);
  }

  workloadFigures(w: TableWorkload): string {
    return _t('%(rows)s rows, %(size)s; per day: %(inserts)s inserts, %(updates)s updates, %(reads)s index scans', {
      rows: integer(w.rows) || '?', size: size(w.tableBytes) || '?',
      inserts: figure(w.insertsPerDay) || '?', updates: figure(w.updatesPerDay) || '?', reads: figure(w.idxScansPerDay) || '?',
    });
  }

  cronName(path: StorePath): string | null {
    return cronName(path);
  }

  /** Opens a record found by a field's value, archived ones included (a scheduled action a module
   * declares is often inactive), or says it is not in this database. */
  async open(model: string, field: string, value: string, missing: string): Promise<void> {
    const ids = (await this.orm.call(model, 'search', [[[field, '=', value]]], { limit: 1, context: { active_test: false } })) as number[];
    if (!ids.length) {
      this.notification.add(missing, { type: 'warning' });
      return;
    }
    await this.action.doAction({ type: 'ir.actions.act_window', res_model: model, res_id: ids[0], views: [[false, 'form']], target: 'current' });
  }

  openModel(model: string): Promise<void> {
    return this.open('ir.model', 'model', model, _t('The model %(model)s is not in this database.', { model: visible(model) }));
  }

  openCron(name: string): Promise<void> {
    return this.open('ir.cron', 'cron_name', name, _t('No scheduled action named %(name)s is in this database.', { name: visible(name) }));
  }
}

registry.category('fields').add('pgcap_finding_details', { component: FindingDetails, supportedTypes: ['json'] });
