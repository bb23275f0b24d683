// Where a lesson's chart is shown: ids follow Figure.astro/Scrolly.astro numbering per page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartPlaces, placeForLesson } from '../../src/lib/teaching.ts';
import type { Chapter } from '../../src/lib/chapters.ts';

const chapter = (slug: string, order: number, body: string) => ({ id: slug, body, data: { slug, order, title: slug } }) as unknown as Chapter;
const one = chapter('one', 1, '<Scrolly chart="toll">…</Scrolly>\n<Figure chart="yearly" />\n<Figure chart="pips" />');
const two = chapter('two', 2, '<Figure chart="timeline" />\n<Scrolly chart="network">…</Scrolly>\n<Figure chart="network" />');

test('figures are numbered per chart and scrollies per page, in order', () => {
  assert.deepEqual(chartPlaces(one).map((p) => p.anchor), ['scrolly-toll-1', 'figure-yearly', 'figure-pips']);
  assert.deepEqual(chartPlaces(two).map((p) => p.anchor), ['figure-timeline', 'scrolly-network-1', 'figure-network']);
});

test('a lesson uses its own chapter first, and a figure before a scrolly', () => {
  assert.equal(placeForLesson('network', two, [one, two])?.anchor, 'figure-network');
  assert.equal(placeForLesson('toll', two, [one, two])?.slug, 'one');
  assert.equal(placeForLesson('missing', one, [one, two]), undefined);
});
