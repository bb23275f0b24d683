// Chapter pages: the group-relations figure is enhanced (src/scripts/network-enhance.ts) as it
// comes within a screen of the viewport, like the other figures (src/scripts/figure.ts).
import { startNetwork } from './network-enhance.ts';

const figures = [...document.querySelectorAll<HTMLElement>('[data-network]')];
if ('IntersectionObserver' in window) {
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { io.unobserve(e.target); void startNetwork(e.target as HTMLElement); }
  }, { rootMargin: '100% 0px' });
  for (const f of figures) io.observe(f);
} else figures.forEach((f) => void startNetwork(f));
