/**
 * Build-time map geometry from Natural Earth (the `world-atlas` package, TopoJSON, read with
 * topojson-client). Nothing here runs in the browser: pages receive only the small, pre-clipped,
 * rounded result (`mapGeometry()`), each level as one shared file both maps use
 * (/chart-data/shared/map-region.json, map-detail.json; the attack map takes only the region
 * level). The whole world is never shipped.
 *
 * Two levels of detail, each clipped to a box in longitude/latitude and rounded:
 *  - `region`: 1:50m countries, box around Pakistan and its neighbours (0.02° ≈ 2 km grid);
 *  - `detail`: 1:10m countries, box around the north-west and the Afghan border (0.005° grid).
 * Borders are drawn as shared arcs (topojson mesh), so each border is one line, and the
 * Pakistan–Afghanistan arc is kept apart as the Durand Line. Boundaries are Natural Earth's,
 * disputed ones included as Natural Earth draws them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, MultiLineString, LineString } from 'geojson';
import type { Box, MapGeometry, MapLevel } from '../charts/geo.ts';
import { REGION_BOX, DETAIL_BOX, clipLine, clipRing } from '../charts/geo.ts';
import { sharedAsset } from './shared-assets.ts';
export { clipRing } from '../charts/geo.ts';

type Pt = [number, number];

const require = createRequire(import.meta.url);
const readTopology = (file: string): Topology => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));

let t50: Topology | undefined;
let t10: Topology | undefined;
const topo50 = () => (t50 ??= readTopology('countries-50m.json'));
const topo10 = () => (t10 ??= readTopology('countries-10m.json'));

/** ISO 3166 numeric ids of the countries drawn, with the short code the charts use. */
export const COUNTRIES: Record<string, { code: string; name: string }> = {
  '586': { code: 'PAK', name: 'Pakistan' },
  '004': { code: 'AFG', name: 'Afghanistan' },
  '364': { code: 'IRN', name: 'Iran' },
  '356': { code: 'IND', name: 'India' },
  '156': { code: 'CHN', name: 'China' },
  '762': { code: 'TJK', name: 'Tajikistan' },
  '795': { code: 'TKM', name: 'Turkmenistan' },
  '860': { code: 'UZB', name: 'Uzbekistan' },
};

type Geo = GeometryCollection<{ name: string }>;
const countries = (t: Topology) => t.objects.countries as Geo;

/** The full-resolution (1:10m) polygon of a country by name, for validating place coordinates. */
export function countryPolygon(name: string): Feature<Polygon | MultiPolygon> {
  const t = topo10();
  const g = countries(t).geometries.find((x) => (x.properties as { name?: string } | undefined)?.name === name);
  if (!g) throw new Error(`Natural Earth has no country named "${name}"`);
  return feature(t, g) as Feature<Polygon | MultiPolygon>;
}

/** Snap to a grid and drop repeated points: the geometry is drawn at most ~1,300 px wide. */
export function snap(points: Pt[], grid: number, closed: boolean): number[] {
  const out: number[] = [];
  const dec = Math.max(0, Math.round(-Math.log10(grid)) + 1);
  const r = (v: number) => Number((Math.round(v / grid) * grid).toFixed(dec));
  for (const p of points) {
    const x = r(p[0]);
    const y = r(p[1]);
    if (out.length && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  if (closed && out.length > 2 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out;
}

function level(t: Topology, box: Box, grid: number): MapLevel {
  const geos = countries(t).geometries.filter((g) => g.id !== undefined && COUNTRIES[String(g.id)]);
  const out: MapLevel = { box, countries: [], borders: [], durand: [] };
  for (const g of geos) {
    const f = feature(t, g) as Feature<Polygon | MultiPolygon>;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings: number[][] = [];
    for (const poly of polys)
      for (const ring of poly) {
        const clipped = clipRing(ring as Pt[], box);
        const s = clipped.length >= 3 ? snap(clipped, grid, true) : [];
        if (s.length >= 6) rings.push(s);
      }
    if (rings.length) out.countries.push({ code: COUNTRIES[String(g.id)]!.code, name: COUNTRIES[String(g.id)]!.name, rings });
  }
  const isPak = (g: { id?: string | number }) => String(g.id) === '586';
  const isAfg = (g: { id?: string | number }) => String(g.id) === '004';
  const lines = (m: MultiLineString | LineString) => (m.type === 'LineString' ? [m.coordinates] : m.coordinates) as Pt[][];
  const col = countries(t);
  const durand = mesh(t, col, (a, b) => (isPak(a) && isAfg(b)) || (isAfg(a) && isPak(b)));
  const others = mesh(t, col, (a, b) => a !== b && !((isPak(a) && isAfg(b)) || (isAfg(a) && isPak(b))));
  for (const l of lines(durand)) for (const run of clipLine(l, box)) out.durand.push(snap(run, grid, false));
  for (const l of lines(others)) for (const run of clipLine(l, box)) out.borders.push(snap(run, grid, false));
  out.durand = out.durand.filter((l) => l.length >= 4);
  out.borders = out.borders.filter((l) => l.length >= 4);
  return out;
}

let cached: MapGeometry | undefined;
/** The geometry both maps draw from (deterministic: same input, same output). */
export function mapGeometry(): MapGeometry {
  cached ??= {
    source: 'Natural Earth (public domain), 1:50m and 1:10m admin-0 countries, via the world-atlas package',
    // Each level is one file the browser fetches once for every map (src/data/shared-assets.ts).
    region: sharedAsset('map-region', level(topo50(), REGION_BOX, 0.02)),
    detail: sharedAsset('map-detail', level(topo10(), DETAIL_BOX, 0.005)),
  };
  return cached;
}
