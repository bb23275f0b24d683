// The Urdu edition against the English one, file by file (content/chapters/ur/, content/pages/ur/,
// content/glossary/terms.ur.json): the translation keeps every number and citation in the same
// order (the ordered Stat keys and Cite ids are identical, read by the same collector the build
// uses), the same figures, scrollies and steps, the same headings by level (their ids are mapped
// by position: src/lib/chapters.ts), the same non-prose frontmatter, and Western digits only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { collectStory } from '../../src/lib/story-nodes.ts';

const pairs = [
  ...readdirSync('content/chapters')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [join('content/chapters', f), join('content/chapters/ur', f)] as const),
  ...readdirSync('content/pages')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [join('content/pages', f), join('content/pages/ur', f)] as const),
];

const parse = (file: string) => {
  const text = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const story = collectStory(mdxToMdast(text), file).nodes;
  // Headings outside code, in order, by level.
  const levels = body
    .split('\n')
    .filter((l) => /^#{2,6} /.test(l))
    .map((l) => l.indexOf(' '));
  const steps = [...body.matchAll(/<Step\s+id="([^"]+)"/g)].map((m) => m[1]);
  // The frontmatter's non-prose fields, line by line (each is one line: `slug: x`, `  chart: y`).
  const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(front)?.[1];
  const fields = Object.fromEntries(['order', 'slug', 'updated', 'sources', '  chart', '  minutes', '  vocabulary'].map((k) => [k.trim(), field(k)]));
  return { fields, body, story, levels, steps };
};

test('every English chapter and page has its Urdu translation', () => {
  assert.ok(pairs.length >= 9);
  for (const [, ur] of pairs) assert.ok(existsSync(ur), `${ur} is missing`);
});

for (const [en, ur] of pairs) {
  test(`${ur}: same Stat keys and Cite ids, in the same order, as ${en}`, () => {
    const a = parse(en);
    const b = parse(ur);
    const stats = (s: typeof a.story) => s.citations.flatMap((c) => ('stat' in c ? [c.stat] : []));
    const cites = (s: typeof a.story) => s.citations.flatMap((c) => ('cite' in c ? [c.cite.join(' ')] : []));
    assert.deepEqual(stats(b.story), stats(a.story), 'Stat keys');
    assert.deepEqual(cites(b.story), cites(a.story), 'Cite ids');
    assert.deepEqual(
      b.story.charts.map((c) => `${c.kind}:${c.chart}:${c.anchor}`),
      a.story.charts.map((c) => `${c.kind}:${c.chart}:${c.anchor}`),
      'figures and scrollies',
    );
    assert.deepEqual(b.steps, a.steps, 'step ids');
    assert.deepEqual([...new Set(b.story.terms)].sort(), [...new Set(a.story.terms)].sort(), 'glossary terms linked');
  });

  test(`${ur}: same headings by level and the same non-prose frontmatter as ${en}`, () => {
    const a = parse(en);
    const b = parse(ur);
    assert.deepEqual(b.levels, a.levels, 'heading levels in order (anchors are mapped by position)');
    assert.deepEqual(b.fields, a.fields, 'order, slug, updated, sources, teach.chart, teach.minutes, teach.vocabulary');
  });

  test(`${ur}: Western digits only, internal links into the Urdu edition`, () => {
    const { body } = parse(ur);
    assert.doesNotMatch(body, /[\u06F0-\u06F9\u0660-\u0669]/, 'Urdu or Arabic-Indic digits (the site uses 0-9: docs/AUTHORING.md)');
    const internal = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
    for (const link of internal) assert.match(link, /^\/ur\//, `internal link ${link} stays in the Urdu edition`);
  });
}

test('the Urdu glossary has every English term, with the same ids', () => {
  const en = JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as { id: string }[];
  const ur = JSON.parse(readFileSync('content/glossary/terms.ur.json', 'utf8')) as { id: string; term: string; definition: string }[];
  assert.deepEqual(ur.map((t) => t.id).sort(), en.map((t) => t.id).sort());
  for (const t of ur) assert.ok(t.term && t.definition, `${t.id}: term and definition`);
});
