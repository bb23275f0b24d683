/**
 * The data Urdu pages' chart scripts draw from (/ur/chart-data/<id>.json): the same rows as
 * /chart-data/<id>.json with the drawn names (places, groups, events) in Urdu
 * (src/i18n/chart-data.ts). src/scripts/chart-modules.ts fetches it on Urdu pages. Shared parts
 * (the map geometry, which has no language) are the same references to
 * /chart-data/shared/<name>.json as in the English file (src/data/shared-assets.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../../charts/registry.ts';
import { getData } from '../../../data/index.ts';
import { toBrowserJson } from '../../../data/shared-assets.ts';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toBrowserJson(getChart(params.chart!).bind(await getData(), 'ur').data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
