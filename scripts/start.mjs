#!/usr/bin/env node
// `npm start`: build the site for this machine and serve it at http://localhost:4321. The build
// is made for the address it is served at (SITE_URL=http://localhost:4321 unless SITE_URL is
// set), so the absolute URLs in it are right here and the build has nothing to warn about.
import { spawn, spawnSync } from 'node:child_process';

const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL } });
if (built.status !== 0) process.exit(built.status ?? 1);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '4321'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
