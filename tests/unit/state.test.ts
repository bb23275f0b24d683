// The one parser of chart state (src/charts/state.ts), run on real values with the real charts'
// controls from the registry: an embed address or a figure's controls that ask for anything the
// chart does not offer leave the chart in its documented default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charts, getChart } from '../../src/charts/registry.ts';
import { authorState, choice, int, pair, queryState, readState, type Control, type StateSchema } from '../../src/charts/state.ts';
import { YEARS } from '../../src/charts/network.ts';
import { viewOptions } from '../../src/charts/picss-yearly.ts';
import { realSiteData } from '../helpers/charts.ts';

const q = (id: string, query: string) => queryState(getChart(id).controls, new URLSearchParams(query));

test('an address with a valid value sets that state, typed', () => {
  assert.deepEqual(q('picss-yearly', 'view=killed'), { view: 'killed' });
  assert.deepEqual(q('picss-monthly', 'metric=killed&theme=dark&plain'), { metric: 'killed' });
  assert.deepEqual(q('network', 'year=2014'), { year: 2014 });
  assert.deepEqual(q('network', `year=${YEARS.min}`), { year: YEARS.min });
  assert.deepEqual(q('network', `year=${YEARS.max}`), { year: YEARS.max });
});

test('unknown keys are ignored: the chart keeps its default state', () => {
  assert.deepEqual(q('picss-yearly', 'foo=1&metric=killed&year=2014'), {});
  assert.deepEqual(q('network', 'view=killed&types=ally'), {}, 'types has a control, but an address may not set it');
  assert.deepEqual(q('pips-yearly', 'view=killed&highlight=2009'), {}, 'a chart without controls reads nothing');
});

test('out-of-range years fall back to the default', () => {
  for (const year of [YEARS.min - 1, YEARS.max + 1, 0, 99999]) assert.deepEqual(q('network', `year=${year}`), {}, `year=${year}`);
});

test('repeated keys fall back to the default, even when every value is valid', () => {
  assert.deepEqual(q('network', 'year=2014&year=2015'), {});
  assert.deepEqual(q('network', 'year=2014&year=2014'), {});
  assert.deepEqual(q('picss-yearly', 'view=killed&view=killed'), {});
});

test('junk values fall back to the default', () => {
  const years = ['abc', '2014.5', '+2014', '-1', '1e3', ' 2014', '2014 ', '0x7de', '', '２０１４', 'Infinity', 'NaN', '2014abc', '9'.repeat(400)];
  for (const v of years) assert.deepEqual(q('network', `year=${encodeURIComponent(v)}`), {}, `year=${JSON.stringify(v)}`);
  const views = ['<script>alert(1)</script>', '__proto__', 'constructor', 'toString', 'KILLED', ' killed', 'killed,attacks', '', 'hasOwnProperty'];
  for (const v of views) assert.deepEqual(q('picss-yearly', `view=${encodeURIComponent(v)}`), {}, `view=${JSON.stringify(v)}`);
  assert.deepEqual(q('picss-yearly', 'view'), {}, 'a key without a value');
});

test('a prototype key in the address does not reach the state object', () => {
  const state = q('picss-yearly', '__proto__=x&constructor=y&view=killed');
  assert.deepEqual(Object.keys(state), ['view']);
  assert.equal(Object.getPrototypeOf(state), Object.prototype);
});

test('the controls of a figure are read with the same parser (check boxes give lists)', () => {
  const controls = getChart('network').controls;
  const inputs: Record<string, unknown> = { year: '2021', types: ['ally', 'conflict'] };
  assert.deepEqual(
    readState(controls, (k) => inputs[k]),
    { year: 2021, types: ['ally', 'conflict'] },
  );
  assert.deepEqual(
    readState(controls, (k) => ({ year: '1999', types: ['ally', 'nonsense'] })[k]),
    {},
    'an unknown type or year is dropped',
  );
  assert.deepEqual(
    readState(controls, (k) => ({ types: [] })[k]),
    { types: [] },
    'no box checked is a state of its own',
  );
  assert.deepEqual(
    readState(controls, (k) => ({ types: ['ally', 'ally'] })[k]),
    {},
    'a type twice is not a list of types',
  );
});

test('a choice control offers the module’s own options and labels, and falls back to its default', () => {
  const view = getChart('picss-yearly').controls.find((c) => c.key === 'view');
  assert.ok(view && view.kind === 'choice');
  assert.deepEqual(view.options, viewOptions);
  assert.equal(view.query, true);
  assert.ok(
    view.options.some((o) => o.value === view.fallback),
    'the default is one of the options',
  );
});

test('every control of every chart is well formed; query keys are unique per chart', () => {
  for (const c of charts) {
    const keys = c.controls.map((k) => k.key);
    assert.equal(new Set(keys).size, keys.length, `${c.id}: control keys are unique`);
    for (const k of c.controls) {
      assert.ok(k.label.trim(), `${c.id}.${k.key} has a label`);
      if (k.kind === 'range') assert.ok(k.min <= k.fallback && k.fallback <= k.max, `${c.id}.${k.key}: default within range`);
      if (k.kind !== 'range')
        assert.ok(k.options.length > 1 && new Set(k.options.map((o) => o.value)).size === k.options.length, `${c.id}.${k.key}: distinct options`);
      // Every documented default survives the parser as a value an address could give.
      if (k.query)
        assert.deepEqual(
          queryState(c.controls, new URLSearchParams({ [k.key]: String(k.kind === 'set' ? '' : k.fallback) })),
          k.kind === 'set' ? {} : { [k.key]: k.fallback },
        );
    }
  }
});

test('an author state with an unknown key or an invalid value is a build error naming both', () => {
  interface S {
    view?: 'a' | 'b';
    highlight?: [string, string];
    annotations?: number;
  }
  const schema: StateSchema<S> = {
    view: choice({
      label: 'Show',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      ur: { label: 'دکھائیں', options: { a: 'الف', b: 'ب' } },
      fallback: 'a',
    }),
    highlight: pair(),
    annotations: int(),
  };
  assert.deepEqual(authorState(schema, { view: 'b', highlight: ['2021', '2022'], annotations: 2 }, 'here'), {
    view: 'b',
    highlight: ['2021', '2022'],
    annotations: 2,
  });
  assert.throws(() => authorState(schema, { veiw: 'b' }, '<Step id="x">'), /<Step id="x">: unknown state key "veiw"/);
  assert.throws(() => authorState(schema, { view: 'c' }, 'here'), /invalid value for "view": "c"/);
  assert.throws(() => authorState(schema, { annotations: -1 }, 'here'), /"annotations": -1/);
  assert.throws(() => authorState(schema, { highlight: ['2021'] }, 'here'), /"highlight"/);
});

test('every chart draws in its default state and in each documented control value', () => {
  const site = realSiteData();
  for (const c of charts) {
    const bound = c.bind(site);
    assert.ok(bound.draw({ width: 400 }).height > 0, `${c.id} default`);
    for (const k of c.controls as Control[]) {
      const values = k.kind === 'range' ? [k.min, k.max] : k.kind === 'choice' ? k.options.map((o) => o.value) : [k.options.map((o) => o.value)];
      for (const v of values) assert.ok(bound.draw({ width: 400, state: { [k.key]: v } }).height > 0, `${c.id} ${k.key}=${JSON.stringify(v)}`);
    }
  }
});
