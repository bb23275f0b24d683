/**
 * The story components of one MDX file, collected once from the syntax tree the MDX compiler
 * parses (Sätteri's mdast; src/lib/story-nodes-plugin.ts runs this inside the compile):
 *  - every <Figure> and <Scrolly> in page order, with its anchor: the one place figures and
 *    scrollies are numbered, read by the components and by the teachers' guide alike;
 *  - every citation in reading order (<Cite s>, and <Stat of> unless cite={false}), from which
 *    src/lib/citations.ts numbers a page's sources;
 *  - the glossary ids of <Term t>.
 * It also returns the props the build adds to components, so that no component has to count at
 * render time or read its children's HTML back: <Figure anchor>, <Scrolly anchor steps tableAt>,
 * <Step chart flatId previous last> (the state of the step before, `{}` on the first; whether it is
 * the scrolly's last step). Step states stay JavaScript expressions: they are copied into <Scrolly
 * steps={…}> as source text and evaluated by the compiled MDX like any other prop.
 * Attribute values are read as the parser decoded them (character references such as &#39;,
 * either quote style, expressions such as cite={false}); MDX comments and code are not components.
 */
import type { MdastNode, MdxJsxAttributeNode, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

export type StoryChart = { kind: 'figure' | 'scrolly'; chart: string; anchor: string };
/** A use of a source: the ids of a <Cite>, or the Stat key whose data row's source is cited. */
export type StoryCitation = { cite: string[] } | { stat: string };

/** What a page's MDX contains; JSON-safe (it travels in the compiled module's frontmatter). */
export interface StoryNodes {
  charts: StoryChart[];
  citations: StoryCitation[];
  terms: string[];
}

/** A component and the attributes the build adds to it (and to its <Step> children, for a <Scrolly>). */
export interface StoryProps {
  element: JsxElement;
  attributes: MdxJsxAttributeNode[];
  steps?: Map<JsxElement, MdxJsxAttributeNode[]>;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Figures are numbered per chart, so a figure's anchor stays the same when figures of other
 * charts are added before it: the first is #figure-<chart>, the n-th #figure-<chart>-<n>.
 */
export const figureAnchor = (chart: string, n = 1) => `figure-${chart}${n > 1 ? `-${n}` : ''}`;
/** Scrollies are numbered per page: #scrolly-<chart>-<n>. */
export const scrollyAnchor = (chart: string, n: number) => `scrolly-${chart}-${n}`;

/** Props only the build sets; an author who writes one gets an error instead of a silent override. */
const BUILD_PROPS: Record<string, string[]> = { Figure: ['anchor'], Scrolly: ['anchor', 'steps', 'tableAt'], Step: ['chart', 'flatId', 'previous', 'last'] };

const isJsx = (node: MdastNode): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const childrenOf = (node: MdastNode): MdastNode[] => ('children' in node ? (node.children as MdastNode[]) : []);

const stringAttr = (name: string, value: string): MdxJsxAttributeNode => ({ type: 'mdxJsxAttribute', name, value });
const expressionAttr = (name: string, source: string): MdxJsxAttributeNode => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value: source },
});

/**
 * The value of a literal expression (`{false}`, `{"a b"}`, `{'x'}`, `{2}`); undefined for
 * anything that needs evaluating. Story components take plain values, so that is enough.
 */
function literal(source: string): string | number | boolean | null | undefined {
  const s = source.trim();
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^"(?:[^"\\]|\\.)*"$/.test(s)) return JSON.parse(s) as string;
  const quoted = /^'([^'\\]*)'$/.exec(s) ?? /^`([^`\\$]*)`$/.exec(s);
  return quoted ? quoted[1] : undefined;
}

/**
 * The collector. `element` takes every MDX JSX element in document order (the plugin gets them
 * from Sätteri's visitors, which dispatch only JSX nodes: walking every text node from JavaScript
 * cost ten times more build time); `finish` returns the nodes and the props to add.
 */
export function storyCollector(file = 'MDX file') {
  const nodes: StoryNodes = { charts: [], citations: [], terms: [] };
  const props: StoryProps[] = [];
  const figures = new Map<string, number>();
  const scrollies: {
    element: JsxElement;
    chart: string;
    anchor: string;
    steps: string[];
    stepProps: Map<JsxElement, MdxJsxAttributeNode[]>;
    stepIds: string[];
  }[] = [];
  const stepIds = new Set<string>();
  /** Step ids the last <Scrolly> holds as direct children, not yet visited. */
  let pendingSteps: string[] = [];

  const where = (node: MdastNode) => `${file}${node.position ? `:${node.position.start.line}` : ''}`;
  const fail = (node: MdastNode, message: string): never => {
    throw new Error(`${where(node)}: ${message}`);
  };

  /** An attribute's value: a string, a literal expression's value, true for a bare name. */
  function attr(el: JsxElement, name: string): { value?: unknown; source?: string } | undefined {
    for (const a of el.attributes) {
      if (a.type === 'mdxJsxExpressionAttribute') fail(el, `<${el.name} {…spread}>: story components need their props written out`);
      else if (a.name === name) {
        if (a.value === null || a.value === undefined) return { value: true };
        if (typeof a.value === 'string') return { value: a.value };
        return { value: literal(a.value.value), source: a.value.value };
      }
    }
    return undefined;
  }
  function text(el: JsxElement, name: string): string {
    const a = attr(el, name);
    if (a === undefined) return fail(el, `<${el.name}> needs ${name}="…"`);
    if (typeof a.value !== 'string' || !a.value.trim()) return fail(el, `<${el.name} ${name}>: must be a non-empty literal string`);
    return a.value.trim();
  }

  function element(el: JsxElement): void {
    for (const name of BUILD_PROPS[el.name ?? ''] ?? []) {
      if (attr(el, name)) fail(el, `<${el.name} ${name}> is set by the build (src/lib/story-nodes.ts); remove it`);
    }
    switch (el.name) {
      case 'Cite':
        nodes.citations.push({ cite: text(el, 's').split(/\s+/) });
        break;
      case 'Stat': {
        const of = text(el, 'of');
        const cite = attr(el, 'cite');
        if (cite && typeof cite.value !== 'boolean') fail(el, `<Stat cite>: must be {true} or {false}`);
        if (cite?.value !== false) nodes.citations.push({ stat: of });
        break;
      }
      case 'Term':
        nodes.terms.push(text(el, 't'));
        break;
      case 'Figure': {
        const chart = text(el, 'chart');
        const n = (figures.get(chart) ?? 0) + 1;
        figures.set(chart, n);
        const anchor = figureAnchor(chart, n);
        nodes.charts.push({ kind: 'figure', chart, anchor });
        props.push({ element: el, attributes: [stringAttr('anchor', anchor)] });
        break;
      }
      case 'Scrolly': {
        if (pendingSteps.length) fail(el, '<Scrolly> inside another <Scrolly>');
        const chart = text(el, 'chart');
        const anchor = scrollyAnchor(chart, scrollies.length + 1);
        nodes.charts.push({ kind: 'scrolly', chart, anchor });
        const steps = (el.children as MdastNode[]).filter((c): c is JsxElement => isJsx(c) && c.name === 'Step');
        if (steps.length === 0) fail(el, `<Scrolly chart="${chart}"> has no <Step> (steps go directly inside it)`);
        const scrolly = { element: el, chart, anchor, steps: [] as string[], stepProps: new Map<JsxElement, MdxJsxAttributeNode[]>(), stepIds: [] as string[] };
        let previous = '{}';
        for (const [index, step] of steps.entries()) {
          const id = text(step, 'id');
          const state = attr(step, 'state');
          if (state?.source === undefined) fail(step, `<Step id="${id}"> needs state={{ … }}`);
          // Parenthesised and on its own line, so any expression (even one ending in a comment) stays one value.
          const value = `(${state!.source}\n)`;
          scrolly.steps.push(`{ id: ${JSON.stringify(id)}, state: ${value} }`);
          // Each step knows the state of the one before it (`{}` on the first), in document order.
          scrolly.stepProps.set(step, [
            stringAttr('chart', chart),
            stringAttr('flatId', `${anchor}-s${scrolly.steps.length}`),
            expressionAttr('previous', previous),
            expressionAttr('last', String(index === steps.length - 1)),
          ]);
          previous = value;
          scrolly.stepIds.push(id);
        }
        scrollies.push(scrolly);
        pendingSteps = [...scrolly.stepIds];
        break;
      }
      case 'Step': {
        const id = text(el, 'id');
        if (pendingSteps[0] !== id) fail(el, '<Step> outside a <Scrolly> (steps go directly inside it)');
        pendingSteps.shift();
        if (stepIds.has(id)) fail(el, `<Step id="${id}">: the id is used twice (it is the step's address, #${id})`);
        stepIds.add(id);
        text(el, 'alt');
        break;
      }
    }
  }

  function finish(): { nodes: StoryNodes; props: StoryProps[] } {
    for (const s of scrollies) {
      // A full figure of the same chart on the page holds the data table for both.
      const figure = nodes.charts.find((c) => c.kind === 'figure' && c.chart === s.chart);
      const attributes = [stringAttr('anchor', s.anchor), expressionAttr('steps', `[${s.steps.join(', ')}]`)];
      if (figure) attributes.push(stringAttr('tableAt', figure.anchor));
      props.push({ element: s.element, attributes, steps: s.stepProps });
    }
    return { nodes, props };
  }
  return { element, finish };
}

/** The collector over a whole parsed tree (tests, or any caller holding one). */
export function collectStory(root: MdastNode, file?: string): { nodes: StoryNodes; props: StoryProps[] } {
  const collector = storyCollector(file);
  const walk = (node: MdastNode): void => {
    if (isJsx(node)) collector.element(node);
    childrenOf(node).forEach(walk);
  };
  walk(root);
  return collector.finish();
}
