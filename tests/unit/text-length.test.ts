// The length of each top-level block's text (src/lib/text-length-plugin.ts), through Sätteri's
// real MDX-to-HAST conversion with the plugins Astro runs: an Urdu chapter holds a block it has not
// laid out yet at a height estimated from it (src/styles/prose.css).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToHast } from 'satteri';
import { hastPlugins, mdastPlugins } from '../../src/lib/mdx-plugins.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
const blocks = (root: Node) => (root.children ?? []).filter((n) => n.type === 'element');

test('each top-level paragraph, list and quotation carries its text length; blocks inside them do not', async () => {
  const mdx = [
    'Khar is the district headquarters.',
    '',
    '- one item',
    '- two items',
    '',
    '> a quotation',
    '',
    '<Box>',
    '',
    'Inside a component.',
    '',
    '</Box>',
    '',
  ].join('\n');
  const root = (await mdxToHast(mdx, { mdastPlugins, hastPlugins })) as unknown as Node;
  const [p, ul, quote] = blocks(root);
  assert.equal(p?.tagName, 'p');
  assert.equal(p?.properties?.dataChars, 'Khar is the district headquarters.'.length);
  assert.equal(ul?.tagName, 'ul');
  assert.ok(Number(ul?.properties?.dataChars) >= 'one itemtwo items'.length);
  assert.equal(quote?.tagName, 'blockquote');
  assert.ok(Number(quote?.properties?.dataChars) >= 'a quotation'.length);
  // The paragraph inside the component and those inside the list and quotation are not top-level.
  const component = root.children?.find((n) => n.type === 'mdxJsxFlowElement');
  assert.equal(component?.children?.[0]?.tagName, 'p');
  assert.doesNotMatch(JSON.stringify(component), /dataChars/);
  assert.doesNotMatch(JSON.stringify(quote?.children), /dataChars/);
});

test('Urdu text is counted in characters, citations and statistics add nothing of their own', async () => {
  const text = 'خار ضلع باجوڑ کا صدر مقام ہے';
  const root = (await mdxToHast(`${text} <Cite s="a" />\n`, { mdastPlugins, hastPlugins })) as unknown as Node;
  assert.equal(blocks(root)[0]?.properties?.dataChars, text.length + 1);
});
