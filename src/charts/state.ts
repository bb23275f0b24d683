/**
 * The state contract of a chart: which keys its state has, what values each accepts, which of
 * them the reader can set (controls, drawn by src/components/FigureControls.astro) and which an
 * embed address may set (?view=killed, ?year=2014). Pure and import-free, so the browser can use
 * it too: the same value parsers check an author's state at build time, an embed's query string
 * and a figure's controls in the browser.
 *
 * A chart declares its state once, in its registry entry (src/charts/registry.ts), as one field
 * per key of its state type:
 *   state: { view: choice({ label: 'Show', options: viewOptions, fallback: 'attacks', query: true }), highlight: pair() }
 * Adding a control (say a year choice for a chart) is one more field there.
 */

import type { Lang } from '../i18n/lang.ts';

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** A control the reader sees: radio buttons, check boxes or a whole-number slider. Plain data (it is sent to the browser as JSON). */
export type ControlSpec =
  | { kind: 'choice'; label: string; options: readonly Option[]; fallback: string; query: boolean }
  | { kind: 'set'; label: string; options: readonly Option[]; query: boolean }
  | { kind: 'range'; label: string; min: number; max: number; fallback: number; query: boolean; examples?: readonly number[] };

/** A control with the state key it sets. */
export type Control = ControlSpec & { key: string };

/** One key of a chart's state: how to read a value of it (undefined: not valid) and, if the reader can set it, its control. */
export interface Field<T> {
  parse(raw: unknown): T | undefined;
  control?: ControlSpec;
  /** The same control with its words in another language (labels only: values, fallback and query are the same). */
  controlIn?: Partial<Record<Lang, ControlSpec>>;
}

/**
 * The Urdu words of a control: its label and, for radio buttons and check boxes, one label per
 * option value (a missing option fails the type check).
 */
export interface ControlWords<V extends string = string> {
  label: string;
  options: Record<V, string>;
}
const translated = <V extends string>(options: readonly Option<V>[], words: Record<V, string>): Option<V>[] =>
  options.map((o) => ({ value: o.value, label: words[o.value] }));

/** A chart's state declared field by field: every key of S, with the type S gives it. */
export type StateSchema<S> = { [K in keyof S]-?: Field<Exclude<S[K], undefined>> };

/* ------------------------------------------------------------ value parsers (shared) */

/** The option whose value is `raw`, exactly; anything else (other strings, numbers, arrays, "__proto__") is undefined. */
export function pickOption<V extends string>(options: readonly Option<V>[], raw: unknown): V | undefined {
  return typeof raw === 'string' ? options.find((o) => o.value === raw)?.value : undefined;
}

/** A whole number in [min, max]: a number, or digits only ("2014"; not "2014.5", "+2014", "1e3", " 2014"). */
export function pickInt(range: { min: number; max: number }, raw: unknown): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= range.min && n <= range.max ? n : undefined;
}

/** A list of option values, each known and none twice (an empty list is valid: nothing selected). */
export function pickSet<V extends string>(options: readonly Option<V>[], raw: unknown): V[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: V[] = [];
  for (const item of raw) {
    const v = pickOption(options, item);
    if (v === undefined || out.includes(v)) return undefined;
    out.push(v);
  }
  return out;
}

/** The value a control accepts for `raw`, or undefined. */
export function parseControl(control: ControlSpec, raw: unknown): string | number | string[] | undefined {
  switch (control.kind) {
    case 'choice':
      return pickOption(control.options, raw);
    case 'set':
      return pickSet(control.options, raw);
    case 'range':
      return pickInt(control, raw);
  }
}

/* ------------------------------------------------------------ fields */

/** Radio buttons: one of the options. */
export function choice<V extends string>(o: {
  label: string;
  options: readonly Option<V>[];
  fallback: NoInfer<V>;
  query?: boolean;
  ur: ControlWords<NoInfer<V>>;
}): Field<V> {
  const spec = (label: string, options: readonly Option<V>[]): ControlSpec => ({
    kind: 'choice',
    label,
    options,
    fallback: o.fallback,
    query: o.query ?? false,
  });
  return {
    control: spec(o.label, o.options),
    controlIn: { ur: spec(o.ur.label, translated(o.options, o.ur.options)) },
    parse: (raw) => pickOption(o.options, raw),
  };
}

/** Check boxes: any of the options (default: all checked). */
export function checks<V extends string>(o: { label: string; options: readonly Option<V>[]; query?: boolean; ur: ControlWords<NoInfer<V>> }): Field<V[]> {
  const spec = (label: string, options: readonly Option<V>[]): ControlSpec => ({ kind: 'set', label, options, query: o.query ?? false });
  return {
    control: spec(o.label, o.options),
    controlIn: { ur: spec(o.ur.label, translated(o.options, o.ur.options)) },
    parse: (raw) => pickSet(o.options, raw),
  };
}

/** A slider over whole numbers (years). */
export function range(o: {
  label: string;
  min: number;
  max: number;
  fallback: number;
  query?: boolean;
  examples?: readonly number[];
  ur: { label: string };
}): Field<number> {
  const spec = (label: string): ControlSpec => ({
    kind: 'range',
    label,
    min: o.min,
    max: o.max,
    fallback: o.fallback,
    query: o.query ?? false,
    examples: o.examples,
  });
  return { control: spec(o.label), controlIn: { ur: spec(o.ur.label) }, parse: (raw) => pickInt(o, raw) };
}

/** A value only authors set (a scrolly step's state): one of a list of strings. */
export function oneOf<V extends string>(values: readonly V[]): Field<V> {
  const options = values.map((value) => ({ value, label: value }));
  return { parse: (raw) => pickOption(options, raw) };
}

/** A value only authors set: a whole number in [min, max]. */
export function int(min = 0, max = Number.MAX_SAFE_INTEGER): Field<number> {
  return { parse: (raw) => pickInt({ min, max }, raw) };
}

/** A value only authors set: any non-empty string (checked by the chart itself, e.g. an actor id). */
export function text(): Field<string> {
  return { parse: (raw) => (typeof raw === 'string' && raw !== '' ? raw : undefined) };
}

/** A value only authors set: a [from, to] pair of keys ("2021", "2022-11"). */
export function pair(): Field<[string, string]> {
  return {
    parse: (raw) => (Array.isArray(raw) && raw.length === 2 && typeof raw[0] === 'string' && typeof raw[1] === 'string' ? [raw[0], raw[1]] : undefined),
  };
}

/* ------------------------------------------------------------ whole states */

/** The controls of a schema, in declaration order. */
export function controlsOf<S>(schema: StateSchema<S>, lang: Lang = 'en'): Control[] {
  const out: Control[] = [];
  for (const key in schema) {
    const control = (lang === 'en' ? undefined : schema[key].controlIn?.[lang]) ?? schema[key].control;
    if (control) out.push({ ...control, key });
  }
  return out;
}

/**
 * An author's state (a <Figure state> or a <Step state> in a chapter), checked at build time: an
 * unknown key or an invalid value is an error naming the chart, the key and the value.
 */
export function authorState<S>(schema: StateSchema<S>, raw: Record<string, unknown>, where: string): Partial<S> {
  const out: Partial<S> = {};
  for (const key of Object.keys(raw)) if (!(key in schema)) throw new Error(`${where}: unknown state key "${key}"`);
  for (const key in schema) {
    if (raw[key] === undefined) continue;
    const value = schema[key].parse(raw[key]);
    if (value === undefined) throw new Error(`${where}: invalid value for "${key}": ${JSON.stringify(raw[key])}`);
    out[key] = value;
  }
  return out;
}

/** A state read from the outside: one value per key (undefined when absent), possibly several. */
export type Reader = (key: string) => unknown;

/** Reads a query string: a key given once is its string; a key given twice is a list no single-value control accepts. */
export const queryReader =
  (params: URLSearchParams): Reader =>
  (key) => {
    const all = params.getAll(key);
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  };

/**
 * The one parser of outside state (an embed address, a figure's controls): for each control the
 * value the reader gives, if valid; a missing, unknown, repeated or malformed value is left out,
 * so the chart draws its documented default (`fallback`). Keys that are no control's are ignored.
 * `only: 'query'` reads only the controls an address may set.
 */
export function readState(controls: readonly Control[], read: Reader, only?: 'query'): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const c of controls) {
    if (only === 'query' && !c.query) continue;
    const value = parseControl(c, read(c.key));
    if (value !== undefined) out[c.key] = value;
  }
  return out;
}

/** Values to show as examples of an address setting this control (the journalists' page): each option but the default, or the slider's `examples`. */
export function exampleValues(control: Control): string[] {
  if (control.kind === 'range') return (control.examples ?? []).map(String);
  return control.kind === 'choice' ? control.options.map((o) => o.value).filter((v) => v !== control.fallback) : [];
}

/** The state an embed address asks for (`?view=killed&theme=dark` → { view: 'killed' }). */
export const queryState = (controls: readonly Control[], params: URLSearchParams) => readState(controls, queryReader(params), 'query');
