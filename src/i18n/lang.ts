/**
 * The site's languages. English is the authoritative edition at the root; Urdu is a translation
 * at /ur/ (Astro i18n routing, astro.config.mjs). Components take the language from
 * `Astro.currentLocale` (set by the route), so no page passes it down by hand.
 *
 * Digits: Urdu pages use Western digits (0–9), the default numbering system CLDR gives Urdu
 * (`Intl.NumberFormat('ur-PK')`), and the digits Pakistani Urdu news sites use online; charts,
 * tables, downloads and the English edition then show the same figures. docs/AUTHORING.md says more.
 */
export const LANGS = ['en', 'ur'] as const;
export type Lang = (typeof LANGS)[number];

export interface LangInfo {
  /** The html lang attribute and hreflang value. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The locale passed to Intl formatters. */
  intl: string;
  /** The path prefix of the edition ('' for English, '/ur' for Urdu). */
  prefix: string;
  /** The language's own name, for the language switch. */
  name: string;
}

export const LANG: Record<Lang, LangInfo> = {
  en: { tag: 'en-GB', dir: 'ltr', intl: 'en-GB', prefix: '', name: 'English' },
  ur: { tag: 'ur', dir: 'rtl', intl: 'ur-PK', prefix: '/ur', name: 'اردو' },
};

/** The language of a route from Astro.currentLocale (undefined or unknown: English). */
export const langOf = (locale: string | undefined): Lang => (locale === 'ur' ? 'ur' : 'en');

/** A site path in a language: `localPath('/chapters/x/', 'ur')` → '/ur/chapters/x/'. */
export const localPath = (path: string, lang: Lang): string => `${LANG[lang].prefix}${path.startsWith('/') ? path : `/${path}`}`;

/** The same page in the other edition: strips or adds the /ur prefix. */
export function counterpartPath(path: string, to: Lang): string {
  const bare = path.replace(/^\/ur(?=\/|$)/, '') || '/';
  return localPath(bare, to);
}
