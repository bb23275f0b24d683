/**
 * A DOM-free description of an SVG tree and its serialiser. Chart modules build SvgNode trees with
 * `h()`; the build, the browser scripts and the exports all turn them into markup with
 * `renderSvg()`, so the same geometry is drawn everywhere.
 */
export type AttrValue = string | number | boolean | undefined | null;
export type Attrs = Record<string, AttrValue>;

export interface SvgNode {
  tag: string;
  attrs?: Attrs;
  children?: (SvgNode | string)[];
}

/** Anything `h()` accepts as a child: nested arrays are flattened, null/undefined/false are skipped. */
export type Child = SvgNode | string | number | null | undefined | false | Child[];

function flatten(children: Child[], out: (SvgNode | string)[]): (SvgNode | string)[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c, out);
    else out.push(typeof c === 'number' ? String(c) : c);
  }
  return out;
}

/** Build a node: `h('g', { class: 'tt-axis' }, h('line', { x1: 0 }), 'text')`. */
export const h = (tag: string, attrs?: Attrs | null, ...children: Child[]): SvgNode => {
  const node: SvgNode = { tag };
  if (attrs) node.attrs = attrs;
  const kids = flatten(children, []);
  if (kids.length) node.children = kids;
  return node;
};

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]!);

/** Numbers are written with at most two decimals, which is finer than a CSS pixel needs. */
const formatCoord = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

function renderAttrs(attrs: Attrs | undefined): string {
  let out = '';
  if (!attrs) return out;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${name}=""`;
    else out += ` ${name}="${escapeAttr(typeof value === 'number' ? formatCoord(value) : value)}"`;
  }
  return out;
}

/**
 * Serialise a node to markup. Text and attribute values are escaped; attributes that are
 * undefined, null or false are left out; `true` renders as `name=""`. Childless elements self-close.
 */
export function renderSvg(node: SvgNode): string {
  const open = `<${node.tag}${renderAttrs(node.attrs)}`;
  if (!node.children || node.children.length === 0) return `${open}/>`;
  let inner = '';
  for (const child of node.children) inner += typeof child === 'string' ? escapeText(child) : renderSvg(child);
  return `${open}>${inner}</${node.tag}>`;
}

/** Attributes only the browser scripts read (tooltips, keyboard, highlighting), or that name parts of a chart for assistive technology inside an image. */
const INTERACTIVE_ATTR = /^(data-(?!chart$|year$|tie$|actor$|status$)[a-z-]+|aria-label|aria-roledescription|role)$/;

/**
 * The same drawing without what only interaction uses, for pictures that are never made
 * interactive (a scrolly's flat steps, shown without JavaScript and in print; the sticky stage's
 * first frame and a chapter figure's drawings, both redrawn by the browser script): `data-*`
 * attributes other than those that name what is drawn (data-chart, data-year, data-tie,
 * data-actor, data-status), and the names and roles of marks inside the image. The root keeps its role, title and description.
 * Up to a third of a drawing's markup (README, Quality).
 */
export function staticSvg(node: SvgNode, root = true): SvgNode {
  const attrs =
    node.attrs &&
    Object.fromEntries(Object.entries(node.attrs).filter(([k]) => (root && (k === 'role' || k.startsWith('aria-'))) || !INTERACTIVE_ATTR.test(k)));
  const children = node.children?.map((c) => (typeof c === 'string' ? c : staticSvg(c, false)));
  return { tag: node.tag, ...(attrs ? { attrs } : {}), ...(children ? { children } : {}) };
}
