/** Site-wide facts used in the header, footer, metadata and citations. */
export const site = {
  name: 'Twin Threats',
  tagline: 'The Bajaur bombing and Pakistan between the TTP and ISKP',
  description:
    'An explainer on the 30 July 2023 bombing of a JUI-F convention in Bajaur, claimed by ISKP, and on how Pakistan came to face both a resurgent Pakistani Taliban and the Islamic State’s Khorasan branch.',
  publisher: 'Twin Threats',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  firstPublished: '2026-11-22',
  lang: 'en-GB',
} as const;
