/**
 * The few interface words the browser scripts write themselves (announcements, search results,
 * the step counter), per language. `ur` is typed from `en`: a missing key fails the type check.
 * They reach the browser in the page, not in the scripts: Base.astro writes the page's own
 * language's set into <meta name="tt-messages"> (client-messages read it), so the JavaScript
 * carries no dictionary at all (the chapter's JavaScript budget: README, Quality).
 */
export const en = {
  linkCopied: 'Link copied',
  copied: 'Copied',
  codeSelected: 'The code is selected: press Ctrl+C (or ⌘C) to copy it',
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
  // The group-relations diagram's profile panel (src/scripts/graph-enhance.ts).
  profileClose: 'Close',
  profileOf: 'profile of {name}',
  profileShown: 'Profile of {name} shown below the diagram.',
  alsoCalled: 'Also called: {names}',
  founded: 'Founded: {when}',
  leaders: 'Leaders:',
  contested: 'contested',
  source: 'source',
  tiesIn: 'Ties in {year}: {n}',
  tiesOther: 'Ties in other years: {n}',
};
export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string[] ? [string, string] : string };
export const ur: Messages = {
  linkCopied: 'لنک نقل ہو گیا',
  copied: 'نقل ہو گیا',
  codeSelected: 'کوڈ منتخب ہو گیا ہے: نقل کرنے کے لیے Ctrl+C (یا ⌘C) دبائیں',
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
  profileClose: 'بند کریں',
  profileOf: '{name} کا تعارف',
  profileShown: '{name} کا تعارف خاکے کے نیچے دکھایا گیا ہے۔',
  alsoCalled: 'دوسرے نام: {names}',
  founded: 'قیام: {when}',
  leaders: 'قائدین:',
  contested: 'متنازع',
  source: 'ماخذ',
  tiesIn: '{year} میں تعلقات: {n}',
  tiesOther: 'دوسرے برسوں کے تعلقات: {n}',
};

export const clientMessages = { en: en as Messages, ur };
