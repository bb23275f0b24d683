/**
 * Everything the embed and download features generate from a chart's registry entry, in one
 * place so the story, the embed pages, the journalists' page and the download endpoints agree:
 * URLs, the embed snippet, the citation text, the CSV, the metadata JSON and the exported SVG.
 * Build-time only (imports every chart module): browser scripts never import this file.
 */
import type { BoundChart, Chart } from '../charts/registry.ts';
import type { ChartTable } from '../charts/frame.ts';
import type { SiteData } from '../data/index.ts';
import { palettes, standalone, fontFamily, type Theme } from '../charts/palette.ts';
import { h, renderSvg, type SvgNode } from '../charts/svg.ts';
import { textWidth, wrapText } from '../charts/frame.ts';
import { site } from './site.ts';
import { absolute, href } from './url.ts';
import { LANG, localPath, type Lang } from '../i18n/lang.ts';
import { chartUi, formatDateUr, URDU_CHART_FONT } from '../i18n/charts.ts';

/** The site's name in Urdu (credit lines of Urdu images, embeds and citations). */
export const SITE_NAME_UR = 'ٹوئن تھریٹس';
const siteName = (lang: Lang) => (lang === 'en' ? site.name : SITE_NAME_UR);

/* ------------------------------------------------------------------ URLs and files */

export type DownloadKind = 'csv' | 'json' | 'svg-light' | 'svg-dark' | 'png-light' | 'png-dark';

export interface DownloadFile {
  kind: DownloadKind;
  file: string;
  label: string;
  type: string;
}

/** The files published for every chart under /downloads/<id>/, in the order they are listed. */
export function downloadFiles(id: string, lang: Lang = 'en'): DownloadFile[] {
  if (lang !== 'en') return downloadFiles(id).map((f) => ({ ...f, label: chartUi[lang].files[f.kind] }));
  return [
    { kind: 'csv', file: `${id}.csv`, label: 'Data (CSV)', type: 'text/csv; charset=utf-8' },
    { kind: 'json', file: `${id}.json`, label: 'Sources and metadata (JSON)', type: 'application/json; charset=utf-8' },
    { kind: 'png-light', file: `${id}-light.png`, label: 'Image, light (PNG)', type: 'image/png' },
    { kind: 'png-dark', file: `${id}-dark.png`, label: 'Image, dark (PNG)', type: 'image/png' },
    { kind: 'svg-light', file: `${id}-light.svg`, label: 'Vector image, light (SVG)', type: 'image/svg+xml' },
    { kind: 'svg-dark', file: `${id}-dark.svg`, label: 'Vector image, dark (SVG)', type: 'image/svg+xml' },
  ];
}

/**
 * Paths in an edition: Urdu embeds, downloads and chapters live under /ur/. The CSV is the same
 * file in both editions (its headers are data field names), so an Urdu page links the English one.
 */
export const downloadPath = (id: string, file: string, lang: Lang = 'en') => localPath(`/downloads/${id}/${file}`, file.endsWith('.csv') ? 'en' : lang);
export const embedPath = (id: string, lang: Lang = 'en') => localPath(`/embed/${id}/`, lang);
export const chapterPath = (slug: string, lang: Lang = 'en') => localPath(`/chapters/${slug}/`, lang);

/* ------------------------------------------------------------------ dates */

/** The build date (or SOURCE_DATE_EPOCH, for reproducible builds), as an ISO day. */
export function buildDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

export const longDate = (iso: string, lang: Lang = 'en') =>
  lang === 'ur'
    ? formatDateUr(iso)
    : new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/* ------------------------------------------------------------------ citation */

export interface Citation {
  short: string;
  full: string;
  url: string;
  /** `full` split around the access date, for pages that show today's date in a <time>. */
  beforeDate: string;
  afterDate: string;
}

/**
 * "Cite this chart": credits the organisation whose figures are drawn and Twin Threats, names
 * the licence and gives the chart's own address and the day it was consulted.
 */
export function citation(entry: Chart, siteUrl: URL | undefined, accessed = buildDate(), lang: Lang = 'en'): Citation {
  if (lang === 'ur') {
    const t = entry.text(lang);
    const url = absolute(embedPath(entry.id, lang), siteUrl);
    const year = site.firstPublished.slice(0, 4);
    const beforeDate = `${SITE_NAME_UR} (${year})۔ "${t.title}" [چارٹ]۔ اعداد و شمار: ${t.org.name}۔ لائسنس ${site.licence.name} (${site.licence.url})۔ ${url} (رسائی `;
    const afterDate = ')۔';
    return {
      url,
      short: `اعداد و شمار: ${t.org.name}۔ چارٹ: ${SITE_NAME_UR} (${site.licence.name})۔`,
      full: `${beforeDate}${longDate(accessed, lang)}${afterDate}`,
      beforeDate,
      afterDate,
    };
  }
  const url = absolute(embedPath(entry.id), siteUrl);
  const year = site.firstPublished.slice(0, 4);
  const beforeDate = `${site.name} (${year}). “${entry.title}” [chart]. Data: ${entry.org.name}. Licensed under ${site.licence.name} (${site.licence.url}). ${url} (accessed `;
  const afterDate = ').';
  return {
    url,
    short: `Data: ${entry.org.name}. Chart: ${site.name} (${site.licence.name}).`,
    full: `${beforeDate}${longDate(accessed)}${afterDate}`,
    beforeDate,
    afterDate,
  };
}

/* ------------------------------------------------------------------ CSV (RFC 4180) */

const csvCell = (v: string | number | null) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The table exactly as the chart's "Show the data" lists it: header row, CRLF line ends, empty cell for a gap. */
export function toCsv(table: ChartTable): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/* ------------------------------------------------------------------ metadata */

export function metadata(entry: Chart, chart: BoundChart, siteData: SiteData, siteUrl: URL | undefined, chapterTitle: string, accessed = buildDate()) {
  const table = chart.table();
  const lang = chart.lang;
  const cite = citation(entry, siteUrl, accessed, lang);
  if (lang !== 'en') {
    const csv = entry.bind(siteData).table();
    const columnType = (i: number) => {
      const values = csv.rows.map((r) => r[i]).filter((v) => v !== null && v !== undefined);
      return values.length && values.every((v) => typeof v === 'number') ? 'number' : 'string';
    };
    return {
      id: entry.id,
      language: LANG[lang].tag,
      title: chart.title,
      takeaway: chart.takeaway(),
      description: chart.describe(),
      organisation: chart.org,
      publisher: { name: SITE_NAME_UR, url: absolute(localPath('/', lang), siteUrl) },
      chapter: { title: chapterTitle, url: absolute(chapterPath(entry.chapter, lang), siteUrl) },
      chartUrl: cite.url,
      generated: accessed,
      licence: {
        name: site.licence.name,
        url: site.licence.url,
        attribution: `${SITE_NAME_UR} اور اعداد و شمار کے ماخذ (${chart.org.name}) کا حوالہ دیں؛ اعداد میں تبدیلی نہ کریں۔`,
      },
      citation: { short: cite.short, full: cite.full },
      notes: chart.notes,
      // The CSV is shared with the English edition: its columns keep their data field names.
      columns: csv.columns.map((name, i) => ({ name, label: table.columns[i] ?? name, type: columnType(i) })),
      rows: csv.rows.length,
      sources: chart.sourceIds().map((id) => {
        const s = siteData.sources.get(id);
        return s ? { id, outlet: s.outlet, title: s.title, date: s.date, url: s.url } : { id, outlet: null, title: null, date: null, url: null };
      }),
      files: Object.fromEntries(downloadFiles(entry.id, lang).map((f) => [f.kind, absolute(downloadPath(entry.id, f.file, lang), siteUrl)])),
    };
  }
  const columnType = (i: number) => {
    const values = table.rows.map((r) => r[i]).filter((v) => v !== null && v !== undefined);
    return values.length && values.every((v) => typeof v === 'number') ? 'number' : 'string';
  };
  return {
    id: entry.id,
    title: entry.title,
    takeaway: chart.takeaway(),
    description: chart.describe(),
    organisation: entry.org,
    publisher: { name: site.name, url: absolute('/', siteUrl) },
    chapter: { title: chapterTitle, url: absolute(chapterPath(entry.chapter), siteUrl) },
    chartUrl: cite.url,
    generated: accessed,
    licence: {
      name: site.licence.name,
      url: site.licence.url,
      attribution: `Credit ${site.name} and the data source (${entry.org.name}); do not alter the figures.`,
    },
    citation: { short: cite.short, full: cite.full },
    notes: entry.notes,
    columns: table.columns.map((name, i) => ({ name, type: columnType(i) })),
    rows: table.rows.length,
    sources: chart.sourceIds().map((id) => {
      const s = siteData.sources.get(id);
      return s ? { id, outlet: s.outlet, title: s.title, date: s.date, url: s.url } : { id, outlet: null, title: null, date: null, url: null };
    }),
    files: Object.fromEntries(downloadFiles(entry.id).map((f) => [f.kind, absolute(downloadPath(entry.id, f.file), siteUrl)])),
  };
}

/* ------------------------------------------------------------------ exported image */

export const EXPORT_WIDTH = 800;
const PAD = 20;
const TITLE = 20;
const SUB = 15;
const FOOT = 12;

/**
 * The chart as a stand-alone image: title, takeaway, the chart drawn at the export width, its
 * notes, and a source and credit line, wrapped by palette.ts `standalone()` (embedded colours, background).
 */
export function exportSvg(entry: Chart, chart: BoundChart, theme: Theme, siteUrl: URL | undefined): { svg: string; width: number; height: number } {
  const p = palettes[theme];
  const inner = EXPORT_WIDTH - 2 * PAD;
  const ur = chart.lang !== 'en';
  // Bold text is wider than wrapText's estimate: wrap the title a little short of the width.
  const titleLines = wrapText(ur ? chart.title : entry.title, inner * 0.9, TITLE);
  const subLines = wrapText(chart.takeaway(), inner, SUB);
  const drawn = chart.draw({ width: inner, idPrefix: `export-${theme}` });
  const footLines = ur
    ? [
        ...wrapText(`ماخذ: ${chart.org.name}۔`, inner, FOOT),
        ...wrapText(`چارٹ: ${SITE_NAME_UR}، ${site.licence.name}`, inner, FOOT),
        absolute(embedPath(entry.id, chart.lang), siteUrl),
      ]
    : [
        ...wrapText(`Source: ${entry.org.name}.`, inner, FOOT),
        ...wrapText(`Chart: ${site.name}, ${site.licence.name} · ${absolute(embedPath(entry.id), siteUrl)}`, inner, FOOT),
      ];
  let y = PAD;
  const nodes: SvgNode[] = [];
  // Urdu lines start at the right edge and run right to left (the address stays left to right).
  const lines = (texts: string[], cls: string, lead: number) => {
    for (const t of texts) {
      y += lead;
      const rtl = ur && !/^https?:/.test(t);
      nodes.push(h('text', rtl ? { class: cls, x: EXPORT_WIDTH - PAD, y, direction: 'rtl' } : { class: cls, x: PAD, y }, t));
    }
  };
  lines(titleLines, 'tt-export-title', TITLE * 1.25);
  y += 4;
  lines(subLines, 'tt-export-sub', SUB * 1.4);
  y += 16;
  const chartTop = y;
  const placed: SvgNode = { ...drawn.svg, attrs: { ...drawn.svg.attrs, xmlns: undefined, x: PAD, y: chartTop, width: inner, height: drawn.height } };
  y += drawn.height + 14;
  // The figure's listed notes: on a page they are the list under the chart, never drawn in it
  // (src/charts/registry.ts), so an image file carries them here.
  for (const note of chart.notes) {
    lines(wrapText(note, inner, FOOT), 'tt-export-foot', FOOT * 1.45);
    y += 4;
  }
  if (chart.notes.length) y += 8;
  lines(footLines, 'tt-export-foot', FOOT * 1.45);
  const height = Math.ceil(y + PAD);
  const font = ur ? URDU_CHART_FONT : fontFamily;
  const style = [
    `.tt-export-title{font:700 ${TITLE}px ${font};fill:${p.text}}`,
    `.tt-export-sub{font:400 ${SUB}px ${font};fill:${p.text}}`,
    `.tt-export-foot{font:400 ${FOOT}px ${font};fill:${p.muted}}`,
  ].join('\n');
  const root = h(
    'svg',
    {
      width: EXPORT_WIDTH,
      height,
      viewBox: `0 0 ${EXPORT_WIDTH} ${height}`,
      role: 'img',
      'aria-label': ur ? `${chart.title}۔ ${chart.takeaway()}` : `${entry.title}. ${chart.takeaway()}`,
      ...(ur ? { lang: LANG[chart.lang].tag } : {}),
    },
    h('title', null, ur ? chart.title : entry.title),
    h('style', null, style),
    ...nodes,
    placed,
  );
  const full = standalone(root, theme);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(full)}\n`, width: EXPORT_WIDTH, height };
}

/* ------------------------------------------------------------------ snippet */

/** Width at which the snippet's starting height is estimated. */
export const SNIPPET_WIDTH = 640;

/**
 * Rough height of the embed page at a given iframe width, before any script runs: the chart as
 * drawn at that width plus the text around it (title, takeaway, controls, source, notes, credit)
 * estimated from its length. Only a starting value: embed.js replaces it with the measured height.
 */
export function estimateHeight(entry: Chart, bound: BoundChart, width: number): number {
  const inner = width - 16;
  const chart = bound.draw({ width: Math.round(inner) }).height;
  const lineCount = (text: string, px: number) => Math.max(1, Math.ceil(textWidth(text, px) / inner));
  const ur = bound.lang !== 'en';
  // Urdu body text is taller (Nastaliq line height about 2.1): count its lines a little higher.
  const title = lineCount(ur ? bound.title : entry.title, 18.4) * (ur ? 30 : 22);
  const takeaway = lineCount(bound.takeaway(), 16) * (ur ? 36 : 27) + 12;
  const foot = [
    ur
      ? `ماخذ: ${bound.org.name}؛ ہر عدد ڈیٹا جدول میں اپنی رپورٹ سے اور ماخذ کی فہرست سے جڑا ہے۔`
      : `Source: ${entry.org.name}; every figure is linked to its report in the data table and the sources list.`,
    ...(ur ? bound.notes : entry.notes),
  ].reduce((s, n) => s + lineCount(n, 12.8) * 21 + 4, 0);
  // Controls (radio buttons, check boxes, a year slider) wrap onto more rows in a narrow frame.
  const controls = entry.controls.length > 0 ? (width < 480 ? 3 : 2) * 40 : 0;
  const fixed = 16 + 32 + 16 + 30;
  // A little generous: a frame slightly too tall leaves a gap, one too short hides the credit.
  return Math.ceil((title + takeaway + controls + chart + foot + fixed) * 1.04);
}

export interface Snippet {
  html: string;
  height: number;
  minHeight: number;
  src: string;
}

/**
 * The code a journalist pastes: an iframe with a starting height and an aspect-ratio fallback
 * (in a style attribute: this is text for other people's pages, not markup on ours), a
 * <noscript> link to the PNG for hosts that strip iframes' scripts, and embed.js, which keeps the
 * height right afterwards.
 */
export function snippet(entry: Chart, bound: BoundChart, siteUrl: URL | undefined): Snippet {
  const lang = bound.lang;
  const src = absolute(embedPath(entry.id, lang), siteUrl);
  const height = estimateHeight(entry, bound, SNIPPET_WIDTH);
  const minHeight = estimateHeight(entry, bound, 320);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const png = absolute(downloadPath(entry.id, `${entry.id}-light.png`, lang), siteUrl);
  const ur = lang !== 'en';
  const title = ur ? `${bound.title} (چارٹ: ${SITE_NAME_UR})` : `${entry.title} (chart by ${site.name})`;
  const fallback = ur
    ? `${esc(bound.title)}۔ چارٹ: ${siteName(lang)}؛ اعداد و شمار: ${esc(bound.org.name)}۔`
    : `${esc(entry.title)}. Chart: ${site.name}; data: ${esc(entry.org.name)}.`;
  const html = [
    `<iframe title="${esc(title)}"${ur ? ' lang="ur" dir="rtl"' : ''} src="${esc(src)}" width="100%" height="${height}" loading="lazy" scrolling="no" data-twin-threats="${esc(entry.id)}" style="display:block;width:100%;border:0;height:auto;aspect-ratio:${SNIPPET_WIDTH}/${height};min-height:${minHeight}px"></iframe>`,
    `<noscript><a href="${esc(png)}"${ur ? ' lang="ur" dir="rtl"' : ''}>${fallback}</a></noscript>`,
    `<script src="${esc(absolute('/embed.js', siteUrl))}" async></script>`,
  ].join('\n');
  return { html, height, minHeight, src };
}

/** Base-aware site path helper re-exported for components that only import this module. */
export { href, absolute };
