/**
 * The few interface words the browser scripts write themselves (announcements, search results),
 * per language, picked by the page's html lang. Kept apart from src/i18n/ui.ts so the browser
 * bundle carries only these. `ur` is typed from `en`: a missing key fails the type check.
 */
const en = {
  linkCopied: 'Link copied',
  copied: 'Copied',
  copyFailed: 'Copying is not available here: select the text and copy it by hand.',
  copyLinkTo: ['Link to', 'Copy a link to'],
  shareFailed: 'Copying is not available here: use one of the links, or copy the address bar.',
  kindChapter: 'Chapter',
  kindGlossary: 'Glossary',
  kindSources: 'Sources',
  kindTeachers: 'Teachers’ guide',
  kindTimeline: 'Timeline',
  kindMethods: 'Methods',
  kindPage: 'Page',
  noResults: 'No results for “{q}”. Try another spelling, or browse the glossary.',
  oneResult: '1 page matches “{q}”.',
  results: '{n} pages match “{q}”.',
  resultsMore: '{n} pages match “{q}”; showing the first {show}.',
  searchDown: 'Search is not available right now. The pages below list everything on the site.',
  stepOf: 'Step {n} of {total}',
};
type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string[] ? [string, string] : string };
const ur: Messages = {
  linkCopied: 'لنک نقل ہو گیا',
  copied: 'نقل ہو گیا',
  copyFailed: 'یہاں نقل کرنا ممکن نہیں: متن منتخب کر کے خود نقل کریں۔',
  copyLinkTo: ['کا لنک', 'کا لنک نقل کریں'],
  shareFailed: 'یہاں نقل کرنا ممکن نہیں: کوئی ایک لنک استعمال کریں، یا ایڈریس بار سے پتہ نقل کریں۔',
  kindChapter: 'باب',
  kindGlossary: 'فرہنگ',
  kindSources: 'ماخذ',
  kindTeachers: 'اساتذہ کی رہنما',
  kindTimeline: 'واقعات کی ترتیب',
  kindMethods: 'طریقۂ کار',
  kindPage: 'صفحہ',
  noResults: '“{q}” کے لیے کوئی نتیجہ نہیں ملا۔ کوئی اور املا آزمائیں، یا فرہنگ دیکھیں۔',
  oneResult: '“{q}” سے 1 صفحہ ملتا ہے۔',
  results: '“{q}” سے {n} صفحات ملتے ہیں۔',
  resultsMore: '“{q}” سے {n} صفحات ملتے ہیں؛ پہلے {show} دکھائے جا رہے ہیں۔',
  searchDown: 'تلاش اس وقت دستیاب نہیں۔ نیچے دیے گئے صفحات سائٹ کی ہر چیز کی فہرست دیتے ہیں۔',
  stepOf: 'مرحلہ {n} از {total}',
};

/** The messages for this page's language. */
export const msg: Messages = document.documentElement.lang === 'ur' ? ur : (en as Messages);

/** A message with `{name}` placeholders filled. */
export const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
