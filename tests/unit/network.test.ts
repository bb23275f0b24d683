/**
 * The group-relations diagram (src/charts/network.ts) on the real actors and ties and on a small
 * hand-made fixture. Expected ties are worked out here from the raw start/end years, not with the
 * module's own helpers, so a wrong filter fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAll } from '../../src/data/validate.ts';
import { relationTypes } from '../../src/data/schemas.ts';
import type { Actor, RelationRow } from '../../src/data/schemas.ts';
import { renderSvg, type SvgNode } from '../../src/charts/svg.ts';
import { actorUr } from '../../src/i18n/chart-data.ts';
import { EMBED_WIDTHS } from '../../src/lib/chart-html.ts';
import {
  approxClass,
  contestedClass,
  describe,
  draw,
  groupOf,
  layout,
  nameWithShort,
  profile,
  table,
  text as words,
  tieGroups,
  tiesShown,
  wrapLabel,
  type NetworkData,
} from '../../src/charts/network.ts';

const contentDir = process.env.TT_CONTENT_DIR ?? 'content';
const loaded = validateAll(contentDir);
const realSources = loaded.sources!.rows as { id: string; outlet: string }[];
const real: NetworkData = {
  actors: loaded.actors!.rows as Actor[],
  relations: loaded.relations!.rows as RelationRow[],
  sourceNames: Object.fromEntries(realSources.map((s) => [s.id, s.outlet])),
};

// ---- helpers -------------------------------------------------------------------------------

function all(node: SvgNode, pred: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) if (typeof c !== 'string') all(c, pred, out);
  return out;
}
const attr = (n: SvgNode, name: string) => n.attrs?.[name];
const classes = (n: SvgNode) => String(attr(n, 'class') ?? '').split(' ');
const ties = (svg: SvgNode) => all(svg, (n) => attr(n, 'data-tie') !== undefined);
const nodes = (svg: SvgNode) => all(svg, (n) => attr(n, 'data-actor') !== undefined);
const tieIds = (svg: SvgNode) =>
  ties(svg)
    .map((n) => String(attr(n, 'data-tie')))
    .sort();
const text = (n: SvgNode): string => (n.children ?? []).map((c) => (typeof c === 'string' ? c : text(c))).join('');

/** Independent of tiesInForce: a tie counts in Y when its start year <= Y <= its end year. */
const expectedIn = (rels: RelationRow[], y: number) =>
  rels
    .filter((r) => (!r.start || Number(r.start.slice(0, 4)) <= y) && (!r.end || Number(r.end.slice(0, 4)) >= y))
    .map((r) => r.id)
    .sort();

const actor = (id: string, short = id, kind: Actor['kind'] = 'militant'): Actor => ({
  id,
  name: `${short} full name`,
  short,
  kind,
  aliases: [],
  founded: null,
  foundedNote: null,
  leaders: [],
  summary: `About ${short}.`,
  source: 'src-x',
});
const rel = (id: string, from: string, to: string, type: string, start = '', end = '', status: RelationRow['status'] = 'reported'): RelationRow =>
  ({ id, from, to, type, start, end, status, evidence: `Evidence for ${id}.`, source: `src-${id}`, note: '' }) as RelationRow;

/** Four actors; dates chosen to sit on the year boundaries. */
const fixture: NetworkData = {
  actors: [actor('TTP', 'TTP'), actor('JUA', 'Jamaat-ul-Ahrar'), actor('PAK_GOV', 'Pakistani state', 'state'), actor('ZZ_NEW', 'New group')],
  relations: [
    rel('tie-01', 'JUA', 'TTP', 'splinter_of', '2014-09', '2020-08'),
    rel('tie-02', 'JUA', 'TTP', 'affiliate_of', '2020-08'),
    rel('tie-03', 'TTP', 'PAK_GOV', 'fights', '2007-12'),
    rel('tie-04', 'PAK_GOV', 'TTP', 'negotiates_with', '2021-10', '2022-11-28', 'contested'),
    // The research files' spelling, still possible while the data is being edited.
    rel('tie-05', 'PAK_GOV', 'JUA', 'supports/shelters', '', '2010'),
  ],
  sourceNames: { 'src-tie-05': 'The Example Times' },
};

// ---- the legend groups -----------------------------------------------------------------------

test('at most six tie groups, each with its own line style, and every relation type in exactly one', () => {
  assert.ok(tieGroups.length <= 6);
  assert.equal(new Set(tieGroups.map((g) => g.line)).size, tieGroups.length);
  assert.equal(new Set(tieGroups.map((g) => g.className)).size, tieGroups.length);
  for (const type of relationTypes) assert.equal(tieGroups.filter((g) => g.types.includes(type)).length, 1, type);
  assert.equal(groupOf('supports/shelters')?.id, 'supports');
  assert.equal(groupOf('fights')?.id, 'conflict');
  assert.deepEqual(
    tieGroups.filter((g) => g.arrow).map((g) => g.id),
    ['splinter', 'supports', 'conflict'],
  );
});

// ---- real data ------------------------------------------------------------------------------

test('every actor named in relations.csv exists in actors.json', () => {
  const ids = new Set(real.actors.map((a) => a.id));
  const missing = real.relations.flatMap((r) => [r.from, r.to]).filter((id) => !ids.has(id));
  assert.deepEqual(missing, []);
  assert.ok(real.relations.length >= 60, `expected the full set of ties, got ${real.relations.length}`);
});

for (const year of [2007, 2014, 2015, 2021, 2023, 2025]) {
  test(`${year}: the ties drawn are exactly those in force that year`, () => {
    const { svg } = draw(real, { width: 1000, state: { year } });
    const expected = expectedIn(real.relations, year);
    assert.deepEqual(tieIds(svg), expected);
    assert.ok(expected.length > 0);
    for (const t of ties(svg)) {
      const row = real.relations.find((r) => r.id === attr(t, 'data-tie'))!;
      assert.equal(attr(t, 'data-from'), row.from);
      assert.equal(attr(t, 'data-to'), row.to);
      assert.equal(attr(t, 'data-group'), groupOf(row.type)!.id);
      assert.equal(attr(t, 'data-status'), row.status);
    }
  });
}

test('known turning points in the ties: JuA split and return, the 2021 ceasefire, the US exit', () => {
  const at = (year: number) => tieIds(draw(real, { width: 1000, state: { year } }).svg);
  assert.ok(at(2014).includes('tie-25') && !at(2014).includes('tie-26'), 'JuA split from the TTP in 2014');
  assert.ok(at(2021).includes('tie-26') && !at(2021).includes('tie-25'), 'JuA back with the TTP after 2020');
  assert.ok(at(2021).includes('tie-21') && !at(2023).includes('tie-21'), 'November 2021 ceasefire only in 2021');
  assert.ok(at(2021).includes('tie-43') && !at(2022).includes('tie-43'), 'US-Taliban fighting ends in 2021');
});

// Issue 14: contested ties are a thinner line of their type (explained in the legend), no badge.
test('contested ties carry the contested class and a thinner line, and no tie has a "?" badge', () => {
  for (const year of [2016, 2021, 2025]) {
    const { svg } = draw(real, { width: 1000, state: { year } });
    let contested = 0;
    for (const t of ties(svg)) {
      const isContested = real.relations.find((r) => r.id === attr(t, 'data-tie'))!.status === 'contested';
      assert.equal(classes(t).includes(contestedClass), isContested, String(attr(t, 'data-tie')));
      assert.equal(all(t, (n) => classes(n).includes('tt-tie-mark')).length, 0);
      if (isContested) contested++;
    }
    assert.ok(contested > 0, `some contested ties in ${year}`);
  }
});

test('ties with an approximate date carry the approx class, a fainter line and a "≈" mark; the others do not', () => {
  // Which ties are approximate is read from the raw precision fields here, not through the module.
  const approxIds = new Set(real.relations.filter((r) => r.start_precision === 'approx' || r.end_precision === 'approx').map((r) => r.id));
  assert.ok(approxIds.has('tie-16'), 'TTP-Afghan Taliban alliance: its 2007 start is not in any source');
  assert.ok(!approxIds.has('tie-01'), 'ISKP-IS affiliation: January 2015 is sourced');
  for (const year of [2016, 2021, 2025]) {
    const { svg } = draw(real, { width: 1000, state: { year } });
    let approx = 0;
    for (const t of ties(svg)) {
      const id = String(attr(t, 'data-tie'));
      const isApprox = approxIds.has(id);
      assert.equal(classes(t).includes(approxClass), isApprox, id);
      assert.equal(attr(t, 'data-date'), isApprox ? 'approx' : undefined, id);
      const marks = all(t, (n) => classes(n).includes('tt-tie-approx-mark'));
      assert.equal(marks.length, isApprox ? 1 : 0, id);
      if (isApprox) assert.equal(text(marks[0]!), '≈');
      const lines = all(t, (n) => classes(n).includes('tt-tie-line'));
      for (const l of lines) assert.equal(attr(l, 'stroke-opacity') !== undefined, isApprox, `${id} line opacity`);
      // Distinct from the contested treatment: an approximate, reported tie has no "?" badge.
      if (isApprox && !classes(t).includes(contestedClass)) assert.equal(all(t, (n) => classes(n).includes('tt-tie-mark')).length, 0, id);
      if (isApprox) approx++;
    }
    assert.ok(approx > 0, `some approximate ties in ${year}`);
  }
});

test('the legend names the approximate-date mark as well as the contested one', () => {
  const legendText = (width: number) =>
    all(draw(real, { width }).svg, (n) => classes(n).includes('tt-legend'))
      .map(text)
      .join(' ');
  for (const width of [320, 1000]) {
    assert.match(legendText(width), /Contested: thin, faint/);
    assert.match(legendText(width), /Date approximate \(≈\)/);
  }
});

test('an approximate date reads "≈" in the table and in the profile; a sourced one does not', () => {
  const data: NetworkData = {
    actors: fixture.actors,
    relations: [
      { ...rel('tie-01', 'TTP', 'PAK_GOV', 'fights', '2007-12'), start_precision: 'approx', end_precision: '' },
      { ...rel('tie-02', 'JUA', 'TTP', 'splinter_of', '2014-09', '2020-08'), start_precision: 'month', end_precision: 'approx' },
    ],
    sourceNames: {},
  };
  const t = table(data);
  assert.deepEqual(
    t.rows.map((r) => [r[3], r[4]]),
    [
      ['≈ December 2007', 'ongoing'],
      ['September 2014', '≈ August 2020'],
    ],
  );
  assert.equal(profile(data, 'PAK_GOV', 2010)!.ties[0]!.period, 'since ≈ December 2007');
  assert.equal(profile(data, 'JUA', 2015)!.ties[0]!.period, 'September 2014 to ≈ August 2020');
});

test('layout is the same on every call, inside the unit square, and no year moves a node', () => {
  const a = layout(real.actors);
  assert.deepEqual(layout(real.actors), a);
  assert.deepEqual(Object.keys(a).sort(), real.actors.map((x) => x.id).sort());
  for (const { x, y } of Object.values(a)) assert.ok(x >= 0 && x <= 1 && y >= 0 && y <= 1);
  for (const width of [320, 1000]) {
    const where = (year: number) => nodes(draw(real, { width, state: { year } }).svg).map((n) => [attr(n, 'data-actor'), attr(n, 'data-x'), attr(n, 'data-y')]);
    const last = where(2025);
    for (let year = 2007; year < 2025; year++) assert.deepEqual(where(year), last, `${width}/${year}`);
  }
});

test('labels stay inside the drawing and clear of each other at every width an embed is drawn at, 320 to 1000', () => {
  for (const width of [...EMBED_WIDTHS, 1000]) {
    for (let year = 2007; year <= 2025; year++) {
      const { labels, svg, height } = draw(real, { width, state: { year } });
      assert.equal(labels.length, real.actors.length);
      for (const l of labels) {
        assert.ok(l.x0 >= 0 && l.x1 <= width, `${width}/${year}: ${l.id} label x ${l.x0}..${l.x1}`);
        assert.ok(l.y0 >= 0 && l.y1 <= height, `${width}/${year}: ${l.id} label y ${l.y0}..${l.y1}`);
      }
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [p, q] = [labels[i]!, labels[j]!];
          assert.ok(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `${width}/${year}: labels ${p.id} and ${q.id} overlap`);
        }
      // Every actor keeps its full short name, however narrow.
      const shown = nodes(svg).map((n) => text(all(n, (c) => c.tag === 'text')[0]!).replace(/-/g, ''));
      for (const a of real.actors)
        assert.ok(
          shown.some((s) => s.replace(/\s/g, '') === a.short.replace(/[\s-]/g, '')),
          `${a.short} label`,
        );
      for (const t of all(svg, (n) => n.tag === 'text')) assert.ok(Number(attr(t, 'font-size')) >= 11, 'legible text');
    }
  }
});

test('Urdu labels, longer and taller than the English ones the layout was tuned for, stay clear of each other and of other groups’ dots', () => {
  // The boxes are the module's estimates of a browser's (Noto Naskh Arabic, measured);
  // e2e/phone.spec.ts checks the boxes Chromium draws. The layout was tuned for English, so in
  // Urdu Jamaat-ul-Ahrar, the BLA, Hizb-ul-Ahrar, Lashkar-e-Islam and Pakistan collided on phones.
  const ur: NetworkData = { ...real, actors: real.actors.map(actorUr) };
  for (const width of [...EMBED_WIDTHS, 375, 1000]) {
    for (let year = 2007; year <= 2025; year++) {
      const { labels, nodes } = draw(ur, { width, state: { year }, lang: 'ur' });
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [p, q] = [labels[i]!, labels[j]!];
          assert.ok(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `${width}/${year}: labels ${p.id} and ${q.id} overlap`);
        }
        for (const n of nodes) {
          if (n.id === labels[i]!.id) continue;
          const l = labels[i]!;
          assert.ok(l.x1 <= n.x - n.r || n.x + n.r <= l.x0 || l.y1 <= n.y - n.r || n.y + n.r <= l.y0, `${width}/${year}: label ${l.id} over ${n.id}'s dot`);
        }
      }
    }
  }
});

test('phones get a taller drawing than desktops; node labels are at least 12 px', () => {
  const narrow = draw(real, { width: 320 });
  const wide = draw(real, { width: 1000 });
  assert.ok(narrow.height / narrow.width > 1.2);
  assert.ok(wide.height / wide.width < 0.8);
  for (const r of [narrow, wide]) for (const t of all(r.svg, (n) => classes(n).includes('tt-net-label'))) assert.ok(Number(attr(t, 'font-size')) >= 12);
});

test('actors without a tie in the year are dimmed, not removed', () => {
  const before = draw(real, { width: 1000, state: { year: 2015 } }).svg;
  const after = draw(real, { width: 1000, state: { year: 2023 } }).svg;
  assert.equal(nodes(before).length, real.actors.length);
  const tjp = (svg: SvgNode) => nodes(svg).find((n) => attr(n, 'data-actor') === 'TJP')!;
  assert.ok(classes(tjp(before)).includes('tt-dim'), 'TJP (from 2023) dimmed in 2015');
  assert.equal(attr(tjp(before), 'data-ties'), 0);
  assert.ok(!classes(tjp(after)).includes('tt-dim'), 'TJP drawn in 2023');
  for (const n of nodes(after)) assert.equal(classes(n).includes('tt-dim'), attr(n, 'data-ties') === 0);
});

test('the serialised SVG has a title, a desc from the data and matching aria-labelledby ids', () => {
  const out = renderSvg(draw(real, { width: 700, state: { year: 2023 }, idPrefix: 'net-a' }).svg);
  assert.match(out, /^<svg [^>]*role="img"[^>]*aria-labelledby="net-a-title net-a-desc"/);
  assert.match(out, /<title id="net-a-title">Ties between militant groups and states in 2023<\/title>/);
  const desc = /<desc id="net-a-desc">([^<]+)<\/desc>/.exec(out)?.[1];
  assert.equal(desc, describe(real, 2023));
  assert.doesNotMatch(out, /NaN|undefined|\bnull\b/);
  assert.doesNotMatch(out, /(fill|stroke)="#/, 'colours come from classes');
});

// ---- fixture --------------------------------------------------------------------------------

test('fixture: year boundaries follow start and end years', () => {
  const at = (year: number) => tieIds(draw(fixture, { width: 600, state: { year } }).svg);
  assert.deepEqual(at(2007), ['tie-03', 'tie-05']);
  assert.deepEqual(at(2014), ['tie-01', 'tie-03']);
  assert.deepEqual(at(2020), ['tie-01', 'tie-02', 'tie-03']);
  assert.deepEqual(at(2022), ['tie-02', 'tie-03', 'tie-04']);
  assert.deepEqual(at(2023), ['tie-02', 'tie-03']);
});

test('fixture: directed ties get arrowheads outside the target node, symmetric ones none', () => {
  const { svg, nodes: placed } = draw(fixture, { width: 600, state: { year: 2022 } });
  const byId = (id: string) => ties(svg).find((t) => attr(t, 'data-tie') === id)!;
  const arrows = (t: SvgNode) => all(t, (n) => classes(n).includes('tt-tie-arrow'));
  assert.equal(arrows(byId('tie-03')).length, 1, 'fights is directed');
  assert.equal(arrows(byId('tie-02')).length, 1, 'affiliate_of is directed');
  assert.equal(arrows(byId('tie-04')).length, 0, 'talks have no direction');
  const tip = /^M([\d.]+),([\d.]+)/
    .exec(String(attr(arrows(byId('tie-03'))[0]!, 'd')))!
    .slice(1)
    .map(Number) as [number, number];
  const target = placed.find((n) => n.id === 'PAK_GOV')!;
  const source = placed.find((n) => n.id === 'TTP')!;
  const dist = (n: typeof target) => Math.hypot(tip[0] - n.x, tip[1] - n.y);
  assert.ok(dist(target) > target.r && dist(target) < target.r + 6, 'tip just outside the target circle');
  assert.ok(dist(source) > dist(target), 'arrow points at the to-actor');
});

test('fixture: parallel ties between one pair are curved apart', () => {
  const { svg } = draw(fixture, { width: 600, state: { year: 2022 } });
  const paths = ['tie-03', 'tie-04'].map((id) =>
    String(attr(all(ties(svg).find((t) => attr(t, 'data-tie') === id)!, (n) => classes(n).includes('tt-tie-line'))[0]!, 'd')),
  );
  const ctrl = paths.map((d) => /Q([\d.]+),([\d.]+)/.exec(d)!.slice(1).map(Number));
  assert.ok(Math.hypot(ctrl[0]![0]! - ctrl[1]![0]!, ctrl[0]![1]! - ctrl[1]![1]!) > 10, `control points apart: ${JSON.stringify(ctrl)}`);
});

test('fixture: type filter and focus change what is drawn', () => {
  const only = draw(fixture, { width: 600, state: { year: 2022, types: ['conflict'] } }).svg;
  assert.deepEqual(tieIds(only), ['tie-03']);
  assert.deepEqual(tieIds(draw(fixture, { width: 600, state: { year: 2022, types: [] } }).svg), []);
  assert.equal(groupOf('supports/shelters')?.id, 'supports');
  assert.deepEqual(tieIds(draw(fixture, { width: 600, state: { year: 2008, types: ['supports'] } }).svg), ['tie-05']);

  const focused = draw(fixture, { width: 600, state: { year: 2022, focus: 'JUA' } }).svg;
  for (const t of ties(focused)) {
    const mine = attr(t, 'data-from') === 'JUA' || attr(t, 'data-to') === 'JUA';
    assert.equal(classes(t).includes('tt-highlight'), mine);
    assert.equal(classes(t).includes('tt-dim'), !mine);
  }
  const cls = (id: string) => classes(nodes(focused).find((n) => attr(n, 'data-actor') === id)!);
  assert.ok(cls('JUA').includes('tt-highlight'));
  assert.ok(!cls('TTP').includes('tt-dim'), 'a neighbour stays');
  assert.ok(cls('PAK_GOV').includes('tt-dim'), 'an unrelated actor is dimmed');
  assert.ok(cls('ZZ_NEW').includes('tt-dim'));
});

test('fixture: node size grows with the number of ties; an actor missing from the design still gets a place', () => {
  const { nodes: placed, svg } = draw(fixture, { width: 600, state: { year: 2022 } });
  const r = (id: string) => placed.find((n) => n.id === id)!.r;
  assert.ok(r('TTP') > r('JUA') && r('JUA') > r('ZZ_NEW'), 'TTP 3 ties > JuA 1 > none');
  assert.equal(attr(nodes(svg).find((n) => attr(n, 'data-actor') === 'TTP')!, 'data-label'), 'TTP full name: 3 ties in 2022');
  const p = layout(fixture.actors).ZZ_NEW!;
  assert.ok(p.x > 0 && p.x < 1 && p.y === 1);
});

test('a node is named by its drawn label first, then its full name (Label in Name), in both languages', () => {
  assert.equal(nameWithShort('Jamiat Ulema-e-Islam (Fazl)', 'JUI-F', ', '), 'JUI-F, Jamiat Ulema-e-Islam (Fazl)');
  assert.equal(nameWithShort('al-Qaeda (core)', 'al-Qaeda', ', '), 'al-Qaeda (core)', 'a name that begins with its label is not repeated');
  assert.equal(nameWithShort('United States', 'united states', ', '), 'United States');
  assert.equal(words.en.nodeLabel('Tehrik-i-Taliban Pakistan', 'TTP', words.en.ties(1), 2025), 'TTP, Tehrik-i-Taliban Pakistan: 1 tie in 2025');
  assert.equal(words.ur.nodeLabel('تحریک طالبان پاکستان', 'ٹی ٹی پی', words.ur.ties(1), 2025), 'ٹی ٹی پی، تحریک طالبان پاکستان: 2025 میں 1 تعلق');
  assert.match(words.ur.ties(2), / تعلقات$/);
  // On the real data, every node's label is in its name, lines joined by a space.
  for (const lang of ['en', 'ur'] as const)
    for (const width of [320, 375, 1280]) {
      const { svg } = draw(real, { width, lang });
      for (const n of nodes(svg)) {
        const label = all(n, (x) => x.tag === 'text')[0]!;
        const drawn = text(label);
        assert.ok(String(attr(n, 'data-label')).toLowerCase().includes(drawn.toLowerCase()), `${lang} ${width}: “${drawn}” in “${attr(n, 'data-label')}”`);
      }
    }
});

test('fixture: describe, table and profile', () => {
  assert.equal(describe(fixture, 2022), 'In 2022, 3 ties (1 contested) linked 3 of the 4 groups and states; TTP had the most, with 3.');
  assert.equal(describe(fixture, 2022, []), 'No ties of the kinds shown were in force in 2022.');

  const t = table(fixture);
  assert.equal(t.rows.length, 5);
  assert.deepEqual(t.columns, ['From', 'To', 'Type', 'Start', 'End', 'Status', 'Source', 'Why contested']);
  assert.deepEqual(t.rows[0], ['Jamaat-ul-Ahrar full name', 'TTP full name', 'split from', 'September 2014', 'August 2020', 'reported', 'src-tie-01', '']);
  assert.equal(t.rows[3]![7], 'Evidence for tie-04.', 'the dispute is stated for a contested tie');
  assert.equal(t.rows[1]![4], 'ongoing');
  assert.equal(t.rows[4]![3], 'undated');

  const p = profile(fixture, 'JUA', 2022)!;
  assert.equal(p.name, 'Jamaat-ul-Ahrar full name');
  // In force first; then undated (long-standing) before dated ties.
  assert.deepEqual(
    p.ties.map((x) => [x.id, x.inForce]),
    [
      ['tie-02', true],
      ['tie-05', false],
      ['tie-01', false],
    ],
  );
  assert.equal(p.ties[2]!.period, 'September 2014 to August 2020');
  assert.equal(p.ties[1]!.period, 'until 2010');
  assert.equal(p.ties[0]!.text, 'Jamaat-ul-Ahrar is affiliated with TTP');
  assert.equal(p.ties[1]!.source, 'src-tie-05');
  assert.equal(p.ties[1]!.sourceName, 'The Example Times', 'the outlet, not the id, is what a reader sees');
  assert.equal(p.ties[0]!.sourceName, 'src-tie-02', 'an id with no known outlet is shown as it is');
  assert.equal(p.ties[1]!.text, 'Pakistani state supports or shelters Jamaat-ul-Ahrar');
  assert.equal(profile(fixture, 'NOPE'), null);
});

test('real data: a profile lists its ties in force first, each with a source', () => {
  const p = profile(real, 'ISKP', 2023)!;
  const expected = real.relations.filter((r) => r.from === 'ISKP' || r.to === 'ISKP');
  assert.equal(p.ties.length, expected.length);
  const inForce = new Set(expectedIn(real.relations, 2023));
  const flags = p.ties.map((x) => x.inForce);
  assert.deepEqual(
    flags,
    [...flags].sort((a, b) => Number(b) - Number(a)),
    'in-force ties first',
  );
  for (const x of p.ties) {
    assert.equal(x.inForce, inForce.has(x.id));
    assert.equal(x.source, expected.find((r) => r.id === x.id)!.source);
    assert.equal(x.sourceName, realSources.find((s) => s.id === x.source)!.outlet);
  }
  assert.equal(p.sourceName, realSources.find((s) => s.id === real.actors.find((a) => a.id === 'ISKP')!.source)!.outlet);
});

test('narrow labels wrap at a space or hyphen and lose no characters', () => {
  assert.deepEqual(wrapLabel('Pakistani state', true), ['Pakistani', 'state']);
  assert.deepEqual(wrapLabel('Jamaat-ul-Ahrar', true), ['Jamaat-', 'ul-Ahrar']);
  assert.deepEqual(wrapLabel('TTP', true), ['TTP']);
  assert.deepEqual(wrapLabel('Pakistani state', false), ['Pakistani state']);
});

test('phones: no arrowheads, a fitted height is honoured, and labels never overlap in any year', () => {
  for (const [width, height] of [
    [335, 382],
    [280, 326],
    [350, 398],
  ] as const) {
    for (let year = 2007; year <= 2025; year++) {
      const r = draw(real, { width, height, state: { year } });
      assert.equal(r.height, height, `${width}×${height} ${year}`);
      assert.equal(all(r.svg, (n) => classes(n).includes('tt-tie-arrow')).length, 0);
      for (let i = 0; i < r.labels.length; i++)
        for (let j = i + 1; j < r.labels.length; j++) {
          const [a, b] = [r.labels[i]!, r.labels[j]!];
          assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${width} ${year}: ${a.id} / ${b.id}`);
        }
    }
  }
});

test('a scrolly step marks the ties new since the previous step and fades the others', () => {
  const r = draw(real, { width: 335, state: { year: 2015, previous: { year: 2014 } } });
  const drawn = ties(r.svg);
  const before = new Set(tiesShown(real, 2014).map((t) => t.id));
  const fresh = drawn.filter((t) => !before.has(String(attr(t, 'data-tie'))));
  assert.ok(fresh.length > 0);
  for (const t of drawn) assert.equal(attr(t, 'data-mark') === 'new', !before.has(String(attr(t, 'data-tie'))));
  for (const t of drawn) assert.equal(classes(t).includes('tt-dim'), before.has(String(attr(t, 'data-tie'))));
});
