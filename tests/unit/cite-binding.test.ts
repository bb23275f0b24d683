// Citation markers bound to the words they cite (src/lib/cite-binding.ts), on plain HAST lists and
// through Sätteri's real MDX-to-HAST conversion with the plugin Astro runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToHast } from 'satteri';
import { bindCitations, CITE_BIND_CLASS, type BindNode } from '../../src/lib/cite-binding.ts';
import { hastPlugins, mdastPlugins } from '../../src/lib/mdx-plugins.ts';

const text = (value: string): BindNode => ({ type: 'text', value });
const cite = (s: string): BindNode => ({ type: 'mdxJsxTextElement', name: 'Cite', children: [], properties: { s } });
const jsx = (name: string, ...children: BindNode[]): BindNode => ({ type: 'mdxJsxTextElement', name, children });
const em = (...children: BindNode[]): BindNode => ({ type: 'element', tagName: 'em', properties: {}, children });

/** A list as a string: text as is, a binding as ⟨…⟩, a Cite as [s], other nodes as <name>. */
function show(nodes: readonly BindNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.name === 'Cite') return `[${(n.properties?.s as string | undefined) ?? (n as { attributes?: { value: string }[] }).attributes?.[0]?.value}]`;
      if ((n.properties?.className as string[] | undefined)?.includes(CITE_BIND_CLASS)) return `⟨${show(n.children ?? [])}⟩`;
      return `<${n.name ?? n.tagName}>${show(n.children ?? [])}</${n.name ?? n.tagName}>`;
    })
    .join('');
}
const bind = (...nodes: BindNode[]) => show(bindCitations(nodes) ?? nodes);

test('the last word before a marker is bound to it, with the space between; the rest of the text stays', () => {
  assert.equal(bind(text('links Khar with the town of Munda '), cite('a'), text('.')), 'links Khar with the town of ⟨Munda [a]⟩.');
  assert.equal(bind(text('no space'), cite('a')), 'no ⟨space[a]⟩');
  // Urdu: the same, right to left in display, in logical order here.
  assert.equal(bind(text('وہ ملک میں کہیں بھی حملے کریں '), cite('a'), text('۔')), 'وہ ملک میں کہیں بھی حملے ⟨کریں [a]⟩۔');
});

test('markers in a row, with or without a space between, share one binding', () => {
  assert.equal(bind(text('among the dead '), cite('a'), text(' '), cite('b'), text(', and')), 'among the ⟨dead [a] [b]⟩, and');
  assert.equal(bind(text('dead '), cite('a'), cite('b')), '⟨dead [a][b]⟩');
});

test('a short element before a marker is bound whole (a number, a short term, an emphasis); a long one is not', () => {
  assert.equal(bind(text('rose to '), jsx('Stat'), text(' '), cite('a')), 'rose to ⟨<Stat></Stat> [a]⟩');
  assert.equal(bind(text('the '), jsx('Term', text('TTP')), text(' '), cite('a')), 'the ⟨<Term>TTP</Term> [a]⟩');
  assert.equal(bind(em(text('Dawn')), cite('a')), '⟨<em>Dawn</em>[a]⟩');
  const long = jsx('Term', text('the former tribal areas (FATA), merged into KP in 2018'));
  assert.equal(bind(text('in '), long, text(' '), cite('a')), show([text('in '), long, text(' '), cite('a')]));
  // An unknown component may draw anything: not bound.
  assert.equal(bind(jsx('Figure'), cite('a')), '<Figure></Figure>[a]');
});

test('nothing to bind: no marker, or a marker with nothing before it', () => {
  assert.equal(bindCitations([text('no citation here')]), null);
  assert.equal(bindCitations([cite('a'), text(' opens the line')]), null);
});

// With all the plugins astro.config.mjs runs, in its order: the story plugin rebuilds a scrolly's steps.
test('through Sätteri: every marker of an MDX file, in paragraphs, list items, emphasis and steps, is bound', async () => {
  const mdx = [
    'Some words <Cite s="a" /> <Cite s="b" />. And <Stat of="x" /> <Cite s="c" />, *in emphasis <Cite s="d" />*.',
    '',
    '- an item <Cite s="e" />',
    '',
    '<Scrolly chart="bajaur-toll">',
    '<Step id="one" state={{ through: "all" }} alt="All reports">',
    'Step text <Cite s="f" />.',
    '</Step>',
    '</Scrolly>',
    '',
  ].join('\n');
  const root = (await mdxToHast(mdx, { mdastPlugins, hastPlugins })) as unknown as BindNode;
  const bound: string[] = [];
  const unbound: string[] = [];
  const walk = (n: BindNode, inBinding: boolean) => {
    if (n.name === 'Cite') (inBinding ? bound : unbound).push(show([n]));
    const isBinding = (n.properties?.className as string[] | undefined)?.includes(CITE_BIND_CLASS) ?? false;
    for (const c of n.children ?? []) walk(c, inBinding || isBinding);
  };
  walk(root, false);
  assert.deepEqual(unbound, []);
  assert.deepEqual(bound, ['[a]', '[b]', '[c]', '[d]', '[e]', '[f]']);
});

test('a date before a marker keeps its no-break space: the dates pass runs before the binding', async () => {
  const root = (await mdxToHast('Dissolved on 9 August <Cite s="a" />.\n', { mdastPlugins, hastPlugins })) as unknown as BindNode;
  const paragraph = root.children!.find((n) => n.tagName === 'p')!;
  assert.equal(show(paragraph.children!), 'Dissolved on 9\u00a0⟨August [a]⟩.');
});
