/**
 * Large parts of chart data that several charts (and pages) use, such as the map geometry: the
 * build writes each once, to /chart-data/shared/<name>.json, and a chart's own data file (or an
 * embed page's inline data) carries `{ "$shared": "<name>" }` in its place. The browser fetches
 * each shared file once and the HTTP cache keeps it across pages and embeds
 * (src/scripts/chart-modules.ts). At build time the charts draw from the full objects: nothing
 * changes for the server drawing.
 */
const names = new WeakMap<object, string>();
const byName = new Map<string, object>();

/** Mark a value as a shared asset under a file-safe name; returns the value. */
export function sharedAsset<T extends object>(name: string, value: T): T {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`shared asset name "${name}": use a-z, 0-9 and -`);
  const known = byName.get(name);
  if (known && known !== value) throw new Error(`shared asset "${name}" registered twice with different values`);
  names.set(value, name);
  byName.set(name, value);
  return value;
}

/** The reference written in place of a shared asset. */
export interface SharedRef {
  $shared: string;
}

/** JSON for the browser: every shared asset inside `data` replaced by its reference. */
export const toBrowserJson = (data: unknown): string =>
  JSON.stringify(data, (_key, value: unknown) => {
    const name = value && typeof value === 'object' ? names.get(value) : undefined;
    return name ? ({ $shared: name } satisfies SharedRef) : value;
  });

/** Every shared asset registered so far (build time, after the charts' data has been bound). */
export const sharedAssets = (): [string, object][] => [...byName];
