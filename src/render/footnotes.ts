import type { Pos } from "../model/pos.ts";

// Pandoc/GFM footnote references ("…formulir[^1]") in a field's text: the model keeps them as written;
// HTML shows a superscript, linked to the footnote when the document's footnote is printed (an extra),
// SVG a small raised marker. Applied to text already escaped: "[", "^" and "]" pass the escape unchanged.

/** A footnote reference ("[^1]"), the whole of it captured: text split at it keeps the references. */
export const FOOTNOTE_REF = /(\[\^[A-Za-z0-9-]{1,20}\])/g;
const labelOf = (ref: string) => ref.slice(2, -1);
const DEFINITION = /^ {0,3}\[\^([A-Za-z0-9-]{1,20})\]:/gm;

/** The footnotes a document defines in its extras ("[^1]: …"): label → index of the first extra defining it. */
export function footnoteLabels(pos: Pos): Map<string, number> {
  const out = new Map<string, number>();
  pos.extras.forEach((x, i) => {
    if (x.kind !== "comment" && x.kind !== "code") for (const m of x.text.matchAll(DEFINITION)) if (!out.has(m[1])) out.set(m[1], i);
  });
  return out;
}

/** Escaped HTML text with its footnote references as superscripts; a defined one links to its footnote. */
export function footnoteRefsHtml(escaped: string, defined: ReadonlyMap<string, number>): string {
  if (!escaped.includes("[^")) return escaped;
  return escaped.replace(FOOTNOTE_REF, (ref: string) => {
    const label = labelOf(ref);
    return defined.has(label) ? `<sup class="fnref"><a href="#fn-${label}">${label}</a></sup>` : `<sup class="fnref">${label}</sup>`;
  });
}

/** Extra number `index`, escaped, with an anchor on each footnote label it is the first to define. */
export function footnoteAnchorsHtml(escaped: string, index: number, defined: ReadonlyMap<string, number>): string {
  if (!escaped.includes("[^")) return escaped;
  return escaped.replace(DEFINITION, (m, label: string) => (defined.get(label) === index ? `<span class="fn" id="fn-${label}">${m}</span>` : m));
}

// a marker's dy is in its own (70%) em: up 0.5 of its em is 0.35 of the line's, which the text after it comes down
const RAISE = "-0.5em";
const LOWER = "0.35em";

/**
 * Escaped SVG text with its footnote references as small raised markers: a marker is moved up by dy and
 * the text after it back down (baseline-shift would be simpler, but Firefox does not draw it).
 */
export function footnoteRefsSvg(escaped: string): string {
  if (!escaped.includes("[^")) return escaped;
  const parts = escaped.split(FOOTNOTE_REF);
  let out = parts[0];
  let raised = false;
  for (let i = 1; i < parts.length; i += 2) {
    // "[^1][^2]": the second marker stays where the first one is
    out += `<tspan class="fnref" font-size="70%"${raised ? "" : ` dy="${RAISE}"`}>${labelOf(parts[i])}</tspan>`;
    raised = parts[i + 1] === "";
    if (!raised) out += `<tspan dy="${LOWER}">${parts[i + 1]}</tspan>`;
  }
  return out;
}
