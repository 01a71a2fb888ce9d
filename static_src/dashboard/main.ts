// Entry of the bundle Odoo loads (web.assets_backend): registers the client action.
// Exports nothing: Odoo's transpiler would lose a default export.
import { registry } from '@web/core/registry';
import { PgCapabilitiesDashboard } from './dashboard';

registry.category('actions').add('pg_capabilities.dashboard', PgCapabilitiesDashboard);
