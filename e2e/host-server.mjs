#!/usr/bin/env node
// A second origin for the embed tests: serves a journalist's page that embeds our charts with the
// published snippet. GET /?chart=<id>&width=<px>[&pym] builds the host page on the fly.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
if (!port) throw new Error('usage: SITE_ORIGIN=<served site> node e2e/host-server.mjs --port <port>');
// The served site's origin (playwright.config.ts passes e2e/origins.ts's SITE).
const site = process.env.SITE_ORIGIN;
if (!site) throw new Error('SITE_ORIGIN (the origin of the served site) is required');
const pym = readFileSync(new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/pym.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    return;
  }
  const chart = url.searchParams.get('chart');
  const width = Number(url.searchParams.get('width') ?? 600);
  let body = '<p>Host page for embed tests.</p>';
  if (chart && url.searchParams.has('pym')) {
    body = `<div id="pym-host" style="width:${width}px"></div><script src="/pym.js"></script><script>window.pymParent = new pym.Parent('pym-host', '${site}/embed/${chart}/?pym', {});</script>`;
  } else if (chart) {
    const snippet = await fetch(`${site}/embed/${chart}/snippet.html`).then((r) => r.text());
    body = `<div id="host" style="width:${width}px">${snippet}</div>`;
  }
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif">${body}</body></html>`,
    );
}).listen(port, '127.0.0.1', () => console.log(`host at http://127.0.0.1:${port}`));
