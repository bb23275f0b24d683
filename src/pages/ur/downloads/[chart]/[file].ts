/**
 * Urdu downloads of every chart (/ur/downloads/<id>/…): the metadata JSON, and the SVG and PNG
 * images in both themes, with their words in Urdu (the PNGs drawn with the Naskh face that
 * ensureRasterFonts gives sharp). The CSV is not repeated: its headers are data field names, and
 * Urdu pages link /downloads/<id>/<id>.csv.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { charts, getChart } from '../../../../charts/registry.ts';
import { getData } from '../../../../data/index.ts';
import { downloadFiles, exportSvg, metadata, type DownloadKind } from '../../../../lib/embeds.ts';
import { ensureRasterFonts, urduChapters } from '../../../../lib/share-card.ts';

export const getStaticPaths = (() =>
  charts.flatMap((c) =>
    downloadFiles(c.id, 'ur')
      .filter((f) => f.kind !== 'csv')
      .map((f) => ({ params: { chart: c.id, file: f.file }, props: { kind: f.kind, type: f.type } })),
  )) satisfies GetStaticPaths;

interface Props {
  kind: DownloadKind;
  type: string;
}

export const GET: APIRoute<Props> = async ({ params, props, site }) => {
  const entry = getChart(params.chart!);
  const siteData = await getData();
  const chart = entry.bind(siteData, 'ur');
  const headers = { 'content-type': props.type };
  const theme = props.kind.endsWith('dark') ? 'dark' : 'light';
  if (props.kind === 'json') {
    const chapter = urduChapters().find((c) => c.slug === entry.chapter);
    return new Response(`${JSON.stringify(metadata(entry, chart, siteData, site, chapter?.title ?? entry.chapter), null, 2)}\n`, { headers });
  }
  const { svg } = exportSvg(entry, chart, theme, site);
  if (props.kind.startsWith('svg')) return new Response(svg, { headers });
  ensureRasterFonts();
  const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers });
};
