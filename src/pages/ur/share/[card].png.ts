/**
 * Urdu share cards (Open Graph images of Urdu pages), rasterised by sharp with the Naskh face
 * (ensureRasterFonts):
 *   /ur/share/site.png     the Urdu home page and every Urdu page that is not a chapter
 *   /ur/share/<slug>.png   one per Urdu chapter (content/chapters/ur/), its chart in Urdu
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getData } from '../../../data/index.ts';
import { cardChart, cardSvg, ensureRasterFonts, urduChapters } from '../../../lib/share-card.ts';

interface Props {
  kicker: string;
  title: string;
  dek: string;
  chapter?: string;
}

export const getStaticPaths = (() => [
  {
    params: { card: 'site' },
    props: { kicker: 'ایک وضاحتی جائزہ', title: 'ٹوئن تھریٹس', dek: 'باجوڑ دھماکہ، اور ٹی ٹی پی اور آئی ایس کے پی کے درمیان پاکستان' },
  },
  ...urduChapters().map((c) => ({ params: { card: c.slug }, props: { kicker: `باب ${c.order}`, title: c.title, dek: c.dek, chapter: c.slug } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  ensureRasterFonts();
  const chart = cardChart(props.chapter);
  const svg = cardSvg({ ...props, chart, bound: chart.bind(await getData(), 'ur') });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
