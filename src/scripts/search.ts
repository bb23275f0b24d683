/**
 * The /search/ page: a small search UI over Pagefind's JavaScript API (/pagefind/pagefind.js,
 * written by `pagefind` after the build, loaded only here). Results update as the reader types;
 * the count is announced in a status region; ?q= in the URL searches on load and is kept in sync,
 * so a search can be bookmarked or shared. Without JavaScript the page keeps its list of links.
 * Pagefind compiles WebAssembly, so this page's CSP adds 'wasm-unsafe-eval' (see search.astro).
 */
import type { Messages } from '../i18n/client-messages.ts';

// The page's words (Base.astro's tt-messages), read here rather than through src/i18n/client.ts:
// a module shared with the site script would become a chunk, and a request, of its own.
const msg: Messages = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="tt-messages"]')?.content ?? '{}');
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Location[];
}
interface ResultData {
  url: string;
  word_count?: number;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const SHOW = 10;

const kinds: [RegExp, string][] = [
  [/\/chapters\//, msg.kindChapter],
  [/\/glossary\//, msg.kindGlossary],
  [/\/sources\//, msg.kindSources],
  [/\/teachers\//, msg.kindTeachers],
  [/\/timeline\//, msg.kindTimeline],
  [/\/methods\//, msg.kindMethods],
];
const kindOf = (r: ResultData) => r.meta.kind ?? kinds.find(([re]) => re.test(r.url))?.[1] ?? msg.kindPage;
const isChapter = (r: ResultData) => kindOf(r).startsWith(msg.kindChapter);
/** How strongly a section matches: the sum of Pagefind's scores for the words found in it. */
const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);
/** A page's matching sections, best first (the page's top, before its first heading, is one). */
const sections = (r: ResultData): SubResult[] => [...r.sub_results].sort((a, b) => score(b) - score(a));
/**
 * Chapters first, then the reference pages (glossary, timeline, sources, methods, guide), each
 * group in Pagefind's order: the story explains, the reference pages list. The site has a
 * dozen indexed pages, so every result's data can be loaded to sort them.
 */
const chaptersFirst = (data: ResultData[]) => [...data.filter(isChapter), ...data.filter((r) => !isChapter(r))];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}
/** Pagefind's excerpts are escaped page text with <mark> around the matches. */
function excerpt(html: string) {
  const p = el('p', 'search-excerpt');
  p.innerHTML = html;
  return p;
}

/**
 * One result per page: its kind ("Chapter 3", "Glossary"), then the page and its best-matching
 * section as one link to that section ("The takeover next door › Kabul falls") with the section's
 * excerpt, then up to two more matching sections of the same page.
 */
function render(q: string, data: ResultData[], total: number) {
  list!.replaceChildren(
    ...data.map((r) => {
      const li = el('li', 'search-result');
      li.append(el('p', 'search-kind', kindOf(r)));
      const [best, ...more] = sections(r);
      const a = el('a', 'search-title', r.meta.title ?? r.url);
      a.href = best?.url ?? r.url;
      if (best && best.url !== r.url && best.title && best.title !== r.meta.title) {
        a.append(el('span', 'search-section', ` › ${best.title}`));
      }
      li.append(a, excerpt(best?.excerpt ?? r.excerpt));
      if (more.length) {
        const ul = el('ul', 'search-subs');
        for (const s of more.slice(0, 2)) {
          const sli = el('li');
          const sa = el('a', undefined, s.title);
          sa.href = s.url;
          sli.append(sa, excerpt(s.excerpt));
          ul.append(sli);
        }
        li.append(ul);
      }
      return li;
    }),
  );
  status!.textContent =
    total === 0 ? fill(msg.noResults, { q }) : fill(total === 1 ? msg.oneResult : total > SHOW ? msg.resultsMore : msg.results, { q, n: total, show: SHOW });
}

async function start() {
  if (!root || !form || !input || !status || !list) return;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    void pagefind.init();
  } catch {
    // The index is written after `astro build`; `astro dev` has none. The links stay.
    status.textContent = msg.searchDown;
    root.hidden = false;
    form.hidden = true;
    return;
  }
  root.hidden = false;
  if (fallback) fallback.hidden = true;

  async function run() {
    const q = input!.value.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(q, {}, 180);
    if (!search || input!.value.trim() !== q) return; // a newer search superseded this one
    const data = chaptersFirst(await Promise.all(search.results.slice(0, 50).map((r) => r.data()))).slice(0, SHOW);
    if (input!.value.trim() === q) render(q, data, search.results.length);
  }
  input.addEventListener('input', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) void run();
  input.focus();
}
void start();
