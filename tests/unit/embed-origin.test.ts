// Embed code shown in the browser follows the origin the reader loaded (src/scripts/embed-origin.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followOrigin } from '../../src/scripts/embed-origin.ts';

const code = [
  '<iframe title="T" src="https://tt.example/twin/embed/network/" data-twin-threats="network"></iframe>',
  '<noscript><a href="https://tt.example/twin/downloads/network/network-light.png">T</a></noscript>',
  '<script src="https://tt.example/twin/embed.js" async></script>',
].join('\n');

test('every URL of the built origin moves to the loaded one, paths (and a base path) kept', () => {
  const moved = followOrigin(code, 'https://tt.example/twin/', 'http://localhost:43117');
  assert.equal((moved.match(/http:\/\/localhost:43117\/twin\//g) ?? []).length, 3);
  assert.ok(!moved.includes('tt.example'));
});

test('served from the built origin, the code is unchanged', () => {
  assert.equal(followOrigin(code, 'https://tt.example', 'https://tt.example'), code);
});

test('only a whole origin is replaced, not a longer host that starts with it', () => {
  const other = '<a href="https://tt.example.org/x">x</a>';
  assert.equal(followOrigin(other, 'https://tt.example', 'http://localhost:1'), other);
});
