// Citation numbers are links to their endnotes; with scripts they open the source's popover
// instead. The popover API gives Esc, light dismiss and top-layer stacking for free.
document.addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.<HTMLAnchorElement>('a[data-cite-pop]');
  if (!link) return;
  const pop = document.getElementById(link.dataset.citePop ?? '');
  if (!pop || !('showPopover' in pop)) return;
  e.preventDefault();
  if (pop.matches(':popover-open')) pop.hidePopover();
  else {
    try {
      (pop as HTMLElement & { showPopover(o?: { source?: Element }): void }).showPopover({ source: link });
    } catch {
      pop.showPopover();
    }
    pop.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }
});
