/**
 * Build-time check of content/data/places.csv: each coordinate must lie inside the polygon of the
 * country its row names (Natural Earth 1:10m, d3-geo's geoContains), so a swapped latitude and
 * longitude, a wrong sign or a place put in the wrong country stops the build.
 */
import { geoContains } from 'd3-geo';
import { countryPolygon } from './map-geometry.ts';
import type { PlaceRow } from './schemas.ts';

export function placeInCountry(row: PlaceRow): { field: string; problem: string } | null {
  if (geoContains(countryPolygon(row.country), [row.longitude, row.latitude])) return null;
  return { field: 'latitude', problem: `${row.latitude}, ${row.longitude} (latitude, longitude) is not inside ${row.country} as Natural Earth draws it` };
}
