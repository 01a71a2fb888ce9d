// A field widget for a Char that holds a label of core's catalog (a finding's "Replace with": the
// PostgreSQL capability by its title): shown translated as the overview shows it (catalogLabel,
// the "catalog|<label>" terms of the module's .po), where Odoo's list and form would show the
// report's English. The stored value, and so search and group-by, stay the report's.
import { Component } from '@odoo/owl';
import { registry } from '@web/core/registry';
import { visible } from '../core/format';
import { catalogLabel } from './labels';

interface FieldProps { record: { data: Record<string, unknown> }; name: string }

export class CatalogLabelField extends Component<FieldProps> {
  static override template = 'pg_capabilities.CatalogLabelField';
  static override props = ['*'];

  get label(): string {
    const value = this.props.record.data[this.props.name];
    return typeof value === 'string' && value ? visible(catalogLabel(value)) : '';
  }
}

registry.category('fields').add('pgcap_catalog_label', { component: CatalogLabelField, supportedTypes: ['char'] });
