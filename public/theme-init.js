// Runs before first paint (put inline in each page's head by the build, allowed by its hash:
// src/lib/inline-head.ts): applies the reader's saved theme so there is no flash of the wrong
// colours, names the body font once it is cached (src/scripts/fonts.ts), so text is set in it
// from the first frame, and says whether the page opens at its top.
try {
  const t = localStorage.getItem('tt-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  if (localStorage.getItem('tt-fonts')) document.documentElement.classList.add('fonts');
  if (localStorage.getItem('tt-fonts-ur')) document.documentElement.classList.add('fonts-ur');
} catch (_e) {}
document.documentElement.classList.add('js');
// Chapters lay out the blocks a reader has not reached only as they come near (prose.css).
// Opened at a #section or a search engine's link to a passage (#:~:text=…, which location.hash
// does not show but the navigation's own address keeps), or restored part-way down (reload,
// back), the page is laid out whole instead: blocks in view are then set before the first frame
// and nothing on screen moves.
{
  const nav = performance.getEntriesByType?.('navigation')[0];
  const fragment = location.hash || nav?.name.includes('#');
  if (!fragment && (!nav || nav.type === 'navigate')) document.documentElement.classList.add('from-top');
}
