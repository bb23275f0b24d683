/**
 * Share cards (Open Graph images), rasterised at build time by sharp from src/lib/share-card.ts:
 *   /share/site.png        the home page and every page that is not a chapter
 *   /share/<slug>.png      one per chapter
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getData } from '../../data/index.ts';
import { getChapters } from '../../lib/chapters.ts';
import { cardChart, cardSvg, ensureRasterFonts } from '../../lib/share-card.ts';
import { site } from '../../lib/site.ts';

interface Props {
  kicker: string;
  title: string;
  dek: string;
  chapter?: string;
}

export const getStaticPaths = (async () => [
  { params: { card: 'site' }, props: { kicker: 'An explainer', title: site.name, dek: site.tagline } },
  ...(await getChapters()).map((c) => ({
    params: { card: c.data.slug },
    props: { kicker: `Chapter ${c.data.order}`, title: c.data.title, dek: c.data.dek, chapter: c.data.slug },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  ensureRasterFonts();
  const chart = cardChart(props.chapter);
  const svg = cardSvg({ ...props, chart, bound: chart.bind(await getData()) });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
