// Entry of the judge bundle (asset bundle pg_capabilities.assets_judge, loaded on demand with
// loadBundle by data.ts): static_src/core's judge, diff and exporters, registered as the contract's
// JudgeApi. The small bundle never imports these. Exports nothing (Odoo's transpiler).
import { registry } from '@web/core/registry';
import { exportReport } from '../core/export';
import { diffReports } from '../core/diff';
import { buildReport } from '../core/report';
import { applyAcceptances } from '../core/accept';
import { buildEngagement } from '../core/engagement';
import type { JudgeApi } from './contract';

const api: JudgeApi = { buildReport, applyAcceptances, diffReports, exportReport, buildEngagement };

registry.category('pg_capabilities').add('judge', api, { force: true });
