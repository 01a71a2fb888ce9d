// Jest stand-in for @web/core/assets: records which bundles were asked for. Chart.js itself is
// not loaded in jsdom, so the charts component must cope with its absence. The judge bundle
// (pg_capabilities.assets_judge) is "loaded" as Odoo loads it: its entry runs and registers the
// JudgeApi; set judgeBundle.fail to make it fail as a blocked request would.
export const loadedBundles: string[] = [];
export const judgeBundle = { fail: false };
export async function loadBundle(name: string): Promise<void> {
  loadedBundles.push(name);
  if (name === 'pg_capabilities.assets_judge') {
    if (judgeBundle.fail) throw new Error('The loading of /web/bundle/pg_capabilities.assets_judge failed');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../../static_src/dashboard/judge-entry');
  }
}
