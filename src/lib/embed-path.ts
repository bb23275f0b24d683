/**
 * A chart's embed page in an edition. The Urdu embeds (/ur/embed/<id>/) are built by the charts'
 * own pages (src/pages/ur/embed/); until that route is in the tree, Urdu pages link to the English
 * embed, so no link breaks (tests/site/links.test.ts).
 */
import { embedPath } from './embeds.ts';
import { localPath, type Lang } from '../i18n/lang.ts';

const urEmbeds = Object.keys(import.meta.glob('/src/pages/ur/embed/**/*.astro')).length > 0;

export const localEmbedPath = (id: string, lang: Lang) => (lang !== 'en' && urEmbeds ? localPath(embedPath(id), lang) : embedPath(id));
