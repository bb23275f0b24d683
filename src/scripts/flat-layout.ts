/**
 * A scrolly's flat layout with JavaScript on: every step followed by its own chart, as without
 * JavaScript. Used when the sticky layout cannot run (its chart code failed to load or threw).
 *
 * Each step's own drawing, but the last's, is sent inside <noscript> (Step.astro): without
 * JavaScript the browser shows it as usual; with JavaScript the parser keeps it as one text node
 * instead of building the few hundred SVG elements of each drawing, which the sticky layout never
 * shows: a third of a scrolly chapter's HTML, and a quarter of the time spent parsing who's-who
 * (README, Quality).
 * Going flat turns that text into the drawings. The last step's drawing is always built: print
 * shows it, with or without JavaScript (src/styles/print.css).
 */
export function showFlatLayout(section: HTMLElement): void {
  for (const held of section.querySelectorAll<HTMLElement>('noscript[data-flat-chart]')) {
    const template = document.createElement('template');
    template.innerHTML = held.textContent ?? '';
    held.replaceWith(template.content);
  }
  section.classList.add('is-flat');
}
