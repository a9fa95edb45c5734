/**
 * Only relative links or http(s): a crafted href must not become a script or data URL. A browser drops
 * tabs, line breaks and controls inside a URL ("java\nscript:"), so the scheme is read without them.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020\u007f]/g, ""));
  if (scheme && !/^https?$/i.test(scheme[1])) return undefined;
  return href;
}
