// Document text is untrusted: everything that reaches SVG/HTML goes through here.

// Characters XML 1.0 forbids (C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drop characters that would make an XML document ill-formed. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

/** Escape for XML text and attribute values (both quote styles). */
// any character escapeXml changes or drops; most text has none and is returned as it is
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripInvalidXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escape for HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return escapeXml(text);
}
