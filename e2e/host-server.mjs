#!/usr/bin/env node
// A second origin for the embed tests: a journalist's page that embeds our charts.
//   GET /?paste=<embed code>&width=<px>  the code pasted into a column `width` px wide (the tests
//                                        paste the code the site shows its readers);
//   GET /?chart=<id>&width=<px>          the same with the code of /embed/<id>/snippet.html,
//                                        moved to the served site's origin as the site's own
//                                        pages do in the browser (src/scripts/embed-origin.ts);
//   GET /?chart=<id>&width=<px>&pym      the chart loaded by pym.js's Parent instead;
//   …&late                               the code's embed.js added only once the embed has
//                                        posted its first height, which no one heard (a slow
//                                        host, or a script loader that runs it late).
// Usage: SITE_ORIGIN=<served site> node e2e/host-server.mjs --port <port> (playwright.config.ts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
if (!port) throw new Error('usage: SITE_ORIGIN=<served site> node e2e/host-server.mjs --port <port>');
const site = process.env.SITE_ORIGIN;
if (!site) throw new Error('SITE_ORIGIN (the origin of the served site) is required');
const pym = readFileSync(new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');

/** The snippet file names the origin the build was made for: point it at the served site. */
async function snippetFor(chart) {
  const code = await fetch(`${site}/embed/${encodeURIComponent(chart)}/snippet.html`).then((r) => r.text());
  const built = new URL(code.match(/<iframe[^>]* src="([^"]+)"/)[1]).origin;
  return code.replaceAll(`${built}/`, `${site}/`);
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/pym.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    return;
  }
  const chart = url.searchParams.get('chart');
  const paste = url.searchParams.get('paste');
  const width = Number(url.searchParams.get('width') ?? 600);
  let body = '<p>Host page for embed tests.</p>';
  if (chart && url.searchParams.has('pym')) {
    body = `<div id="pym-host" style="width:${width}px"></div><script src="/pym.js"></script><script>window.pymParent = new pym.Parent('pym-host', '${site}/embed/${chart}/?pym', {});</script>`;
  } else if (paste || chart) {
    let code = paste ?? (await snippetFor(chart));
    if (url.searchParams.has('late')) {
      const script = /<script src="([^"]+)" async><\/script>/.exec(code);
      if (!script) throw new Error('late: the code has no async script');
      code = code.replace(script[0], '');
      // window.__heard: height messages that arrived before embed.js was added (and were lost).
      code += `<script>window.__heard = 0; addEventListener('message', function first(e) {
        if (!JSON.stringify(e.data).includes('twin-threats-height')) return;
        window.__heard++; removeEventListener('message', first);
        var s = document.createElement('script'); s.src = ${JSON.stringify(script[1])}; document.body.append(s);
      });</script>`;
    }
    body = `<div id="host" style="width:${width}px">${code}</div>`;
  }
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif">${body}</body></html>`,
    );
}).listen(port, '127.0.0.1', () => console.log(`host at http://127.0.0.1:${port}`));
