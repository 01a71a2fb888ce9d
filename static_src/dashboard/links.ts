// Links into Odoo's own records: a module opens its form in Apps (ir.module.module), a model its
// ir.model form, a field its ir.model.fields form. Ids are resolved by name when clicked.
import { _t } from '@web/core/l10n/translation';
import type { ActionService, NotificationService, OrmService } from '@web/core/utils/hooks';

export type RecordLink =
  | { kind: 'module'; name: string }
  | { kind: 'model'; model: string }
  | { kind: 'field'; model: string; name: string };

const TARGET = {
  module: (l: Extract<RecordLink, { kind: 'module' }>) => ({ model: 'ir.module.module', domain: [['name', '=', l.name]] }),
  model: (l: Extract<RecordLink, { kind: 'model' }>) => ({ model: 'ir.model', domain: [['model', '=', l.model]] }),
  field: (l: Extract<RecordLink, { kind: 'field' }>) => ({ model: 'ir.model.fields', domain: [['model', '=', l.model], ['name', '=', l.name]] }),
};

export function linkTarget(link: RecordLink): { model: string; domain: unknown[] } {
  return (TARGET[link.kind] as (l: RecordLink) => { model: string; domain: unknown[] })(link);
}

export function linkTitle(link: RecordLink): string {
  if (link.kind === 'module') return _t('Open the module %(name)s in Apps', { name: link.name });
  if (link.kind === 'model') return _t('Open the model %(model)s', { model: link.model });
  return _t('Open the field %(name)s of %(model)s', { name: link.name, model: link.model });
}

export async function openRecord(link: RecordLink, svc: { orm: OrmService; action: ActionService; notification: NotificationService }): Promise<void> {
  const { model, domain } = linkTarget(link);
  const [found] = await svc.orm.searchRead(model, domain, ['id'], { limit: 1 });
  if (!found) {
    const name = link.kind === 'model' ? link.model : link.kind === 'field' ? `${link.model}.${link.name}` : link.name;
    svc.notification.add(_t('%(name)s is not known to this database (removed since the audit, or never installed).', { name }), { type: 'warning' });
    return;
  }
  await svc.action.doAction({ type: 'ir.actions.act_window', res_model: model, res_id: found.id, views: [[false, 'form']], target: 'current' });
}
