/**
 * Shared pieces of every chart: the <svg> root with its title/desc, sizes and margins, number and
 * date formatting, approximate text measuring and wrapping, value and category axes, gap
 * placeholders, highlight classes, series groups with their interaction hooks, annotations and
 * footnotes. Chart modules compose these; none of them re-implements one.
 *
 * Everything is in SVG user units, drawn 1:1 as CSS pixels: a 12px label is 12px on a phone.
 */
import { scaleLinear } from './scale.ts';
import type { LinearScale } from './scale.ts';
import { symbolPath } from './path.ts';
import type { SymbolKind } from './path.ts';
import { highest, lowest, valued } from './points.ts';
import { h } from './svg.ts';
import type { Child, SvgNode } from './svg.ts';
import { formatPartialDate } from '../data/dates.ts';
import { formatNumber } from '../data/numbers.ts';
import { formatDateUr, formatMonthShortUr, frameText, listWordsUr, type Lang } from '../i18n/charts.ts';
import { formatNumber as formatIn } from '../i18n/format.ts';

/* ------------------------------------------------------------------ sizes */

/** Label size and line height in px. 12px is the floor for legibility at 320px width. */
export const FONT = 12;
export const LINE = 15;
/** Below this width a chart switches to its phone layout (fewer ticks, notes under the plot). */
export const NARROW = 520;

export const isNarrow = (width: number) => width < NARROW;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Default margins: small on phones, a little more room on wide screens. */
export function margins(width: number, overrides: Partial<Margins> = {}): Margins {
  const narrow = isNarrow(width);
  return { top: 10, right: narrow ? 8 : 16, bottom: 26, left: narrow ? 8 : 12, ...overrides };
}

/**
 * Height of the plot area for a width: relatively taller on phones (where a wide, flat plot
 * would squash the bars), flatter on desktops, within [min, max].
 */
export function plotHeightFor(width: number, o: { narrowRatio?: number; wideRatio?: number; min?: number; max?: number } = {}): number {
  const { narrowRatio = 0.85, wideRatio = 0.42, min = 200, max = 420 } = o;
  const ratio = isNarrow(width) ? narrowRatio : wideRatio;
  return Math.round(Math.max(min, Math.min(max, width * ratio)));
}

/**
 * What every draw() is given (the contract, src/charts/registry.ts): the width in px; `height`, a
 * box to fit into (a scrolly's sticky stage); the state, in a scrolly step with the step before's
 * as `previous`; the prefix of the drawing's ids; the language of its words.
 */
export interface DrawOpts<S> {
  width: number;
  height?: number;
  state?: S & { previous?: S | null };
  idPrefix?: string;
  lang?: Lang;
}

/** The data of a chart of one dataset's rows (the registry's `fromRows`). */
export interface RowsData<R> {
  rows: R[];
}

/** The state of a time series with annotations: a highlighted range of keys and how many annotations show. */
export interface TimeSeriesState {
  highlight?: [string, string];
  annotations?: number;
}

/** What every draw() returns: the drawing and its size in px. */
export interface Drawn {
  svg: SvgNode;
  width: number;
  height: number;
}

/**
 * What every draw() starts from: the whole-pixel width, the state (empty by default), the id
 * prefix (the chart's name by default), the phone layout flag and the margins.
 */
export function frameOf<S>(
  opts: { width: number; state?: S; idPrefix?: string; lang?: Lang },
  name: string,
): { width: number; state: Partial<S>; idPrefix: string; narrow: boolean; m: Margins; lang: Lang; f: Formats } {
  const width = Math.round(opts.width);
  const state: Partial<S> = opts.state ?? {};
  const lang = opts.lang ?? 'en';
  return { width, state, idPrefix: opts.idPrefix ?? name, narrow: isNarrow(width), m: margins(width), lang, f: formats(lang) };
}

/* ------------------------------------------------------------- formatting */

/** 1066 → "1,066": the site's one number format (src/data/numbers.ts). */
export { formatNumber };

/** "1 attack", "2 attacks": `plural(n, 'attack')` or with an irregular plural. */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-01" → "Jan 2023". */
export function formatMonthShort(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS_SHORT[Number(m) - 1] ?? m} ${y}`;
}

/** "2023-01" → "January 2023"; any partial date in the house style ("30 July 2023"). */
export const formatDate = (value: string) => formatPartialDate(value);

/** Join "a", "b" and "c" in prose. */
export function listWords(items: string[], lang: Lang = 'en'): string {
  if (lang === 'ur') return listWordsUr(items);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The formats of a language: numbers, dates, short months, lists (English: the functions above). */
export interface Formats {
  lang: Lang;
  number: (n: number) => string;
  date: (value: string) => string;
  monthShort: (month: string) => string;
  list: (items: string[]) => string;
}
const FORMATS: Record<Lang, Formats> = {
  en: { lang: 'en', number: formatNumber, date: formatDate, monthShort: formatMonthShort, list: (items) => listWords(items) },
  ur: { lang: 'ur', number: (n) => formatIn(n, 'ur'), date: formatDateUr, monthShort: formatMonthShortUr, list: listWordsUr },
};
export const formats = (lang: Lang = 'en'): Formats => FORMATS[lang];

/* -------------------------------------------------------- text measuring */

const NARROW_CHARS = new Set("iljI.,:;'|!()[]{}` ");
const SEMI_NARROW = new Set('frt1-/');
const WIDE_CHARS = new Set('mwMW@%—');

/** Letters of the Arabic script (Urdu's), in the blocks Urdu text uses. */
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Marks drawn over or under a letter (zer, zabar, pesh, tashdid…) and joiners: no width of their own. */
const ZERO_WIDTH = /[\u064B-\u065F\u0670\u06D6-\u06ED]|\u200C|\u200D|\u200E|\u200F/u;

/** Whether a text is set in the Arabic script (Urdu), which the charts draw in Naskh. */
export const isArabicScript = (text: string) => ARABIC_LETTER.test(text);

/**
 * Approximate rendered width of a string in the chart font. Generous on purpose: Inter is
 * narrower than this, and exports rendered where Inter is missing fall back to wider fonts
 * (DejaVu Sans), which this estimate still covers, so wrapped and clamped labels stay inside.
 * Urdu letters are counted on Naskh's terms (the Urdu charts' face): measured in Chromium with
 * Noto Naskh Arabic at 12 px they take 0.35–0.53 em, 0.41 on average, so 0.45 em a letter (the
 * median Urdu chart text is drawn at 0.93 of this; a two-letter word can be a fifth wider). The
 * Latin 0.6 made Urdu labels look a third wider than they are, which left map labels out for want
 * of room that was there (docs/AUTHORING.md, Type).
 */
export function textWidth(text: string, size = FONT, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    if (ARABIC_LETTER.test(ch)) em += 0.45;
    else if (NARROW_CHARS.has(ch)) em += 0.32;
    else if (SEMI_NARROW.has(ch)) em += 0.42;
    else if (WIDE_CHARS.has(ch)) em += 0.92;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else em += 0.6;
  }
  return em * size * (bold ? 1.06 : 1);
}

/**
 * How far one line of text reaches above and below its baseline, in px. Naskh's letters and
 * their dots reach further both ways than Latin ones (its line box is 1.75 em): a label box made
 * on Latin terms let an Urdu label touch the dot or the label above or below it.
 */
export function textReach(text: string, size = FONT): { above: number; below: number } {
  return isArabicScript(text) ? { above: size * 1.05, below: size * 0.7 } : { above: (size * 11) / 12, below: size / 4 };
}

/** Greedy word wrap to a maximum width; a single word longer than the width gets its own line. */
export function wrapText(text: string, maxWidth: number, size = FONT): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Horizontal extent [left, right] of a text drawn at x with the given anchor. */
export function textExtent(x: number, w: number, anchor: Anchor): [number, number] {
  if (anchor === 'start') return [x, x + w];
  if (anchor === 'end') return [x - w, x];
  return [x - w / 2, x + w / 2];
}

/** Shift an anchor x so that a label of width w stays within [pad, width - pad]. */
export function clampX(x: number, w: number, anchor: Anchor, width: number, pad = 2): number {
  const [l, r] = textExtent(x, w, anchor);
  if (l < pad) return x + (pad - l);
  if (r > width - pad) return x - (r - (width - pad));
  return x;
}

/** A multi-line <text>: one <tspan> per line, the first baseline at y. */
export function textLines(lines: string[], x: number, y: number, attrs: Record<string, string | number | undefined> = {}, lineHeight = LINE): SvgNode {
  if (lines.length === 1) return h('text', { x, y, ...attrs }, lines[0]!);
  return h(
    'text',
    { x, y, ...attrs },
    lines.map((line, i) => h('tspan', { x, y: y + i * lineHeight }, line)),
  );
}

/* ---------------------------------------------------------------- scales */

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  /** Width of the widest tick label. */
  labelWidth: number;
  scale: (range: [number, number]) => LinearScale;
}

/**
 * A zero-based value axis: a nice domain and about one tick per 55px of plot height (at least 3).
 * `scale([bottom, top])` gives the d3 scale once the final pixel range is known.
 */
export function valueAxis(max: number, plotHeight: number, format: (n: number) => string = formatNumber): ValueAxis {
  const count = Math.max(3, Math.min(8, Math.floor(plotHeight / 55)));
  const base = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(count);
  const domain = base.domain() as [number, number];
  const ticks = base.ticks(count).filter((t) => Number.isInteger(t));
  const labelWidth = Math.max(...ticks.map((t) => textWidth(format(t))));
  return { domain, ticks, labelWidth, scale: (range) => scaleLinear().domain(domain).range(range) };
}

/** "domain0 domain1 pixel0 pixel1" of a value axis: what src/scripts/motion.ts needs to slide ticks between scales. */
const scaleAttr = (axis: ValueAxis, y: (v: number) => number) => [axis.domain[0], axis.domain[1], round(y(axis.domain[0])), round(y(axis.domain[1]))].join(' ');

/** The plot's left and right edges: the value axis's labels and a gap left of it, the margin right. */
export function plotSpan(width: number, m: Margins, axis: ValueAxis): { left: number; right: number } {
  return { left: m.left + axis.labelWidth + 8, right: width - m.right };
}

/**
 * Grid lines across the plot and tick labels left of it (anchor end at x0 - 6). The caller sets
 * the left margin to at least `labelWidth + 8`.
 */
export function valueAxisNodes(axis: ValueAxis, y: (v: number) => number, x0: number, x1: number, format: (n: number) => string = formatNumber): SvgNode[] {
  return [
    h(
      'g',
      { class: 'tt-grid', 'aria-hidden': 'true', 'data-key': 'y-grid', 'data-scale': scaleAttr(axis, y) },
      axis.ticks.map((t) => h('line', { x1: x0, x2: x1, y1: y(t), y2: y(t), 'data-key': `grid-${t}`, 'data-value': t })),
    ),
    h(
      'g',
      { class: 'tt-axis tt-axis-y', 'aria-hidden': 'true', 'data-key': 'y-axis', 'data-scale': scaleAttr(axis, y) },
      axis.ticks.map((t) => h('text', { x: x0 - 6, y: y(t) + 4, 'text-anchor': 'end', 'data-key': `tick-${t}`, 'data-value': t }, format(t))),
    ),
  ];
}

/**
 * Axis title drawn above the plot's top-left corner (no rotated text: it is hard to read on
 * phones), first baseline at y, wrapped to the width. `extra` is the height the lines after the
 * first add, for the caller to push the plot down by.
 */
export function axisTitle(text: string, x: number, y: number, width: number): { node: SvgNode; extra: number } {
  const lines = wrapText(text, width - x - 4);
  return { node: textLines(lines, x, y, { class: 'tt-axis-title' }), extra: (lines.length - 1) * LINE };
}

/**
 * Show every k-th category label so that labels of the given widths fit `step` px apart with a
 * gap. Returns k (1 = all labels).
 */
export function labelEvery(step: number, labelWidth: number, gap = 8): number {
  if (step <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + gap) / step));
}

/**
 * Category axis under a band/point scale: a baseline and labels centred on the given x
 * positions, thinned to every k-th (k from `labelEvery`), always keeping the last one when
 * `keepLast` (the latest period is usually the story). Labels are kept inside [0, width].
 */
export function categoryAxisNodes(
  items: { x: number; label: string }[],
  o: { y: number; x0: number; x1: number; width: number; step: number; keepLast?: boolean; tickLength?: number },
): SvgNode {
  const widest = Math.max(0, ...items.map((d) => textWidth(d.label)));
  const k = labelEvery(o.step, widest);
  const shown = items.filter((_, i) => i % k === 0);
  const last = items.at(-1);
  if (o.keepLast && last && !shown.includes(last)) {
    // Drop the previous shown label if it would collide with the last one.
    const prev = shown.at(-1);
    if (prev && last.x - prev.x < widest + 8) shown.pop();
    shown.push(last);
  }
  // Drop any label that would touch the one before it (working backwards keeps the last).
  const placed: { d: { x: number; label: string }; x: number; w: number }[] = [];
  for (const d of [...shown].reverse()) {
    const w = textWidth(d.label);
    const x = clampX(d.x, w, 'middle', o.width);
    const next = placed.at(-1);
    if (next && x + w / 2 + 6 > next.x - next.w / 2) continue;
    placed.push({ d, x, w });
  }
  placed.reverse();
  return h(
    'g',
    { class: 'tt-axis tt-axis-x', 'aria-hidden': 'true' },
    h('line', { x1: o.x0, x2: o.x1, y1: o.y, y2: o.y, 'data-key': 'x-axis' }),
    placed.map(({ d }) => h('line', { x1: d.x, x2: d.x, y1: o.y, y2: o.y + (o.tickLength ?? 4), 'data-key': `x-tick-${d.label}` })),
    placed.map(({ d, x }) => h('text', { x, y: o.y + 17, 'text-anchor': 'middle', 'data-key': `x-label-${d.label}` }, d.label)),
  );
}

/* ------------------------------------------------------------------ root */

export interface RootOptions {
  /** Chart name, also used as a class (`tt-chart-<name>`). */
  name: string;
  width: number;
  height: number;
  /** Prefix of element ids (title, desc, pattern): must be unique on the page. */
  idPrefix: string;
  title: string;
  desc: string;
  /** The language of the chart's text (default English). Urdu text is drawn right to left (`rtlSvg`). */
  lang?: Lang;
}

/** `<svg viewBox … role="img" aria-labelledby="…">` with <title>, <desc> and a <defs> holding the gap hatching. */
export function chartRoot(o: RootOptions, ...children: Child[]): SvgNode {
  const titleId = `${o.idPrefix}-title`;
  const descId = `${o.idPrefix}-desc`;
  if (o.lang && o.lang !== 'en') {
    const root = chartRoot({ ...o, lang: undefined }, ...children);
    return rtlSvg({ ...root, attrs: { ...root.attrs, 'data-lang': o.lang } }, o.width);
  }
  return h(
    'svg',
    {
      viewBox: `0 0 ${o.width} ${o.height}`,
      width: o.width,
      height: o.height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: `tt-chart tt-chart-${o.name}`,
      'data-chart': o.name,
    },
    h('title', { id: titleId }, o.title),
    h('desc', { id: descId }, o.desc),
    h('defs', null, hatchPattern(hatchId(o.idPrefix))),
    ...children,
  );
}

/**
 * Urdu text in a chart drawn for English geometry: every <text> gets `direction="rtl"` and its
 * anchor swapped (start ↔ end; in right-to-left text "end" is the left edge), so each label keeps
 * the box the English layout gave it and the marks do not move. Text that begins a line of prose
 * (the notes under a chart, `tt-footnote`) is mirrored to the right edge instead, so its lines
 * are flush right as Urdu is read. Time and value axes are not mirrored (docs/AUTHORING.md).
 */
export function rtlSvg(node: SvgNode, width: number): SvgNode {
  const visit = (n: SvgNode, inFootnote: boolean): SvgNode => {
    const classes = String(n.attrs?.class ?? '').split(/\s+/);
    const footnote = inFootnote || classes.includes('tt-footnote');
    let attrs = n.attrs;
    if (n.tag === 'text' && attrs) {
      const anchor = String(attrs['text-anchor'] ?? 'start');
      if (footnote) attrs = { ...attrs, x: round(width - Number(attrs.x)), direction: 'rtl' };
      else attrs = { ...attrs, 'text-anchor': anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor, direction: 'rtl' };
    } else if (n.tag === 'tspan' && attrs && footnote && attrs.x !== undefined) attrs = { ...attrs, x: round(width - Number(attrs.x)) };
    const children = n.children?.map((c) => (typeof c === 'string' ? c : visit(c, footnote && n.tag !== 'g' ? true : footnote)));
    return { ...n, attrs, children };
  };
  return visit(node, false);
}

/* ------------------------------------------------------------------ gaps */

export const hatchId = (idPrefix: string) => `${idPrefix}-hatch`;

/** Diagonal hatching; its lines are styled by class (`tt-gap-hatch`), not by colour attributes. */
export function hatchPattern(id: string): SvgNode {
  return h(
    'pattern',
    { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
    h('line', { class: 'tt-gap-hatch', x1: 0, y1: 0, x2: 0, y2: 6 }),
  );
}

/**
 * A hatched "no data" placeholder. It carries the interaction hooks like a data mark (so the
 * gap is announced to keyboard and screen-reader users) plus `data-gap="true"`.
 */
export function gapRect(o: {
  x: number;
  y: number;
  width: number;
  height: number;
  idPrefix: string;
  series: string;
  i: number;
  label: string;
  extraClass?: string;
  /** Motion key (src/scripts/motion.ts), when the gap stands for a period that persists between states. */
  key?: string;
}): SvgNode {
  return h('rect', {
    class: `tt-gap${o.extraClass ? ` ${o.extraClass}` : ''}`,
    'data-key': o.key,
    x: o.x,
    y: o.y,
    width: Math.max(1, o.width),
    height: Math.max(1, o.height),
    fill: `url(#${hatchId(o.idPrefix)})`,
    ...markAttrs(o.series, o.i, o.label, o.x + o.width / 2, o.y + o.height / 2),
    'data-gap': 'true',
  });
}

/* ------------------------------------------------------ marks and series */

/** The attributes the browser script reads for tooltips and keyboard navigation. */
export function markAttrs(series: string, i: number, label: string, x: number, y: number): Record<string, string | number> {
  return { 'data-series': series, 'data-i': i, 'data-label': label, 'data-x': round(x), 'data-y': round(y) };
}

/** `<g class="tt-series" data-series=… aria-label="<name>, <n> points">` around a series' marks. */
export function seriesGroup(id: string, name: string, count: number, children: Child[], extraClass = '', lang: Lang = 'en'): SvgNode {
  // role="group": aria-label is not allowed on a <g> without a role (axe, Lighthouse).
  return h(
    'g',
    {
      class: `tt-series${extraClass ? ` ${extraClass}` : ''}`,
      role: 'group',
      'data-series': id,
      'aria-label':
        lang === 'en' ? `${name}, ${count} ${count === 1 ? 'point' : 'points'}` : `${name}، ${formatIn(count, lang)} ${frameText[lang].points(count)}`,
    },
    ...children,
  );
}

/**
 * Highlight class for a key under a `[from, to]` highlight (inclusive; keys compare as strings
 * of equal form, e.g. years or YYYY-MM): `tt-highlight` inside, `tt-dim` outside, '' when no
 * highlight is set.
 */
export function highlightClass(key: string | number, range: readonly [string, string] | undefined): string {
  if (!range) return '';
  const k = String(key);
  const [a, b] = range[0] <= range[1] ? range : [range[1], range[0]];
  return k >= a && k <= b ? 'tt-highlight' : 'tt-dim';
}

/** Join class names, skipping empty ones. */
export const cls = (...names: (string | false | undefined | null)[]) => names.filter(Boolean).join(' ');

export const round = (n: number) => Math.round(n * 10) / 10;

/* ----------------------------------------------------------- annotations */

/** An annotation of a chart: a point in time, a short label in our words, and the event row that documents it. */
export interface Annotation {
  id: string;
  /** Year ("2021"), month ("2021-08") or date ("2023-07-30"). */
  at: string;
  label: string;
  /** An id from content/data/events.csv. */
  eventId: string;
}

export interface AnnotationLayout {
  /** Height reserved above the plot for labels (wide) or numbered markers (narrow). */
  bandHeight: number;
  /** Height of the numbered list under the plot (narrow layout only, else 0). */
  listHeight: number;
  render(o: { bandTop: number; plotBottom: number; listTop: number }): SvgNode[];
}

/** An axis-aligned box on the canvas (a label's, a mark's). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
/** Whether two boxes share any area (touching edges do not). */
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Lay out annotations at x positions. Wide: labels wrapped to `maxLabelWidth` beside a dashed
 * rule, stacked so that no label overlaps another label or another annotation's rule. Narrow:
 * numbered markers above the plot and the labels as a numbered list under it.
 */
export function layoutAnnotations(
  items: { ann: Annotation; x: number; text: string }[],
  o: { width: number; narrow: boolean; maxLabelWidth: number; pad?: number },
): AnnotationLayout {
  const pad = o.pad ?? 4;
  if (items.length === 0) return { bandHeight: 0, listHeight: 0, render: () => [] };

  if (o.narrow) {
    const R = 8;
    const placed: { x: number; row: number }[] = [];
    for (const it of items) {
      let row = 0;
      while (placed.some((p) => p.row === row && Math.abs(p.x - it.x) < 2 * R + 2)) row++;
      placed.push({ x: it.x, row });
    }
    const rows = Math.max(...placed.map((p) => p.row)) + 1;
    const bandHeight = rows * (2 * R + 2) + 4;
    const textX = pad + 2 * R + 6;
    const lists = items.map((it) => wrapText(it.text, o.width - textX - pad));
    const listHeight = lists.reduce((s, l) => s + l.length * LINE + 4, 0) + 4;
    return {
      bandHeight,
      listHeight,
      render: ({ bandTop, plotBottom, listTop }) => {
        let y = listTop + 4;
        return items.map((it, i) => {
          const p = placed[i]!;
          const cx = Math.min(o.width - R - 1, Math.max(R + 1, it.x));
          const cy = bandTop + R + 1 + p.row * (2 * R + 2);
          const lines = lists[i]!;
          const itemY = y;
          y += lines.length * LINE + 4;
          return h(
            'g',
            { class: 'tt-annotation', 'data-key': `ann-${it.ann.id}`, 'data-annotation': it.ann.id, 'data-event': it.ann.eventId, 'data-at': it.ann.at },
            h('line', { class: 'tt-annotation-line', x1: it.x, x2: it.x, y1: cy + R, y2: plotBottom, 'data-key': `ann-${it.ann.id}-rule` }),
            h('circle', { class: 'tt-annotation-marker', cx, cy, r: R, 'data-key': `ann-${it.ann.id}-dot` }),
            h(
              'text',
              { class: 'tt-annotation-number', x: cx, y: cy + 4, 'text-anchor': 'middle', 'aria-hidden': 'true', 'data-key': `ann-${it.ann.id}-n` },
              String(i + 1),
            ),
            h('circle', { class: 'tt-annotation-marker', cx: pad + R, cy: itemY + R - 2, r: R, 'data-key': `ann-${it.ann.id}-item-dot` }),
            h(
              'text',
              {
                class: 'tt-annotation-number',
                x: pad + R,
                y: itemY + R + 2,
                'text-anchor': 'middle',
                'aria-hidden': 'true',
                'data-key': `ann-${it.ann.id}-item-n`,
              },
              String(i + 1),
            ),
            textLines(lines, textX, itemY + 10, { class: 'tt-annotation-label', 'data-key': `ann-${it.ann.id}-item-text` }),
          );
        });
      },
    };
  }

  // Wide: place labels one by one at the lowest free position.
  const labelBoxes: Box[] = [];
  const strips: Box[] = [];
  const placed: { lines: string[]; tx: number; anchor: Anchor; y: number }[] = [];
  const BIG = 1e6;
  for (const it of items) {
    const lines = wrapText(it.text, o.maxLabelWidth);
    const w = Math.max(...lines.map((l) => textWidth(l)));
    const hgt = lines.length * LINE;
    // Lowest free y for a label spanning [x0, x1], or null when it would cover an earlier rule.
    const tryAt = (x0: number, x1: number): number | null => {
      if (x0 < pad || x1 > o.width - pad) return null;
      if (strips.some((s) => s.x0 < x1 + 3 && x0 - 3 < s.x1)) return null;
      let y = 0;
      for (let guard = 0; guard < 200; guard++) {
        const box = { x0: x0 - 3, x1: x1 + 3, y0: y, y1: y + hgt };
        const strip = { x0: it.x - 1, x1: it.x + 1, y0: y, y1: BIG };
        const hit = labelBoxes.filter((b) => overlaps(b, box) || overlaps(b, strip));
        if (!hit.length) return y;
        y = Math.max(...hit.map((b) => b.y1 + 3));
      }
      return y;
    };
    const candidates: { anchor: Anchor; tx: number }[] = [
      { anchor: 'start', tx: it.x + 5 },
      { anchor: 'end', tx: it.x - 5 },
    ];
    let chosen: { anchor: Anchor; tx: number; y: number } | null = null;
    for (const c of candidates) {
      const [x0, x1] = textExtent(c.tx, w, c.anchor);
      const y = tryAt(x0, x1);
      if (y !== null) {
        chosen = { ...c, y };
        break;
      }
    }
    if (!chosen) {
      // No side is free of earlier rules: put the label under everything placed so far.
      const anchor: Anchor = it.x + 5 + w <= o.width - pad ? 'start' : 'end';
      const tx = anchor === 'start' ? it.x + 5 : Math.max(it.x - 5, pad + w);
      chosen = { anchor, tx, y: Math.max(0, ...labelBoxes.map((b) => b.y1 + 3)) };
    }
    const [x0, x1] = textExtent(chosen.tx, w, chosen.anchor);
    labelBoxes.push({ x0, x1, y0: chosen.y, y1: chosen.y + hgt });
    strips.push({ x0: it.x - 1, x1: it.x + 1, y0: chosen.y, y1: BIG });
    placed.push({ lines, tx: chosen.tx, anchor: chosen.anchor, y: chosen.y });
  }
  const bandHeight = Math.max(...labelBoxes.map((b) => b.y1)) + 6;
  return {
    bandHeight,
    listHeight: 0,
    render: ({ bandTop, plotBottom }) =>
      items.map((it, i) => {
        const p = placed[i]!;
        return h(
          'g',
          { class: 'tt-annotation', 'data-key': `ann-${it.ann.id}`, 'data-annotation': it.ann.id, 'data-event': it.ann.eventId, 'data-at': it.ann.at },
          h('line', { class: 'tt-annotation-line', x1: it.x, x2: it.x, y1: bandTop + p.y, y2: plotBottom, 'data-key': `ann-${it.ann.id}-rule` }),
          textLines(p.lines, p.tx, bandTop + p.y + 11, { class: 'tt-annotation-label tt-halo', 'text-anchor': p.anchor, 'data-key': `ann-${it.ann.id}-text` }),
        );
      }),
  };
}

/** How many annotations a state asks for: all by default, clamped to [0, total]. */
export function annotationCount(requested: number | undefined, total: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return total;
  return Math.max(0, Math.min(total, Math.floor(requested)));
}

/* ------------------------------------------------------------- footnotes */

export interface Footnotes {
  height: number;
  render(top: number): SvgNode | null;
}

/** Notes under a chart, each wrapped to the width. */
export function footnotes(notes: string[], width: number, pad = 4): Footnotes {
  const wrapped = notes.map((n) => wrapText(n, width - 2 * pad));
  const height = wrapped.reduce((s, l) => s + l.length * LINE, 0) + (notes.length ? 6 : 0);
  return {
    height,
    render: (top) => {
      if (!notes.length) return null;
      let y = top + 12;
      return h(
        'g',
        { class: 'tt-footnotes' },
        wrapped.map((lines) => {
          const node = textLines(lines, pad, y, { class: 'tt-footnote' });
          y += lines.length * LINE;
          return node;
        }),
      );
    },
  };
}

/* --------------------------------------------------------------- legend */

/**
 * A legend that flows into rows: each entry a small swatch node (drawn by the caller at 0,0 in a
 * 12×12 box) and a label. Returns the rendered group and its height.
 */
export function legend(
  entries: { swatch: SvgNode; label: string; key: string }[],
  o: { x: number; y: number; width: number },
): { node: SvgNode; height: number } {
  const rowH = LINE + 4;
  const maxText = o.width - o.x - 16 - 4;
  let cx = o.x;
  let y = o.y;
  let rowLines = 1;
  const items: SvgNode[] = [];
  for (const e of entries) {
    const lines = textWidth(e.label) > maxText ? wrapText(e.label, maxText) : [e.label];
    const w = 16 + Math.max(...lines.map((l) => textWidth(l))) + 14;
    if (cx > o.x && (cx + w > o.width - 2 || lines.length > 1)) {
      y += rowLines * rowH;
      rowLines = 1;
      cx = o.x;
    }
    items.push(
      h(
        'g',
        { class: 'tt-legend-item', 'data-key': `legend-${e.key}`, transform: `translate(${round(cx)},${round(y)})` },
        e.swatch,
        textLines(lines, 16, 10, { class: 'tt-label' }),
      ),
    );
    rowLines = Math.max(rowLines, lines.length);
    cx += w;
  }
  return { node: h('g', { class: 'tt-legend', 'aria-hidden': 'true' }, items), height: entries.length ? y - o.y + rowLines * rowH : 0 };
}

/* ------------------------------------------------------------------ bars */

export interface BarPoint {
  /** Period key: "2019", "2023-07", a region id… (also what `highlight` ranges compare). */
  key: string;
  value: number | null;
  /** Full tooltip text (`data-label`), e.g. "2019: 159 militant attacks (PICSS)". */
  label: string;
  /** Extra classes for this bar. */
  className?: string;
}

/** Where a bar stands: its band's left edge by key, the bands' width, and the y of a value. */
export interface BarPlacement {
  x: (key: string) => number;
  bandwidth: number;
  y: (v: number) => number;
}

/**
 * Vertical bars with hatched "no data" placeholders for nulls (never a zero-height bar), inside
 * a `tt-series` group. Gap columns span the plot height under a "no data" label so the reader
 * cannot mistake them for a value.
 */
export function barMarks(
  points: BarPoint[],
  o: BarPlacement & {
    plotTop: number;
    baseline: number;
    series: string;
    seriesName: string;
    seriesClass: string;
    idPrefix: string;
    highlight?: readonly [string, string];
    lang?: Lang;
  },
): SvgNode {
  const marks = points.map((p, i) => {
    const x = o.x(p.key);
    const hl = highlightClass(p.key, o.highlight);
    if (p.value === null) {
      // A placeholder of fixed, modest height: tall enough to see, never read as a value.
      const top = o.baseline - Math.max(24, (o.baseline - o.plotTop) * 0.3);
      return h(
        'g',
        { class: cls('tt-gap-column', hl === 'tt-dim' && 'tt-dim') },
        gapRect({ x, y: top, width: o.bandwidth, height: o.baseline - top, idPrefix: o.idPrefix, series: o.series, i, label: p.label }),
        gapLabelNode(x + o.bandwidth / 2, top - 6, o.bandwidth, o.lang),
      );
    }
    const y = o.y(p.value);
    return h('rect', {
      class: cls('tt-mark', 'tt-bar', o.seriesClass, hl, p.className),
      x,
      y,
      width: o.bandwidth,
      height: Math.max(0, o.baseline - y),
      ...markAttrs(o.series, i, p.label, x + o.bandwidth / 2, y),
    });
  });
  return seriesGroup(o.series, o.seriesName, points.length, marks, '', o.lang);
}

/**
 * "no data" over a gap column, or nothing when the column is much narrower than the words (the
 * chart's gap footnote, `gapNote`, then says which periods are missing).
 */
export function gapLabelNode(cx: number, y: number, columnWidth: number, lang: Lang = 'en'): SvgNode | null {
  const words = frameText[lang].noData;
  if (textWidth(words) > columnWidth + 14) return null;
  return h('text', { class: 'tt-gap-label', x: cx, y, 'text-anchor': 'middle', 'aria-hidden': 'true' }, words);
}

/** Footnote naming the periods drawn as hatched placeholders. */
export function gapNote(names: string[], what?: string, lang: Lang = 'en'): string | null {
  return names.length ? frameText[lang].gapNote(what ?? frameText[lang].columns, listWords(names, lang)) : null;
}

/**
 * Value labels above bars. All of them when they fit the band; otherwise only the ones whose
 * keys are in `keep` (e.g. the maximum and the latest value), so phones still see the story.
 */
export function barValueLabels(
  points: BarPoint[],
  o: BarPlacement & {
    width: number;
    keep: string[];
    highlight?: readonly [string, string];
    format?: (n: number) => string;
  },
): SvgNode {
  const format = o.format ?? formatNumber;
  const present = points.filter((p) => p.value !== null);
  const widest = Math.max(0, ...present.map((p) => textWidth(format(p.value!))));
  const all = widest <= o.bandwidth + 6;
  return h(
    'g',
    { class: 'tt-value-labels', 'aria-hidden': 'true' },
    present
      .filter((p) => all || o.keep.includes(p.key))
      .map((p) => {
        const text = format(p.value!);
        const cx = o.x(p.key) + o.bandwidth / 2;
        const hl = highlightClass(p.key, o.highlight);
        return h(
          'text',
          { class: cls('tt-value-label', 'tt-halo', hl), x: clampX(cx, textWidth(text), 'middle', o.width), y: o.y(p.value!) - 5, 'text-anchor': 'middle' },
          text,
        );
      }),
  );
}

/* ------------------------------------------------------- long descriptions */

/**
 * Plain-words summary of a series with gaps: range, extremes, first and last values, the
 * periods without data and (for short series) every value in order.
 */
export function describeSeries(
  points: { key: string; name: string; value: number | null }[],
  noun: string,
  o: { listAll?: boolean; lang?: Lang } = {},
): string {
  const present = valued(points);
  const lang = o.lang ?? 'en';
  const first = present[0];
  const last = present.at(-1);
  const gaps = points.filter((p) => p.value === null).map((p) => p.name);
  const listAll = o.listAll ?? points.length <= 25;
  if (!first || !last) return lang === 'en' ? `No ${noun} figures are available.` : frameText[lang].noFigures(noun);
  const max = highest(present);
  const min = lowest(present);
  if (lang !== 'en') {
    const t = frameText[lang];
    const f = formats(lang);
    const parts = [
      t.seriesSummary({
        noun,
        first: f.number(first.value),
        firstAt: first.name,
        last: f.number(last.value),
        lastAt: last.name,
        max: f.number(max.value),
        maxAt: max.name,
        min: f.number(min.value),
        minAt: min.name,
      }),
    ];
    if (gaps.length) parts.push(t.noFigureFor(f.list(gaps)));
    if (listAll) parts.push(t.inOrder(points.map((p) => `${p.name}، ${p.value === null ? t.noData : f.number(p.value)}`).join('؛ ')));
    return parts.join(' ');
  }
  const parts: string[] = [];
  parts.push(
    `${cap(noun)}: ${formatNumber(first.value)} in ${first.name} and ${formatNumber(last.value)} in ${last.name}; the highest was ${formatNumber(max.value)} in ${max.name} and the lowest ${formatNumber(min.value)} in ${min.name}.`,
  );
  if (gaps.length) parts.push(`No figure for ${listWords(gaps)}.`);
  if (listAll) {
    parts.push(`In order: ${points.map((p) => `${p.name}, ${p.value === null ? 'no data' : formatNumber(p.value)}`).join('; ')}.`);
  }
  return parts.join(' ');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The shape of `table()` in every chart module: the rows behind the chart, nulls for gaps. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
  /**
   * Columns (by index) written in the Latin alphabet on purpose in every edition, such as a
   * place's other spellings in English sources: an Urdu table marks them lang="en" without
   * counting them as untranslated (src/components/DataTable.astro).
   */
  latinColumns?: number[];
}

/* --------------------------------------------------------------- shapes */

/** Marker shapes, so that categories and statuses differ by shape as well as colour. */
export type ShapeKind = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'cross' | 'x' | 'wye';

const SYMBOLS: Record<ShapeKind, SymbolKind> = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
  star: 'star',
  cross: 'cross',
  x: 'cross',
  wye: 'wye',
};

/** Path data of a shape centred on 0,0 with about the area of a circle of radius r. */
export function shapePath(kind: ShapeKind, r: number): string {
  const area = Math.PI * r * r * (kind === 'cross' || kind === 'x' || kind === 'wye' ? 1.3 : kind === 'star' ? 1.2 : 1);
  return symbolPath(SYMBOLS[kind], area);
}

/** A shape as a <path> placed at cx, cy (an `x` is a cross turned 45°). */
export function shapeNode(kind: ShapeKind, cx: number, cy: number, r: number, attrs: Record<string, string | number | undefined> = {}): SvgNode {
  const rotate = kind === 'x' ? ' rotate(45)' : '';
  return h('path', { d: shapePath(kind, r), transform: `translate(${round(cx)},${round(cy)})${rotate}`, ...attrs });
}

/* ---------------------------------------------------------------- dodge */

/**
 * Offsets that keep markers of radius r from overlapping: points are taken in order and each is
 * moved along `axis` ('x' or 'y') by the smallest of 0, +d, −d, +2d, … that clears every marker
 * already placed (d = 2r + gap). Deterministic, so server and browser draw the same picture.
 */
export function dodge(points: { x: number; y: number }[], r: number, axis: 'x' | 'y', gap = 1): number[] {
  const d = 2 * r + gap;
  const placed: { x: number; y: number }[] = [];
  return points.map((p) => {
    for (let k = 0; k < 400; k++) {
      const off = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * d;
      const q = axis === 'x' ? { x: p.x + off, y: p.y } : { x: p.x, y: p.y + off };
      if (placed.every((o) => (o.x - q.x) ** 2 + (o.y - q.y) ** 2 >= (d - 0.01) ** 2)) {
        placed.push(q);
        return off;
      }
    }
    placed.push(p);
    return 0;
  });
}
