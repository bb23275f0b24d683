// The header's menu (<details class="chapters-menu">, src/components/Header.astro) works without
// script; with it, the open menu behaves like a dialog for keyboard and screen-reader users:
// Tab and Shift+Tab stay inside (button and links), Esc or a tap outside closes it, and focus
// returns to the menu button.
const menu = document.querySelector<HTMLDetailsElement>('details.chapters-menu');
const button = menu?.querySelector<HTMLElement>('summary');
if (menu && button) {
  const items = () => [button, ...menu.querySelectorAll<HTMLElement>('.menu a')].filter((el) => el.getClientRects().length > 0);
  const close = (refocus: boolean) => {
    if (!menu.open) return;
    menu.open = false;
    if (refocus) button.focus();
  };
  menu.addEventListener('keydown', (e) => {
    if (!menu.open) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
      return;
    }
    if (e.key !== 'Tab') return;
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : i === list.length - 1 ? 0 : i + 1;
    e.preventDefault();
    list[next]?.focus();
  });
  document.addEventListener('click', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) close(false);
  });
  // Focus leaving by other means (a screen reader's virtual cursor) closes the menu.
  menu.addEventListener('focusout', (e) => {
    if (menu.open && e.relatedTarget instanceof Node && !menu.contains(e.relatedTarget)) close(false);
  });
}
export {};
