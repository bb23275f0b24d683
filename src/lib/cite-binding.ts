/**
 * Keeps a citation marker on the line of the word it cites. A marker ("[2]") is an inline-block
 * (its 24 px hit box: components.css), and a browser may wrap before an inline-block whatever
 * precedes it, a no-break space included; across the 14 chapters, 95 markers at 320 px and 58 at
 * 1280 px began a line of their own ("…the town of Munda" / "[2]."). So each run of citations is
 * put in one `<span class="cite-bind">` (white-space: nowrap) with the word before it, or the
 * short element before it (a number, a short term), and with citations that follow it across a
 * space.
 *
 * Pure: works on a list of HAST children (MDX components are `mdxJsxTextElement` nodes there) and
 * returns the new list, or null when it has nothing to bind. The Sätteri plugin that applies it
 * to every MDX file is src/lib/cite-binding-plugin.ts.
 */

/** The parts of a HAST node this module reads or makes. */
export interface BindNode {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: BindNode[];
}

/** The class of the wrapper; components.css keeps it on one line. */
export const CITE_BIND_CLASS = 'cite-bind';

/** An element taken whole into a binding only up to this many characters: longer ones could overflow a phone's line. */
const MAX_BOUND_TEXT = 24;

const isCite = (n: BindNode | undefined) => n?.type === 'mdxJsxTextElement' && n.name === 'Cite';
const isBinding = (n: BindNode | undefined) =>
  n?.type === 'element' && n.tagName === 'span' && (n.properties?.className as string[] | undefined)?.includes(CITE_BIND_CLASS) === true;
const isText = (n: BindNode | undefined): n is BindNode & { value: string } => n?.type === 'text' && typeof n.value === 'string';
const isSpace = (n: BindNode | undefined) => isText(n) && /^\s+$/.test(n.value);

/** The text a node shows, if it can be known here: null for a component whose words are drawn later (a Figure). */
function textOf(n: BindNode): string | null {
  if (isText(n)) return n.value;
  // A Stat draws a number, a Cite a marker: short. Any other component is unknown here.
  if (n.type === 'mdxJsxTextElement' && n.name !== 'Term') return n.name === 'Stat' || n.name === 'Cite' ? '' : null;
  let s = '';
  for (const c of n.children ?? []) {
    const t = textOf(c);
    if (t === null) return null;
    s += t;
  }
  return s;
}

const binding = (children: BindNode[]): BindNode => ({ type: 'element', tagName: 'span', properties: { className: [CITE_BIND_CLASS] }, children });

/**
 * Moves the end of `out` that a citation should stay with into a new binding: the last word of a
 * text (with the space after it), or a short element (a Stat's number, a short term, an emphasis),
 * with the space after it if any. Returns the binding, or null if nothing can be bound.
 */
function bindTail(out: BindNode[]): BindNode | null {
  const last = out.at(-1);
  if (isText(last) && !isSpace(last)) {
    const m = /(\S+\s*)$/.exec(last.value);
    if (!m) return null;
    out.pop();
    const head = last.value.slice(0, m.index);
    if (head) out.push({ ...last, value: head });
    return binding([{ type: 'text', value: m[1]! }]);
  }
  // A space after an element, or the element itself.
  const space = isSpace(last) ? last : undefined;
  const element = out.at(space ? -2 : -1);
  if (!element || isText(element)) return null;
  const text = textOf(element);
  if (text === null || text.length > MAX_BOUND_TEXT) return null;
  out.splice(out.length - (space ? 2 : 1));
  return binding(space ? [element, space] : [element]);
}

/** The children with every run of citations bound to what it cites; null if there was none to bind. */
export function bindCitations(children: readonly BindNode[]): BindNode[] | null {
  if (!children.some(isCite)) return null;
  const out: BindNode[] = [];
  let changed = false;
  for (const child of children) {
    if (!isCite(child)) {
      out.push(child);
      continue;
    }
    // A citation after a binding (directly or across a space) joins it: "[1] [2]" stay together.
    const space = isSpace(out.at(-1)) ? out.at(-1) : undefined;
    const previous = out.at(space ? -2 : -1);
    if (isBinding(previous)) {
      if (space) out.pop();
      out.pop();
      out.push(binding([...previous!.children!, ...(space ? [space] : []), child]));
      changed = true;
      continue;
    }
    const bound = bindTail(out);
    if (bound) {
      bound.children!.push(child);
      out.push(bound);
      changed = true;
    } else out.push(child);
  }
  return changed ? out : null;
}
