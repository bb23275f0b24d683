// Embed pages only: runs before first paint (the build puts it inline in the page's head and
// allows it by its hash: src/lib/inline-head.ts). Reads the display options from the address
// (?theme=light|dark|auto, ?plain, ?static) so the first frame already has the right colours and
// layout; unknown values are ignored.
(() => {
  var root = document.documentElement;
  var q = new URLSearchParams(location.search);
  var on = (k) => q.has(k) && !/^(0|false|no|off)$/i.test(q.get(k) || '');
  var theme = q.get('theme');
  root.classList.add('js');
  try { if (localStorage.getItem('tt-fonts')) root.classList.add('fonts'); } catch (_e) {}
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (on('plain')) root.classList.add('embed-plain');
  if (on('static')) root.classList.add('embed-static');
})();
