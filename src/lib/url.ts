/** Base-aware internal links: the site may be served from a sub-path (BASE_PATH). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  const clean = path.replace(/^\//, '');
  return `${base}${clean}`;
}

/** Absolute URL for canonical links, Open Graph and embed snippets. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').toString();
}
