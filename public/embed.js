/* Twin Threats embeds: sizes iframe[data-twin-threats] to its chart and passes the host's
   theme (data-theme="light|dark|auto" on the iframe). Trusts a message only if it comes from
   the iframe's own window and origin. MIT licence. */
((w, d) => {
  if (w.twinThreatsEmbed) return;
  w.twinThreatsEmbed = 1;
  var K = 'twin-threats-';
  var S = `iframe[data-${K.slice(0, -1)}]`;
  function frames() { return d.querySelectorAll(S); }
  function origin(f) { try { return new URL(f.src, d.baseURI).origin; } catch (_e) { return ''; } }
  function send(f, m) { f.contentWindow?.postMessage(m, origin(f)); }
  function theme(f) {
    var t = f.getAttribute('data-theme'), m = {};
    m[`${K}theme`] = t;
    if (f.matches?.(S) && /^(light|dark|auto)$/.test(t)) send(f, m);
  }
  w.addEventListener('message', (e) => {
    var m = e.data, h, fs = frames(), i, f, k;
    if (typeof m === 'string' && m.charAt(0) === '{') try { m = JSON.parse(m); } catch (_x) { return; }
    if (!m || typeof m !== 'object' || !m[`${K}height`]) return;
    for (i = 0; i < fs.length; i++) {
      f = fs[i];
      if (f.contentWindow !== e.source || origin(f) !== e.origin) continue;
      for (k in m[`${K}height`]) h = +m[`${K}height`][k];
      if (!(h > 0 && h < 2e4)) return;
      // border-box: add its border and padding
      const c = getComputedStyle(f), x = c.boxSizing === 'border-box' ? f.offsetHeight - f.clientHeight + parseFloat(c.paddingTop) + parseFloat(c.paddingBottom) : 0;
      f.style.height = f.style.minHeight = `${Math.ceil(h + x)}px`;
      f.style.aspectRatio = 'auto';
      theme(f); // cheap, and survives the frame reloading
      return;
    }
  });
  // Embeds that posted their height before this (async) script ran: ask again.
  frames().forEach((f) => { send(f, `${K}hello`); });
  if (w.MutationObserver) new MutationObserver((r) => {
    for (let i = 0; i < r.length; i++) theme(r[i].target);
  }).observe(d.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
})(window, document);
