import type { SourceLine } from "./lines.ts";
import { gfmCellLines } from "./lines.ts";
import { htmlToText, markdownToText, oneLine } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel, type IdentityKey } from "./labels.ts";
import { dateField, isEmptyValue, isPlaceholder } from "./dates.ts";
import { parseApprover } from "./approver.ts";
import { claim, isLabelLine, stripEmphasis, type Ctx } from "./context.ts";
import { addSection, gfmSegments } from "./sections.ts";

// The identity fields (Nomor, Nama, dates, Disahkan oleh): a label cell and its value, in a TAB row,
// a GFM table row or a "Label : value" line; a value may go on over the next lines.

export function readIdentity(ctx: Ctx): void {
  let last: { key: IdentityKey; value: string; line: number; col: number } | null = null;
  for (const l of ctx.lines) {
    if (ctx.claimed[l.n - 1] || l.gfmSeparator) continue;
    if (l.blank) {
      last = null;
      continue;
    }
    const texts = l.cells.map((c) => oneLine(c));
    const labelCol = texts.findIndex((t) => t !== "" && matchIdentityLabel(t) !== null);
    if (labelCol >= 0) {
      const id = matchIdentityLabel(texts[labelCol])!;
      if (l.gfm) ctx.gfm = true;
      // keep runs of spaces: "Jabatan  Nama, gelar NIP …" separates its parts with them
      const rest = matchIdentityLabel(plainKeepSpaces(l.cells[labelCol]))?.rest ?? id.rest;
      const valueCells = l.cells.slice(labelCol + 1);
      const rawValue = [rest, ...valueCells.map((v) => (l.gfm ? gfmCellLines(v).map(valueLine).join("\n") : plainKeepSpaces(v)))]
        .filter((x) => x.trim() !== "" && x.trim() !== ":")
        .join(l.gfm ? "\n" : "  ")
        .replace(/^\s*:\s*/, "");
      setIdentity(ctx, id.key, rawValue, l.n);
      last = { key: id.key, value: rawValue, line: l.n, col: labelCol };
      claim(ctx, l);
      // the official layout puts the agency heading left of the fields: "AGENCY<TAB>Nomor SOP<TAB>: …"
      if (labelCol > 0) addAgencyLines(ctx, l, l.cells.slice(0, labelCol));
      continue;
    }
    // a field's cell continued on the next lines (Word exports each paragraph of a cell as a line)
    const firstFilled = texts.findIndex((t) => t !== "");
    if (last && !l.gfm && firstFilled > last.col && !isLabelLine(l)) {
      last.value = `${last.value}\n${texts.slice(firstFilled).join(" ")}`;
      setIdentity(ctx, last.key, last.value, last.line);
      claim(ctx, l);
      continue;
    }
    last = null;
    // a GFM identity table may also hold the sections: | **Dasar Hukum** | 1. …<br>2. … |
    if (!l.gfm || firstFilled < 0) continue;
    const sec = matchSectionLabel(texts[firstFilled]);
    const labelCells = texts.filter((t) => t !== "" && matchSectionLabel(t) !== null).length;
    if (sec && labelCells === 1) {
      ctx.gfm = true;
      const value = l.cells.slice(firstFilled + 1).join("<br>");
      addSection(ctx, sec.key, l.n, gfmSegments([sec.rest, value].join("<br>")), false);
      claim(ctx, l);
    }
  }
}

function addAgencyLines(ctx: Ctx, l: SourceLine, cells: string[]): void {
  const lines = cells.flatMap((x) => (l.gfm ? gfmCellLines(x) : [x]).map((t) => stripEmphasis(oneLine(t)))).filter((x) => x && !isEmptyValue(x));
  if (!lines.length) return;
  if (ctx.pos.agency.length === 0) ctx.pos.fieldLines.agency = l.n;
  ctx.pos.agency.push(...lines);
}

/** A line of a GFM value: "1. Gubernur" under "Tembusan:" keeps its number (it is no Markdown list there). */
const valueLine = (t: string) => oneLine(t.replace(/^(\s*\d{1,3})([.)])(?=\s)/, "$1\\$2"));

function plainKeepSpaces(s: string): string {
  return markdownToText(htmlToText(s)).replace(/\n/g, "  ").trim();
}

function setIdentity(ctx: Ctx, key: IdentityKey, rawValue: string, line: number): void {
  const { pos } = ctx;
  const value = rawValue.trim();
  pos.fieldLines[key] = line;
  switch (key) {
    case "number":
      pos.number = isPlaceholder(value) ? null : value.replace(/\s+/g, " ");
      break;
    case "title":
      pos.title = isEmptyValue(value) ? null : value.replace(/\s+/g, " ");
      break;
    case "createdDate":
    case "revisedDate":
    case "effectiveDate":
      pos[key] = dateField(value.replace(/\s+/g, " "), line);
      break;
    case "approvedBy":
      pos.approvedBy = parseApprover(value, line);
      break;
  }
}
