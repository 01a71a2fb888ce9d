// Jest stand-in for @web/core/assets: records which bundles were asked for. Chart.js itself is
// not loaded in jsdom, so the charts component must cope with its absence.
export const loadedBundles: string[] = [];
export async function loadBundle(name: string): Promise<void> {
  loadedBundles.push(name);
}
