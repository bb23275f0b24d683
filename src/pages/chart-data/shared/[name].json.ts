/**
 * The shared parts of chart data (src/data/shared-assets.ts), one file each: the map geometry's
 * levels, fetched once by the browser for every map on every page and embed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { getData } from '../../../data/index.ts';
import { sharedAssets } from '../../../data/shared-assets.ts';

export const getStaticPaths = (async () => {
  // Binding every chart's data registers the shared parts it uses.
  const site = await getData();
  for (const c of charts) void c.bind(site).data;
  return sharedAssets().map(([name, value]) => ({ params: { name }, props: { value } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
