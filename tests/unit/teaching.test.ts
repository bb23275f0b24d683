// Where a lesson's chart is shown: places and anchors come from the chapters' story nodes, the
// numbering the chapter page's <Figure> and <Scrolly> ids come from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToMdast } from 'satteri';
import { chartPlaces, placeForLesson } from '../../src/lib/teaching.ts';
import { collectStory } from '../../src/lib/story-nodes.ts';

const chapter = (slug: string, order: number, mdx: string) =>
  chartPlaces({ data: { slug, order, title: slug } } as Parameters<typeof chartPlaces>[0], collectStory(mdxToMdast(mdx)).nodes);
const step = '<Step id="s-ID" state={{ year: 2020 }} alt="The network in 2020.">Text.</Step>';
const one = chapter('one', 1, `<Scrolly chart="toll">\n${step.replace('ID', '1')}\n</Scrolly>\n\n<Figure chart="yearly" />\n\n<Figure chart="pips" />`);
const two = chapter(
  'two',
  2,
  `<Figure chart="timeline" />\n\n<Scrolly chart="network">\n${step.replace('ID', '2')}\n</Scrolly>\n\n<Figure chart="network" />\n\n<Figure chart="timeline" />`,
);
const places = [...one, ...two];

test('figures are numbered per chart and scrollies per page, in order', () => {
  assert.deepEqual(
    one.map((p) => p.anchor),
    ['scrolly-toll-1', 'figure-yearly', 'figure-pips'],
  );
  assert.deepEqual(
    two.map((p) => p.anchor),
    ['figure-timeline', 'scrolly-network-1', 'figure-network', 'figure-timeline-2'],
  );
});

test('a lesson uses its own chapter first, and a figure before a scrolly', () => {
  assert.equal(placeForLesson('network', 'two', places)?.anchor, 'figure-network');
  assert.equal(placeForLesson('toll', 'two', places)?.slug, 'one');
  assert.equal(placeForLesson('yearly', 'two', places, 'one')?.anchor, 'figure-yearly');
  assert.equal(placeForLesson('missing', 'one', places), undefined);
});
