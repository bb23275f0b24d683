/**
 * Downloads for every chart in the registry, written at build time:
 *   /downloads/<id>/<id>.csv          the rows of the chart's data table (RFC 4180)
 *   /downloads/<id>/<id>.json         title, takeaway, description, sources, licence, notes, citation, columns
 *   /downloads/<id>/<id>-light.svg    the chart with its title and source line, colours embedded
 *   /downloads/<id>/<id>-dark.svg
 *   /downloads/<id>/<id>-light.png    the same image rasterised by sharp at 2× (1600 px wide)
 *   /downloads/<id>/<id>-dark.png
 * Endpoints with a file extension are served without a trailing slash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { charts, getChart } from '../../../charts/registry.ts';
import { getData } from '../../../data/index.ts';
import { getChapters } from '../../../lib/chapters.ts';
import { downloadFiles, exportSvg, metadata, toCsv, type DownloadKind } from '../../../lib/embeds.ts';
import { ensureRasterFonts } from '../../../lib/share-card.ts';

export const getStaticPaths = (() =>
  charts.flatMap((c) =>
    downloadFiles(c.id).map((f) => ({ params: { chart: c.id, file: f.file }, props: { kind: f.kind, type: f.type } })),
  )) satisfies GetStaticPaths;

interface Props {
  kind: DownloadKind;
  type: string;
}

export const GET: APIRoute<Props> = async ({ params, props, site }) => {
  const entry = getChart(params.chart!);
  const siteData = await getData();
  const chart = entry.bind(siteData);
  const headers = { 'content-type': props.type };
  switch (props.kind) {
    case 'csv':
      return new Response(toCsv(chart.table()), { headers });
    case 'json': {
      const chapter = (await getChapters()).find((c) => c.data.slug === entry.chapter);
      return new Response(`${JSON.stringify(metadata(entry, chart, siteData, site, chapter?.data.title ?? entry.chapter), null, 2)}\n`, { headers });
    }
    case 'svg-light':
    case 'svg-dark':
      return new Response(exportSvg(entry, chart, props.kind === 'svg-light' ? 'light' : 'dark', site).svg, { headers });
    case 'png-light':
    case 'png-dark': {
      const { svg } = exportSvg(entry, chart, props.kind === 'png-light' ? 'light' : 'dark', site);
      // The same fonts as the Urdu images, whichever sharp draws first (fontconfig reads them once).
      ensureRasterFonts();
      // 144 dpi = 2 × the SVG's 72 dpi user units: the 800-wide image becomes 1600 px.
      const png = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
      return new Response(new Uint8Array(png), { headers });
    }
  }
};
