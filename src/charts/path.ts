/**
 * SVG path data for lines and marker shapes, written the way d3-shape writes it (coordinates
 * rounded to 3 decimals, the same commands), so drawings are identical without shipping
 * d3-shape and d3-path to the browser: their single-file builds cannot be tree-shaken and put
 * every curve type on every chart page. The shapes are d3's symbol algorithms (ISC licence).
 * tests/unit/scale.test.ts checks both against d3-shape.
 */

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A path under construction (the subset of d3-path the charts use). */
class Path {
  d = '';
  private cmd(letter: string, ...values: number[]) {
    this.d += letter + values.map(round).join(',');
  }
  moveTo(x: number, y: number) {
    this.cmd('M', x, y);
  }
  lineTo(x: number, y: number) {
    this.cmd('L', x, y);
  }
  close() {
    this.d += 'Z';
  }
}

export interface LineOptions<T> {
  x: (d: T, i: number) => number;
  y: (d: T, i: number) => number;
  /** Points for which this is false break the line (d3's `line().defined`). */
  defined?: (d: T, i: number) => boolean;
  /** 'step-after': horizontal to the next x, then vertical (d3's curveStepAfter). */
  curve?: 'linear' | 'step-after';
}

/** Path data of a line through the points, or '' when no point is defined. */
export function linePath<T>(data: readonly T[], o: LineOptions<T>): string {
  const path = new Path();
  let run = 0;
  let py = NaN;
  const end = () => {
    if (run === 1) path.close();
    run = 0;
  };
  data.forEach((d, i) => {
    if (o.defined && !o.defined(d, i)) {
      end();
      return;
    }
    const x = +o.x(d, i);
    const y = +o.y(d, i);
    if (run === 0) path.moveTo(x, y);
    else if (o.curve === 'step-after') {
      path.lineTo(x, py);
      path.lineTo(x, y);
    } else path.lineTo(x, y);
    run++;
    py = y;
  });
  end();
  return path.d;
}

export type SymbolKind = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'cross' | 'wye';

const tan30 = Math.sqrt(1 / 3);
const ka = 0.8908130915292852;
const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const kx = Math.sin((2 * Math.PI) / 10) * kr;
const ky = -Math.cos((2 * Math.PI) / 10) * kr;
const sqrt3 = Math.sqrt(3);
const wc = -0.5;
const ws = Math.sqrt(3) / 2;
const wk = 1 / Math.sqrt(12);
const wa = (wk / 2 + 1) * 3;

/** Path data of a marker shape of the given area centred on 0,0 (d3's `symbol(type, size)()`). */
export function symbolPath(kind: SymbolKind, size: number): string {
  const p = new Path();
  const poly = (pts: [number, number][]) => {
    for (const [i, [x, y]] of pts.entries()) {
      if (i) p.lineTo(x, y);
      else p.moveTo(x, y);
    }
    p.close();
  };
  switch (kind) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      const [a, b] = [round(r), round(-r)];
      return `M${a},0A${a},${a},0,1,1,${b},0A${a},${a},0,1,1,${a},0`;
    }
    case 'square': {
      const w = Math.sqrt(size);
      const x = round(-w / 2);
      return `M${x},${x}h${round(w)}v${round(w)}h${round(-w)}Z`;
    }
    case 'cross': {
      const r = Math.sqrt(size / 5) / 2;
      poly([
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r],
        [r, -3 * r],
        [r, -r],
        [3 * r, -r],
        [3 * r, r],
        [r, r],
        [r, 3 * r],
        [-r, 3 * r],
        [-r, r],
        [-3 * r, r],
      ]);
      break;
    }
    case 'diamond': {
      const y = Math.sqrt(size / (tan30 * 2));
      const x = y * tan30;
      poly([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
      break;
    }
    case 'star': {
      const r = Math.sqrt(size * ka);
      const x = kx * r;
      const y = ky * r;
      const pts: [number, number][] = [
        [0, -r],
        [x, y],
      ];
      for (let i = 1; i < 5; ++i) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        pts.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      poly(pts);
      break;
    }
    case 'triangle': {
      const y = -Math.sqrt(size / (sqrt3 * 3));
      poly([
        [0, y * 2],
        [-sqrt3 * y, -y],
        [sqrt3 * y, -y],
      ]);
      break;
    }
    case 'wye': {
      const r = Math.sqrt(size / wa);
      const x0 = r / 2;
      const y0 = r * wk;
      const x1 = x0;
      const y1 = r * wk + r;
      const x2 = -x1;
      const y2 = y1;
      poly([
        [x0, y0],
        [x1, y1],
        [x2, y2],
        [wc * x0 - ws * y0, ws * x0 + wc * y0],
        [wc * x1 - ws * y1, ws * x1 + wc * y1],
        [wc * x2 - ws * y2, ws * x2 + wc * y2],
        [wc * x0 + ws * y0, wc * y0 - ws * x0],
        [wc * x1 + ws * y1, wc * y1 - ws * x1],
        [wc * x2 + ws * y2, wc * y2 - ws * x2],
      ]);
      break;
    }
  }
  return p.d;
}
