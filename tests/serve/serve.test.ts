// scripts/serve.mjs, the static server the browser tests and the benchmark use, started for real
// on a free port over a small folder of its own: it must treat public/_headers the way Netlify
// and Cloudflare Pages do, and survive addresses a browser would never send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir = '';
let server: ChildProcess;
let origin = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tt-serve-'));
  mkdirSync(join(dir, 'embed/chart'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'embed/chart/index.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
  // The mistake public/_headers warns about: a framing rule under /* also reaches /embed/*.
  writeFileSync(
    join(dir, '_headers'),
    [
      '/*',
      '  X-Test: all',
      "  Content-Security-Policy: frame-ancestors 'self'",
      '/embed/*',
      '  X-Test: embed',
      '  Content-Security-Policy: frame-ancestors *',
      '  Cache-Control: public, max-age=60',
      '',
    ].join('\n'),
  );
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/localhost:\d+)\//);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});

after(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('headers of every matching rule are merged, values of a repeated header joined with ", "', async () => {
  const embed = await fetch(`${origin}/embed/chart/`);
  assert.equal(embed.status, 200);
  assert.equal(embed.headers.get('x-test'), 'all, embed');
  assert.equal(embed.headers.get('content-security-policy'), "frame-ancestors 'self', frame-ancestors *");
  // A rule's header replaces the server's own default of that name.
  assert.equal(embed.headers.get('cache-control'), 'public, max-age=60');
  const home = await fetch(`${origin}/`);
  assert.equal(home.headers.get('x-test'), 'all');
  assert.equal(home.headers.get('content-security-policy'), "frame-ancestors 'self'");
  assert.equal(home.headers.get('cache-control'), 'no-cache');
});

test('a malformed percent-encoding gets 400, and the server keeps serving', async () => {
  for (const path of ['/%', '/embed/%E0%A4%A/', '/%zz']) {
    const res = await fetch(`${origin}${path}`);
    assert.equal(res.status, 400, path);
  }
  assert.equal((await fetch(`${origin}/`)).status, 200);
  assert.equal((await fetch(`${origin}/missing/`)).status, 404);
});
