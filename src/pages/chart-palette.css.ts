/** Chart colours and class rules, generated from src/charts/palette.ts (the only copy). */
import type { APIRoute } from 'astro';
import { cssVariables, chartCss } from '../charts/palette.ts';

export const GET: APIRoute = () => {
  const light = cssVariables('light');
  const dark = cssVariables('dark');
  // light-dark() takes colours only; values that do not change with the theme are written as is.
  const lines = Object.keys(light).map((name) => {
    const l = light[name]!;
    const d = dark[name] ?? l;
    return `  ${name}: ${l === d ? l : `light-dark(${l}, ${d})`};`;
  });
  return new Response(`:root {\n${lines.join('\n')}\n}\n${chartCss()}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
