import { gfmCellLines } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { MARKERS } from "./list-markers.ts";

// A step's text cell: one line, as oneLine reads it, unless it holds a list written with line breaks
// ("1. Formulir<br>2. STNK", "Memeriksa:<br>a. …<br>b. …"): then its lines stay lines and each item keeps
// its number. (Markdown would read "1. …" lines as a list and drop the numbers; fmt writes the lines
// back as <br>, the chart draws them one under the other.)

const MARKER = new RegExp(String.raw`^\s*(${MARKERS})\s+(?=\S)`);

export function stepCellText(raw: string): string {
  const br = /<br\s*\/?>/i.test(raw);
  // a TAB cell keeps its line breaks (a spreadsheet's quoted cell, tsv-quotes.ts): the same lines as <br>
  const nl = !br && raw.includes("\n");
  if (!br && !nl && !MARKER.test(raw)) return oneLine(raw);
  const parts = (br ? gfmCellLines(raw) : raw.split("\n")).filter((p) => oneLine(p) !== "");
  // a marker is the author's text ("1. KTP" alone in a cell too): Markdown would take it for a list and drop it
  const lines = parts.map((p) => {
    const m = MARKER.exec(p);
    return m ? `${m[1]} ${oneLine(p.slice(m[0].length))}` : oneLine(p);
  });
  const items = parts.filter((p) => MARKER.test(p)).length;
  // a list: two items or more, every line after the first an item (a lead line like "Memeriksa berkas:" may come first)
  const list = items >= 2 && parts.slice(1).every((p) => MARKER.test(p));
  return lines.join(list ? "\n" : " ");
}
