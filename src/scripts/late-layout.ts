/**
 * A chapter opened at its top skips laying out the blocks below the first screens
 * (content-visibility: auto under html.from-top, src/styles/prose.css), so that loading it sets
 * only what is on or near screen. Skipped, a block is also missing from the accessibility tree
 * Chromium gives screen readers: its paragraph is there, its words and links are not, and a
 * figure described by a skipped long description has no description (e2e/late-layout.spec.ts
 * reads the tree). So once the page has loaded, the skipped blocks are laid out for good, from
 * the top down, in slices of about 8 ms when the browser is idle (a slice stops once 8 ms have
 * passed, so only the block that crosses the mark can lengthen it): the work leaves the way to
 * the first paint, and within a few seconds the whole chapter is in the tree, as it was before it
 * was skipped. The reader's scrolling no longer waits on a block's first layout either.
 * On a CPU four times slower than the test machine's (Lighthouse's phone), most slices take
 * 20-50 ms, but a block that is slow on its own (a long Urdu list, the first block set in a face
 * not used above it) makes a slice of 50-85 ms: a slice cannot be shorter than its longest block.
 * Ending a slice before a block predicted to overrun it (from its length and the time per
 * character so far) was tried and measured: no shorter (December 7).
 */
const root = document.documentElement;

// The blocks prose.css skips (keep the two lists alike; the test checks that nothing is left
// skipped, whatever the list).
const SKIPPED =
  '.chapter-body .prose > :is(p, ul, ol, blockquote), .chapter-body .figure-foot, .chapter-foot .endnotes li, .chapter-body .scrolly-steps > .step, .chapter-foot .cite-this > .note, .chapter-foot .cite-format, main:has(.chapter-body) + .site-footer';
/** The class that sets a block for good (prose.css). */
const SET = 'laid-out';
/** How long one slice may lay out blocks before it yields. */
const SLICE_MS = 8;

const later = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50));

function layOutAll() {
  const blocks = [...document.querySelectorAll<HTMLElement>(SKIPPED)];
  let next = 0;
  const slice = () => {
    const start = performance.now();
    while (next < blocks.length && performance.now() - start < SLICE_MS) {
      const block = blocks[next++]!;
      block.classList.add(SET);
      // Lay it out now, inside this slice, rather than all at once in the next frame.
      void block.offsetHeight;
    }
    if (next < blocks.length) later(slice);
  };
  later(slice);
}

if (root.classList.contains('from-top') && document.querySelector(SKIPPED)) {
  if (document.readyState === 'complete') layOutAll();
  else addEventListener('load', layOutAll, { once: true });
}

export {};
