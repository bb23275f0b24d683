// Theme toggle: shown only when scripts run; the choice persists in localStorage and is applied
// before paint by public/theme-init.js. Without a saved choice the system setting rules.
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);

function sync() {
  if (!button) return;
  button.setAttribute('aria-pressed', String(isDark()));
}

if (button) {
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('tt-theme', next);
    } catch {
      /* private mode: the choice lasts this page */
    }
    sync();
    document.dispatchEvent(new CustomEvent('tt-theme-change', { detail: next }));
  });
  systemDark.addEventListener('change', sync);
}
