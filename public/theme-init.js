// Runs before first paint (put inline in each page's head by the build, allowed by its hash:
// src/lib/inline-head.ts): applies the reader's saved theme so there is no flash of the wrong
// colours, and names the body font once it is cached (src/scripts/fonts.ts), so text is set in
// it from the first frame.
try {
  const t = localStorage.getItem('tt-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  if (localStorage.getItem('tt-fonts')) document.documentElement.classList.add('fonts');
  if (localStorage.getItem('tt-fonts-ur')) document.documentElement.classList.add('fonts-ur');
} catch (_e) {}
document.documentElement.classList.add('js');
