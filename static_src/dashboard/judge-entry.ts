// Entry of the judge bundle (asset bundle pg_capabilities.assets_judge, loaded on demand with
// loadBundle by data.ts): static_src/core's judge, diff and exporters, registered as the contract's
// JudgeApi. The small bundle never imports these. Exports nothing (Odoo's transpiler).
import { registry } from '@web/core/registry';
import { exportReport } from '../core/export';
import { diffReports } from '../core/diff';
import { buildReport } from '../core/report';
import type { JudgeApi } from './contract';

// applyAcceptances (core/accept.ts) and buildEngagement (core/engagement.ts) are written on other
// branches and are not in this tree yet: the lead adds them here at merge, e.g.
//   import { applyAcceptances } from '../core/accept';
//   import { buildEngagement } from '../core/engagement';
// and registers `const api: JudgeApi = { ..., applyAcceptances, buildEngagement }`.
const api: Omit<JudgeApi, 'applyAcceptances' | 'buildEngagement'> & Partial<JudgeApi> = {
  buildReport,
  diffReports,
  exportReport,
};

registry.category('pg_capabilities').add('judge', api, { force: true });
