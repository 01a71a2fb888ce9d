// A stand-in for the module's pg.capabilities.snapshot methods as contract.ts describes them,
// in memory (the real ones are tested in Odoo: odoo_addon/pg_capabilities/tests/test_findings.py):
// what the data layer and the dashboard talk to in jest. Records every call.
import type { AuditMeta, DashboardData } from '../../static_src/dashboard/contract';
import type { Acceptance, Report } from '../../static_src/core/report-types';
import type { Snapshot } from '../../static_src/core/snapshot';

export interface StoredAudit { audit: AuditMeta; snapshot: Snapshot; report?: Report; data?: DashboardData; judgedWith?: string }

export class FakeSnapshotModel {
  audits: StoredAudit[] = [];
  acceptances: Acceptance[] = [];
  calls: { method: string; args: unknown[] }[] = [];
  /** Collected by the next pgcap_rescan. */
  nextSnapshot: Snapshot | null = null;
  /** Thrown by the next call of this method (an Odoo RPC error). */
  failing: Record<string, unknown> = {};

  add(snapshot: Snapshot, meta: Partial<AuditMeta> = {}): StoredAudit {
    const id = this.audits.length + 1;
    const audit: AuditMeta = { id, collected_at: `2026-01-${String(10 + id).padStart(2, '0')} 09:30:00`, duration_ms: 812, user: 'Administrator', database: 'odoo_demo', odoo_version: '17.0', ...meta };
    const stored = { audit, snapshot };
    this.audits.push(stored);
    return stored;
  }

  private dashboard(judgedWith: string) {
    const latest = this.audits.at(-1);
    if (!latest) return false;
    if (latest.judgedWith === judgedWith && latest.data) return { audit: latest.audit, judged: true, data: latest.data };
    const previous = [...this.audits].reverse().find((a) => a !== latest && a.judgedWith);
    return {
      audit: latest.audit, judged: false, snapshot: latest.snapshot,
      previous: previous ? { audit: previous.audit, report: previous.report } : null,
      acceptances: JSON.parse(JSON.stringify(this.acceptances)),
    };
  }

  /** The orm service's call(), as Odoo's JSON-RPC answers it (copies: nothing shared with the caller). */
  call = async (model: string, method: string, args: unknown[] = []): Promise<unknown> => {
    if (model !== 'pg.capabilities.snapshot') throw new Error(`no model ${model} in this stand-in`);
    this.calls.push({ method, args });
    if (this.failing[method]) { const e = this.failing[method]; delete this.failing[method]; throw e; }
    const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x));
    switch (method) {
      case 'pgcap_dashboard': return copy(this.dashboard(args[0] as string));
      case 'pgcap_rescan': {
        if (!this.nextSnapshot) throw new Error('no snapshot to collect');
        this.add(this.nextSnapshot);
        return copy(this.dashboard(args[0] as string));
      }
      case 'pgcap_store_report': {
        const [id, report, data, judgedWith] = copy(args) as [number, Report, DashboardData, string];
        const a = this.audits.find((x) => x.audit.id === id)!;
        Object.assign(a, { report, data, judgedWith });
        return copy(this.dashboard(judgedWith));
      }
      case 'pgcap_full_report': return copy(this.audits.find((x) => x.audit.id === args[0])!.report);
      case 'pgcap_acceptances': return copy(this.acceptances);
      default: throw new Error(`no method ${method} in this stand-in`);
    }
  };
}

type LatestAnswer = false | (AuditMeta & { snapshot: Snapshot });

/** The orm service for tests written against the old pgcap_latest/pgcap_rescan answers (the
 * snapshot with its metadata): the same answers served through the contract's methods, so that the
 * dashboard loads them through its data layer (judge bundle, pgcap_store_report) as in Odoo. */
export function contractOrm(answers: Record<string, () => Promise<unknown>>, calls: { method: string }[] = []) {
  const reports = new Map<number, Report>();
  const fresh = async (method: 'pgcap_latest' | 'pgcap_rescan') => {
    const latest = (await answers[method]!()) as LatestAnswer;
    if (!latest) return false;
    const { snapshot, ...audit } = latest;
    return { audit, judged: false, snapshot, previous: null, acceptances: [] };
  };
  return {
    call: async (_model: string, method: string, args: unknown[] = []): Promise<unknown> => {
      calls.push({ method: method === 'pgcap_dashboard' ? 'pgcap_latest' : method });
      switch (method) {
        case 'pgcap_dashboard': return fresh('pgcap_latest');
        case 'pgcap_rescan': return fresh('pgcap_rescan');
        case 'pgcap_store_report': {
          const [id, report, data] = JSON.parse(JSON.stringify(args)) as [number, Report, DashboardData];
          reports.set(id, report);
          return { audit: data.audit, judged: true, data };
        }
        case 'pgcap_full_report': return JSON.parse(JSON.stringify(reports.get(args[0] as number)));
        case 'pgcap_acceptances': return [];
        default: return answers[method]!();
      }
    },
  };
}

/** The action service: records what was opened. */
export function actionService(opened: unknown[] = []) {
  return { doAction: async (action: unknown) => { opened.push(action); } };
}
