/**
 * The share controls (src/components/Share.astro). The address shared is the page's, as the
 * reader loaded it, with a fragment naming where they are:
 *  - a chapter's control: the scrolly step in the address bar (scrolly.ts keeps it there), else the
 *    section being read (the one the contents list marks), else none;
 *  - a figure's control: its active step when the address names a step of this figure, else the
 *    figure itself.
 * "Share" opens the device's share sheet where navigator.share exists (phones); otherwise, or if
 * the sheet fails, it opens to "Copy link" and plain e-mail, WhatsApp and X links, rewritten here
 * to carry the same address.
 */
import { msg } from '../i18n/client.ts';
const doc = document;

function sharedUrl(box: HTMLElement): string {
  const base = `${location.origin}${location.pathname}`;
  const hashTarget = location.hash.length > 1 ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const anchor = box.dataset.shareAnchor;
  if (anchor) {
    const figure = doc.getElementById(anchor);
    const step = hashTarget?.matches('[data-step]') && figure?.contains(hashTarget) ? hashTarget.id : '';
    return `${base}#${step || anchor}`;
  }
  if (hashTarget) return `${base}#${hashTarget.id}`;
  const current = doc.querySelector<HTMLAnchorElement>('[data-toc] a[aria-current="true"]');
  return current ? `${base}${current.hash}` : base;
}

function refreshLinks(box: HTMLElement, url: string) {
  const title = box.dataset.shareTitle ?? doc.title;
  const text = box.dataset.shareText ?? '';
  const enc = encodeURIComponent;
  const hrefs: Record<string, string> = {
    email: `mailto:?subject=${enc(title)}&body=${enc(`${text ? `${text}\n\n` : ''}${url}`)}`,
    whatsapp: `https://wa.me/?text=${enc(`${title} ${url}`)}`,
    x: `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`,
  };
  for (const a of box.querySelectorAll<HTMLAnchorElement>('a[data-share-link]')) a.href = hrefs[a.dataset.shareLink!] ?? a.href;
}

function say(box: HTMLElement, msg: string) {
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  if (!status) return;
  status.textContent = '';
  setTimeout(() => (status.textContent = msg), 60);
}

for (const box of doc.querySelectorAll<HTMLDetailsElement>('details[data-share]')) {
  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && navigator.clipboard) copy.hidden = false;
  box.addEventListener('toggle', () => {
    if (box.open) refreshLinks(box, sharedUrl(box));
  });
  // A link followed without opening the menu first (keyboard users tab into it while open).
  box.addEventListener('focusin', () => refreshLinks(box, sharedUrl(box)));
  box.querySelector('summary')!.addEventListener('click', (e) => {
    if (box.open || typeof navigator.share !== 'function') return;
    e.preventDefault();
    const url = sharedUrl(box);
    navigator.share({ title: box.dataset.shareTitle ?? doc.title, text: box.dataset.shareText || undefined, url }).catch((err: unknown) => {
      // Cancelled by the reader: nothing to do. Any other failure: show the plain choices.
      if ((err as Error).name !== 'AbortError') box.open = true;
    });
  });
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(sharedUrl(box));
      say(box, msg.linkCopied);
    } catch {
      say(box, msg.shareFailed);
    }
  });
}
