// Embeds and downloads for journalists: the embed pages and their options, the auto-height on a
// host page served from a second origin (our own embed.js and pym.js's Parent), the security
// headers that allow framing only under /embed/, the embed dialog, and every download file.
// The embed code pasted into the host page is the code the site shows its readers, read from the
// journalists' page as served: it points at the origin the site was loaded from (a free port of
// this machine), not at the SITE_URL the build was made for. (That every embed page, snippet and
// download exists: tests/site/deploy.test.ts; axe on the embed pages: pages.spec.ts.)
import { test, expect, parkPointer, type Browser, type Page, type Frame } from './test.ts';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { BUILT_ORIGIN, builtPages, frames, freshServer, gotoSettled, HOST, requests, SITE, watch } from './site.ts';
const charts = existsSync('dist/embed')
  ? readdirSync('dist/embed')
      .filter((d) => statSync(`dist/embed/${d}`).isDirectory())
      .sort()
  : [];

/** A tiny RFC 4180 parser: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n') throw new Error(`bare LF at ${i}: RFC 4180 rows end with CRLF`);
    else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The embed's content height, measured inside the frame, and the iframe's height on the host;
 * `current` is false while the embed has not yet been laid out at the iframe's width (the frame
 * is another origin, so another process: it learns of a host's resize a moment later).
 */
async function heights(page: Page, iframeSelector: string): Promise<{ content: number; frame: number; current: boolean }> {
  const handle = await page.locator(iframeSelector).elementHandle();
  const frame = (await handle?.contentFrame()) as Frame | null;
  if (!frame) return { content: -1, frame: -2, current: false };
  const inside = await frame
    .evaluate(() => {
      const el = document.querySelector('[data-embed]');
      return { content: el ? el.getBoundingClientRect().bottom + window.scrollY : -1, width: window.innerWidth };
    })
    .catch(() => ({ content: -1, width: -1 }));
  // The iframe's own viewport: its size without any border the host gives it.
  const box = await page.locator(iframeSelector).evaluate((el) => ({ height: el.clientHeight, width: el.clientWidth }));
  return { content: inside.content, frame: box.height, current: inside.width === box.width };
}

async function expectFit(page: Page, iframeSelector: string) {
  await expect
    .poll(
      async () => {
        // Not before the embed has the new width: the old layout would fit the old height.
        const { content, frame, current } = await heights(page, iframeSelector);
        return current && content > 100 ? Math.abs(content - frame) : Infinity;
      },
      { timeout: 15_000, message: `iframe ${iframeSelector} should fit its content within 2 px` },
    )
    .toBeLessThanOrEqual(2);
  // …and stays fitted (no growth loop): a loop would change the height again within a few
  // frames, as each resize is measured, posted and applied.
  const settled = await heights(page, iframeSelector);
  await frames(page, 6);
  const { content, frame } = await heights(page, iframeSelector);
  expect(Math.abs(content - frame)).toBeLessThanOrEqual(2);
  expect(Math.abs(frame - settled.frame)).toBeLessThanOrEqual(2);
}

/** The embed code of every chart, as the journalists' page shows it to a reader of this origin. */
let shownCode: Map<string, string> | undefined;
async function embedCode(browser: Browser, id: string): Promise<string> {
  if (!shownCode) {
    const page = await browser.newPage();
    await parkPointer(page);
    await page.goto(`${SITE}/embed-our-charts/`);
    // The page's script moves the code to this origin (src/scripts/embed-origin.ts).
    await expect(page.locator('textarea[data-embed-code]').first()).toHaveValue(new RegExp(`src="${SITE}/embed/`));
    const pairs = await page
      .locator('section.embed-entry')
      .evaluateAll((sections) => sections.map((el) => [el.id.replace(/^embed-/, ''), el.querySelector('textarea')!.value] as [string, string]));
    shownCode = new Map(pairs);
    await page.close();
  }
  const code = shownCode.get(id);
  if (!code) throw new Error(`no embed code for ${id} on /embed-our-charts/`);
  return code;
}

/** The host page on the second origin with `code` pasted into a column `width` px wide. */
const hostPage = (code: string, width: number) => `${HOST}/?width=${width}&paste=${encodeURIComponent(code)}`;

async function embedFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe[data-twin-threats="${id}"]`).elementHandle())!.contentFrame();
  return frame!;
}

test.describe('auto-height on a host page (second origin)', () => {
  for (const id of charts) {
    test(`${id}: the iframe fits the embed at 320, 600 and 1000 px and after the host resizes`, async ({ page, browser }) => {
      await page.setViewportSize({ width: 1100, height: 800 });
      const w = watch(page);
      const sel = `iframe[data-twin-threats="${id}"]`;
      const code = await embedCode(browser, id);
      for (const width of [320, 600, 1000]) {
        await page.goto(hostPage(code, width));
        await expectFit(page, sel);
        expect(Math.round(await page.locator(sel).evaluate((el) => el.getBoundingClientRect().width))).toBe(width);
      }
      // The reader reaches for the chart (its script loads and keeps the drawing: no change of
      // height), then the host narrows and widens its column, twice: the embed shrinks and grows
      // with it, and comes back to the same height each time (no drift, no growth loop).
      const resting = (await heights(page, sel)).frame;
      await page.locator(sel).hover();
      await expect.poll(async () => (await embedFrame(page, id)).locator('.svg-live').count()).toBe(1);
      await frames(page, 6);
      expect(Math.abs((await heights(page, sel)).frame - resting)).toBeLessThanOrEqual(2);
      // Each new width posts one height, the final one: text that reflows first and a chart
      // redrawn after it must not make the host's iframe jump twice.
      await page.evaluate(() => {
        const posted: number[] = [];
        Object.assign(window, { posted });
        addEventListener('message', (e) => {
          const h = e.data?.['twin-threats-height'];
          if (h) posted.push(...(Object.values(h) as number[]));
        });
      });
      const resizeTo = async (width: number) => {
        await page.evaluate((px) => {
          (window as unknown as { posted: number[] }).posted.length = 0;
          document.getElementById('host')!.style.width = `${px}px`;
        }, width);
        await expectFit(page, sel);
        const posted = await page.evaluate(() => (window as unknown as { posted: number[] }).posted);
        expect(posted, `heights posted after the host went to ${width} px`).toEqual([posted.at(-1)]);
        return (await heights(page, sel)).frame;
      };
      const cycle = async () => ({ narrow: await resizeTo(360), wide: await resizeTo(1000) });
      const first = await cycle();
      const second = await cycle();
      expect(first.narrow).not.toBe(first.wide);
      expect(Math.abs(second.wide - first.wide)).toBeLessThanOrEqual(2);
      expect(Math.abs(second.narrow - first.narrow)).toBeLessThanOrEqual(2);
      expect(w.errors).toEqual([]);
    });
  }

  test('a host that runs embed.js only after the embed has posted its height still fits it', async ({ page, browser }) => {
    // The snippet loads embed.js async, so the embed's first height can arrive before anyone
    // listens; the host page here adds embed.js only after that first message (e2e/host-server.mjs,
    // &late). embed.js then asks the embed for its height again.
    const sel = 'iframe[data-twin-threats="pips-yearly"]';
    for (const width of [320, 1000]) {
      await page.goto(`${hostPage(await embedCode(browser, 'pips-yearly'), width)}&late`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __heard: number }).__heard)).toBe(1);
      await expectFit(page, sel);
    }
  });

  test('a host using pym.js’s Parent gets the right height too', async ({ page }) => {
    for (const id of ['picss-yearly', 'network']) {
      await page.goto(`${HOST}/?chart=${id}&width=600&pym`);
      await expectFit(page, '#pym-host iframe');
      await page.evaluate(() => {
        document.getElementById('pym-host')!.style.width = '340px';
      });
      await expectFit(page, '#pym-host iframe');
    }
  });

  test('embed.js is at most 2 KB and ignores height messages that do not come from the embed', async ({ page, request, browser }) => {
    expect(statSync('dist/embed.js').size).toBeLessThanOrEqual(2048);
    expect((await (await request.get('/embed.js')).body()).length).toBeLessThanOrEqual(2048);
    await page.goto(hostPage(await embedCode(browser, 'pips-yearly'), 600));
    const sel = 'iframe[data-twin-threats="pips-yearly"]';
    await expectFit(page, sel);
    const before = (await heights(page, sel)).frame;
    // Forged by the host window itself (wrong source and origin), as a JSON string and as an object,
    // and by another frame on the host's origin. A listener added now runs after embed.js's own:
    // once it has seen all three, embed.js has handled them.
    await page.evaluate(() => {
      const w = window as unknown as { __forged: number };
      w.__forged = 0;
      window.addEventListener('message', (e) => {
        if (
          String(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)).includes('twin-threats-height') &&
          e.source !== document.querySelector<HTMLIFrameElement>('iframe[data-twin-threats]')?.contentWindow
        )
          w.__forged++;
      });
      window.postMessage({ 'twin-threats-height': { 'pips-yearly': 37 } }, '*');
      window.postMessage(JSON.stringify({ 'twin-threats-height': { 'pips-yearly': 41 } }), '*');
      const other = document.createElement('iframe');
      other.srcdoc = '<script>parent.postMessage({"twin-threats-height": {"pips-yearly": 43}}, "*")</script>';
      document.body.append(other);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __forged: number }).__forged)).toBe(3);
    await frames(page, 2);
    expect((await heights(page, sel)).frame).toBe(before);
  });

  test('the host can set the theme with data-theme on the iframe', async ({ page, browser }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(hostPage(await embedCode(browser, 'picss-monthly'), 600));
    const sel = 'iframe[data-twin-threats="picss-monthly"]';
    await expectFit(page, sel);
    const frame = await embedFrame(page, 'picss-monthly');
    const bg = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(253, 252, 248)');
    await page.locator(sel).evaluate((el) => el.setAttribute('data-theme', 'dark'));
    await expect.poll(bg).toBe('rgb(20, 23, 28)');
    await page.locator(sel).evaluate((el) => el.setAttribute('data-theme', 'auto'));
    await expect.poll(bg).toBe('rgb(253, 252, 248)');
  });
});

test.describe('embed page options', () => {
  const embedInit = readFileSync('public/embed-init.js', 'utf8').trim();
  test('a control the reader changed before the chart code loaded is drawn, not the server’s drawing of the old state', async ({ context }) => {
    // A first tap on a control starts loading the chart code and changes the control at once:
    // its change event comes before anyone listens. Here the control is set with no event at
    // all, then the reader's move towards the chart loads the code. Both enhancers.
    for (const [id, set, title] of [
      ['picss-yearly', 'input[data-state-key="view"][value="killed"]', /^People killed/],
      ['network', 'input[data-state-key="year"]', /2014/],
    ] as const) {
      // A page of its own for each chart, its pointer off it (e2e/test.ts): the first chart's
      // hover left the pointer where the second chart would load, and a pointer over an embed
      // as it loads counts as the reader's move, which would load its code before the control
      // is set.
      const page = await context.newPage();
      await parkPointer(page);
      const w = watch(page);
      await page.goto(`/embed/${id}/`);
      const figure = page.locator('figure.figure');
      await figure.locator(set).evaluate((input: HTMLInputElement) => {
        if (input.type === 'range') input.value = '2014';
        else input.checked = true;
      });
      await expect(figure.locator('.svg-live')).toHaveCount(0);
      await figure.locator('.chart-graphic').hover();
      await expect(figure.locator('.svg-live svg')).toHaveCount(1);
      await expect(figure.locator('.svg-live svg > title')).toHaveText(title);
      expect(w.errors).toEqual([]);
      await page.close();
    }
  });
  test('the page is the figure alone: own title, en-GB, its chapter as canonical, CSP, no inline script but the theme script, a credit to its chapter', async ({
    page,
  }) => {
    for (const id of charts) {
      const w = watch(page);
      const res = await page.goto(`/embed/${id}/`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      // Indexable, folded into its chapter: no noindex (Lighthouse's SEO audit), canonical = the chapter.
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
      // A build-time URL: the origin of SITE_URL.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${BUILT_ORIGIN}/.*chapters/[a-z0-9-]+/$`));
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
        'content',
        /script-src 'self'( 'sha256-[^']+')*; style-src 'self'( 'sha256-[^']+')+;/,
      );
      expect(await page.title()).toMatch(/ — Twin Threats$/);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.site-header, .site-footer, nav, .skip-link')).toHaveCount(0);
      await expect(page.locator('figure table')).toHaveCount(1);
      for (const s of await page.locator('script').all()) {
        const src = await s.getAttribute('src');
        const type = await s.getAttribute('type');
        // The one inline script is public/embed-init.js, put inline by the build (src/lib/inline-head.ts).
        if (src === null && type !== 'application/json') expect(await s.textContent()).toBe(embedInit);
      }
      // The credit leads to the chapter on the host that served the embed, whatever SITE_URL was.
      const credit = page.locator('.embed-credit a').first();
      expect(await credit.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(new RegExp(`^${SITE}/.*chapters/[a-z0-9-]+/$`));
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
    }
  });

  test('?theme=dark renders dark and ?theme=light renders light, whatever the system says', async ({ warmPage: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/picss-yearly/?theme=dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 28)');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/picss-yearly/?theme=light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 248)');
    await page.goto('/embed/picss-yearly/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 28)');
  });

  test('?plain shows the chart and its source, not the takeaway, notes or table', async ({ warmPage: page }) => {
    await page.goto('/embed/picss-yearly/?plain');
    await expect(page.locator('.figure-takeaway')).toBeHidden();
    await expect(page.locator('.figure-notes')).toBeHidden();
    await expect(page.locator('.data-table')).toBeHidden();
    await expect(page.locator('.figure-source')).toBeVisible();
    await expect(page.locator('.figure-chart svg:visible')).toHaveCount(1);
    await expect(page.locator('.embed-credit')).toBeVisible();
    await page.goto('/embed/picss-yearly/');
    await expect(page.locator('.figure-takeaway')).toBeVisible();
    await expect(page.locator('.figure-notes')).toBeVisible();
  });

  test('?static does not enhance the figure', async ({ warmPage: page }) => {
    for (const id of ['picss-yearly', 'network']) {
      await gotoSettled(page, `/embed/${id}/?static`);
      // Even when the reader reaches for it, nothing loads and nothing changes.
      await page.locator('.figure-chart').hover();
      await requests(page).settled();
      await frames(page, 2);
      await expect(page.locator('.chart-graphic.is-live, .svg-live')).toHaveCount(0);
      await expect(page.locator('.figure-controls')).toBeHidden();
      await expect(page.locator('.figure-chart svg:visible')).toHaveCount(1);
      // …while without the option it is enhanced as soon as the reader reaches for it.
      await page.goto(`/embed/${id}/`, { waitUntil: 'load' });
      await expect(page.locator('.figure-controls').first()).toBeVisible();
      await page.locator('.figure-chart').hover();
      await expect(page.locator('.chart-graphic.is-live')).toHaveCount(1);
    }
  });

  test('?year=2014 on the network shows the ties of 2014, with or without interaction', async ({ warmPage: page }) => {
    for (const q of ['?year=2014', '?year=2014&static']) {
      await page.goto(`/embed/network/${q}`, { waitUntil: 'load' });
      await expect(page.locator('svg[data-chart="network"]:visible')).toHaveAttribute('data-year', '2014');
      await expect(page.locator('svg[data-chart="network"]:visible title').first()).toContainText('2014');
    }
    await expect(page.locator('input[data-state-key="year"]')).toHaveValue('2014');
  });

  test('?view and ?metric open the yearly and monthly charts in that state', async ({ warmPage: page }) => {
    await page.goto('/embed/picss-yearly/?view=killed', { waitUntil: 'load' });
    await expect(page.locator('input[value="killed"]')).toBeChecked();
    await expect(page.locator('.figure-chart svg:visible title').first()).toContainText('killed');
    await page.goto('/embed/picss-yearly/?view=suicide_attacks&static', { waitUntil: 'load' });
    await expect(page.locator('.figure-chart svg:visible title').first()).toContainText('Suicide');
    await page.goto('/embed/picss-monthly/?metric=killed', { waitUntil: 'load' });
    await expect(page.locator('input[value="killed"]')).toBeChecked();
  });

  test('malformed options are harmless: no error, default rendering', async ({ warmPage: page }) => {
    const w = watch(page);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const q of [
      '?theme=purple&year=abc&view=<script>alert(1)</script>',
      '?year=99999&theme=',
      '?year=2014.5&view=__proto__&metric=constructor',
      '?year=-1&plain=0&static=false',
    ]) {
      await gotoSettled(page, `/embed/network/${q}`);
      await expect(page.locator('svg[data-chart="network"]:visible')).toHaveAttribute('data-year', '2025');
      expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
      await expect(page.locator('.figure-takeaway')).toBeVisible();
      await page.goto(`/embed/picss-yearly/${q}`, { waitUntil: 'load' });
      await expect(page.locator('input[value="attacks"]')).toBeChecked();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 248)');
    }
    expect(w.errors).toEqual([]);
  });

  test('an embed page loads at most 10 KB of JavaScript, the chart code only when the reader reaches for it', async ({ page }) => {
    const report: string[] = [];
    for (const id of charts) {
      const sizes = new Map<string, number>();
      const onResponse = async (r: import('@playwright/test').Response) => {
        if (r.request().resourceType() !== 'script') return;
        try {
          sizes.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
        } catch {
          /* navigated away */
        }
      };
      page.on('response', onResponse);
      await page.setViewportSize({ width: 600, height: 900 });
      await gotoSettled(page, `/embed/${id}/`);
      const eager = [...sizes.values()].reduce((s, n) => s + n, 0);
      const eagerFiles = sizes.size;
      // Until then the drawing shown is the server's, made for this frame width (584 px of content → 560).
      await expect(page.locator('.figure-chart svg:visible')).toHaveCount(1);
      expect(Number(await page.locator('.figure-chart svg:visible').getAttribute('width'))).toBe(560);
      // The first move over the chart loads its code, which keeps that drawing (no change under
      // the pointer) and redraws at the frame's exact width once the width changes.
      const height = await page.locator('[data-embed]').evaluate((el) => el.getBoundingClientRect().height);
      await page.locator('.figure-chart').hover();
      const live = page.locator('.figure-chart .svg-live svg');
      await expect(live).toHaveCount(1);
      expect(Number(await live.getAttribute('width'))).toBe(560);
      expect(await page.locator('[data-embed]').evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
      await page.setViewportSize({ width: 700, height: 900 });
      await expect
        .poll(async () => Number(await live.getAttribute('width')))
        .toBe(await page.locator('.figure-chart .chart-graphic').evaluate((el) => el.clientWidth));
      await requests(page).settled();
      page.off('response', onResponse);
      const total = [...sizes.values()].reduce((s, n) => s + n, 0);
      report.push(`${id}: ${(eager / 1024).toFixed(1)} KB gzip in ${eagerFiles} scripts at load, ${(total / 1024).toFixed(1)} KB after the first hover`);
      expect(eager, `${id}: JavaScript at load`).toBeLessThanOrEqual(10 * 1024);
      expect(total).toBeGreaterThan(eager);
    }
    test.info().annotations.push({ type: 'js-gzip', description: report.join('; ') });
    console.log(report.join('\n'));
  });

  test('a frame of any width shows the server drawing made for it, until the chart code loads', async ({ warmPage: page }) => {
    for (const [frame, drawn] of [
      [320, 300],
      [375, 300],
      [400, 360],
      [768, 740],
      [1000, 860],
      [1100, 1000],
    ] as const) {
      await page.setViewportSize({ width: frame, height: 900 });
      await page.goto('/embed/picss-monthly/', { waitUntil: 'load' });
      const svg = page.locator('.figure-chart svg:visible');
      await expect(svg).toHaveCount(1);
      expect(Number(await svg.getAttribute('width')), `frame ${frame}`).toBe(drawn);
    }
  });
});

test.describe('framing and security headers (a fresh scripts/serve.mjs)', () => {
  const server = freshServer();
  const get = server.get;

  test('embed pages may be framed by any site; every other page only by this one', async ({ request }) => {
    for (const path of charts.flatMap((id) => [`/embed/${id}/`, `/ur/embed/${id}/`])) {
      const h = (await get(request, path)).headers();
      expect(h['content-security-policy']).toBe('frame-ancestors *');
      expect(h['x-frame-options']).toBeUndefined();
    }
    const pages = builtPages().filter((p) => !/^\/(ur\/)?embed\//.test(p));
    expect(pages).toContain('/embed-our-charts/');
    const unprotected: string[] = [];
    for (const p of pages) {
      const h = (await get(request, p)).headers();
      if (h['x-frame-options'] !== 'SAMEORIGIN' || h['content-security-policy'] !== "frame-ancestors 'self'") unprotected.push(p);
    }
    expect(unprotected, 'add these paths to public/_headers').toEqual([]);
    for (const p of ['/', '/embed/network/', '/downloads/network/network.csv', '/embed.js']) {
      const h = (await get(request, p)).headers();
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
    }
  });

  test('an unknown chart id is a 404', async ({ page, request }) => {
    for (const p of [
      '/embed/not-a-chart/',
      '/embed/not-a-chart',
      '/embed/not-a-chart/snippet.html',
      '/downloads/not-a-chart/not-a-chart.csv',
      '/downloads/network/network.xlsx',
    ]) {
      expect((await get(request, p)).status(), p).toBe(404);
    }
    const res = await page.goto(`${server.origin}/embed/not-a-chart/?theme=dark`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });

  test('a browser refuses to frame a chapter on another origin but shows the embed', async ({ page }) => {
    await page.goto(`${HOST}/`);
    await page.evaluate((origin) => {
      for (const path of ['/chapters/the-attack/', '/embed/pips-yearly/']) {
        const f = document.createElement('iframe');
        f.src = origin + path;
        f.dataset.path = path;
        document.body.append(f);
      }
    }, server.origin);
    const frameUrl = async (path: string) => (await (await page.locator(`iframe[data-path="${path}"]`).elementHandle())?.contentFrame())?.url() ?? '';
    const embed = await (await page.locator('iframe[data-path="/embed/pips-yearly/"]').elementHandle())!.contentFrame();
    await expect(embed!.locator('h1')).toHaveCount(1, { timeout: 15_000 });
    // The refused frame ends on the browser's error page instead of the chapter.
    await expect.poll(() => frameUrl('/chapters/the-attack/'), { timeout: 15_000 }).toMatch(/^chrome-error:/);
  });
});

test.describe('downloads', () => {
  for (const id of charts) {
    test(`${id}: CSV, JSON, SVG and PNG are valid and match the chart's data table`, async ({ warmPage: page, request }) => {
      // CSV = the "Show the data" table, cell by cell (a source cell shows the outlets' names,
      // linked; the CSV keeps the source ids the metadata JSON resolves).
      const csvRes = await request.get(`/downloads/${id}/${id}.csv`);
      expect(csvRes.status()).toBe(200);
      expect(csvRes.headers()['content-type']).toContain('text/csv');
      const rows = parseCsv(await csvRes.text());
      await page.goto(`/embed/${id}/`);
      const table = await page.locator('figure .data-table table').evaluate((t: HTMLTableElement) => ({
        head: [...t.tHead!.rows[0]!.cells].map((c) => c.textContent ?? ''),
        body: [...t.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.getAttribute('data-source-ids') ?? c.textContent ?? '')),
      }));
      expect(rows[0]).toEqual(table.head);
      expect(rows.length - 1).toBe(table.body.length);
      const mismatches: string[] = [];
      rows.slice(1).forEach((row, i) => {
        expect(row.length, `row ${i + 1} width`).toBe(table.head.length);
        row.forEach((cell, j) => {
          const shown = squash(table.body[i]![j] ?? '');
          const csv = squash(cell);
          const same =
            csv === shown ||
            (csv === '' && (shown === '—' || shown === '')) ||
            (csv !== '' && !Number.isNaN(Number(csv)) && Number(csv).toLocaleString('en-GB') === shown);
          if (!same) mismatches.push(`row ${i + 1} col ${j + 1}: csv "${csv}" vs table "${shown}"`);
        });
      });
      expect(mismatches).toEqual([]);

      // JSON metadata.
      const meta = await (await request.get(`/downloads/${id}/${id}.json`)).json();
      expect(meta.id).toBe(id);
      for (const k of ['title', 'takeaway', 'description']) expect(typeof meta[k]).toBe('string');
      expect(meta.licence.name).toBe('CC BY 4.0');
      expect(meta.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(meta.citation.full).toContain('Twin Threats');
      expect(meta.citation.full).toContain(meta.organisation.name);
      expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(table.head);
      expect(meta.sources.length).toBeGreaterThan(0);
      for (const s of meta.sources) {
        expect(Object.keys(s).sort()).toEqual(['date', 'id', 'outlet', 'title', 'url']);
        expect(typeof s.outlet).toBe('string');
        if (s.url !== null) expect(() => new URL(s.url)).not.toThrow();
      }
      expect(meta.sources.filter((s: { url: string | null }) => s.url).length).toBeGreaterThan(0);

      // SVG (both themes) parse as XML with an <svg> root; PNG at twice the SVG's width.
      for (const theme of ['light', 'dark']) {
        const svgRes = await request.get(`/downloads/${id}/${id}-${theme}.svg`);
        expect(svgRes.headers()['content-type']).toContain('image/svg+xml');
        const svgText = await svgRes.text();
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const root = doc.documentElement;
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            name: root.localName,
            ns: root.namespaceURI,
            width: Number(root.getAttribute('width')),
            height: Number(root.getAttribute('height')),
            text: root.textContent ?? '',
          };
        }, svgText);
        expect(parsed.error).toBeNull();
        expect(parsed.name).toBe('svg');
        expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
        expect(parsed.text).toContain('Source:');
        const png = await (await request.get(`/downloads/${id}/${id}-${theme}.png`)).body();
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
        const info = await sharp(png).metadata();
        expect(info.format).toBe('png');
        expect(info.width).toBe(parsed.width * 2);
        expect(Math.abs(info.height! - parsed.height * 2)).toBeLessThanOrEqual(1);
      }
    });
  }
});

test.describe('embed, download and cite in the story', () => {
  const chapterWith = async (page: Page) => {
    for (const p of builtPages().filter((x) => x.startsWith('/chapters/'))) {
      await page.goto(p);
      if (await page.locator('[data-figure-actions]').count()) return p;
    }
    throw new Error('no chapter has a figure with actions');
  };

  test('the Embed button opens a dialog with code for the origin in use, which copies, closes with Esc and works pasted on another site', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
    await chapterWith(page);
    const actions = page.locator('[data-figure-actions]').first();
    const id = await actions.getAttribute('data-figure-actions');
    await expect(actions.locator('[data-embed-link]')).toBeHidden();
    const open = actions.getByRole('button', { name: 'Embed' });
    await open.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const code = await dialog.locator('textarea').inputValue();
    expect(code).toContain(`data-twin-threats="${id}"`);
    // Every URL in it names the origin this page was loaded from (a free port of this machine)…
    expect(code).toMatch(new RegExp(`<iframe title="[^"]+" src="${SITE}/embed/${id}/" width="100%" height="\\d+" loading="lazy" scrolling="no"`));
    expect(code).toContain(`<noscript><a href="${SITE}/downloads/${id}/${id}-light.png">`);
    expect(code).toContain(`<script src="${SITE}/embed.js" async></script>`);
    // …where the build-time file /embed/<id>/snippet.html names the origin of SITE_URL.
    const file = (await (await page.request.get(`/embed/${id}/snippet.html`)).text()).trim();
    expect(file).toBe(code.replaceAll(`${SITE}/`, `${BUILT_ORIGIN}/`));
    if (BUILT_ORIGIN !== SITE) expect(code).not.toContain(BUILT_ORIGIN);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(code);
    await expect(dialog.getByRole('link', { name: /Preview/ })).toHaveAttribute('href', `/embed/${id}/`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    // Pasted into a journalist's page on another origin, the copied code loads the chart from
    // this origin and sizes the frame to it.
    const host = await context.newPage();
    await parkPointer(host);
    const w = watch(host);
    await host.goto(hostPage(copied, 600));
    const sel = `iframe[data-twin-threats="${id}"]`;
    await expect(host.locator(sel)).toHaveAttribute('src', `${SITE}/embed/${id}/`);
    await expectFit(host, sel);
    await expect((await embedFrame(host, id!)).locator('h1')).toHaveCount(1);
    expect(w.errors).toEqual([]);
  });

  test('downloads and the citation are there, and work without JavaScript as plain links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await parkPointer(page);
    await chapterWith(page);
    const actions = page.locator('[data-figure-actions]').first();
    const id = await actions.getAttribute('data-figure-actions');
    await expect(actions.locator('a[data-embed-link]')).toBeVisible();
    await expect(actions.locator('a[data-embed-link]')).toHaveAttribute('href', `/embed-our-charts/#embed-${id}`);
    await actions.locator('summary', { hasText: 'Download' }).click();
    for (const f of [`${id}.csv`, `${id}.json`, `${id}-light.png`, `${id}-dark.png`, `${id}-light.svg`, `${id}-dark.svg`]) {
      await expect(actions.locator(`a[href="/downloads/${id}/${f}"]`)).toBeVisible();
    }
    await actions.locator('summary', { hasText: 'Cite this chart' }).click();
    const cite = actions.locator('.figure-cite');
    await expect(cite).toContainText('CC BY 4.0');
    await expect(cite).toContainText('Twin Threats');
    await expect(cite).toContainText(`/embed/${id}/`);
    await expect(cite).toContainText('accessed');
    await context.close();
  });

  test('the citation’s access date is the reader’s today in the page’s language, and copying speaks it too', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
    // A day that is never the build date, so the build's own date cannot pass for it.
    await page.clock.setFixedTime(new Date(2031, 2, 9, 10, 0));
    const english = await chapterWith(page);
    for (const [path, day, copied] of [
      [english, '9 March 2031', 'Copied'],
      [`/ur${english}`, '9 مارچ، 2031', 'نقل ہو گیا'],
    ] as const) {
      await page.goto(path);
      const actions = page.locator('[data-figure-actions]').first();
      const stamp = actions.locator('time[data-today]');
      // Set when the panel opens, not while the page loads (the first date formatting is slow).
      await expect(stamp).not.toHaveAttribute('data-today', 'shown');
      // From the keyboard: a click at coordinates can land elsewhere while a scrolly above
      // is still changing its layout after the scroll (seen once on the loaded CI machine).
      await actions.locator('details:has(.figure-cite) > summary').press('Enter');
      await expect(actions.locator('details:has(.figure-cite)')).toHaveAttribute('open', '');
      await expect(stamp).toHaveText(day);
      await expect(stamp).toHaveAttribute('datetime', '2031-03-09');
      await actions.locator('[data-embed-open]').click();
      await page.getByRole('dialog').locator('[data-embed-copy]').click();
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText(copied);
      await page.keyboard.press('Escape');
    }
  });

  test('the journalists’ page lists every chart with a live preview, its code, downloads and the terms', async ({ warmPage: page }) => {
    const w = watch(page);
    await page.goto('/embed-our-charts/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#terms')).toBeVisible();
    await expect(page.locator('.embed-terms')).toContainText('CC BY 4.0');
    for (const id of charts) {
      const section = page.locator(`#embed-${id}`);
      await expect(section.locator(`iframe[data-twin-threats="${id}"][loading="lazy"]`)).toHaveCount(1);
      expect(await section.locator('textarea').inputValue()).toContain(`data-twin-threats="${id}"`);
      await expect(section.locator('a[download]')).toHaveCount(6);
    }
    // Lazy: the preview loads when scrolled near, then embed.js sizes it like any host's.
    const first = `#embed-${charts[0]} iframe`;
    await page.locator(first).scrollIntoViewIfNeeded();
    await expectFit(page, first);
    expect(w.errors).toEqual([]);
  });
});
