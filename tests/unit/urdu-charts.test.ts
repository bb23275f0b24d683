// Every chart in Urdu (issue 17): drawn through its registry entry in Urdu at 320, 768 and 1280 px
// it passes the same checks as in English (labels inside the frame, no label overlapping another),
// its text has no Latin letters outside the allowlist, every text element runs right to left, and
// it has the same marks as the English drawing, in the same order and left-to-right places (time
// runs left to right in both editions; a legend whose Urdu words wrap to another row may move the
// plot down, and a wider Urdu lane label may move the timeline's plot a few px to the right).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charts } from '../../src/charts/registry.ts';
import type { SvgNode } from '../../src/charts/svg.ts';
import { LATIN } from '../../src/i18n/charts.ts';
import { actorNamesUr, placeNamesUr, urduData } from '../../src/i18n/chart-data.ts';
import { eventTitlesUr } from '../../src/i18n/event-titles-ur.ts';
import { assertSane, findAll, overlappingLabels, realRows, realSiteData, textOf } from '../helpers/charts.ts';

const site = realSiteData();
const WIDTHS = [320, 768, 1280];

/** The states a chart is drawn in: its default, and each option of each of its choice controls. */
const statesOf = (c: (typeof charts)[number]) => [
  {},
  ...c.controls.flatMap((ctl) => (ctl.kind === 'choice' ? ctl.options.filter((o) => o.value !== ctl.fallback).map((o) => ({ [ctl.key]: o.value })) : [])),
];

/** Drawn text, tooltips and accessible names: everything a reader of the drawing can meet. */
function words(svg: SvgNode): string[] {
  const out: string[] = [];
  for (const n of findAll(svg, (x) => x.tag === 'text' || x.tag === 'title' || x.tag === 'desc')) out.push(textOf(n));
  for (const n of findAll(svg, (x) => x.attrs?.['data-label'] !== undefined || x.attrs?.['aria-label'] !== undefined))
    out.push(String(n.attrs?.['data-label'] ?? ''), String(n.attrs?.['aria-label'] ?? ''));
  return out.filter(Boolean);
}

/**
 * Latin allowed in Urdu chart text: outlet names after "ماخذ:" (the attack map's source line in a
 * tooltip), the approximate sign's neighbours and units are Urdu already.
 */
const allowed = (s: string) => s.replace(/ماخذ: .*$/, '');

/** Positions of the marks (data points, bars, nodes, ties) that carry data-series/data-i. */
const marksOf = (svg: SvgNode) =>
  findAll(svg, (n) => n.attrs?.['data-i'] !== undefined).map((n) => ({
    key: `${n.attrs?.['data-series']}:${n.attrs?.['data-i']}`,
    x: Number(n.attrs?.['data-x']),
  }));

for (const chart of charts) {
  const en = chart.bind(site);
  const ur = chart.bind(site, 'ur');
  for (const state of statesOf(chart)) {
    test(`${chart.id} ${JSON.stringify(state)} in Urdu at 320, 768 and 1280 px: sane, no overlap, no Latin, right to left, marks where English has them`, () => {
      for (const width of WIDTHS) {
        const drawn = ur.draw({ width, state });
        // The network's ties are groups of "ties", not "points": its own test checks the rest (tests/unit/network.test.ts).
        if (chart.enhancer !== 'graph') assertSane(drawn, width);
        assert.deepEqual(overlappingLabels(drawn.svg), [], `${chart.id} at ${width}: labels overlap`);
        for (const w of words(drawn.svg)) assert.ok(!LATIN.test(allowed(w)), `${chart.id} at ${width}: Latin in "${w}"`);
        for (const t of findAll(drawn.svg, (n) => n.tag === 'text'))
          assert.equal(t.attrs?.direction, 'rtl', `${chart.id}: "${textOf(t)}" is not right to left`);
        assert.equal(drawn.svg.attrs?.['data-lang'], 'ur');
        const english = en.draw({ width, state });
        const a = marksOf(drawn.svg);
        const b = marksOf(english.svg);
        assert.deepEqual(
          a.map((m) => m.key),
          b.map((m) => m.key),
          `${chart.id} at ${width}: not the same marks`,
        );
        // Same order from left to right; the maps' projections may differ by the height of a legend row.
        const order = (list: { x: number }[]) => list.map((_m, i) => i).sort((i, j) => list[i]!.x - list[j]!.x || i - j);
        if (!chart.id.endsWith('-map') && chart.id !== 'timeline') assert.deepEqual(order(a), order(b), `${chart.id} at ${width}: marks reordered`);
      }
    });
  }
  test(`${chart.id}: its reader-facing words exist in Urdu and have no Latin letters but source ids`, () => {
    const text = chart.text('ur');
    for (const w of [text.title, text.org.name, ...text.notes, ur.takeaway(), ur.describe()]) assert.ok(!LATIN.test(allowed(w)), `Latin in "${w}"`);
    for (const c of text.controls) {
      assert.ok(!LATIN.test(c.label), c.label);
      if (c.kind !== 'range') for (const o of c.options) assert.ok(!LATIN.test(o.label), o.label);
    }
    const table = ur.table();
    assert.equal(table.rows.length, en.table().rows.length, 'same rows as the English table');
    assert.ok(!LATIN.test(table.caption), table.caption);
    for (const c of table.columns) assert.ok(/^Sources?$/.test(c) || !LATIN.test(c), `column "${c}"`);
  });
}

test('every place, group and event that a chart draws has its Urdu name (a new row without one fails here and stops the build)', () => {
  for (const p of realRows<{ id: string }>('places')) assert.ok(placeNamesUr[p.id], `places.csv: ${p.id}`);
  for (const a of realRows<{ id: string }>('actors')) assert.ok(actorNamesUr[a.id], `actors.json: ${a.id}`);
  for (const e of realRows<{ id: string }>('events')) assert.ok(eventTitlesUr[e.id], `events.csv: ${e.id}`);
  assert.throws(() => urduData({ places: [{ id: 'nowhere', name: 'Nowhere' }] }), /places\.csv: no Urdu name for "nowhere"/);
});

test('English drawings carry no language marks (English output unchanged)', () => {
  for (const chart of charts) {
    const svg = chart.bind(site).draw({ width: 768 }).svg;
    assert.equal(svg.attrs?.['data-lang'], undefined);
    assert.equal(findAll(svg, (n) => n.attrs?.direction !== undefined).length, 0);
  }
});
