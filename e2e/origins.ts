// The two origins the browser tests use, chosen once per `playwright test` run and shared by the
// config (which starts the servers) and the specs (which import them from ./site.ts).
//  - SITE: scripts/serve.mjs serving dist/ (http://localhost:<port>);
//  - HOST: e2e/host-server.mjs, a journalist's page on a second origin (http://127.0.0.1:<port>).
// Both ports are free ports picked by the operating system, never fixed numbers, so that several
// checkouts can run their suites side by side. Playwright evaluates the config again in every
// worker process: the runner picks the ports and stores them in process.env, which the workers
// inherit, so every process agrees. Set TT_SITE_PORT / TT_HOST_PORT to choose them yourself.
import { execFileSync } from 'node:child_process';

if (!process.env.TT_SITE_PORT || !process.env.TT_HOST_PORT) {
  // Synchronously (the config cannot await): a child process opens two listeners on port 0 at
  // once, so the two ports differ, prints them and exits, which frees them for the servers.
  const script = `const net = require('node:net'); const a = net.createServer().listen(0, '127.0.0.1', () => { const b = net.createServer().listen(0, '127.0.0.1', () => { console.log(a.address().port, b.address().port); a.close(); b.close(); }); });`;
  const [site, host] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
  process.env.TT_SITE_PORT ??= site;
  process.env.TT_HOST_PORT ??= host;
}

export const SITE_PORT = Number(process.env.TT_SITE_PORT);
export const HOST_PORT = Number(process.env.TT_HOST_PORT);
export const SITE = `http://localhost:${SITE_PORT}`;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
