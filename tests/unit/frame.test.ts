import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  annotationCount,
  barMarks,
  categoryAxisNodes,
  clampX,
  describeSeries,
  dodge,
  formatMonthShort,
  formatNumber,
  gapNote,
  highlightClass,
  isArabicScript,
  labelEvery,
  layoutAnnotations,
  textReach,
  margins,
  plotHeightFor,
  textWidth,
  valueAxis,
  wrapText,
} from '../../src/charts/frame.ts';
import type { Annotation } from '../../src/charts/frame.ts';
import { findAll, hasClass, textExtents } from '../helpers/charts.ts';

test('numbers use en-GB thousands separators', () => {
  assert.equal(formatNumber(1066), '1,066');
  assert.equal(formatNumber(1234567), '1,234,567');
  assert.equal(formatNumber(63), '63');
});

test('months format short', () => {
  assert.equal(formatMonthShort('2023-01'), 'Jan 2023');
  assert.equal(formatMonthShort('2024-12'), 'Dec 2024');
});

test('text width grows with length and wraps within the width', () => {
  assert.ok(textWidth('Balochistan') > textWidth('KP'));
  assert.ok(textWidth('WWW') > textWidth('iii'));
  const lines = wrapText('Peshawar police mosque bombing; deadliest month since July 2018', 120);
  assert.ok(lines.length >= 3);
  for (const l of lines) assert.ok(textWidth(l) <= 120, `"${l}" fits`);
  assert.equal(lines.join(' '), 'Peshawar police mosque bombing; deadliest month since July 2018');
});

test('clampX keeps a label inside the frame', () => {
  assert.equal(clampX(100, 40, 'middle', 320), 100);
  assert.equal(clampX(5, 40, 'middle', 320), 22);
  assert.equal(clampX(310, 40, 'start', 320), 278);
  assert.equal(clampX(10, 40, 'end', 320), 42);
});

test('margins and plot height adapt to the width', () => {
  assert.ok(margins(320).right < margins(1000).right);
  const phone = plotHeightFor(320);
  const desktop = plotHeightFor(1000);
  assert.ok(phone / 320 > desktop / 1000, 'taller relative to width on phones');
});

test('valueAxis gives a nice zero-based domain covering the max, with fewer ticks on short plots', () => {
  const a = valueAxis(1066, 400);
  assert.equal(a.domain[0], 0);
  assert.ok(a.domain[1] >= 1066);
  assert.ok(a.ticks.includes(0));
  assert.ok(valueAxis(1066, 150).ticks.length < a.ticks.length);
  const y = a.scale([400, 0]);
  assert.equal(y(0), 400);
});

test('labelEvery thins labels that would collide', () => {
  assert.equal(labelEvery(80, 30), 1);
  assert.equal(labelEvery(20, 30), 2);
  assert.equal(labelEvery(10, 30), 4);
});

test('categoryAxisNodes drops labels that would overlap and keeps the last', () => {
  const items = Array.from({ length: 21 }, (_, i) => ({ x: 20 + i * 13, label: String(2005 + i) }));
  const axis = categoryAxisNodes(items, { y: 100, x0: 10, x1: 300, width: 320, step: 13, keepLast: true });
  const ext = textExtents(axis).sort((a, b) => a.x0 - b.x0);
  assert.ok(ext.length >= 4 && ext.length < 21);
  assert.equal(ext.at(-1)!.text, '2025');
  for (let i = 1; i < ext.length; i++) assert.ok(ext[i]!.x0 >= ext[i - 1]!.x1, `${ext[i - 1]!.text} and ${ext[i]!.text} do not overlap`);
});

test('highlightClass marks keys inside an inclusive range and dims the rest', () => {
  assert.equal(highlightClass(2021, ['2021', '2022']), 'tt-highlight');
  assert.equal(highlightClass('2022', ['2021', '2022']), 'tt-highlight');
  assert.equal(highlightClass(2023, ['2021', '2022']), 'tt-dim');
  assert.equal(highlightClass('2023-01', ['2023-01', '2022-11']), 'tt-highlight', 'reversed range');
  assert.equal(highlightClass(2023, undefined), '');
});

test('annotationCount defaults to all and clamps', () => {
  assert.equal(annotationCount(undefined, 4), 4);
  assert.equal(annotationCount(2, 4), 2);
  assert.equal(annotationCount(9, 4), 4);
  assert.equal(annotationCount(-1, 4), 0);
});

test('dodge separates coincident markers and leaves lone ones in place', () => {
  const pts = [
    { x: 50, y: 50 },
    { x: 50, y: 50 },
    { x: 50, y: 50 },
    { x: 200, y: 50 },
  ];
  const off = dodge(pts, 5, 'x');
  assert.equal(off[0], 0);
  assert.equal(off[3], 0);
  const xs = pts.map((p, i) => p.x + off[i]!);
  for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) assert.ok(Math.abs(xs[i]! - xs[j]!) >= 10, 'no overlap');
  const vy = dodge(pts, 5, 'y');
  assert.notEqual(vy[1], 0);
});

const ann = (id: string, at: string): Annotation => ({ id, at, label: `Event ${id} with a fairly long label`, eventId: `ev-${id}` });

test('wide annotations: labels never overlap each other and stay inside the width', () => {
  const items = [ann('a', '2022-11'), ann('b', '2023-01'), ann('c', '2023-07'), ann('d', '2024-02')].map((a, i) => ({
    ann: a,
    x: 300 + i * 40,
    text: a.label,
  }));
  const layout = layoutAnnotations(items, { width: 1000, narrow: false, maxLabelWidth: 150 });
  assert.ok(layout.bandHeight > 15);
  assert.equal(layout.listHeight, 0);
  const nodes = layout.render({ bandTop: 10, plotBottom: 400, listTop: 420 });
  assert.equal(nodes.length, 4);
  const boxes = nodes.map((g) => {
    const t = findAll(g, (n) => n.tag === 'text')[0]!;
    const ext = textExtents(t);
    const ys = findAll(t, (n) => n.tag === 'tspan').map((s) => Number(s.attrs!.y));
    const y0 = ys.length ? Math.min(...ys) : Number(t.attrs!.y);
    const y1 = ys.length ? Math.max(...ys) : Number(t.attrs!.y);
    return { x0: Math.min(...ext.map((e) => e.x0)), x1: Math.max(...ext.map((e) => e.x1)), y0: y0 - 11, y1: y1 + 4 };
  });
  for (let i = 0; i < boxes.length; i++) {
    assert.ok(boxes[i]!.x0 >= 0 && boxes[i]!.x1 <= 1000);
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `labels ${i} and ${j} overlap`);
    }
  }
});

test('narrow annotations become numbered markers with a list under the plot', () => {
  const items = [ann('a', '2022-11'), ann('b', '2023-01')].map((a, i) => ({ ann: a, x: 100 + i * 6, text: a.label }));
  const layout = layoutAnnotations(items, { width: 320, narrow: true, maxLabelWidth: 100 });
  assert.ok(layout.listHeight > 0);
  const nodes = layout.render({ bandTop: 10, plotBottom: 300, listTop: 320 });
  const numbers = nodes.flatMap((g) => findAll(g, (n) => hasClass(n, 'tt-annotation-number')));
  assert.deepEqual(
    numbers.map((n) => n.children![0]),
    ['1', '1', '2', '2'],
  );
  const markers = nodes.map((g) => findAll(g, (n) => n.tag === 'circle')[0]!);
  assert.notEqual(markers[0]!.attrs!.cy, markers[1]!.attrs!.cy, 'close markers are stacked');
  for (const e of nodes.flatMap((g) => textExtents(g))) assert.ok(e.x0 >= 0 && e.x1 <= 320, `"${e.text}" inside`);
});

test('barMarks draws a bar per value and a hatched gap (never a bar) per null', () => {
  const points = [
    { key: '2019', value: 100, label: '2019: 100' },
    { key: '2020', value: null, label: '2020: no data' },
    { key: '2021', value: 50, label: '2021: 50' },
  ];
  const x = (k: string) => (({ 2019: 0, 2020: 20, 2021: 40 }) as Record<string, number>)[k]!;
  const g = barMarks(points, {
    x,
    bandwidth: 10,
    y: (v) => 200 - v,
    plotTop: 0,
    baseline: 200,
    series: 's',
    seriesName: 'S',
    seriesClass: 'tt-series-1',
    idPrefix: 'p',
  });
  const rects = findAll(g, (n) => n.tag === 'rect');
  const barsOnly = rects.filter((r) => hasClass(r, 'tt-bar'));
  const gapsOnly = rects.filter((r) => hasClass(r, 'tt-gap'));
  assert.equal(barsOnly.length, 2);
  assert.equal(gapsOnly.length, 1);
  assert.equal(gapsOnly[0]!.attrs!['data-label'], '2020: no data');
  assert.equal(gapsOnly[0]!.attrs!.fill, 'url(#p-hatch)');
  assert.deepEqual(
    barsOnly.map((b) => b.attrs!.height),
    [100, 50],
  );
});

test('describeSeries names range, extremes and gaps', () => {
  const s = describeSeries(
    [
      { key: 'a', name: '2019', value: 159 },
      { key: 'b', name: '2020', value: null },
      { key: 'c', name: '2021', value: 1066 },
    ],
    'attacks',
  );
  assert.match(s, /highest was 1,066 in 2021/);
  assert.match(s, /lowest 159 in 2019/);
  assert.match(s, /No figure for 2020/);
  assert.equal(gapNote([]), null);
  assert.equal(gapNote(['2012', '2016']), 'Hatched columns: no figure for 2012 and 2016.');
});

test('the test helper detects overlapping labels (so the width sweep can fail)', async () => {
  const { h } = await import('../../src/charts/svg.ts');
  const { overlappingLabels } = await import('../helpers/charts.ts');
  const clash = h('svg', null, h('text', { x: 10, y: 20 }, 'Overlapping'), h('text', { x: 30, y: 22 }, 'labels'));
  assert.equal(overlappingLabels(clash).length, 1);
  const apart = h('svg', null, h('text', { x: 10, y: 20 }, 'Apart'), h('text', { x: 10, y: 40 }, 'labels'));
  assert.equal(overlappingLabels(apart).length, 0);
});

test('Urdu is estimated on the terms of Naskh, the Urdu charts’ face: narrower letters, a taller line', () => {
  // 0.45 em a letter (Chromium draws Noto Naskh Arabic letters at 0.35-0.53 em); the marks over
  // and under letters, and joiners, take no width of their own.
  assert.equal(textWidth('پشاور', 12), 5 * 0.45 * 12);
  assert.equal(textWidth('پشاور\u064E\u200C', 12), textWidth('پشاور', 12));
  assert.ok(textWidth('Peshawar', 12) > textWidth('پشاور', 12) * 1.5);
  // A mixed line: the Latin and digits keep their own estimates.
  assert.ok(Math.abs(textWidth('جولائی 2023', 12) - (textWidth('جولائی', 12) + textWidth(' 2023', 12))) < 1e-9);
  // Naskh reaches further above and below its baseline than Latin type; Latin keeps the box the
  // map placer has always used (11 px above, 3 below at 12 px).
  assert.deepEqual(textReach('Khar', 12), { above: 11, below: 3 });
  const ur = textReach('خار', 12);
  assert.ok(ur.above > 11 && ur.below > 3 + 4, JSON.stringify(ur));
  assert.equal(isArabicScript('Khar'), false);
  assert.equal(isArabicScript('2023 خار'), true);
});
