// Entry of the bundle Odoo loads (web.assets_backend): registers the client action and, by
// importing them, the field widgets of pg.capabilities.finding's views (a finding's details, a
// capability's title translated).
// Exports nothing: Odoo's transpiler would lose a default export.
import { registry } from '@web/core/registry';
import { PgCapabilitiesDashboard } from './dashboard';
import './finding-details';
import './catalog-label-field';

registry.category('actions').add('pg_capabilities.dashboard', PgCapabilitiesDashboard);
