/** Chart colours and class rules, generated from src/charts/palette.ts (the only copy). */
import type { APIRoute } from 'astro';
import { cssVariables, chartCss } from '../charts/palette.ts';

export const GET: APIRoute = () => {
  const light = cssVariables('light');
  const dark = cssVariables('dark');
  const lines = Object.keys(light).map((name) => `  ${name}: light-dark(${light[name]}, ${dark[name] ?? light[name]});`);
  return new Response(`:root {\n${lines.join('\n')}\n}\n${chartCss()}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
