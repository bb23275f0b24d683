/** robots.txt: everything may be crawled; the sitemap (chapters and reference pages) is named in full. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
