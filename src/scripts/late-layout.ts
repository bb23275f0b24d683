/**
 * A chapter opened at its top skips laying out the blocks below the first screens
 * (content-visibility: auto under html.from-top, src/styles/prose.css), so that loading it sets
 * only what is on or near screen. Skipped, a block is also missing from the accessibility tree
 * Chromium gives screen readers: its paragraph is there, its words and links are not, and a
 * figure described by a skipped long description has no description (e2e/late-layout.spec.ts
 * reads the tree). So once the page has loaded, the skipped blocks are laid out for good, from
 * the top down, a few at a time when the browser is idle: the work leaves the way to the first
 * paint, and within a few seconds the whole chapter is in the tree, as it was before it was
 * skipped. The reader's scrolling no longer waits on a block's first layout either.
 * A slice lays out one block, then more while less than 3 ms have passed and the browser's idle
 * period lasts (the deadline requestIdleCallback gives, which ends before a frame is due, so a
 * reader scrolling meanwhile keeps every frame), so only the block that crosses the mark can
 * lengthen it. The first block is laid out even when the callback comes by its timeout (no idle
 * time left), so the work always moves on. With 8 ms, slices on the test machine often took
 * 13-16 ms, just over the 12.5 ms that Lighthouse's fourfold slowdown turns into a long task; at
 * 3 ms fewer do (four loads each: Urdu who's-who 0-3 slices over 12.5 ms against 2-9, English
 * 1 or none against 3-5: reports/performance-notes.md).
 * On a CPU four times slower (Lighthouse's phone), a block that is slow on its own (a long Urdu
 * paragraph, the first block set in a face not used above it) makes a slice of 50-85 ms: a slice
 * cannot be shorter than its block. Ending a slice before a block predicted to overrun it (from
 * its length and the time per character so far) was tried and measured: no shorter (December 7).
 */
const root = document.documentElement;

// The blocks prose.css skips (keep the two lists alike; the test checks that nothing is left
// skipped, whatever the list).
const SKIPPED =
  '.chapter-body .prose > :is(p, ul, ol, blockquote), .chapter-body .figure-foot, .chapter-foot .endnotes li, .chapter-body .scrolly-steps > .step, .chapter-foot .cite-this > .note, .chapter-foot .cite-format, main:has(.chapter-body) + .site-footer';
/** The class that sets a block for good (prose.css). */
const SET = 'laid-out';
/** How long one slice may go on laying out blocks after its first before it yields. */
const SLICE_MS = 3;

/** Where requestIdleCallback is missing: a timer, and no deadline but SLICE_MS. */
const later = (work: (deadline?: IdleDeadline) => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50);

function layOutAll() {
  const blocks = [...document.querySelectorAll<HTMLElement>(SKIPPED)];
  let next = 0;
  const slice = (deadline?: IdleDeadline) => {
    const start = performance.now();
    do {
      const block = blocks[next++]!;
      block.classList.add(SET);
      // Lay it out now, inside this slice, rather than all at once in the next frame.
      void block.offsetHeight;
    } while (next < blocks.length && performance.now() - start < SLICE_MS && (deadline?.timeRemaining() ?? 1) > 0);
    if (next < blocks.length) later(slice);
  };
  later(slice);
}

if (root.classList.contains('from-top') && document.querySelector(SKIPPED)) {
  if (document.readyState === 'complete') layOutAll();
  else addEventListener('load', layOutAll, { once: true });
}

export {};
