// Every chart, in several states, at every width from 300 to 1,400 px (steps of 23 px, so odd
// widths are covered): title/desc present, labels inside the frame, anchors inside, no colours.
import { test } from 'node:test';
import * as picssYearly from '../../src/charts/picss-yearly.ts';
import * as pipsYearly from '../../src/charts/pips-yearly.ts';
import * as picssMonthly from '../../src/charts/picss-monthly.ts';
import * as bajaurToll from '../../src/charts/bajaur-toll.ts';
import * as timeline from '../../src/charts/timeline.ts';
import * as regions from '../../src/charts/regions-2023.ts';
import * as locatorMap from '../../src/charts/locator-map.ts';
import * as attackMap from '../../src/charts/attack-map.ts';
import { mapGeometry } from '../../src/data/map-geometry.ts';
import type { EventRow, PlaceRow } from '../../src/data/schemas.ts';
import type { SvgNode } from '../../src/charts/svg.ts';
import { assertSane, realRows } from '../helpers/charts.ts';

type Draw = (data: { rows: never[] }, opts: { width: number; state?: never }) => { svg: SvgNode; width: number; height: number };
const cases: [string, Draw, string, object[]][] = [
  [
    'picss-yearly',
    picssYearly.draw as unknown as Draw,
    'picss-yearly',
    [{}, { view: 'killed', annotations: 1 }, { view: 'suicide_attacks', highlight: ['2019', '2019'] }],
  ],
  ['pips-yearly', pipsYearly.draw as unknown as Draw, 'pips-yearly', [{}, { highlight: ['2007', '2009'] }]],
  ['picss-monthly', picssMonthly.draw as unknown as Draw, 'picss-monthly', [{}, { metric: 'killed', highlight: ['2022-11', '2023-01'] }, { annotations: 2 }]],
  [
    'bajaur-toll',
    bajaurToll.draw as unknown as Draw,
    'bajaur-toll',
    [{}, { through: '2023-07-30', highlight: 'first' }, { through: '2023-08-02', highlight: 'official' }],
  ],
  ['timeline', timeline.draw as unknown as Draw, 'events', [{}, { from: 2020, to: 2025, categories: ['attack', 'group'] }]],
  ['regions-2023', regions.draw as unknown as Draw, 'picss-regions-2023', [{}, { highlight: 'Balochistan' }, { year: '2024' }]],
];

for (const [name, draw, dataset, states] of cases) {
  for (const state of states) {
    test(`${name} ${JSON.stringify(state)}: sane at every width from 300 to 1,400`, () => {
      const rows = realRows<never>(dataset);
      // The regions chart takes both years' rows; the others take one dataset's rows.
      const data = name === 'regions-2023' ? { byYear: { '2023': rows, '2024': realRows<never>('picss-regions-2024') } } : { rows };
      for (let width = 300; width <= 1400; width += 23) assertSane(draw(data as never, { width, state: state as never }), width);
    });
  }
}

// The maps take places (and events) with the shared geometry instead of `rows`.
type MapDraw = (data: never, opts: { width: number; state?: never }) => { svg: SvgNode; width: number; height: number };
const mapData = () => ({ places: realRows<PlaceRow>('places'), events: realRows<EventRow>('events'), sourceNames: {}, geo: mapGeometry() });
const mapCases: [string, MapDraw, object[]][] = [
  ['locator-map', locatorMap.draw as unknown as MapDraw, [{}, { view: 'northwest' }, { view: 'bajaur' }]],
  ['attack-map', attackMap.draw as unknown as MapDraw, [{}, { year: '2023' }, { group: 'ISKP' }]],
];
for (const [name, draw, states] of mapCases) {
  for (const state of states) {
    test(`${name} ${JSON.stringify(state)}: sane at every width from 300 to 1,400`, () => {
      const data = mapData();
      for (let width = 300; width <= 1400; width += 23) assertSane(draw(data as never, { width, state: state as never }), width);
    });
  }
}
