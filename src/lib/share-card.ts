/**
 * Share cards: the 1200×630 image a social network or a messaging app shows for a link (Open
 * Graph `og:image`). One per chapter and one for the site: the kicker, the title, the dek and the
 * chapter's own chart (the yearly attacks chart where a chapter has none), drawn by the chart
 * modules like every other image of the site. Build-time only; src/pages/share/[card].png.ts
 * rasterises the SVG with sharp.
 */
import { charts, siteChart, type BoundChart, type Chart } from '../charts/registry.ts';
import { palettes, standalone, fontFamily } from '../charts/palette.ts';
import { h, renderSvg, type SvgNode } from '../charts/svg.ts';
import { wrapText } from '../charts/frame.ts';
import { site } from './site.ts';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { URDU_CHART_FONT } from '../i18n/charts.ts';
import type { Lang } from '../i18n/lang.ts';

export const CARD = { width: 1200, height: 630 } as const;
const PAD = 56;
const TEXT_W = 560;
const CHART = { x: 660, width: 500 };
/** The site's accent colour in the light theme (--accent in src/styles/tokens.css). */
const ACCENT = '#9a3412';

export interface CardInput {
  kicker: string;
  title: string;
  dek: string;
  chart: Chart;
  bound: BoundChart;
}

/** The chart a page's card shows: the first of the chapter's own charts that may stand on its card, else the site's chart. */
export function cardChart(chapterSlug: string | undefined): Chart {
  return charts.find((c) => c.chapter === chapterSlug && c.card !== false) ?? siteChart();
}

/** Text for og:image:alt: what the card shows, in words. */
export function cardAlt(input: Omit<CardInput, 'bound'>): string {
  return `${input.title}: ${input.dek} With the chart “${input.chart.title}”.`;
}

export function cardSvg(input: CardInput): string {
  const p = palettes.light;
  // An Urdu card (a bound chart in Urdu): text right-aligned in its column, in the Naskh face,
  // with taller lines; the layout (text left, chart right) stays as in English.
  const ur = input.bound.lang !== 'en';
  const title = wrapText(input.title, TEXT_W * 0.86, 56).slice(0, ur ? 2 : 3);
  const dek = wrapText(input.dek, TEXT_W, 25).slice(0, ur ? 5 : 6);
  const nodes: SvgNode[] = [h('rect', { x: 0, y: 0, width: 12, height: CARD.height, fill: ACCENT })];
  const tx = ur ? PAD + TEXT_W : PAD;
  const at = (x: number, y: number) => (ur ? { x, y, direction: 'rtl' } : { x, y });
  let y = PAD + 24;
  nodes.push(
    h('text', { class: 'card-kicker', ...at(tx, y) }, ur ? `ٹوئن تھریٹس · ${input.kicker}` : `${site.name.toUpperCase()} · ${input.kicker.toUpperCase()}`),
  );
  y += 28;
  for (const line of title) {
    y += ur ? 76 : 64;
    nodes.push(h('text', { class: 'card-title', ...at(tx, y) }, line));
  }
  y += 20;
  for (const line of dek) {
    y += ur ? 44 : 36;
    nodes.push(h('text', { class: 'card-dek', ...at(tx, y) }, line));
  }
  nodes.push(
    h(
      'text',
      { class: 'card-foot', ...at(tx, CARD.height - PAD + 8) },
      ur ? `ہر عدد باحوالہ · ${site.licence.name}` : `Every number sourced · ${site.licence.name}`,
    ),
  );

  // The chart's title (bold text runs wider than wrapText's estimate, hence the margin), then the
  // chart, drawn for its box and scaled down to fit what is left of it.
  const chartTitle = wrapText(ur ? input.bound.title : input.chart.title, CHART.width * 0.85, 19).slice(0, 2);
  for (const [i, line] of chartTitle.entries())
    nodes.push(h('text', { class: 'card-chart-title', ...at(ur ? CHART.x + CHART.width : CHART.x, PAD + 24 + i * 26) }, line));
  const top = PAD + 24 + chartTitle.length * 26;
  const room = CARD.height - PAD + 16 - top;
  // A chart that draws tall at the card's width (the network's phone layout) is drawn wider, in
  // its landscape layout, and scaled down.
  const draw = (width: number) => input.bound.draw({ width, idPrefix: 'card' });
  const drawn = [CHART.width, 640, 800].map(draw).find((d) => d.height * (CHART.width / d.width) <= room) ?? draw(800);
  const scale = Math.min(CHART.width / drawn.width, room / drawn.height);
  const chart: SvgNode = {
    ...drawn.svg,
    attrs: { ...drawn.svg.attrs, xmlns: undefined, x: CHART.x, y: top, width: drawn.width * scale, height: drawn.height * scale },
  };
  const font = ur ? URDU_CHART_FONT : fontFamily;
  const style = [
    `.card-kicker{font:700 20px ${font};${ur ? '' : 'letter-spacing:2px;'}fill:${ACCENT}}`,
    `.card-title{font:700 56px ${font};fill:${p.text}}`,
    `.card-dek{font:400 25px ${font};fill:${p.text}}`,
    `.card-foot{font:400 19px ${font};fill:${p.muted}}`,
    `.card-chart-title{font:700 19px ${font};fill:${p.muted}}`,
  ].join('\n');
  const root = h('svg', { width: CARD.width, height: CARD.height, viewBox: `0 0 ${CARD.width} ${CARD.height}` }, h('style', null, style), ...nodes, chart);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(standalone(root, 'light'))}\n`;
}

/* ------------------------------------------------------------------ Urdu in PNGs */

/**
 * sharp (librsvg, through fontconfig) draws text with the fonts the machine has, and a build
 * machine may have none for Urdu: letters such as ہ (U+06C1) come out as boxes. So the PNG
 * endpoints call this first: it writes the Naskh face of @fontsource/noto-naskh-arabic (its
 * Arabic-script subset, regular and bold) as TrueType into a temporary folder (fontconfig does
 * not read the package's WOFF files, which are only zlib-wrapped TrueType) and points fontconfig
 * at it beside the system's fonts. Once per build, before sharp draws any text.
 */
let fontsReady = false;
export function ensureRasterFonts(): void {
  if (fontsReady) return;
  fontsReady = true;
  const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic/package.json'));
  const dir = join(tmpdir(), 'twin-threats-fonts');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(join(pkg, 'files')).filter((f) => /-arabic-(400|700)-normal\.woff$/.test(f))) {
    const out = join(dir, file.replace(/\.woff$/, '.ttf'));
    if (!existsSync(out)) writeFileSync(out, woffToSfnt(readFileSync(join(pkg, 'files', file))));
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dir}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = conf;
}

/** WOFF 1.0 to the TrueType/OpenType file it wraps (each table inflated when compressed). */
export function woffToSfnt(buf: Buffer): Buffer {
  const flavor = buf.readUInt32BE(4);
  const numTables = buf.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const o = 44 + i * 20;
    const offset = buf.readUInt32BE(o + 4);
    const compLength = buf.readUInt32BE(o + 8);
    const origLength = buf.readUInt32BE(o + 12);
    const raw = buf.subarray(offset, offset + compLength);
    tables.push({ tag: buf.readUInt32BE(o), checksum: buf.readUInt32BE(o + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  let shift = 0;
  while (2 ** (shift + 1) <= numTables) shift++;
  const range = 2 ** shift * 16;
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(range, 6);
  head.writeUInt16BE(shift, 8);
  head.writeUInt16BE(numTables * 16 - range, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    head.writeUInt32BE(t.tag, o);
    head.writeUInt32BE(t.checksum, o + 4);
    head.writeUInt32BE(offset, o + 8);
    head.writeUInt32BE(t.data.length, o + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}

/** The Urdu chapters' titles and deks (content/chapters/ur/*.mdx frontmatter), by slug; empty where none exist yet. */
export function urduChapters(): { slug: string; order: number; title: string; dek: string }[] {
  const dir = join(process.cwd(), 'content', 'chapters', 'ur');
  if (!existsSync(dir)) return [];
  const field = (text: string, key: string) => {
    const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text);
    const v = m?.[1]?.trim() ?? '';
    return v.startsWith('"') ? (JSON.parse(v) as string) : v;
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
      return { slug: field(text, 'slug'), order: Number(field(text, 'order')), title: field(text, 'title'), dek: field(text, 'dek') };
    })
    .filter((c) => c.slug && c.title)
    .sort((a, b) => a.order - b.order);
}

export type { Lang };
