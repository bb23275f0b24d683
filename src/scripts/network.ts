// Chapter pages: the group-relations figure is enhanced (src/scripts/network-enhance.ts) as it
// comes within a screen of the viewport, once the page has loaded, like the other figures
// (src/scripts/figure.ts).
const figures = [...document.querySelectorAll<HTMLElement>('[data-network]')];
const enhance = (f: HTMLElement) => import('./network-enhance.ts')
  .then(({ startNetwork }) => startNetwork(f))
  .catch((err: unknown) => console.warn('network: keeping the server-rendered diagram', err));

function start() {
  if (!('IntersectionObserver' in window)) { figures.forEach((f) => void enhance(f)); return; }
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { io.unobserve(e.target); void enhance(e.target as HTMLElement); }
  }, { rootMargin: '100% 0px' });
  for (const f of figures) io.observe(f);
}
if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });

export {}; // a module: its names stay out of the global scope
