// Motion keys (issue 18): in every state a scrolly draws, each mark that persists between states
// carries a data-key that is unique in its drawing, so src/scripts/motion.ts can tell entering,
// updating and leaving marks apart; the same mark keeps its key from state to state; and the
// static drawings (flat steps, print, downloads) carry no keys at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getChart } from '../../src/charts/registry.ts';
import { staticSvg, type SvgNode } from '../../src/charts/svg.ts';
import { findAll, realSiteData } from '../helpers/charts.ts';

const site = realSiteData();
const WIDTHS = [375, 1280];

/** State shapes of each scrolly (the steps' kinds of change: zoom, time cut-off, year, metric, filter). */
const SCROLLIES: Record<string, Record<string, unknown>[]> = {
  'locator-map': [{ view: 'region' }, { view: 'northwest' }, { view: 'bajaur' }],
  'bajaur-toll': [
    { through: '2023-07-30', highlight: 'first' },
    { through: '2023-07-31' },
    { through: '2023-08-02', highlight: 'official' },
    { through: 'all', highlight: 'outliers' },
  ],
  network: [{ year: 2007, focus: 'TTP' }, { year: 2015, focus: 'ISKP' }, { year: 2023, focus: 'JUIF' }, { year: 2025 }],
  'picss-monthly': [
    { metric: 'attacks', annotations: 0 },
    { highlight: ['2022-11', '2022-11'], annotations: 1 },
    { metric: 'killed', highlight: ['2023-01', '2023-01'], annotations: 2 },
    { metric: 'attacks', annotations: 4 },
  ],
  'attack-map': [{}, { group: 'TTP' }, { year: '2023' }],
};

const keysOf = (svg: SvgNode) => findAll(svg, (n) => n.attrs?.['data-key'] !== undefined).map((n) => String(n.attrs!['data-key']));

for (const [id, states] of Object.entries(SCROLLIES)) {
  const chart = getChart(id).bind(site);
  test(`${id}: every state's motion keys are unique, and marks keep their keys between states`, () => {
    for (const width of WIDTHS) {
      const drawn = states.map((state, i) => chart.draw({ width, state, previous: i ? states[i - 1] : {} }).svg);
      for (const [i, svg] of drawn.entries()) {
        const keys = keysOf(svg);
        assert.ok(keys.length >= 5, `${id} @${width}, state ${i}: keyed marks`);
        const repeated = keys.filter((k, j) => keys.indexOf(k) !== j);
        assert.deepEqual(repeated, [], `${id} @${width}, state ${i}: keys used twice`);
        assert.ok(!keys.some((k) => /undefined|null|NaN/.test(k)), `${id} @${width}, state ${i}: a key from a missing value`);
      }
      // Something persists between consecutive states, which is what motion moves.
      for (let i = 1; i < drawn.length; i++) {
        const before = new Set(keysOf(drawn[i - 1]!));
        assert.ok(
          keysOf(drawn[i]!).some((k) => before.has(k)),
          `${id} @${width}: no mark persists from state ${i - 1} to ${i}`,
        );
      }
    }
  });
}

test('the data marks are keyed by what they stand for, not by their place in a list', () => {
  const toll = getChart('bajaur-toll')
    .bind(site)
    .draw({ width: 1280, state: { through: 'all' } }).svg;
  for (const n of findAll(toll, (x) => x.attrs?.['data-id'] !== undefined)) assert.equal(n.attrs!['data-key'], n.attrs!['data-id']);
  const monthly = getChart('picss-monthly').bind(site);
  // A month keeps its key when the metric changes, so its point moves instead of being replaced.
  const month = (metric: string) =>
    findAll(monthly.draw({ width: 1280, state: { metric } }).svg, (x) => x.tag === 'circle' && String(x.attrs?.['data-key']).startsWith('month-')).map((n) =>
      String(n.attrs!['data-key']),
    );
  assert.ok(month('attacks').filter((k) => month('killed').includes(k)).length > 20);
  const net = getChart('network')
    .bind(site)
    .draw({ width: 1280, state: { year: 2023 } }).svg;
  for (const n of findAll(net, (x) => x.attrs?.['data-tie'] !== undefined)) assert.equal(n.attrs!['data-key'], n.attrs!['data-tie']);
});

test('map layers name their projection, so a change of view can zoom', () => {
  const map = getChart('locator-map').bind(site);
  const zoom = (view: string) =>
    findAll(map.draw({ width: 1280, state: { view } }).svg, (x) => x.attrs?.['data-zoom'] !== undefined).map((n) => String(n.attrs!['data-zoom']));
  const [region, bajaur] = [zoom('region'), zoom('bajaur')];
  assert.equal(region.length, 2, 'the base map and the overlay');
  for (const z of [...region, ...bajaur]) assert.equal(z.split(' ').filter((n) => Number.isFinite(Number(n))).length, 6);
  assert.notDeepEqual(region, bajaur);
});

test('static drawings carry no motion keys', () => {
  for (const id of Object.keys(SCROLLIES)) {
    const svg = staticSvg(getChart(id).bind(site).draw({ width: 375 }).svg);
    assert.deepEqual(keysOf(svg), [], id);
    assert.equal(findAll(svg, (n) => n.attrs?.['data-zoom'] !== undefined || n.attrs?.['data-scale'] !== undefined).length, 0, id);
  }
});
