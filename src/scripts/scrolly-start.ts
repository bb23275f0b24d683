// Chapter pages: each scrollytelling section is started (src/scripts/scrolly.ts, and the chart
// code it needs) as it comes within a screen of the viewport, as figures are (when-near.ts). Until
// then the sticky layout shows the server's drawing of the first step; a failure to load leaves
// the flat layout.
import { showFlatLayout } from './flat-layout.ts';
import { whenNear } from './when-near.ts';

whenNear([...document.querySelectorAll<HTMLElement>('[data-scrolly]')], (section) => {
  import('./scrolly.ts')
    .then(({ startScrolly }) => startScrolly(section))
    .catch((err: unknown) => {
      showFlatLayout(section);
      console.warn('scrolly: flat layout', err);
    });
});
