/**
 * The data each chart's browser script draws from, one file per chart (/chart-data/<id>.json),
 * written at build time from the registry. Chapter pages fetch it when a figure is enhanced
 * instead of carrying it in their HTML: a chapter's first paint does not wait for it, and pages
 * that show the same chart (the timeline is in four) share one cached copy. Embed pages keep
 * theirs inline (src/components/ChartData.astro). Shared parts (the map geometry) are references
 * to /chart-data/shared/<name>.json (src/data/shared-assets.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../charts/registry.ts';
import { getData } from '../../data/index.ts';
import { toBrowserJson } from '../../data/shared-assets.ts';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toBrowserJson(getChart(params.chart!).bind(await getData()).data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
