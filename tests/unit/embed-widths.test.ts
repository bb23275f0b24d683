import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EMBED_PADDING, EMBED_WIDTHS, embedWidthQuery } from '../../src/lib/chart-html.ts';

const css = readFileSync('src/styles/embed.css', 'utf8');

test('embed widths rise by at most 20 % a step, from a phone frame to a wide one', () => {
  assert.ok(EMBED_WIDTHS[0] <= 320 - EMBED_PADDING, 'a 320 px frame has a drawing no wider than itself');
  assert.ok(EMBED_WIDTHS.at(-1)! >= 1000 - EMBED_PADDING);
  for (let i = 1; i < EMBED_WIDTHS.length; i++) {
    assert.ok(EMBED_WIDTHS[i]! > EMBED_WIDTHS[i - 1]!, 'ascending');
    assert.ok(EMBED_WIDTHS[i]! / EMBED_WIDTHS[i - 1]! <= 1.2, `${EMBED_WIDTHS[i - 1]} → ${EMBED_WIDTHS[i]}`);
  }
});

test('embed.css shows each drawing under exactly the media query made for its width', () => {
  EMBED_WIDTHS.forEach((w, i) => {
    const rule = `@media ${embedWidthQuery(i)} { .chart-graphic.is-multi .svg-at[data-width="${w}"] { display: block; } }`;
    assert.ok(css.includes(rule), `missing or changed: ${rule}`);
  });
  const rules = css.match(/\.svg-at\[data-width="\d+"\] \{ display: block; \}/g) ?? [];
  assert.equal(rules.length, EMBED_WIDTHS.length, 'no rule for a width that is not drawn');
});

test('the queries tile the widths: every frame width from 200 to 1600 px shows exactly one drawing', () => {
  const match = (q: string, vw: number) =>
    q.split(' and ').every((c) => {
      const [, op, px] = c.match(/\(width (>=|<) (\d+)px\)/)!;
      return op === '>=' ? vw >= Number(px) : vw < Number(px);
    });
  for (let vw = 200; vw <= 1600; vw += 1) {
    const shown = EMBED_WIDTHS.filter((_, i) => match(embedWidthQuery(i), vw));
    assert.equal(shown.length, 1, `frame ${vw}px shows ${shown.join(', ') || 'nothing'}`);
    const content = vw - EMBED_PADDING;
    // Never drawn wider than the frame's content, except below the smallest width; never scaled
    // up by more than 20 % up to 1,200 px (beyond that the widest drawing is enlarged).
    if (content >= EMBED_WIDTHS[0] && content < EMBED_WIDTHS.at(-1)! * 1.2)
      assert.ok(shown[0]! <= content && content / shown[0]! < 1.2, `frame ${vw}: drawing ${shown[0]}`);
  }
});
