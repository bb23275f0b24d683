/**
 * Runs `start` once for each element as it comes within a screen of the viewport, and never
 * before the page has loaded: chart code stays off the way to the first paint, and a chapter does
 * not pay for the figures and stories far below (README, Quality). Used by figure.ts and
 * scrolly-start.ts. Without IntersectionObserver every element starts at load.
 */
export function whenNear(elements: HTMLElement[], start: (el: HTMLElement) => void): void {
  const observe = () => {
    if (!('IntersectionObserver' in window)) {
      for (const el of elements) start(el);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries)
          if (e.isIntersecting) {
            io.unobserve(e.target);
            start(e.target as HTMLElement);
          }
      },
      { rootMargin: '100% 0px' },
    );
    for (const el of elements) io.observe(el);
  };
  if (document.readyState === 'complete') observe();
  else addEventListener('load', observe, { once: true });
}
