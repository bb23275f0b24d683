// The charts' own scales and path generators (src/charts/scale.ts, path.ts) replace d3-scale and
// d3-shape in the browser bundle; they must draw exactly what d3 would. d3 stays installed as the
// reference these tests compare against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as d3 from 'd3-scale';
import * as shape from 'd3-shape';
import { scaleBand, scaleLinear, ticks } from '../../src/charts/scale.ts';
import { linePath, symbolPath, type SymbolKind } from '../../src/charts/path.ts';

// A small deterministic generator, so a failure can be replayed.
let seed = 42;
const rnd = () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

test('linear scales: nice domains, ticks and mapping match d3-scale', () => {
  for (let i = 0; i < 5000; i++) {
    const max = rnd() < 0.5 ? Math.round(rnd() * 5000) : rnd() * 10;
    const count = 3 + Math.floor(rnd() * 6);
    const ours = scaleLinear()
      .domain([0, max || 1])
      .nice(count);
    const theirs = d3
      .scaleLinear()
      .domain([0, max || 1])
      .nice(count);
    assert.deepEqual(ours.domain(), theirs.domain());
    assert.deepEqual(ours.ticks(count), theirs.ticks(count));
    const [d0, d1, r0, r1, x] = [rnd() * 100, rnd() * 100 - 20, rnd() * 500, rnd() * 500, rnd() * 200 - 50];
    assert.equal(scaleLinear().domain([d0, d1]).range([r0, r1])(x), d3.scaleLinear().domain([d0, d1]).range([r0, r1])(x));
  }
  assert.deepEqual(ticks(10, 0, 5), d3.scaleLinear().domain([10, 0]).ticks(5));
  assert.deepEqual(ticks(3, 3, 5), [3]);
});

test('band scales: positions and bandwidth match d3-scale', () => {
  for (let i = 0; i < 2000; i++) {
    const keys = Array.from({ length: 1 + Math.floor(rnd() * 12) }, (_, k) => `k${k}`);
    const [r0, r1, inner, outer] = [rnd() * 500, rnd() * 500, rnd(), rnd()];
    const ours = scaleBand<string>().domain(keys).range([r0, r1]).paddingInner(inner).paddingOuter(outer);
    const theirs = d3.scaleBand<string>().domain(keys).range([r0, r1]).paddingInner(inner).paddingOuter(outer);
    assert.equal(ours.bandwidth(), theirs.bandwidth());
    for (const k of [...keys, 'unknown']) assert.equal(ours(k), theirs(k));
  }
});

test('lines (linear, with gaps, step-after) match d3-shape', () => {
  for (let i = 0; i < 500; i++) {
    const pts = Array.from({ length: Math.floor(rnd() * 20) }, () => ({ x: rnd() * 800, y: rnd() * 400, ok: rnd() > 0.25 }));
    const expectLinear =
      shape
        .line<(typeof pts)[number]>()
        .defined((p) => p.ok)
        .x((p) => p.x)
        .y((p) => p.y)(pts) ?? '';
    assert.equal(linePath(pts, { defined: (p) => p.ok, x: (p) => p.x, y: (p) => p.y }), expectLinear);
    const expectStep =
      shape
        .line<(typeof pts)[number]>()
        .curve(shape.curveStepAfter)
        .x((p) => p.x)
        .y((p) => p.y)(pts) ?? '';
    assert.equal(linePath(pts, { curve: 'step-after', x: (p) => p.x, y: (p) => p.y }), expectStep);
  }
});

test('marker shapes match d3-shape symbols', () => {
  const types: Record<SymbolKind, shape.SymbolType> = {
    circle: shape.symbolCircle,
    square: shape.symbolSquare,
    diamond: shape.symbolDiamond,
    triangle: shape.symbolTriangle,
    star: shape.symbolStar,
    cross: shape.symbolCross,
    wye: shape.symbolWye,
  };
  for (const [kind, type] of Object.entries(types) as [SymbolKind, shape.SymbolType][]) {
    for (const size of [4, 28.27, 50.3, 64, 113.1, 200, rnd() * 300]) assert.equal(symbolPath(kind, size), shape.symbol(type, size)(), `${kind} ${size}`);
  }
});
