// Entry of the bundle Odoo loads (web.assets_backend): registers the client action and, by
// importing it, the form widget of a finding's details (pg.capabilities.finding's form view).
// Exports nothing: Odoo's transpiler would lose a default export.
import { registry } from '@web/core/registry';
import { PgCapabilitiesDashboard } from './dashboard';
import './finding-details';

registry.category('actions').add('pg_capabilities.dashboard', PgCapabilitiesDashboard);
