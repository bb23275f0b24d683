/** The Urdu embed code of a chart as a bare HTML fragment (/ur/embed/<id>/snippet.html), as /embed/<id>/snippet.html is for English. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../../../charts/registry.ts';
import { getData } from '../../../../data/index.ts';
import { snippet } from '../../../../lib/embeds.ts';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const entry = getChart(params.chart!);
  return new Response(`${snippet(entry, entry.bind(await getData(), 'ur'), site).html}\n`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
