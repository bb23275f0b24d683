// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { hastPlugins, mdastPlugins } from './src/lib/mdx-plugins.ts';
import { inlineHead } from './src/lib/inline-head.ts';

// Where the site lives. SITE_URL is the public origin, written into the files made at build time
// (canonical URLs, Open Graph images, the sitemap, robots.txt, the credit line of the PNG and SVG
// downloads, the chart metadata JSON, the /embed/<id>/snippet.html fragments and the embed code
// shown when JavaScript is off); embed code shown with JavaScript follows the origin the reader
// loaded. BASE_PATH lets the same build be hosted under a sub-path such as /twin-threats/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    `\n⚠ SITE_URL is not set: canonical URLs, og:image, the sitemap, robots.txt, citations, download credits, chart metadata and the no-JavaScript embed code will point at ${site}. For a deploy: SITE_URL=https://your.domain npm run build\n`,
  );
}

/**
 * Vite warns once per MDX file that the "use astro:head-inject" directive Astro itself adds "may
 * not be preserved when bundling". Astro reads that marker before bundling, so nothing is lost:
 * a known Astro 7 issue (withastro/astro#18087). Only that warning is dropped; every other one
 * is passed on.
 * @param {{ code?: string; message: string }} warning
 * @param {(warning: any) => void} warn
 */
function onwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
  warn(warning);
}

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  // English at the root, the Urdu edition under /ur/ (src/i18n/lang.ts).
  i18n: { locales: ['en', 'ur'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [
    // Sätteri (Astro 7's default MDX processor) with plugins of ours (src/lib/mdx-plugins.ts): one
    // collects each file's figures, steps and citations while it compiles; two keep on one line a
    // number and its month or unit, and a citation marker and the word it cites.
    mdx({ processor: satteri({ mdastPlugins, hastPlugins }) }),
    // The head's styles and theme script inline, their hashes in each page's policy.
    inlineHead(),
    sitemap({ filter: (page) => !page.includes('/embed/'), i18n: { defaultLocale: 'en', locales: { en: 'en-GB', ur: 'ur' } } }),
  ],
  build: {
    // Styles inline: a phone's first paint waits for no stylesheet request. The policy allows
    // exactly these styles by their hashes (src/lib/inline-head.ts).
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn } },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The code every chart needs in the browser (SVG serialiser, frame, scales, the
              // chart loader) in one file instead of six: each request costs a round trip and
              // headers, which counted against the JavaScript budget (README, Quality). Vite's
              // module-preload helper gets a tiny chunk of its own: bundled into chart-core (its
              // first user) it made embed pages load the chart code before the reader touched
              // the chart (src/scripts/embed-page.ts); Astro does not let it be turned off.
              codeSplitting: {
                groups: [
                  {
                    name: 'chart-core',
                    test: /[\\/]src[\\/](charts[\\/](svg|frame|scale|path)|data[\\/](dates|shape)|scripts[\\/](chart-modules|live-chart))\.ts$/,
                    priority: 1,
                  },
                  { name: 'preload', test: /preload-helper/, priority: 2 },
                ],
              },
            },
          },
        },
      },
    },
  },
});
