// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// Where the site lives. SITE_URL is the public origin (for canonical URLs, Open Graph and the
// sitemap); BASE_PATH lets the same build be hosted under a sub-path such as /twin-threats/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  build: {
    // External stylesheets and scripts only: the Content-Security-Policy allows no inline code.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
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
                  { name: 'chart-core', test: /[\\/]src[\\/](charts[\\/](svg|frame|scale|path)|data[\\/](dates|shape)|scripts[\\/](chart-modules|live-chart))\.ts$/, priority: 1 },
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
