/**
 * Embed code that works wherever the site is served. The code in the "Embed" dialog and on the
 * journalists' page is written at build time with SITE_URL (so it is complete without
 * JavaScript); in the browser its URLs are moved to the origin the reader actually loaded, so that
 * a preview deploy, a mirror or a local test server hands out code that loads from itself.
 * Only whole origins followed by "/" are replaced: "https://a.org" never matches "https://a.org.x".
 */
export function followOrigin(code: string, builtSite: string, here: string): string {
  const built = new URL(builtSite).origin;
  return built === here ? code : code.replaceAll(`${built}/`, `${here}/`);
}
