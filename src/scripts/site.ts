// The one script every page of the site loads (Base.astro): each part does nothing where its
// markup is absent. One file instead of five small ones: every request costs a round trip and its
// headers, which count against the JavaScript budget (README, Quality).
import './theme-toggle.ts';
import './fonts.ts';
import './late-layout.ts';
import './cite.ts';
import './menu.ts';
import './reader.ts';
import './embed-dialog.ts';
import './share.ts';
import './lang-switch.ts';
