// The story collector on MDX parsed by the same parser Astro compiles chapters with (Sätteri),
// and the plugin run through Sätteri's real MDX compiler and Astro's JSX runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToMdast, mdxToJs, type MdxJsxAttributeNode } from 'satteri';
import { collectStory } from '../../src/lib/story-nodes.ts';
import { storyNodesPlugin } from '../../src/lib/story-nodes-plugin.ts';

const collect = (mdx: string) => collectStory(mdxToMdast(mdx), 'fixture.mdx');

const chapter = `
Intro <Cite s="dawn-1 reuters-2" /> and <Stat of="picss-yearly:2023:attacks" />, again <Stat of="picss-yearly:2023:killed" cite={false} />.

{/* A draft: <Cite s="commented-out" /> <Figure chart="commented-out" /> */}

\`<Figure chart="in-code" />\` is how a figure is placed.

<Scrolly chart='bajaur-toll'>

<Step id="toll-first" state={{ through: "2023-07-30", note: "Sunday's count" }} alt="Monday&#39;s reports and the &quot;official&quot; figure">
The <Term t="iskp">ISKP</Term> claim <Cite s={"ap-3"} />.
</Step>

<Step
  id="toll-all"
  state={{ through: 'all', label: 'the "final" toll', note: "it's" }}
  alt='All reports, the police&#39;s and the hospital’s'
>
Text <Stat of="bajaur-toll:toll-01:killed" />.
</Step>

</Scrolly>

<Figure chart="picss-yearly" />

<Figure chart="bajaur-toll" state={{ view: 'killed' }} />

<Figure chart="picss-yearly" />
`;

test('charts in page order: figures numbered per chart, scrollies per page; comments and code are not components', () => {
  assert.deepEqual(collect(chapter).nodes.charts, [
    { kind: 'scrolly', chart: 'bajaur-toll', anchor: 'scrolly-bajaur-toll-1' },
    { kind: 'figure', chart: 'picss-yearly', anchor: 'figure-picss-yearly' },
    { kind: 'figure', chart: 'bajaur-toll', anchor: 'figure-bajaur-toll' },
    { kind: 'figure', chart: 'picss-yearly', anchor: 'figure-picss-yearly-2' },
  ]);
});

test('citations in reading order, through nested components and literal expressions; cite={false} cites nothing', () => {
  const { nodes } = collect(chapter);
  assert.deepEqual(nodes.citations, [
    { cite: ['dawn-1', 'reuters-2'] },
    { stat: 'picss-yearly:2023:attacks' },
    { cite: ['ap-3'] },
    { stat: 'bajaur-toll:toll-01:killed' },
  ]);
  assert.deepEqual(nodes.terms, ['iskp']);
});

test('the build adds anchors, steps, flat-chart ids and which step is last as props', () => {
  const { props } = collect(chapter);
  // Expressions by their source where it is a literal (`last`), else as {expr}.
  const values = (attributes: MdxJsxAttributeNode[]) =>
    Object.fromEntries(
      attributes.map((a) => [a.name, typeof a.value === 'string' ? a.value : /^(true|false)$/.test(a.value?.value ?? '') ? `{${a.value?.value}}` : '{expr}']),
    );
  const added = props.flatMap((p) => [
    ...[...(p.steps ?? [])].map(([step, attributes]) => [step.name, values(attributes)]),
    [p.element.name, values(p.attributes)],
  ]);
  assert.deepEqual(added, [
    ['Figure', { anchor: 'figure-picss-yearly' }],
    ['Figure', { anchor: 'figure-bajaur-toll' }],
    ['Figure', { anchor: 'figure-picss-yearly-2' }],
    ['Step', { chart: 'bajaur-toll', flatId: 'scrolly-bajaur-toll-1-s1', previous: '{expr}', last: '{false}' }],
    ['Step', { chart: 'bajaur-toll', flatId: 'scrolly-bajaur-toll-1-s2', previous: '{expr}', last: '{true}' }],
    ['Scrolly', { anchor: 'scrolly-bajaur-toll-1', steps: '{expr}', tableAt: 'figure-bajaur-toll' }],
  ]);
});

test('mistakes stop the build with the file and line', () => {
  const throwsWith = (mdx: string, message: RegExp) => assert.throws(() => collect(mdx), message);
  throwsWith('<Step id="a" state={{}} alt="x">t</Step>', /fixture\.mdx:1: <Step> outside a <Scrolly>/);
  throwsWith('\n<Scrolly chart="x">\n\ntext\n\n</Scrolly>', /fixture\.mdx:2: <Scrolly chart="x"> has no <Step>/);
  throwsWith('<Scrolly chart="x">\n<Step id="a" alt="x">t</Step>\n</Scrolly>', /<Step id="a"> needs state=\{\{ … \}\}/);
  throwsWith('<Scrolly chart="x">\n<Step id="a" state={{}} alt="x">t</Step>\n<Step id="a" state={{}} alt="y">t</Step>\n</Scrolly>', /the id is used twice/);
  throwsWith('<Scrolly chart="x">\n<div>\n<Step id="a" state={{}} alt="x">t</Step>\n</div>\n</Scrolly>', /has no <Step> \(steps go directly inside it\)/);
  throwsWith('<Figure chart={chartId} />', /<Figure chart>: must be a non-empty literal string/);
  throwsWith('<Figure chart="x" anchor="mine" />', /<Figure anchor> is set by the build/);
  throwsWith('<Scrolly chart="x">\n<Step id="a" state={{}} previous={{}} alt="x">t</Step>\n</Scrolly>', /<Step previous> is set by the build/);
  throwsWith('Text <Stat of="a:b:c" cite="no" />.', /<Stat cite>: must be \{true\} or \{false\}/);
  throwsWith('<Cite {...props} />', /need their props written out/);
});

/** The compiled MDX's element tree, built by Astro's own JSX runtime, without rendering it. */
async function compiledTree(mdx: string) {
  const data = { astro: { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const { code } = await mdxToJs(mdx, { mdastPlugins: [storyNodesPlugin], jsxImportSource: 'astro', data });
  const runtime = import.meta.resolve('astro/jsx-runtime');
  const mod = await import(`data:text/javascript,${encodeURIComponent(code.replace('"astro/jsx-runtime"', JSON.stringify(runtime)))}`);
  const names = ['Cite', 'Stat', 'Term', 'Figure', 'Scrolly', 'Step'];
  const components = Object.fromEntries(names.map((n) => [n, Object.assign(() => null, { displayName: n })]));
  type VNode = { type: unknown; props: Record<string, unknown> };
  const found: { name: string; props: Record<string, unknown> }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (!v || typeof v !== 'object' || !('props' in v)) return;
    const node = v as VNode;
    const name = (node.type as { displayName?: string })?.displayName;
    if (name) found.push({ name, props: node.props });
    walk(node.props.children);
  };
  walk(mod.default({ components }));
  return { found, story: (data.astro.frontmatter as { story?: unknown }).story };
}

test('compiled with the plugin, components receive the states as values, apostrophes and quotes intact', async () => {
  const { found, story } = await compiledTree(chapter);
  const scrolly = found.find((f) => f.name === 'Scrolly')!;
  assert.equal(scrolly.props.anchor, 'scrolly-bajaur-toll-1');
  assert.equal(scrolly.props.tableAt, 'figure-bajaur-toll');
  assert.deepEqual(scrolly.props.steps, [
    { id: 'toll-first', state: { through: '2023-07-30', note: "Sunday's count" } },
    { id: 'toll-all', state: { through: 'all', label: 'the "final" toll', note: "it's" } },
  ]);
  const steps = found.filter((f) => f.name === 'Step');
  assert.deepEqual(
    steps.map((s) => s.props.alt),
    ['Monday\'s reports and the "official" figure', "All reports, the police's and the hospital’s"],
  );
  assert.deepEqual(
    steps.map((s) => s.props.state),
    (scrolly.props.steps as { state: unknown }[]).map((s) => s.state),
  );
  assert.deepEqual(
    steps.map((s) => s.props.flatId),
    ['scrolly-bajaur-toll-1-s1', 'scrolly-bajaur-toll-1-s2'],
  );
  // Each step gets the state of the step before it, the first an empty state.
  assert.deepEqual(
    steps.map((s) => s.props.previous),
    [{}, steps[0]!.props.state],
  );
  assert.deepEqual(
    found.filter((f) => f.name === 'Figure').map((f) => f.props.anchor),
    ['figure-picss-yearly', 'figure-bajaur-toll', 'figure-picss-yearly-2'],
  );
  assert.deepEqual(found.find((f) => f.name === 'Figure' && f.props.chart === 'bajaur-toll')!.props.state, { view: 'killed' });
  assert.deepEqual(story, collect(chapter).nodes);
});
