/**
 * Figure actions and the journalists' page:
 *  - the "Embed" link of each figure becomes a button that opens its native <dialog> (Esc and the
 *    Close button shut it; the browser returns focus to the button);
 *  - every "Copy code" button copies the embed code next to it (Clipboard API, or select-all and
 *    the old copy command), and says so in a live region;
 *  - access dates in "Cite this chart" show today's date rather than the build date;
 *  - embed code points at the origin the page was loaded from (./embed-origin.ts).
 */
import { followOrigin } from './embed-origin.ts';

for (const code of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]')) {
  code.value = followOrigin(code.value, import.meta.env.SITE, location.origin);
}
for (const actions of document.querySelectorAll<HTMLElement>('[data-figure-actions]')) {
  const dialog = actions.querySelector<HTMLDialogElement>('dialog[data-embed-dialog]');
  const open = actions.querySelector<HTMLButtonElement>('[data-embed-open]');
  const link = actions.querySelector<HTMLElement>('[data-embed-link]');
  if (!dialog || !open || typeof dialog.showModal !== 'function') continue;
  open.hidden = false;
  if (link) link.hidden = true;
  open.addEventListener('click', () => {
    dialog.showModal();
    dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')?.select();
  });
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
}

const timers = new WeakMap<Element, number>();
document.addEventListener('click', async (e) => {
  const button = (e.target as Element).closest?.<HTMLButtonElement>('[data-embed-copy]');
  const block = button?.closest<HTMLElement>('[data-embed-block]');
  const code = block?.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const status = block?.querySelector<HTMLElement>('[data-embed-status]');
  if (!code || !status) return;
  let copied = false;
  try {
    await navigator.clipboard.writeText(code.value);
    copied = true;
  } catch {
    code.focus();
    code.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  status.textContent = copied ? 'Copied' : 'The code is selected: press Ctrl+C (or ⌘C) to copy it';
  clearTimeout(timers.get(status));
  timers.set(
    status,
    window.setTimeout(() => {
      status.textContent = '';
    }, 5000),
  );
});

const today = new Date();
for (const t of document.querySelectorAll<HTMLTimeElement>('time[data-today]')) {
  t.dateTime = today.toISOString().slice(0, 10);
  t.textContent = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
