// Chapter pages: figures are enhanced (src/scripts/figure-enhance.ts) as they come within a
// screen of the viewport. The server's drawing is complete until then, and loading a chapter does
// not pay for the charts far below it (Total Blocking Time, README Quality).
import { startFigure } from './figure-enhance.ts';

const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]:not([data-network])')];
if ('IntersectionObserver' in window) {
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { io.unobserve(e.target); void startFigure(e.target as HTMLElement); }
  }, { rootMargin: '100% 0px' });
  for (const f of figures) io.observe(f);
} else figures.forEach((f) => void startFigure(f));
