// The free text of the datasets in Urdu (issue 17): every row of the real data files has the Urdu
// of each text value that an Urdu page shows (src/i18n/data-text-ur.ts), applied through
// src/i18n/chart-data.ts, so a new or changed English row fails here and stops the build.
// Translations carry no Latin letter (outlets are written as the Urdu press writes them) and keep
// the figures of the English text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, EventRow, PlaceRow, RelationRow, TollRow } from '../../src/data/schemas.ts';
import { actorTextUr } from '../../src/i18n/actor-text-ur.ts';
import { actorUr, eventUr, placeUr, relationUr, tollUr, urduData } from '../../src/i18n/chart-data.ts';
import { placePrecisionUr, tieEvidenceUr, tollTextUr } from '../../src/i18n/data-text-ur.ts';
import { realRows } from '../helpers/charts.ts';

const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06ff]/;
/** Figures of a text, as written (Western digits in both editions; "یکم", the first of a month, is 1). */
const figures = (s: string) => (s.replace(/یکم/g, ' 1 ').match(/\d[\d,]*/g) ?? []).map((d) => d.replace(/,/g, ''));

/** A translated value: Urdu, no Latin letter, the same figures as the English. */
function assertUrdu(en: string, ur: string, where: string) {
  assert.ok(ARABIC.test(ur), `${where}: not Urdu: "${ur}"`);
  assert.ok(!LATIN.test(ur), `${where}: Latin letters in "${ur}"`);
  assert.deepEqual(figures(ur).sort(), figures(en).sort(), `${where}: figures differ between "${en}" and "${ur}"`);
}

test('events.csv: every row has its place, country, toll note, claim and suspect in Urdu', () => {
  const rows = realRows<EventRow>('events');
  assert.ok(rows.length > 90, `${rows.length} events`);
  let n = 0;
  for (const e of rows) {
    const ur = eventUr(e);
    for (const field of ['place', 'country', 'toll_note', 'claimed_by', 'suspected'] as const) {
      if (!e[field]) {
        if (field !== 'place') assert.equal(ur[field], '', `${e.id} ${field} stays empty`);
        continue;
      }
      assertUrdu(e[field], ur[field], `events.csv ${e.id} ${field}`);
      n++;
    }
    assert.equal(ur.id, e.id);
    assert.equal(ur.killed, e.killed);
    assert.equal(ur.source, e.source);
  }
  assert.ok(n > 200, `${n} event values in Urdu`);
});

test('bajaur-toll.csv: every report has its attribution and note in Urdu', () => {
  const rows = realRows<TollRow>('bajaur-toll');
  assert.equal(Object.keys(tollTextUr).length, rows.length, 'one Urdu entry per report, none left over');
  for (const r of rows) {
    const ur = tollUr(r);
    assertUrdu(r.reported_by, ur.reported_by, `bajaur-toll.csv ${r.id} reported_by`);
    // "1122" (the rescue service) and figures stay; a note may refer to another report ("toll-30") by its number.
    if (r.note) assertUrdu(r.note.replace(/toll-(\d+)/g, '$1'), ur.note, `bajaur-toll.csv ${r.id} note`);
    assert.equal(ur.status, r.status, 'status stays the key the chart reads');
  }
});

test('places.csv: every place has its district and kind in Urdu', () => {
  for (const p of realRows<PlaceRow>('places')) {
    const ur = placeUr(p);
    assertUrdu(p.district, ur.district, `places.csv ${p.id} district`);
    assertUrdu(p.precision, placePrecisionUr[p.precision] ?? '', `places.csv ${p.id} precision`);
    assert.equal(ur.country, p.country, 'country stays the key the maps read');
  }
});

test('relations.csv: every contested tie has its evidence in Urdu (the network table and profiles show it)', () => {
  const contested = realRows<RelationRow>('relations').filter((r) => r.status === 'contested');
  assert.ok(contested.length >= 10, `${contested.length} contested ties`);
  assert.deepEqual(Object.keys(tieEvidenceUr).sort(), contested.map((r) => r.id).sort(), 'one Urdu entry per contested tie, none left over');
  for (const r of contested) assertUrdu(r.evidence, relationUr(r).evidence, `relations.csv ${r.id} evidence`);
  for (const r of realRows<RelationRow>('relations').filter((x) => x.status !== 'contested')) assert.equal(relationUr(r), r);
});

test('actors.json: every group has its summary, founding note and leaders (names and notes) in Urdu (the profiles show them)', () => {
  const actors = realRows<Actor>('actors');
  assert.ok(actors.length >= 17, `${actors.length} actors`);
  assert.deepEqual(Object.keys(actorTextUr).sort(), actors.map((a) => a.id).sort(), 'one Urdu entry per group, none left over');
  let leaders = 0;
  for (const a of actors) {
    const ur = actorUr(a);
    assertUrdu(a.summary, ur.summary, `actors.json ${a.id} summary`);
    if (a.foundedNote) assertUrdu(a.foundedNote, ur.foundedNote ?? '', `actors.json ${a.id} foundedNote`);
    else assert.equal(ur.foundedNote, a.foundedNote, `${a.id} foundedNote stays empty`);
    assert.equal(ur.leaders.length, a.leaders.length, `${a.id}: as many leaders in Urdu`);
    a.leaders.forEach((l, i) => {
      const u = ur.leaders[i]!;
      assertUrdu(l.name, u.name, `actors.json ${a.id} leaders[${i}].name`);
      if (l.note) assertUrdu(l.note, u.note ?? '', `actors.json ${a.id} leaders[${i}].note`);
      else assert.equal(u.note, l.note);
      assert.deepEqual([u.from, u.to], [l.from, l.to], 'dates stay as they are');
      leaders++;
    });
    assert.deepEqual(ur.aliases, a.aliases, 'aliases stay as they are');
    assert.equal(ur.source, a.source);
  }
  assert.ok(leaders >= 40, `${leaders} leaders in Urdu`);
});

test('a row without Urdu stops the build with a message naming dataset, row and field', () => {
  const [first] = realRows<EventRow>('events');
  assert.ok(first);
  assert.throws(() => eventUr({ ...first, claimed_by: 'Someone new' }), /events\.csv: row "ev-[^"]+", field claimed_by: no Urdu for "Someone new"/);
  const [toll] = realRows<TollRow>('bajaur-toll');
  assert.ok(toll);
  assert.throws(() => urduData({ rows: [{ ...toll, id: 'toll-99' }] }), /bajaur-toll\.csv: row "toll-99", field reported_by/);
  const [place] = realRows<PlaceRow>('places');
  assert.ok(place);
  assert.throws(() => placeUr({ ...place, district: 'Nowhere' }), /places\.csv: row "[a-z-]+", field district: no Urdu for "Nowhere"/);
  const actor = realRows<Actor>('actors').find((a) => a.id === 'TTP');
  assert.ok(actor);
  assert.throws(() => actorUr({ ...actor, id: 'NEW' }), /actors\.json: no Urdu name for "NEW"/);
  const ttp = actorTextUr.TTP!;
  try {
    delete actorTextUr.TTP;
    assert.throws(() => actorUr(actor), /actors\.json: row "TTP", field summary: no Urdu/);
  } finally {
    actorTextUr.TTP = ttp;
  }
  assert.throws(
    () => actorUr({ ...actor, foundedNote: null, leaders: [...actor.leaders, { name: 'Someone', from: null, to: null, note: 'New.' }] }),
    /actors\.json: row "TTP", field leaders\[4\]\.name: no Urdu for "Someone"/,
  );
  assert.throws(
    () => actorUr({ ...actor, leaders: actor.leaders.slice(1) }),
    /actors\.json: row "TTP", field leaders\[0\]\.name: the Urdu is for "Baitullah Mehsud"/,
  );
});
