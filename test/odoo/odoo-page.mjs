// What both screenshot scripts do first in a running Odoo: log a Chromium page in as admin/admin,
// call models over JSON-RPC from it, and ask the server's major version.
export async function loginAsAdmin(page, base, db) {
  await page.goto(`${base}/web/login?db=${encodeURIComponent(db)}`);
  await page.fill('input[name="login"]', 'admin');
  await page.fill('input[name="password"]', 'admin');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
}

/** rpc(model, method, args, kwargs): call_kw in the page's session; an Odoo error is thrown. */
export function rpcOf(page) {
  return (model, method, a = [], kwargs = {}) => page.evaluate(async ([model, method, a, kwargs]) => {
    const res = await fetch('/web/dataset/call_kw', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { model, method, args: a, kwargs } }) });
    const j = await res.json();
    if (j.error) throw new Error(JSON.stringify(j.error.data?.message ?? j.error));
    return j.result;
  }, [model, method, a, kwargs]);
}

export async function serverMajor(page) {
  const info = await page.evaluate(async () => (await (await fetch('/web/webclient/version_info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"jsonrpc":"2.0","method":"call","params":{}}' })).json()).result);
  return info.server_version_info[0];
}
