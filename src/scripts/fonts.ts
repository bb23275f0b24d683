/**
 * The body font (Source Serif 4, src/styles/fonts.css) is used only once it is in the browser's
 * cache, so that no page ever waits for it or swaps to it after first paint:
 *  - on a reader's first page the text is set in the system serif; once the page has loaded and
 *    the browser is idle, the font files are fetched (FontFace.load(), which applies nothing) and
 *    a flag is saved;
 *  - on every later page public/theme-init.js sees the flag before first paint and adds the
 *    `fonts` class, which names the font first in --font-serif; the cached file (built assets are
 *    cached for a year) is there at once, and `font-display: optional` keeps the system serif if
 *    it ever is not.
 */
const FAMILY = 'Source Serif 4';
const KEY = 'tt-fonts';

function warm() {
  const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === FAMILY);
  Promise.all(faces.map((f) => f.load()))
    .then(() => { try { localStorage.setItem(KEY, '1'); } catch { /* private mode: system serif */ } })
    .catch(() => { /* offline or blocked: keep the system serif */ });
}

if (!document.documentElement.classList.contains('fonts') && 'fonts' in document) {
  const later = () => ('requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 3000 }) : setTimeout(warm, 1000));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

export {};
