/**
 * Shared pieces of the maps (no DOM, no d3 in the browser): the geometry's shape, the views,
 * the projection, SVG paths from rings, great-circle distances, a scale bar and a deterministic
 * label placer. The geometry itself is made at build time (src/data/map-geometry.ts) and arrives
 * as plain arrays of longitude/latitude pairs.
 *
 * Projection: equirectangular with a standard parallel at the middle of the view (x = λ·cos φ0,
 * y = −φ), fitted to the frame. Over the few hundred kilometres of these views its distortion is
 * small, it needs no library in the browser, and tests/unit/geo.test.ts compares it and the
 * distances with d3-geo.
 */
import { h } from './svg.ts';
import type { SvgNode } from './svg.ts';
import { overlaps, round, textReach, textWidth, type Box as CanvasBox } from './frame.ts';
import { formatNumber } from '../i18n/format.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

export interface MapCountry {
  code: string;
  name: string;
  rings: number[][];
}
export interface MapLevel {
  box: Box;
  countries: MapCountry[];
  /** International borders other than the Durand Line, as flat [lon, lat, lon, lat…] lines. */
  borders: number[][];
  /** The Pakistan–Afghanistan border (the Durand Line). */
  durand: number[][];
}
export interface MapGeometry {
  source: string;
  region: MapLevel;
  detail: MapLevel;
}

/** Boxes the build clips the two levels of detail to; every view lies inside its level's box. */
export const REGION_BOX: Box = [54, 20, 84, 42];
export const DETAIL_BOX: Box = [67, 31, 75.5, 37.6];

export interface MapView {
  id: string;
  box: Box;
  level: 'region' | 'detail';
  label: string;
}

/** Kilometres per degree of latitude on a sphere of radius 6,371 km (2π·6371/360). */
export const KM_PER_DEGREE = (2 * Math.PI * 6371) / 360;

/* ------------------------------------------------------------ clipping */

export type Pt = [number, number];
const inside = (p: Pt, edge: number, b: Box) => (edge === 0 ? p[0] >= b[0] : edge === 1 ? p[0] <= b[2] : edge === 2 ? p[1] >= b[1] : p[1] <= b[3]);
function cross(a: Pt, c: Pt, edge: number, b: Box): Pt {
  if (edge < 2) {
    const x = edge === 0 ? b[0] : b[2];
    return [x, a[1] + ((c[1] - a[1]) * (x - a[0])) / (c[0] - a[0])];
  }
  const y = edge === 2 ? b[1] : b[3];
  return [a[0] + ((c[0] - a[0]) * (y - a[1])) / (c[1] - a[1]), y];
}

/** Sutherland–Hodgman: a ring clipped to a box (edges along the box lie outside every view). */
export function clipRing(ring: Pt[], b: Box): Pt[] {
  let out = ring;
  for (let edge = 0; edge < 4; edge++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur, edge, b)) {
        if (!inside(prev, edge, b)) out.push(cross(prev, cur, edge, b));
        out.push(cur);
      } else if (inside(prev, edge, b)) out.push(cross(prev, cur, edge, b));
    }
    if (!out.length) break;
  }
  return out;
}

/** A line cut into the runs that lie in the box (plus one point either side, so it leaves the frame). */
export function clipLine(line: Pt[], b: Box): Pt[][] {
  const inBox = (p: Pt) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
  const runs: Pt[][] = [];
  let run: Pt[] = [];
  line.forEach((p, i) => {
    if (inBox(p) || (i > 0 && inBox(line[i - 1]!)) || (i < line.length - 1 && inBox(line[i + 1]!))) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/* ------------------------------------------------------------ projection */

export interface Projection {
  (lon: number, lat: number): [number, number];
  /** Pixels per km at the view's middle latitude. */
  pxPerKm: number;
  /** The visible extent in degrees (the view box widened to the frame's shape). */
  visible: Box;
  /** x = cx + (lon - lon0)·kx, y = cy − (lat − lat0)·ky, as [lon0, lat0, kx, ky, cx, cy]. */
  linear: [number, number, number, number, number, number];
}

/**
 * A layer drawn with a projection names it ("lon0 lat0 kx ky cx cy"), so that src/scripts/motion.ts
 * can zoom smoothly from one view to another: between two such projections the map moves by a
 * scale and a shift.
 */
export const zoomAttr = (project: Projection) => project.linear.map((n) => Math.round(n * 1e4) / 1e4).join(' ');

/**
 * Fit a view box into [x0, y0, x1, y1] keeping its shape: the box is centred and the frame's
 * spare width or height shows more of the map around it (never a stretched map).
 */
export function fitProjection(box: Box, frame: [number, number, number, number]): Projection {
  const [w, s, e, n] = box;
  const phi0 = ((s + n) / 2) * (Math.PI / 180);
  const k = Math.cos(phi0);
  const [x0, y0, x1, y1] = frame;
  const scale = Math.min((x1 - x0) / ((e - w) * k), (y1 - y0) / (n - s));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const lon0 = (w + e) / 2;
  const lat0 = (s + n) / 2;
  const project = ((lon: number, lat: number) => [cx + (lon - lon0) * k * scale, cy - (lat - lat0) * scale]) as Projection;
  project.pxPerKm = scale / KM_PER_DEGREE;
  project.linear = [lon0, lat0, k * scale, scale, cx, cy];
  const halfW = (x1 - x0) / 2 / (k * scale);
  const halfH = (y1 - y0) / 2 / scale;
  project.visible = [lon0 - halfW, lat0 - halfH, lon0 + halfW, lat0 + halfH];
  return project;
}

/**
 * SVG path data of flat [lon, lat…] rings or lines, cut to what the frame shows (plus a margin)
 * and without points that land on the same 0.5 px: a drawing carries only what can be seen.
 */
export function pathData(lines: number[][], project: Projection, closed: boolean): string {
  const [w, s, e, n] = project.visible;
  const mx = (e - w) * 0.05;
  const my = (n - s) * 0.05;
  const box: Box = [w - mx, s - my, e + mx, n + my];
  let d = '';
  for (const flat of lines) {
    const pts: Pt[] = [];
    for (let i = 0; i < flat.length; i += 2) pts.push([flat[i]!, flat[i + 1]!]);
    const parts = closed ? [clipRing(pts, box)] : clipLine(pts, box);
    for (const part of parts) {
      if (part.length < (closed ? 3 : 2)) continue;
      let px = NaN;
      let py = NaN;
      let seg = '';
      let count = 0;
      for (const [lon, lat] of part) {
        const [x, y] = project(lon, lat);
        const rx = Math.round(x * 2) / 2;
        const ry = Math.round(y * 2) / 2;
        if (rx === px && ry === py) continue;
        seg += `${count === 0 ? 'M' : 'L'}${rx} ${ry}`;
        px = rx;
        py = ry;
        count++;
      }
      if (count >= (closed ? 3 : 2)) d += seg + (closed ? 'Z' : '');
    }
  }
  return d;
}

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const q = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(q)));
}

/** A round length (1, 2 or 5 × 10ⁿ km) whose bar is at most `maxPx` long. */
export function scaleBarKm(pxPerKm: number, maxPx: number): number {
  const raw = maxPx / pxPerKm;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= raw) ?? p;
}

/** Scale bar: a line `km` long with its length written above it, left end at (x, y). */
export function scaleBar(km: number, pxPerKm: number, x: number, y: number, lang: 'en' | 'ur' = 'en'): SvgNode {
  const len = km * pxPerKm;
  return h(
    'g',
    { class: 'tt-map-scale', 'aria-hidden': 'true' },
    h('line', { class: 'tt-map-scale-bar', x1: round(x), x2: round(x + len), y1: y, y2: y }),
    h('line', { class: 'tt-map-scale-bar', x1: round(x), x2: round(x), y1: y - 4, y2: y + 4 }),
    h('line', { class: 'tt-map-scale-bar', x1: round(x + len), x2: round(x + len), y1: y - 4, y2: y + 4 }),
    h('text', { class: 'tt-label tt-halo', x: round(x), y: y - 7 }, lang === 'en' ? `${formatNumber(km)} km` : `${formatNumber(km, lang)} کلومیٹر`),
  );
}

/* ----------------------------------------------------------- label placer */

export interface LabelRequest {
  id: string;
  text: string;
  /** The point the label names, in pixels. */
  x: number;
  y: number;
  /** Radius of the marker at the point (labels keep clear of it). */
  r: number;
  /** Lower goes first; the first-placed labels win a contested spot. */
  priority: number;
  /** Country names sit centred on their point instead of beside it. */
  centred?: boolean;
  bold?: boolean;
}
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: LabelBox;
  bold: boolean;
}
export type LabelBox = CanvasBox;

/**
 * Place labels without collisions: in priority order, each label tries right, left, above and
 * below its point (centred labels only their point, then a little above or below) and takes the
 * first spot inside the frame that touches no placed label and no other point's marker. A label
 * with no free spot is left out (the table still lists the place). Deterministic: the same
 * requests give the same picture on the server and in the browser.
 * Boxes use the chart's text estimates (frame.ts `textWidth`, `textReach`: generous for Latin,
 * on Naskh's terms for Urdu) and 12 px type.
 */
export function placeLabels(requests: LabelRequest[], frame: LabelBox, obstacles: LabelBox[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const markers = requests.filter((r) => !r.centred && r.r > 0).map((r) => ({ id: r.id, box: { x0: r.x - r.r, x1: r.x + r.r, y0: r.y - r.r, y1: r.y + r.r } }));
  const order = [...requests].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const req of order) {
    const w = textWidth(req.text, 12, req.bold);
    // Above and below the baseline: Urdu (Naskh) reaches further both ways than Latin type.
    const { above, below } = textReach(req.text, 12);
    const gap = req.r + 3;
    const candidates: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] = req.centred
      ? [
          { x: req.x, y: req.y + 4, anchor: 'middle' },
          { x: req.x, y: req.y - 12, anchor: 'middle' },
          { x: req.x, y: req.y + 20, anchor: 'middle' },
        ]
      : [
          { x: req.x + gap, y: req.y + 4, anchor: 'start' },
          { x: req.x - gap, y: req.y + 4, anchor: 'end' },
          { x: req.x, y: req.y - gap - below, anchor: 'middle' },
          { x: req.x, y: req.y + gap + above, anchor: 'middle' },
        ];
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      const box = { x0: x0 - 1, x1: x0 + w + 1, y0: c.y - above, y1: c.y + below };
      if (box.x0 < frame.x0 || box.x1 > frame.x1 || box.y0 < frame.y0 || box.y1 > frame.y1) continue;
      if (placed.some((p) => overlaps(p.box, box))) continue;
      if (markers.some((m) => m.id !== req.id && overlaps(m.box, box))) continue;
      if (obstacles.some((o) => overlaps(o, box))) continue;
      placed.push({ id: req.id, text: req.text, x: round(c.x), y: round(c.y), anchor: c.anchor, box, bold: Boolean(req.bold) });
      break;
    }
  }
  return placed;
}

/** The placed labels as <text> nodes with a halo (legible over borders). */
export function labelNodes(labels: PlacedLabel[], cls = 'tt-map-label'): SvgNode {
  return h(
    'g',
    { class: 'tt-map-labels' },
    labels.map((l) =>
      h(
        'text',
        {
          class: `tt-label tt-halo ${cls}${l.bold ? ' tt-map-label-strong' : ''}`,
          x: l.x,
          y: l.y,
          'text-anchor': l.anchor,
          'data-key': `label-${l.id}`,
          'data-place': l.id,
        },
        l.text,
      ),
    ),
  );
}

/* --------------------------------------------------------------- basemap */

/** Country fills (Pakistan stronger), international borders, the Durand Line drawn apart. */
export function basemap(level: MapLevel, project: Projection, clipId: string): SvgNode {
  return h(
    'g',
    { class: 'tt-map-base', 'clip-path': `url(#${clipId})`, 'aria-hidden': 'true', 'data-key': 'basemap', 'data-zoom': zoomAttr(project) },
    level.countries.map((c) =>
      h('path', {
        class: `tt-map-land${c.code === 'PAK' ? ' tt-map-pak' : c.code === 'AFG' ? ' tt-map-afg' : ''}`,
        'data-country': c.code,
        d: pathData(c.rings, project, true),
      }),
    ),
    h('path', { class: 'tt-map-border', d: pathData(level.borders, project, false) }),
    h('path', { class: 'tt-map-durand', 'data-border': 'durand-line', d: pathData(level.durand, project, false) }),
  );
}

/** Standard notes every map carries. */
export const BOUNDARY_NOTE = 'Boundaries as drawn by Natural Earth, disputed ones included; they are not necessarily authoritative.';
export const BOUNDARY_NOTE_UR = 'سرحدیں نیچرل ارتھ کے مطابق، متنازع سرحدوں سمیت؛ ضروری نہیں کہ یہ مستند ہوں۔';
