// Chapter pages: the scrollytelling controller (src/scripts/scrolly.ts) and the chart code it
// needs are fetched once the page has loaded, so that none of it is on the way to the first
// paint (README, Quality). Until then the sticky layout shows the server's drawing of the first
// step; a failure to load leaves the flat layout.
const start = () =>
  import('./scrolly.ts')
    .then(({ startScrollies }) => startScrollies())
    .catch((err: unknown) => {
      for (const s of document.querySelectorAll('[data-scrolly]')) s.classList.add('is-flat');
      console.warn('scrolly: flat layout', err);
    });
if (document.readyState === 'complete') void start();
else addEventListener('load', () => void start(), { once: true });

export {}; // a module: its names stay out of the global scope
