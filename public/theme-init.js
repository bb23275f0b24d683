// Runs before first paint (blocking, external so the CSP needs no inline script): applies the
// reader's saved theme so there is no flash of the wrong colours.
try {
  var t = localStorage.getItem('tt-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
document.documentElement.classList.add('js');
