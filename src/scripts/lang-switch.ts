// The language switch (Header.astro) lands on the same section in the other edition: headings
// keep the English ids in both (docs/AUTHORING.md, "Translate a chapter"), so the switch carries
// the address's #hash, or, without one, the section the reader is in (the table of contents marks
// it with aria-current, src/scripts/reader.ts).
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  a.addEventListener('click', () => {
    const current = document.querySelector<HTMLAnchorElement>('[data-toc] a[aria-current="true"]');
    const hash = location.hash || current?.hash || '';
    a.href = a.href.replace(/#.*$/, '') + hash;
  });
}

export {};
