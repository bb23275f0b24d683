/**
 * The body font (Source Serif 4, src/styles/fonts.css) is used only once it is in the browser's
 * cache, so that no page ever waits for it or swaps to it after first paint:
 *  - on a reader's first page the text is set in the system serif; a few seconds after the page
 *    has loaded, when the browser is idle, the font files are fetched (FontFace.load(), which
 *    applies nothing) and a flag is saved. The delay keeps the fetch clear of the page's first
 *    paint and of anything else the page needs first (on a phone's network, 100 KB of fonts
 *    fetched at once slowed the first paint by about 0.4 s: README, Quality);
 *  - on every later page public/theme-init.js sees the flag before first paint and adds the
 *    `fonts` class, which names the font first in --font-serif; the cached file (built assets are
 *    cached for a year) is there at once, and `font-display: optional` keeps the system serif if
 *    it ever is not.
 * Urdu pages do the same with their own face, Noto Nastaliq Urdu (one weight, Arabic-script subset,
 * 156 KB), under its own flag and class (`tt-fonts-ur`, `fonts-ur`): English pages never fetch it,
 * and an Urdu reader's first page is set in the system's Urdu face.
 */
const URDU = document.documentElement.lang === 'ur';
const FAMILY = URDU ? 'Noto Nastaliq Urdu' : 'Source Serif 4';
const KEY = URDU ? 'tt-fonts-ur' : 'tt-fonts';
const CLASS = URDU ? 'fonts-ur' : 'fonts';

function warm() {
  const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === FAMILY);
  Promise.all(faces.map((f) => f.load()))
    .then(() => {
      try {
        localStorage.setItem(KEY, '1');
      } catch {
        /* private mode: system serif */
      }
    })
    .catch(() => {
      /* offline or blocked: keep the system serif */
    });
}

const DELAY_MS = 4000;

if (!document.documentElement.classList.contains(CLASS) && 'fonts' in document) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 3000 }) : warm());
  const later = () => setTimeout(idle, DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

export {};
