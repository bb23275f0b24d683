/**
 * Figure actions and the journalists' page:
 *  - the "Embed" link of each figure becomes a button that opens its native <dialog> (Esc and the
 *    Close button shut it; the browser returns focus to the button);
 *  - every "Copy code" button copies the embed code next to it (Clipboard API, or select-all and
 *    the old copy command), and says so in a live region;
 *  - access dates in "Cite this chart" show today's date, in the page's language, rather than the
 *    build date;
 *  - embed code points at the origin the page was loaded from (./embed-origin.ts).
 */
import { followOrigin } from './embed-origin.ts';
import { msg } from '../i18n/client.ts';

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
  status.textContent = copied ? msg.copied : msg.codeSelected;
  clearTimeout(timers.get(status));
  timers.set(
    status,
    window.setTimeout(() => {
      status.textContent = '';
    }, 5000),
  );
});

/* Dates are set when they can be seen: at load only where no closed <details> hides them (the
   journalists' page), otherwise when a "Cite" panel opens. A page's first date formatting loads
   the time-zone and calendar data, ~30 ms on a slow phone: done at load on a chapter it was one of
   the longest tasks (Lighthouse counts it four times over in Total Blocking Time). */
function showToday(stamps: Iterable<HTMLTimeElement>) {
  let format: Intl.DateTimeFormat | undefined;
  for (const t of stamps) {
    if (t.dataset.today === 'shown') continue;
    const now = new Date();
    // ur-PK writes "5 دسمبر، 2026" with Western digits, the edition's choice (docs/AUTHORING.md).
    format ??= new Intl.DateTimeFormat(document.documentElement.lang === 'ur' ? 'ur-PK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    t.dateTime = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    t.textContent = format.format(now);
    t.dataset.today = 'shown';
  }
}
const stamps = [...document.querySelectorAll<HTMLTimeElement>('time[data-today]')];
showToday(stamps.filter((t) => !t.closest('details:not([open])')));
document.addEventListener(
  'toggle',
  (e) => {
    // Popovers send toggle events too; only an opening <details> can reveal a date.
    const details = e.target;
    if (details instanceof HTMLDetailsElement && details.open) showToday(details.querySelectorAll<HTMLTimeElement>('time[data-today]'));
  },
  true,
);
