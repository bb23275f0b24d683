/**
 * The two scales the charts use, linear and band, with the same arithmetic as d3-scale's
 * scaleLinear and scaleBand and d3-array's ticks (so drawings are identical; the algorithms are
 * d3's, ISC licence), in a fraction of the size: d3-scale brings d3-interpolate, d3-color and
 * d3-format into every page that draws a chart in the browser, which alone broke the JavaScript
 * budget (see README, Quality). tests/unit/scale.test.ts checks them against d3.
 * Only what the charts call is here: domain, range, nice and ticks; band padding and bandwidth.
 */

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** First and last tick index and the increment (negative: its inverse) for about `count` ticks. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values between start and stop (d3-array's `ticks`). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out[i] = inc < 0 ? k / -inc : k * inc;
  }
  return out;
}

/** d3-array's `tickIncrement`. */
export const tickIncrement = (start: number, stop: number, count: number) => tickSpec(start, stop, count)[2];

export interface LinearScale {
  (x: number): number;
  domain(): [number, number];
  domain(d: [number, number]): LinearScale;
  range(): [number, number];
  range(r: [number, number]): LinearScale;
  /** Extend the domain to round values, as d3's `nice(count)`. */
  nice(count?: number): LinearScale;
  /** About `count` round values in the domain, as d3's `ticks(count)`. */
  ticks(count?: number): number[];
}

export function scaleLinear(): LinearScale {
  let d: [number, number] = [0, 1];
  let r: [number, number] = [0, 1];
  const scale = ((x: number) => {
    // d3's bimap: normalise within the domain (reversed domains swap both ends), then interpolate.
    let [d0, d1] = d;
    let [r0, r1] = r;
    if (d1 < d0) {
      [d0, d1] = [d1, d0];
      [r0, r1] = [r1, r0];
    }
    const span = d1 - d0;
    const t = span ? (x - d0) / span : Number.isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = ((value?: [number, number]) => {
    if (!value) return [...d];
    d = [+value[0], +value[1]];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((value?: [number, number]) => {
    if (!value) return [...r];
    r = [+value[0], +value[1]];
    return scale;
  }) as LinearScale['range'];
  scale.ticks = (count = 10) => ticks(d[0], d[1], count);
  scale.nice = (count = 10) => {
    let [start, stop] = d;
    const reversed = stop < start;
    if (reversed) [start, stop] = [stop, start];
    let prestep: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d = reversed ? [stop, start] : [start, stop];
        return scale;
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    return scale;
  };
  return scale;
}

export interface BandScale<T> {
  (x: T): number | undefined;
  domain(): T[];
  domain(d: readonly T[]): BandScale<T>;
  range(r: [number, number]): BandScale<T>;
  paddingInner(p: number): BandScale<T>;
  paddingOuter(p: number): BandScale<T>;
  bandwidth(): number;
  step(): number;
}

export function scaleBand<T>(): BandScale<T> {
  let keys: T[] = [];
  let r: [number, number] = [0, 1];
  let inner = 0;
  let outer = 0;
  let positions = new Map<T, number>();
  let width = 1;
  let stepSize = 1;
  function rescale() {
    const n = keys.length;
    const reverse = r[1] < r[0];
    let start = reverse ? r[1] : r[0];
    const stop = reverse ? r[0] : r[1];
    stepSize = (stop - start) / Math.max(1, n - inner + outer * 2);
    start += (stop - start - stepSize * (n - inner)) * 0.5;
    width = stepSize * (1 - inner);
    const values = keys.map((_, i) => start + stepSize * i);
    if (reverse) values.reverse();
    positions = new Map(keys.map((k, i) => [k, values[i]!]));
    return scale;
  }
  const scale = ((x: T) => positions.get(x)) as BandScale<T>;
  scale.domain = ((value?: readonly T[]) => {
    if (!value) return [...keys];
    keys = [...new Set(value)];
    return rescale();
  }) as BandScale<T>['domain'];
  scale.range = (value) => {
    r = [+value[0], +value[1]];
    return rescale();
  };
  scale.paddingInner = (p) => {
    inner = Math.min(1, p);
    return rescale();
  };
  scale.paddingOuter = (p) => {
    outer = +p;
    return rescale();
  };
  scale.bandwidth = () => width;
  scale.step = () => stepSize;
  return rescale();
}

/** Bands for `keys` across `range`, with inner and outer padding as fractions of a step (d3's meaning). */
export function bandsAcross<T>(keys: readonly T[], range: [number, number], inner: number, outer: number): BandScale<T> {
  return scaleBand<T>().domain(keys).range(range).paddingInner(inner).paddingOuter(outer);
}
