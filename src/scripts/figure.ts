// Chapter pages: figures are enhanced as they come within a screen of the viewport (when-near.ts),
// by the enhancer their chart's registry entry names (data-enhancer: src/scripts/figure-enhance.ts
// for data series, src/scripts/graph-enhance.ts for a graph). The server's drawing is complete
// until then.
import { whenNear } from './when-near.ts';

whenNear([...document.querySelectorAll<HTMLElement>('[data-figure]')], (f) => {
  (f.dataset.enhancer === 'graph'
    ? import('./graph-enhance.ts').then(({ startGraph }) => startGraph(f))
    : import('./figure-enhance.ts').then(({ startFigure }) => startFigure(f))
  ).catch((err: unknown) => console.warn('figure: keeping the server-rendered chart', err));
});
