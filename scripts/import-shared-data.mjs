#!/usr/bin/env node
// One-off import of ../shared/data into content/data (run: node scripts/import-shared-data.mjs).
// It keeps each row's source (outlet, date, URL) through a sources registry and drops the
// verbatim excerpts. Free-text columns (event titles, tie evidence, actor summaries, fact
// values) were afterwards rewritten by hand in our own words, so re-running this script
// overwrites that editing: use it only to start a fresh curation, then review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { csvParse, csvFormat } from 'd3-dsv';

const shared = new URL('../../shared/data/', import.meta.url);
const out = new URL('../content/data/', import.meta.url);
const read = (p) => csvParse(readFileSync(new URL(p, shared), 'utf8'));

// Outlets ranked for "prefer primary outlets" (lower is better); unknown domains rank last.
const OUTLETS = {
  'picss.net': ['PICSS', 'think-tank', 0],
  'picss.org': ['PICSS', 'think-tank', 0],
  'ecom.picss.org': ['PICSS', 'think-tank', 0],
  'pakpips.com': ['PIPS', 'think-tank', 0],
  'san-pips.com': ['PIPS (SAN-PIPS)', 'think-tank', 0],
  'crss.pk': ['CRSS', 'think-tank', 0],
  'crssblog.com': ['CRSS blog', 'think-tank', 0],
  'dawn.com': ['Dawn', 'newspaper', 1],
  'thenews.com.pk': ['The News', 'newspaper', 1],
  'tribune.com.pk': ['The Express Tribune', 'newspaper', 1],
  'brecorder.com': ['Business Recorder', 'newspaper', 1],
  'nation.com.pk': ['The Nation', 'newspaper', 1],
  'staging.nation.com.pk': ['The Nation', 'newspaper', 1],
  'arabnews.pk': ['Arab News Pakistan', 'newspaper', 1],
  'aljazeera.com': ['Al Jazeera', 'broadcaster', 1],
  'washingtonpost.com': ['The Washington Post', 'newspaper', 1],
  'thenationalnews.com': ['The National', 'newspaper', 1],
  'dw.com': ['DW', 'broadcaster', 1],
  'rferl.org': ['RFE/RL', 'broadcaster', 1],
  'pakistantoday.com.pk': ['Pakistan Today', 'newspaper', 2],
  'archive.pakistantoday.com.pk': ['Pakistan Today', 'newspaper', 2],
  'geo.tv': ['Geo News', 'broadcaster', 2],
  'samaa.tv': ['Samaa', 'broadcaster', 2],
  'samaaenglish.tv': ['Samaa English', 'broadcaster', 2],
  'arynews.tv': ['ARY News', 'broadcaster', 2],
  'dunyanews.tv': ['Dunya News', 'broadcaster', 2],
  'aaj.tv': ['Aaj News', 'broadcaster', 2],
  'aajenglish.tv': ['Aaj English', 'broadcaster', 2],
  'bolnews.com': ['BOL News', 'broadcaster', 2],
  'pakobserver.net': ['Pakistan Observer', 'newspaper', 2],
  'dailytimes.com.pk': ['Daily Times', 'newspaper', 2],
  'thehindu.com': ['The Hindu', 'newspaper', 2],
  'urdupoint.com': ['UrduPoint', 'news-site', 2],
  'propakistani.pk': ['ProPakistani', 'news-site', 2],
  'thefridaytimes.com': ['The Friday Times', 'magazine', 2],
  'jamestown.org': ['Jamestown Foundation', 'think-tank', 1],
  'ctc.westpoint.edu': ['CTC Sentinel (West Point)', 'think-tank', 1],
  'longwarjournal.org': ["FDD's Long War Journal", 'think-tank', 2],
  'talibantracker.mei.edu': ['Middle East Institute', 'think-tank', 1],
  'ecoi.net': ['ecoi.net', 'database', 2],
  'stripes.com': ['Stars and Stripes', 'newspaper', 2],
  'upi.com': ['UPI', 'wire', 1],
  'independent.co.uk': ['The Independent', 'newspaper', 2],
  'en.wikipedia.org': ['Wikipedia', 'wiki', 5],
  'military-history.fandom.com': ['Military Wiki (Fandom)', 'wiki', 5],
  'owiki.org': ['Wikipedia mirror', 'wiki', 5],
  'wiki.gravy.cc': ['Wikipedia mirror', 'wiki', 5],
  'wikisum.wiki': ['Wikisum', 'wiki', 5],
  'ww-w.pages.dev': ['Wikipedia mirror', 'wiki', 5],
  'thedispatch.com': ['The Dispatch', 'article', 1],
};
const domainOf = (url) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};
const outletOf = (url, given) => {
  const d = domainOf(url);
  const known = OUTLETS[d];
  return {
    outlet: given || known?.[0] || d,
    kind: known?.[1] || (/wire|AP\b|Reuters|AFP|Associated Press|APP\b/.test(given || '') ? 'wire' : 'news-site'),
    rank: known?.[2] ?? 3,
  };
};
const isoDate = (s) => {
  const m = String(s || '').match(/^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/);
  return m ? m[1] : null;
};
const titleFromUrl = (url) => {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    let slug = [...parts].reverse().find((p) => /[a-z]{3,}-[a-z]{2,}/i.test(p)) || parts.at(-1) || domainOf(url);
    slug = slug
      .replace(/\.(html?|asp|php)$/i, '')
      .replace(/^\d+-/, '')
      .replace(/-\d{5,}$/, '')
      .replace(/_/g, '-');
    const words = slug.split('-').filter(Boolean).join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  } catch {
    return url;
  }
};

const sources = new Map(); // url -> entry
function source(url, { outlet, date, title } = {}) {
  if (!url) return null;
  if (!sources.has(url)) {
    const o = outletOf(url, outlet);
    const d =
      domainOf(url)
        .split('.')
        .filter((p) => !['www', 'com', 'pk', 'net', 'org', 'tv', 'co', 'uk', 'in', 'en'].includes(p))[0] || 'src';
    const id = `${d
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .slice(0, 14)}-${createHash('sha1').update(url).digest('hex').slice(0, 5)}`;
    sources.set(url, { id, outlet: o.outlet, title: title || titleFromUrl(url), date: isoDate(date), url, kind: o.kind, rank: o.rank });
  } else if (!sources.get(url).date && isoDate(date)) sources.get(url).date = isoDate(date);
  return sources.get(url).id;
}

// The two articles the project starts from.
sources.set('https://thedispatch.com/article/pakistans-self-made-jihadist-crisis', {
  id: 'dispatch-2023',
  outlet: 'The Dispatch',
  title: "Pakistan's Self-Made Jihadist Crisis",
  date: '2023-08',
  url: 'https://thedispatch.com/article/pakistans-self-made-jihadist-crisis',
  kind: 'article',
  rank: 1,
});
sources.set('https://www.washingtonpost.com/world/', {
  id: 'wapo-2023',
  outlet: 'The Washington Post',
  title: 'ISIS claims Pakistan suicide bombing, underlining twin security threats',
  date: '2023-07-31',
  url: 'https://www.washingtonpost.com/world/',
  kind: 'article',
  rank: 1,
});

// Yearly and monthly chart series: keep the selected value, but cite the best-ranked outlet
// that reported exactly the same figure (corroborating rows in yearly.csv / monthly.csv).
function bestSource(row, period, pool, periodKey) {
  const same = pool.filter(
    (r) => r[periodKey] === period && r.source_org === row.source_org && r.metric === row.metric && r.value === row.value && r.source_url,
  );
  const all = [row, ...same];
  all.sort((a, b) => outletOf(a.source_url).rank - outletOf(b.source_url).rank);
  return source(all[0].source_url, { date: all[0].source_date });
}
const numbers = (s) => (String(s || '').match(/\d[\d,]*/g) || []).map((n) => Number(n.replace(/,/g, ''))).filter((n) => n > 0);

function series(file, periodKey, pool, metrics) {
  return read(file)
    .filter((r) => metrics.includes(r.metric))
    .map((r) => ({
      [periodKey]: r[periodKey],
      metric: r.metric,
      value: Number(r.value),
      source: bestSource(r, r[periodKey], pool, periodKey),
      other_values: numbers(r.other_values_reported)
        .filter((n) => n !== Number(r.value))
        .join(';'),
      note: '',
    }));
}
const yearlyPool = read('frequency/yearly.csv');
const monthlyPool = read('frequency/monthly.csv');
const write = (name, rows) => {
  writeFileSync(new URL(name, out), `${csvFormat(rows)}\n`);
  console.log(name, rows.length);
};

write('picss-yearly.csv', series('frequency/chart_yearly_picss.csv', 'year', yearlyPool, ['attacks', 'killed', 'injured', 'suicide_attacks']));
write('pips-yearly.csv', series('frequency/chart_yearly_pips.csv', 'year', yearlyPool, ['attacks', 'killed', 'injured', 'suicide_attacks']));
write('picss-monthly.csv', series('frequency/chart_monthly_picss.csv', 'month', monthlyPool, ['attacks', 'killed', 'injured']));

// Regional views: PICSS full-year figures only (one organisation per chart), the best-ranked outlet
// per region and metric. Regions stay as reported: 2023 gives KP whole, 2024 gives its settled and
// merged districts apart (never summed: a sum is not a reported figure).
function regionalYear(file, year) {
  const prov = read(file).filter((r) => r.period_std === year && r.source_org === 'PICSS' && ['attacks', 'killed', 'injured'].includes(r.metric));
  const provBest = new Map();
  for (const r of prov) {
    const k = `${r.region_std}|${r.metric}`;
    const cur = provBest.get(k);
    if (!cur || outletOf(r.source_url).rank < outletOf(cur.source_url).rank) provBest.set(k, r);
  }
  write(
    `picss-regions-${year}.csv`,
    [...provBest.values()].map((r) => ({
      region: r.region_std,
      metric: r.metric,
      value: Number(r.value),
      source: source(r.source_url, { date: r.source_date }),
    })),
  );
}
regionalYear('frequency/province_2023.csv', '2023');
regionalYear('frequency/province_other_years.csv', '2024');

// Bajaur toll reports.
write(
  'bajaur-toll.csv',
  read('events/bajaur_toll.csv').map((r, i) => ({
    id: `toll-${String(i + 1).padStart(2, '0')}`,
    reported_at: r.reported_at,
    killed: r.killed,
    injured: r.injured,
    reported_by: r.reported_by,
    status: '',
    note: '',
    source: source(r.source_url, { outlet: r.outlet, date: r.reported_at }),
  })),
);
write(
  'bajaur-facts.csv',
  read('events/bajaur_facts.csv').map((r, i) => ({
    id: `fact-${String(i + 1).padStart(2, '0')}`,
    fact: r.fact_type,
    value: r.value,
    number: '',
    reported_at: r.reported_at,
    reported_by: r.reported_by,
    source: source(r.source_url, { outlet: r.outlet, date: r.reported_at }),
  })),
);
write(
  'events.csv',
  read('events/events.csv').map((r, i) => ({
    id: `ev-${r.date || 'nd'}-${i + 1}`,
    date: r.date,
    title: r.title,
    place: r.place,
    country: r.province_or_country,
    killed: numbers(r.killed)[0] ?? '',
    toll_note: r.killed,
    claimed_by: r.perpetrator_claimed,
    suspected: r.perpetrator_suspected,
    category: r.category,
    source: source(r.source_url, { date: r.source_date }),
  })),
);
write(
  'relations.csv',
  read('events/relations.csv').map((r, i) => ({
    id: `tie-${String(i + 1).padStart(2, '0')}`,
    from: r.source_actor,
    to: r.target_actor,
    type: r.relation,
    start: r.start,
    end: r.end,
    status: /CONTESTED|UNCERTAIN|UNCONFIRMED/.test(r.evidence) ? 'contested' : 'reported',
    evidence: r.evidence,
    source: source(r.source_url, { date: r.source_date }),
  })),
);
writeFileSync(
  new URL('actors.json', out),
  `${JSON.stringify(
    read('events/actors.csv').map((r) => ({
      id: r.id,
      name: r.name,
      aliases: r.aliases
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      founded: r.founded,
      leaders: r.leaders,
      summary: r.description,
      source: source(r.source_url),
    })),
    null,
    2,
  )}\n`,
);

const list = [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)).map(({ rank, ...s }) => s);
writeFileSync(new URL('sources.json', out), `${JSON.stringify(list, null, 2)}\n`);
console.log('sources', list.length);
