// Chapter pages: each scrollytelling section is started (src/scripts/scrolly.ts, and the chart
// code it needs) once the page has loaded and the section comes within a screen of the viewport,
// as figures are (src/scripts/figure.ts): none of it is on the way to the first paint, and a
// chapter does not pay for the stories far below (README, Quality). Until then the sticky layout
// shows the server's drawing of the first step; a failure to load leaves the flat layout.
const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
const start = (section: HTMLElement) =>
  import('./scrolly.ts')
    .then(({ startScrolly }) => startScrolly(section))
    .catch((err: unknown) => {
      section.classList.add('is-flat');
      console.warn('scrolly: flat layout', err);
    });

function observe() {
  if (!('IntersectionObserver' in window)) {
    for (const s of sections) void start(s);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) {
          io.unobserve(e.target);
          void start(e.target as HTMLElement);
        }
    },
    { rootMargin: '100% 0px' },
  );
  for (const s of sections) io.observe(s);
}
if (document.readyState === 'complete') observe();
else addEventListener('load', observe, { once: true });

export {}; // a module: its names stay out of the global scope
