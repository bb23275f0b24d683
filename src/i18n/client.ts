/**
 * The browser scripts' interface words for this page's language, as Base.astro wrote them into
 * <meta name="tt-messages"> (the dictionaries: src/i18n/client-messages.ts).
 */
import type { Messages } from './client-messages.ts';

export const msg: Messages = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="tt-messages"]')?.content ?? '{}');

/** A message with `{name}` placeholders filled. */
export const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
