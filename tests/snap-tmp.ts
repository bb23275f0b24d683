import { writeFileSync } from 'node:fs';
import { charts } from '../src/charts/registry.ts';
import { renderSvg } from '../src/charts/svg.ts';
import { realSiteData } from '../tests/helpers/charts.ts';
const site = realSiteData();
const out: Record<string, unknown> = {};
for (const c of charts) {
  const b = c.bind(site);
  const states: Record<string, unknown>[] = [{}];
  for (const ctl of c.controls) if (ctl.kind === 'choice') for (const o of ctl.options) states.push({ [ctl.key]: o.value });
  out[c.id] = {
    title: c.title, org: c.org, notes: c.notes, controls: c.controls, takeaway: b.takeaway(), describe: b.describe(), table: b.table(),
    svgs: [320, 375, 768, 1280].flatMap((w) => states.map((s) => renderSvg(b.draw({ width: w, state: s }).svg))),
    fit: renderSvg(b.draw({ width: 360, height: 300 }).svg),
  };
}
writeFileSync(process.argv[2] ?? '/tmp/ur/base.json', JSON.stringify(out));
