/**
 * Resolves `<Stat of="dataset:key:field">` keys to a value and the source id of the row it came
 * from. Pure: takes the shaped data, so tests can check every Stat key in every chapter.
 */
import type { SiteData } from './index.ts';

export interface ResolvedStat {
  value: number;
  source: string;
  dataset: string;
  rowKey: string;
}

export class StatError extends Error {}

export function resolveStat(data: SiteData, key: string): ResolvedStat {
  const [dataset, rowKey, field] = key.split(':');
  if (!dataset || !rowKey || !field) throw new StatError(`Stat "${key}": use dataset:key:field`);
  const fail = (why: string): never => {
    throw new StatError(`Stat "${key}": ${why}`);
  };
  const found = (value: number | null | undefined, source: string | undefined): ResolvedStat => {
    if (value === null || value === undefined || !source) return fail('no value in the data');
    return { value, source, dataset, rowKey };
  };
  switch (dataset) {
    case 'picss-yearly':
    case 'pips-yearly': {
      const list = dataset === 'picss-yearly' ? data.picssYearly : data.pipsYearly;
      const r = list.find((x) => String(x.year) === rowKey && x.metric === field);
      return found(r?.value, r?.source);
    }
    case 'picss-monthly': {
      const r = data.picssMonthly.find((x) => x.month === rowKey && x.metric === field);
      return found(r?.value, r?.source);
    }
    case 'picss-regions-2023':
    case 'picss-regions-2024': {
      const list = dataset === 'picss-regions-2023' ? data.regions2023 : data.regions2024;
      const r = list.find((x) => x.region === rowKey && x.metric === field);
      return found(r?.value, r?.source);
    }
    case 'bajaur-toll': {
      const r = data.toll.find((x) => x.id === rowKey);
      if (field !== 'killed' && field !== 'injured') return fail('field must be killed or injured');
      return found(r?.[field], r?.source);
    }
    case 'bajaur-facts': {
      const r = data.facts.find((x) => x.id === rowKey);
      if (field !== 'number') return fail('field must be number');
      return found(r?.number, r?.source);
    }
    case 'events': {
      const r = data.events.find((x) => x.id === rowKey);
      if (field === 'killed_initial') return found(r?.killed_initial, r?.initial_source || undefined);
      if (field !== 'killed') return fail('field must be killed or killed_initial');
      return found(r?.killed, r?.source);
    }
    default:
      return fail(`unknown dataset "${dataset}"`);
  }
}

export { formatNumber } from './numbers.ts';
