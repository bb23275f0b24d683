/**
 * Locator map: where Bajaur is. Three views for a scrolly (state `view`):
 *  - `region`: Pakistan and its neighbours, the north-west outlined;
 *  - `northwest`: Khyber Pakhtunkhwa and the Afghan border (the Durand Line), Bajaur outlined;
 *  - `bajaur`: Khar with Peshawar for scale, the distance between them and a scale bar in km.
 * Data: `{ places, geo }`: validated rows of content/data/places.csv and the build-time
 * geometry (src/data/map-geometry.ts; sent with the chart's data, /chart-data/locator-map.json).
 * Labels never collide (geo.ts `placeLabels`); a place whose label finds no room keeps its dot
 * and its row in the table.
 */
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import { chartRoot, footnotes, frameOf, listWords, round } from './frame.ts';
import type { ChartTable, Drawn, DrawOpts } from './frame.ts';
import { BOUNDARY_NOTE, BOUNDARY_NOTE_UR, basemap, distanceKm, fitProjection, labelNodes, placeLabels, scaleBar, scaleBarKm, zoomAttr } from './geo.ts';
import type { Box, LabelRequest, MapGeometry, MapView } from './geo.ts';
import type { PlaceRow } from '../data/schemas.ts';
import { formats } from './frame.ts';
import { regionNamesUr, texts, type Lang } from '../i18n/charts.ts';
import { placePrecisionUr } from '../i18n/data-text-ur.ts';

export type LocatorView = 'region' | 'northwest' | 'bajaur';
export interface LocatorState {
  view?: LocatorView;
}
export interface LocatorData {
  places: PlaceRow[];
  geo: MapGeometry;
}

export const name = 'locator-map';
export const title = 'Where Bajaur is: Khar, the Afghan border and Peshawar';
export const durandNote = 'Dashed line: the Durand Line, the border between Pakistan and Afghanistan.';

// Three tables rather than one record a view: each reads down one column (the frame, the places
// it labels, where its country names sit) and a view is one entry in each.
export const views: Record<LocatorView, MapView> = {
  region: { id: 'region', label: 'Pakistan and its neighbours', level: 'region', box: [60.5, 23.5, 78, 37.5] },
  northwest: { id: 'northwest', label: 'The north-west and the Afghan border', level: 'detail', box: [68.8, 31.8, 73.6, 36.2] },
  bajaur: { id: 'bajaur', label: 'Bajaur, Khar and Peshawar', level: 'detail', box: [70.75, 33.85, 72.0, 35.05] },
};
/** The places each view labels (ids of content/data/places.csv), most important first. */
export const viewPlaces: Record<LocatorView, string[]> = {
  region: ['khar', 'islamabad', 'lahore', 'karachi', 'quetta', 'peshawar', 'kabul', 'kandahar'],
  northwest: ['khar', 'peshawar', 'islamabad', 'kabul', 'jalalabad', 'chitral', 'torkham', 'bannu', 'asadabad', 'khost'],
  bajaur: ['khar', 'peshawar', 'torkham', 'damadola', 'mamund', 'asadabad'],
};
/** Where each view writes its country names: [name, longitude, latitude]. */
const countryLabels: Record<LocatorView, [string, number, number][]> = {
  region: [
    ['Pakistan', 68.6, 27.6],
    ['Afghanistan', 65.2, 33.4],
    ['India', 75.6, 25.2],
    ['Iran', 59.2, 29.5],
    ['Tajikistan', 70.6, 38.3],
    ['China', 79.5, 36.6],
  ],
  northwest: [
    ['Pakistan', 72.6, 32.6],
    ['Afghanistan', 69.5, 35.3],
  ],
  bajaur: [
    ['Pakistan', 71.85, 34.45],
    ['Afghanistan', 70.95, 34.6],
  ],
};
export const viewOrder: LocatorView[] = ['region', 'northwest', 'bajaur'];
/** The views as a reader's choice (the embed's control, ?view=bajaur). */
export const viewOptions = viewOrder.map((value) => ({ value, label: views[value].label }));
/** Every word the map draws or says, per language (src/i18n/charts.ts); place names come with the data. */
export const text = texts({
  en: {
    title,
    durandNote,
    boundaryNote: BOUNDARY_NOTE,
    about: (km: string) => `about ${km} km`,
    country: (n: string) => n,
    views: Object.fromEntries(viewOrder.map((v) => [v, views[v].label])) as Record<LocatorView, string>,
    table: {
      caption: 'Places on the maps, with the coordinate used and its source',
      columns: ['Place', 'Other spellings', 'Latitude', 'Longitude', 'District', 'Province', 'Country', 'Coordinate marks', 'Source'],
    },
  },
  ur: {
    title: 'باجوڑ کہاں ہے: خار، افغان سرحد اور پشاور',
    durandNote: 'نقطہ دار لکیر: ڈیورنڈ لائن، پاکستان اور افغانستان کے درمیان سرحد۔',
    boundaryNote: BOUNDARY_NOTE_UR,
    about: (km: string) => `لگ بھگ ${km} کلومیٹر`,
    country: (n: string) => regionNamesUr[n] ?? n,
    views: { region: 'پاکستان اور اس کے پڑوسی', northwest: 'شمال مغرب اور افغان سرحد', bajaur: 'باجوڑ، خار اور پشاور' },
    table: {
      caption: 'نقشوں پر مقامات، استعمال شدہ محل وقوع اور اس کے ماخذ کے ساتھ',
      columns: ['مقام', 'دیگر املا', 'عرض بلد', 'طول بلد', 'ضلع', 'صوبہ', 'ملک', 'محل وقوع کی درستی', 'Source'],
    },
  },
});
/** The Urdu labels of the reader's view choice. */
export const viewLabelsUr: Record<LocatorView, string> = text.ur.views;

const FOCUS = 'khar';
const SCALE_FROM = 'peshawar';

const viewOf = (state?: LocatorState): LocatorView => (state?.view && state.view in views ? state.view : 'region');

/** Khar–Peshawar in whole km, rounded to 5 (the coordinate of Khar is approximate). */
export function kharPeshawarKm(places: PlaceRow[]): number | null {
  const a = places.find((p) => p.id === FOCUS);
  const b = places.find((p) => p.id === SCALE_FROM);
  if (!a || !b) return null;
  return Math.round(distanceKm([a.longitude, a.latitude], [b.longitude, b.latitude]) / 5) * 5;
}

/**
 * The map's frame within a drawing `width` wide: the full width, unless that would show beyond the
 * geometry's own box (`levelBox`; the land would end in blank paper), in which case the frame is
 * as wide as the geometry allows and centred.
 */
export function mapFrame(viewBox: Box, levelBox: Box, width: number, top: number, mapH: number): [number, number, number, number] {
  const [w, s, e, n] = viewBox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const lon0 = (w + e) / 2;
  const maxW = Math.floor(2 * k * (mapH / (n - s)) * Math.min(lon0 - levelBox[0], levelBox[2] - lon0));
  const mapW = Math.min(width, maxW);
  const x0 = Math.round((width - mapW) / 2);
  return [x0, top, x0 + mapW, top + mapH];
}

export function draw(data: LocatorData, opts: DrawOpts<LocatorState>): Drawn {
  const { width, state, idPrefix, narrow, lang } = frameOf(opts, name);
  const t = text[lang];
  const viewId = viewOf(state);
  const view = views[viewId];
  const level = data.geo[view.level];
  const top = 4;
  const mapH = narrow ? Math.round(Math.max(260, width * 1.05)) : Math.round(Math.min(560, width * 0.72));
  const frame = mapFrame(view.box, level.box, width, top, mapH);
  const [x0, , x1] = frame;
  const mapW = x1 - x0;
  const project = fitProjection(view.box, frame);
  const clipId = `${idPrefix}-clip`;
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const shown = viewPlaces[viewId].map((id) => byId.get(id)).filter((p): p is PlaceRow => Boolean(p));

  // Scale bar bottom-left; in the Bajaur view also the Khar–Peshawar distance.
  const km = scaleBarKm(project.pxPerKm, Math.min(140, width * 0.3));
  const barY = top + mapH - 14;
  const barX = x0 + 10;
  const obstacles = [{ x0: barX - 2, x1: barX + km * project.pxPerKm + 40, y0: barY - 20, y1: barY + 6 }];
  const dist: SvgNode[] = [];
  const khar = byId.get(FOCUS);
  const pesh = byId.get(SCALE_FROM);
  if (view.id === 'bajaur' && khar && pesh) {
    const [x1, y1] = project(khar.longitude, khar.latitude);
    const [x2, y2] = project(pesh.longitude, pesh.latitude);
    const text = t.about(formats(lang).number(kharPeshawarKm(data.places) ?? 0));
    const mx = (x1 + x2) / 2 + 8;
    const my = (y1 + y2) / 2;
    dist.push(
      h('line', { class: 'tt-map-distance', x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) }),
      h('text', { class: 'tt-label tt-halo tt-map-distance-label', x: round(mx), y: round(my) }, text),
    );
    obstacles.push({ x0: mx - 2, x1: mx + text.length * 8, y0: my - 12, y1: my + 4 });
  }

  const requests: LabelRequest[] = [
    ...shown.map((p, i) => {
      const [x, y] = project(p.longitude, p.latitude);
      return {
        id: p.id,
        text: p.id === 'asadabad' && lang === 'en' ? 'Asadabad' : p.id === 'asadabad' ? 'اسعد آباد' : p.name,
        x,
        y,
        r: p.id === FOCUS ? 6 : 3.5,
        priority: p.id === FOCUS ? 0 : 10 + i,
        bold: p.id === FOCUS,
      };
    }),
    ...countryLabels[viewId].map(([n, lon, lat], i) => {
      const [x, y] = project(lon, lat);
      return { id: `country-${n.toLowerCase()}`, text: t.country(n), x, y, r: 0, priority: 50 + i, centred: true };
    }),
  ];
  const labels = placeLabels(requests, { x0: x0 + 2, x1: x0 + mapW - 2, y0: top + 2, y1: top + mapH - 2 }, obstacles);

  const dots = shown.map((p) => {
    const [x, y] = project(p.longitude, p.latitude);
    const focus = p.id === FOCUS;
    return h('circle', { class: focus ? 'tt-map-focus tt-series-2' : 'tt-map-place', cx: round(x), cy: round(y), r: focus ? 6 : 3.5, 'data-place': p.id });
  });
  // Each view outlines the area the next one zooms into.
  const next = viewOrder[viewOrder.indexOf(viewId) + 1];
  const outline = next
    ? (() => {
        const [w, s, e, n] = views[next].box;
        const [ox0, oy0] = project(w, n);
        const [ox1, oy1] = project(e, s);
        return h('rect', { class: 'tt-map-outline', x: round(ox0), y: round(oy0), width: round(ox1 - ox0), height: round(oy1 - oy0) });
      })()
    : null;

  // What the dashed line means; the caveats (boundaries, where Khar is placed) are the figure's
  // listed notes (registry), which image downloads add under the drawing.
  const foot = footnotes([t.durandNote], width);
  const footTop = top + mapH + 4;
  const height = Math.round(footTop + foot.height + 4);

  const svg = chartRoot(
    { name, width, height, idPrefix, title: t.title, desc: summary(data, viewId, lang), lang },
    h('clipPath', { id: clipId }, h('rect', { x: x0, y: top, width: mapW, height: mapH })),
    h('rect', { class: 'tt-map-sea', x: x0, y: top, width: mapW, height: mapH }),
    basemap(level, project, clipId),
    h(
      'g',
      { class: 'tt-map-overlay', 'clip-path': `url(#${clipId})`, 'data-view': view.id, 'data-key': 'overlay', 'data-zoom': zoomAttr(project) },
      outline,
      dist,
      dots,
    ),
    labelNodes(labels),
    scaleBar(km, project.pxPerKm, barX, barY, lang),
    h('rect', { class: 'tt-map-frame', x: x0 + 0.5, y: top + 0.5, width: mapW - 1, height: mapH - 1 }),
    foot.render(footTop),
  );
  return { svg, width, height };
}

/** One sentence for <desc>, per view. */
export function summary(data: LocatorData, view: LocatorView = 'region', lang: Lang = 'en'): string {
  const km = kharPeshawarKm(data.places);
  if (lang === 'ur') {
    if (view === 'region') return 'پاکستان اور اس کے پڑوسیوں کا نقشہ، جس میں باجوڑ کا خار انتہائی شمال مغرب میں، افغانستان کی سرحد پر نشان زد ہے۔';
    if (view === 'northwest') return 'شمال مغربی پاکستان اور مشرقی افغانستان کا نقشہ: خار ڈیورنڈ لائن کے قریب، پشاور اور افغان صوبے کنڑ کے درمیان واقع ہے۔';
    return `باجوڑ کا نقشہ: خار پشاور سے سیدھی لکیر میں تقریباً ${km ?? '?'} کلومیٹر شمال میں ہے، اور افغان سرحد تھوڑے فاصلے پر مغرب میں۔`;
  }
  if (view === 'region') return 'Map of Pakistan and its neighbours, with Khar in Bajaur marked in the far north-west, on the border with Afghanistan.';
  if (view === 'northwest')
    return 'Map of north-west Pakistan and eastern Afghanistan: Khar lies close to the Durand Line, between Peshawar and the Afghan province of Kunar.';
  return `Map of Bajaur: Khar is about ${km ?? '?'} km north of Peshawar in a straight line, with the Afghan border a short distance to the west.`;
}

export function describe(data: LocatorData, lang: Lang = 'en'): string {
  const km = kharPeshawarKm(data.places);
  if (lang === 'ur') {
    const f = formats(lang);
    const t = text.ur;
    return [
      'تین مناظر میں محل وقوع کا نقشہ: پاکستان اور اس کے پڑوسی؛ پاکستان کا شمال مغرب اور افغانستان کی سرحد؛ اور ضلع باجوڑ۔',
      `ضلع باجوڑ کا صدر مقام خار پاکستان کے انتہائی شمال مغرب میں، افغانستان کے صوبے کنڑ کی سرحد کے قریب، پشاور سے سیدھی لکیر میں تقریباً ${km ?? '?'} کلومیٹر کے فاصلے پر ہے۔`,
      `پاکستان میں مقامات: ${f.list(data.places.filter((p) => p.country === 'Pakistan').map((p) => p.name))}۔ افغانستان میں مقامات: ${f.list(data.places.filter((p) => p.country === 'Afghanistan').map((p) => p.name))}۔`,
      t.durandNote,
      t.boundaryNote,
    ].join(' ');
  }
  const pk = data.places.filter((p) => p.country === 'Pakistan').map((p) => p.name);
  const af = data.places.filter((p) => p.country === 'Afghanistan').map((p) => p.name);
  return [
    'A locator map in three views: Pakistan and its neighbours; the north-west of Pakistan and the border with Afghanistan; and Bajaur district.',
    `Khar, the headquarters of Bajaur district, lies in the far north-west of Pakistan, close to the border with Afghanistan's Kunar province, about ${km ?? '?'} km in a straight line from Peshawar.`,
    `Places in Pakistan: ${listWords(pk)}. Places in Afghanistan: ${listWords(af)}.`,
    durandNote,
    BOUNDARY_NOTE,
  ].join(' ');
}

export function table(data: LocatorData, lang: Lang = 'en'): ChartTable {
  // Urdu pages name provinces, countries and coordinate marks in Urdu; English keeps the data's words.
  const ur = lang === 'ur';
  const region = (n: string) => (ur ? (regionNamesUr[n] ?? n) : n);
  // Coordinates as text: a number cell would be rounded to 3 decimals by the table's formatting.
  const rows = data.places.map((p) => [
    p.name,
    p.other_names || null,
    String(p.latitude),
    String(p.longitude),
    p.district,
    region(p.province),
    region(p.country),
    ur ? (placePrecisionUr[p.precision] ?? p.precision) : p.precision,
    p.source,
  ]);
  // Other spellings are the Latin spellings found in English-language sources: kept as written.
  return ur ? { ...text.ur.table, rows, latinColumns: [1] } : { ...text.en.table, rows };
}
