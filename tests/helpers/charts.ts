// Helpers for the chart unit tests: the real validated data, walking an SvgNode tree, and the
// checks every chart must pass at every width (title/desc, labels inside the frame, sane size).
import assert from 'node:assert/strict';
import { validateAll } from '../../src/data/validate.ts';
import type { Loaded } from '../../src/data/validate.ts';
import { renderSvg } from '../../src/charts/svg.ts';
import type { SvgNode } from '../../src/charts/svg.ts';
import { textWidth } from '../../src/charts/frame.ts';
import type { SiteData } from '../../src/data/index.ts';
import type {
  Actor,
  AuditRow,
  EventRow,
  FactRow,
  PlaceRow,
  GlossaryTerm,
  MonthlyRow,
  RegionRow,
  RelationRow,
  Source,
  TollRow,
  YearlyRow,
} from '../../src/data/schemas.ts';

let cached: Loaded | undefined;
/** Validated rows of a dataset in content/ (validateAll runs once per test file). */
export function realRows<T>(name: string): T[] {
  cached ??= validateAll('content');
  const ds = cached[name];
  assert.ok(ds, `dataset ${name} is loaded`);
  return ds.rows as T[];
}

/** Every element node, depth first, with the x/y translation of its ancestors. */
export function walk(node: SvgNode, fn: (n: SvgNode, dx: number, dy: number) => void, dx = 0, dy = 0): void {
  fn(node, dx, dy);
  const t = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(String(node.attrs?.transform ?? ''));
  const ndx = dx + (t && node.tag === 'g' ? Number(t[1]) : 0);
  const ndy = dy + (t && node.tag === 'g' ? Number(t[2]) : 0);
  for (const c of node.children ?? []) if (typeof c !== 'string') walk(c, fn, ndx, ndy);
}

export function findAll(node: SvgNode, pred: (n: SvgNode) => boolean): SvgNode[] {
  const out: SvgNode[] = [];
  walk(node, (n) => {
    if (pred(n)) out.push(n);
  });
  return out;
}

export const classes = (n: SvgNode) =>
  String(n.attrs?.class ?? '')
    .split(/\s+/)
    .filter(Boolean);
export const hasClass = (n: SvgNode, c: string) => classes(n).includes(c);
export const attr = (n: SvgNode, a: string) => n.attrs?.[a];
export const num = (n: SvgNode, a: string) => Number(n.attrs?.[a]);

/** Data marks of a series (elements with data-series and data-i), gaps included. */
export function marks(svg: SvgNode, series?: string): SvgNode[] {
  return findAll(svg, (n) => n.attrs?.['data-i'] !== undefined && (series === undefined || n.attrs?.['data-series'] === series));
}
export const gaps = (svg: SvgNode, series?: string) => marks(svg, series).filter((n) => hasClass(n, 'tt-gap'));
export const bars = (svg: SvgNode, series?: string) => marks(svg, series).filter((n) => n.tag === 'rect' && hasClass(n, 'tt-bar'));
export const label = (n: SvgNode) => String(n.attrs?.['data-label'] ?? '');

/** Concatenated text content of a node. */
export function textOf(node: SvgNode): string {
  return (node.children ?? []).map((c) => (typeof c === 'string' ? c : textOf(c))).join(' ');
}

/** Extents of every visible line of text (a <text> or each of its <tspan>s): x from the estimate, y from baseline − 10 to baseline + 2. */
export function textExtents(svg: SvgNode): { text: string; x0: number; x1: number; y0: number; y1: number; cls: string }[] {
  const out: { text: string; x0: number; x1: number; y0: number; y1: number; cls: string }[] = [];
  walk(svg, (n, dx, dy) => {
    if (n.tag !== 'text') return;
    // In right-to-left text (Urdu, frame.ts rtlSvg) "start" is the right end and "end" the left.
    const raw = String(n.attrs?.['text-anchor'] ?? 'start');
    const anchor = n.attrs?.direction === 'rtl' ? (raw === 'start' ? 'end' : raw === 'end' ? 'start' : raw) : raw;
    const lines = (n.children ?? []).every((c) => typeof c === 'string')
      ? [{ x: num(n, 'x'), y: num(n, 'y'), s: textOf(n) }]
      : (n.children ?? []).filter((c): c is SvgNode => typeof c !== 'string').map((t) => ({ x: num(t, 'x'), y: num(t, 'y'), s: textOf(t) }));
    for (const { x, y, s } of lines) {
      const w = textWidth(s);
      const x0 = dx + (anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2);
      out.push({ text: s, x0, x1: x0 + w, y0: dy + y - 10, y1: dy + y + 2, cls: String(n.attrs?.class ?? '') });
    }
  });
  return out;
}

/** Pairs of text lines that overlap each other (estimated boxes shrunk by 1px to allow touching). */
export function overlappingLabels(svg: SvgNode): string[] {
  const t = textExtents(svg).filter((e) => e.text.trim() && !e.cls.includes('tt-annotation-number'));
  const out: string[] = [];
  for (let i = 0; i < t.length; i++)
    for (let j = i + 1; j < t.length; j++) {
      const a = t[i]!;
      const b = t[j]!;
      if (a.x0 + 1 < b.x1 && b.x0 + 1 < a.x1 && a.y0 + 1 < b.y1 && b.y0 + 1 < a.y1) out.push(`"${a.text}" / "${b.text}"`);
    }
  return out;
}

/** Checks every chart must pass at a width. */
export function assertSane(result: { svg: SvgNode; width: number; height: number }, width: number): string {
  const { svg } = result;
  assert.equal(result.width, width);
  assert.ok(result.height > 100 && result.height < 3000, `height ${result.height} is sane`);
  assert.equal(svg.tag, 'svg');
  assert.equal(attr(svg, 'viewBox'), `0 0 ${width} ${result.height}`);
  assert.equal(attr(svg, 'role'), 'img');
  const [titleId, descId] = String(attr(svg, 'aria-labelledby')).split(' ');
  const title = findAll(svg, (n) => n.tag === 'title')[0];
  const desc = findAll(svg, (n) => n.tag === 'desc')[0];
  assert.ok(title && desc, 'has <title> and <desc>');
  assert.equal(attr(title, 'id'), titleId);
  assert.equal(attr(desc, 'id'), descId);
  assert.ok(textOf(desc).length > 30, 'desc is a real sentence');
  for (const t of textExtents(svg)) {
    assert.ok(t.x0 >= -0.5 && t.x1 <= width + 0.5, `label "${t.text}" spans ${t.x0.toFixed(1)}..${t.x1.toFixed(1)}, outside 0..${width}`);
  }
  const clash = overlappingLabels(svg);
  assert.deepEqual(clash, [], `labels overlap at width ${width}`);
  for (const n of findAll(svg, (q) => Boolean(q.attrs?.fill) || Boolean(q.attrs?.stroke))) {
    assert.ok(!/^#|rgb|hsl/.test(String(n.attrs?.fill ?? '')) && !/^#|rgb|hsl/.test(String(n.attrs?.stroke ?? '')), 'no hard-coded colours');
  }
  for (const m of marks(svg)) {
    for (const a of ['data-series', 'data-label', 'data-x', 'data-y']) assert.ok(m.attrs?.[a] !== undefined && m.attrs?.[a] !== '', `mark has ${a}`);
    assert.ok(num(m, 'data-x') >= 0 && num(m, 'data-x') <= width, 'anchor x inside the chart');
    assert.ok(num(m, 'data-y') >= 0 && num(m, 'data-y') <= result.height, 'anchor y inside the chart');
  }
  for (const g of findAll(svg, (n) => hasClass(n, 'tt-series'))) {
    const n = marks(g).length;
    // English "…, 12 points"; Urdu "…، 12 نکات" (src/i18n/charts.ts frameText).
    assert.match(String(attr(g, 'aria-label')), new RegExp(`(, ${n} points?|، ${n} نکات)$`), 'series group names its point count');
  }
  const text = renderSvg(svg);
  assert.match(text, /<title id="[^"]+">[^<]+<\/title>/);
  assert.match(text, /<desc id="[^"]+">[^<]+<\/desc>/);
  return text;
}

/** Assert an annotation list matches real event rows: the id exists and its date starts with `at`. */
export function assertAnnotationsMatchEvents(list: readonly { id: string; at: string; eventId: string }[]) {
  const events = realRows<{ id: string; date: string }>('events');
  for (const a of list) {
    const ev = events.find((e) => e.id === a.eventId);
    assert.ok(ev, `annotation ${a.id}: event ${a.eventId} exists in events.csv`);
    assert.ok(ev.date.startsWith(a.at), `annotation ${a.id} at ${a.at} matches the event date ${ev.date}`);
  }
}

/** The site's data as the build shapes it (src/data/index.ts), from the real validated rows. */
export function realSiteData(): SiteData {
  const sources = realRows<Source>('sources');
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    picssYearly: realRows<YearlyRow>('picss-yearly'),
    pipsYearly: realRows<YearlyRow>('pips-yearly'),
    picssMonthly: realRows<MonthlyRow>('picss-monthly'),
    regions2023: realRows<RegionRow>('picss-regions-2023'),
    regions2024: realRows<RegionRow>('picss-regions-2024'),
    toll: realRows<TollRow>('bajaur-toll'),
    facts: realRows<FactRow>('bajaur-facts'),
    events: [...realRows<EventRow>('events')].sort((a, b) => a.date.localeCompare(b.date)),
    places: realRows<PlaceRow>('places'),
    relations: realRows<RelationRow>('relations'),
    actors: realRows<Actor>('actors'),
    glossary: realRows<GlossaryTerm>('glossary'),
    citationAudit: realRows<AuditRow>('citation-audit'),
  };
}
