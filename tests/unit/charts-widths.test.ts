// Every chart, in several states, at every width from 300 to 1,400 px (steps of 23 px, so odd
// widths are covered): title/desc present, labels inside the frame, anchors inside, no colours.
import { test } from 'node:test';
import * as picssYearly from '../../src/charts/picss-yearly.ts';
import * as pipsYearly from '../../src/charts/pips-yearly.ts';
import * as picssMonthly from '../../src/charts/picss-monthly.ts';
import * as bajaurToll from '../../src/charts/bajaur-toll.ts';
import * as timeline from '../../src/charts/timeline.ts';
import * as regions from '../../src/charts/regions-2023.ts';
import type { SvgNode } from '../../src/charts/svg.ts';
import { assertSane, realRows } from '../helpers/charts.ts';

type Draw = (data: { rows: never[] }, opts: { width: number; state?: never }) => { svg: SvgNode; width: number; height: number };
const cases: [string, Draw, string, object[]][] = [
  ['picss-yearly', picssYearly.draw as unknown as Draw, 'picss-yearly', [{}, { view: 'killed', annotations: 1 }, { view: 'suicide_attacks', highlight: ['2019', '2019'] }]],
  ['pips-yearly', pipsYearly.draw as unknown as Draw, 'pips-yearly', [{}, { highlight: ['2007', '2009'] }]],
  ['picss-monthly', picssMonthly.draw as unknown as Draw, 'picss-monthly', [{}, { metric: 'killed', highlight: ['2022-11', '2023-01'] }, { annotations: 2 }]],
  ['bajaur-toll', bajaurToll.draw as unknown as Draw, 'bajaur-toll', [{}, { through: '2023-07-30', highlight: 'first' }, { through: '2023-08-02', highlight: 'official' }]],
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
