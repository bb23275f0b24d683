#!/usr/bin/env node
// A small static server for the built site, used by the tests and the benchmark. It serves dist/
// under BASE_PATH and applies public/_headers the way Netlify and Cloudflare Pages do, so the
// tests see the same security headers a deployment would send. Text responses (HTML, JS, CSS,
// SVG, JSON, CSV, XML) are gzip-compressed when the client accepts it, as a CDN would compress
// them, so the benchmark (npm run bench) measures realistic transfer sizes.
//   node scripts/serve.mjs [--port 4321] [--dir dist]   (--port 0: any free port, printed at start)
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

/** --name value pairs from the command line. */
const args = Object.fromEntries(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])));
const port = Number(args.port ?? process.env.PORT ?? 4321);
const root = args.dir ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Parse the _headers format: a path pattern line, then indented "Name: value" lines. */
function parseHeaders(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules.map((r) => ({ ...r, re: new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) }));
}
// Re-read when the file changes, so a server left running across rebuilds sends the new headers.
let rules = [];
let rulesStamp = -1;
function currentRules() {
  const file = join(root, '_headers');
  const stamp = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (stamp !== rulesStamp) {
    rules = parseHeaders(file);
    rulesStamp = stamp;
  }
  return rules;
}
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzipCache = new Map();
/** The gzip of a file's body, computed once per file and modification time. */
function gzipped(file, body) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
  return gzipCache.get(key);
}

function resolveFile(pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/**
 * The headers of every rule matching a path, merged as Netlify and Cloudflare Pages merge them:
 * all matching rules apply, in file order, and a header named by several rules gets their values
 * joined with ", " (never the last one alone: that would hide the mistake public/_headers warns
 * about, a framing rule under /* that also reaches /embed/*).
 */
function matchingHeaders(rules, sitePath) {
  const merged = new Map();
  for (const rule of rules) {
    if (!rule.re.test(sitePath)) continue;
    for (const [k, v] of rule.headers) {
      const name = k.toLowerCase();
      merged.set(name, merged.has(name) ? `${merged.get(name)}, ${v}` : v);
    }
  }
  return Object.fromEntries(merged);
}

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('Not found');
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`;
  // Directory URLs without a trailing slash redirect, as static hosts do.
  const dir = join(root, sitePath);
  if (!sitePath.endsWith('/') && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(sitePath);
  const status = file ? 200 : 404;
  const bodyFile = file ?? (existsSync(join(root, '404.html')) ? join(root, '404.html') : null);
  let body = bodyFile ? readFileSync(bodyFile) : Buffer.from('Not found');
  // The 404 page is HTML (extname('.html') would be '', a dotfile's name, hence the explicit type).
  const headers = { 'content-type': file ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html'], 'cache-control': 'no-cache' };
  // A rule's header replaces the server's default of the same name (as a host's would).
  Object.assign(headers, matchingHeaders(currentRules(), sitePath));
  if (bodyFile && COMPRESSIBLE.test(headers['content-type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipped(bodyFile, body);
    headers['content-encoding'] = 'gzip';
  }
  if (COMPRESSIBLE.test(headers['content-type'])) headers.vary = 'Accept-Encoding';
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (e) {
    // A malformed address (a lone "%" that decodeURIComponent rejects) is the client's error, not
    // a reason to stop serving everyone else.
    const bad = e instanceof URIError;
    if (!bad) console.error(e);
    if (!res.headersSent) res.writeHead(bad ? 400 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(bad ? 'Bad request: malformed URL' : 'Internal server error');
  }
});
// --port 0 takes a free port; the line printed names the port actually used.
// A browser or test client may reuse an idle keep-alive connection just as Node's default 5 s
// keepAliveTimeout closes it, and the request then fails with ECONNRESET (seen in the download
// tests). Idle connections are kept open for two minutes, so the client, not the server, is the
// one to close them.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://localhost:${server.address().port}${base}`));
