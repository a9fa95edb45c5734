import type { SourceLine } from "./lines.ts";
import { gfmCellLines } from "./lines.ts";
import { htmlToText, markdownToText, oneLine } from "./inline.ts";
import { matchAgencyLabel, matchIdentityLabel, matchSectionLabel, type IdentityKey } from "./labels.ts";
import { dateField, isEmptyValue, isPlaceholder } from "./dates.ts";
import { parseApprover } from "./approver.ts";
import { AGENCY_WORD, claim, isBareRoleItem, isLabelLine, SIGNATURE_ROLE, stripEmphasis, upperShare, type Ctx } from "./context.ts";
import { addSection, addSectionComments, gfmSegments, keepSectionLabel } from "./sections.ts";
import { commentsIn, keepComments as keepCommentsOn, splitAtColon } from "./comments.ts";
import { keepIdentityEmphasis } from "./identity-emphasis.ts";
import { splitRightSections, type RightSections } from "./identity-right.ts";
import { identityColumns, type Columns, type Layout } from "./identity-columns.ts";
import { GENERIC_HEADER } from "./headings.ts";
import { unitInPlace } from "./unit-place.ts";

// The identity fields (Nomor, Nama, dates, Disahkan oleh): a label cell and its value, in a TAB row,
// a GFM table row or a "Label : value" line; a value may go on over the next lines.

interface LineState {
  last: { key: IdentityKey; value: string; line: number; col: number; right: number | null } | null;
  agencyRight: number | null;
  /** sections that start in the right column of the identity rows: "Nomor SOP<TAB>: 1/2025<TAB>Dasar Hukum :" */
  right: RightSections;
}

const freshState = (): LineState => ({ last: null, agencyRight: null, right: { col: null, key: null } });

export function readIdentity(ctx: Ctx): void {
  // one state a column of a two-column identity (the first is the only one elsewhere)
  let states = [freshState()];
  let layout: Layout | null = null;
  // blank lines after "Disahkan Oleh": the signature space, the name and NIP may follow under it
  let gap = 0;
  ctx.lines.forEach((line, i) => {
    if (ctx.claimed[line.n - 1] || line.gfmSeparator) return;
    if (line.blank) {
      if (states.length === 1 && signatureSpace(states[0]) && gap < MAX_SIGNATURE_GAP) gap++;
      else states = [freshState()];
      layout = null;
      return;
    }
    if (gap > 0 && !signedUnder(ctx, i, states[0])) states = [freshState()];
    gap = 0;
    const cols = identityColumns(line, layout);
    if (cols && takeable(cols, states)) {
      layout = cols.layout;
      // every part is read, or the line stays unclaimed (kept as written: a word twice, never one lost)
      let all = true;
      if (cols.pre) all = addAgencyLines(ctx, line, cols.pre.cells) || cols.pre.cells.every((c) => oneLine(c) === "");
      cols.parts.forEach((part, i) => {
        if (part.cells.every((c) => oneLine(c) === "")) return;
        const st = (states[i] ??= freshState());
        if (!readLine(ctx, part, st, true)) all = false;
      });
      if (all) claim(ctx, line);
      return;
    }
    layout = null;
    if (readLine(ctx, line, states[0], false)) claim(ctx, line);
  });
}

// Word's signature cell: the position, one or a few empty paragraphs to sign in, then the name and NIP
const MAX_SIGNATURE_GAP = 4;
const signatureSpace = (st: LineState) => st.last?.key === "approvedBy" && !/\bNIP\b/i.test(st.last.value);

/** Is line `i` (after the signature space) the approver's name or NIP under the label: indented, a name with titles or a NIP, or a name over a NIP? */
function signedUnder(ctx: Ctx, i: number, st: LineState): boolean {
  const last = st.last;
  const l = ctx.lines[i];
  if (!last || l.gfm || isLabelLine(l)) return false;
  const texts = l.cells.map((c) => oneLine(c));
  const first = texts.findIndex((t) => t !== "");
  if (first < last.col || texts.slice(first + 1).some((t) => t !== "")) return false;
  const next = ctx.lines.slice(i + 1).find((x) => !x.blank);
  const nextText = next ? next.cells.map((c) => oneLine(c)).join(" ").trim() : "";
  return APPROVER_LINE.test(texts[first]) || (first > last.col && /^NIP\b/i.test(nextText));
}

/** Can each column of the line be read: blank, a field's label, or the value of the field above going on? */
function takeable(cols: Columns, states: LineState[]): boolean {
  const pre = cols.pre?.cells.map((c) => oneLine(c)).join(" ").trim() ?? "";
  if (pre !== "" && cols.pre && !LOGO_OR_AGENCY(pre)) return false;
  return cols.parts.every((p, i) => {
    const texts = p.cells.map((c) => oneLine(c));
    if (texts.every((t) => t === "")) return true;
    if (texts.some((t) => t !== "" && matchIdentityLabel(t) !== null)) return true;
    return (states[i]?.last ?? null) !== null && !isLabelLine(p);
  });
}

// (beside the rows under it the agency goes on without a word naming an office: "KOTA TEPIAN", "BUKIT HIJAU")
const LOGO_OR_AGENCY = (t: string) => /^\[[^\]]*\]$|^\([^)]*\)$/.test(t) || (!t.includes(":") && upperShare(t) >= 0.8 && !SIGNATURE_ROLE.test(t.replace(/,$/, "")));

/** One line (or one column of a two-column line): true when it was read, and is to be claimed. */
function readLine(ctx: Ctx, line: SourceLine, st: LineState, columned: boolean): boolean {
  // the right-hand cells go to their section; the rest of the line is read as the identity's
  const l = splitRightSections(ctx, line, st.right, st.last);
  if (l === null) return true;
  const texts = l.cells.map((c) => oneLine(c));
  // (a GFM table's header row "| Bagian | Isi |" names its columns, not the unit)
  const header = l.gfm && ctx.lines[l.n]?.gfmSeparator === true;
  const labelCol = texts.findIndex((t) => t !== "" && matchIdentityLabel(t) !== null && !(header && GENERIC_HEADER.test(stripEmphasis(t))));
  // "Disahkan oleh" alone as a list item ("3. Disahkan oleh", how fmt writes a signature header under a section)
  if (labelCol >= 0 && (texts.filter((t) => SIGNATURE_ROLE.test(stripEmphasis(t))).length >= 2 || isBareRoleItem(l))) {
    st.last = null;
    return false;
  }
  // (a loose "Bagian :" / "Section :" away from the identity rows is another line's: kept as written)
  if (labelCol >= 0 && !unitInPlace(ctx.lines, l, labelCol)) {
    st.last = null;
    return false;
  }
  if (labelCol >= 0) {
    readField(ctx, l, labelCol, st);
    return true;
  }
  if (readAgencyField(ctx, l, texts)) {
    st.last = null;
    return true;
  }
  const last = st.last;
  // a column of a two-column identity: its text goes on in the value of the field above it
  if (columned && last) {
    const value = texts.filter((t) => t !== "" && t !== ":").join(" ");
    // the approver's position wrapped in its column ("Kepala Badan Pengelolaan / Keuangan dan Aset Daerah") is one position
    const wrapped = last.key === "approvedBy" && !APPROVER_LINE.test(value) && !last.value.split("\n").some((v) => APPROVER_LINE.test(v.trim()));
    last.value = `${last.value}${wrapped ? " " : "\n"}${value}`;
    setIdentity(ctx, last.key, last.value, last.line);
    keepComments(ctx, last.key, "value", l.cells.flatMap((c) => commentsIn(c, l.gfm)), l.n);
    return true;
  }
  // a field's cell continued on the next lines (Word exports each paragraph of a cell as a line)
  const firstFilled = texts.findIndex((t) => t !== "");
  // the right-hand agency column goes on beside a continued value (or alone)
  if (last && last.right !== null && !l.gfm && texts.slice(last.right).some((t) => t !== "") && !isLabelLine(l)) {
    addAgencyLines(ctx, l, l.cells.slice(last.right));
    const value = texts.slice(0, last.right).filter((t) => t !== "" && t !== ":");
    keepComments(ctx, last.key, "value", l.cells.slice(0, last.right).flatMap((c) => commentsIn(c)), l.n);
    if (value.length) {
      last.value = `${last.value}\n${value.join(" ")}`;
      setIdentity(ctx, last.key, last.value, last.line);
    }
    return true;
  }
  // "Disahkan Oleh<TAB>: Kepala Dinas", then the name and NIP under the label (Word merged the cells)
  if (last?.key === "approvedBy" && !l.gfm && firstFilled === last.col && texts.slice(firstFilled + 1).every((t) => t === "") && APPROVER_LINE.test(texts[firstFilled]) && !isLabelLine(l)) {
    last.value = `${last.value}\n${texts[firstFilled]}`;
    setIdentity(ctx, last.key, last.value, last.line);
    keepComments(ctx, last.key, "value", commentsIn(l.cells[firstFilled]), l.n);
    return true;
  }
  if (last && !l.gfm && firstFilled > last.col && !isLabelLine(l)) {
    last.value = `${last.value}\n${texts.slice(firstFilled).join(" ")}`;
    setIdentity(ctx, last.key, last.value, last.line);
    keepComments(ctx, last.key, "value", l.cells.slice(firstFilled).flatMap((c) => commentsIn(c)), l.n);
    return true;
  }
  // the two-column layout: the agency heading goes on in the left column beside a field's continued value
  const valueAt = texts.findIndex((t, c) => c > (last?.col ?? Infinity) && t !== "");
  if (last && !l.gfm && last.col > 0 && firstFilled < last.col && valueAt > last.col && texts[last.col] === "" && !isLabelLine(l)) {
    addAgencyLines(ctx, l, l.cells.slice(0, last.col));
    last.value = `${last.value}\n${texts.slice(valueAt).join(" ")}`;
    setIdentity(ctx, last.key, last.value, last.line);
    keepComments(ctx, last.key, "value", l.cells.slice(valueAt).flatMap((c) => commentsIn(c)), l.n);
    return true;
  }
  st.last = null;
  // a GFM identity table may also hold the sections: | **Dasar Hukum** | 1. …<br>2. … |
  if (!l.gfm || firstFilled < 0) return false;
  const sec = matchSectionLabel(texts[firstFilled]);
  const labelCells = texts.filter((t) => t !== "" && matchSectionLabel(t) !== null).length;
  if (!sec || labelCells !== 1) return false;
  ctx.gfm = true;
  const value = l.cells.slice(firstFilled + 1).join("<br>");
  keepSectionLabel(ctx, sec);
  addSection(ctx, sec.key, l.n, gfmSegments([sec.rest, value].join("<br>")), false);
  addSectionComments(ctx, sec.key, commentsIn(l.cells[firstFilled], true), l.n);
  return true;
}

/** The field whose label stands in cell `labelCol`: its value is the rest of the cell and the cells after it. */
function readField(ctx: Ctx, l: SourceLine, labelCol: number, st: LineState): void {
  const texts = l.cells.map((c) => oneLine(c));
  const id = matchIdentityLabel(texts[labelCol])!;
  if (l.gfm) ctx.gfm = true;
  // keep runs of spaces: "Jabatan  Nama, gelar NIP …" separates its parts with them
  const rest = matchIdentityLabel(plainKeepSpaces(l.cells[labelCol]))?.rest ?? id.rest;
  let valueCells = l.cells.slice(labelCol + 1);
  // fields on the left, the agency heading in the right column: "Nomor SOP<TAB>: 1/2025<TAB>PEMERINTAH …"
  let right = l.gfm ? -1 : agencyColumn(valueCells, rest);
  // once the right-hand column is known, its capitals on the next field lines are the agency too
  const known = st.agencyRight === null ? -1 : st.agencyRight - labelCol - 1;
  if (right < 0 && known > 0 && oneLine(valueCells[known] ?? "") !== "" && upperShare(oneLine(valueCells[known])) >= 0.8) right = known;
  if (right >= 0) st.agencyRight = labelCol + 1 + right;
  if (right >= 0) {
    addAgencyLines(ctx, l, valueCells.slice(right));
    valueCells = valueCells.slice(0, right);
  }
  const rawValue = [rest, ...valueCells.map((v) => (l.gfm ? gfmCellLines(v).map(valueLine).join("\n") : plainKeepSpaces(v)))]
    .filter((x) => x.trim() !== "" && x.trim() !== ":")
    .join(l.gfm ? "\n" : "  ")
    .replace(/^\s*:\s*/, "");
  setIdentity(ctx, id.key, rawValue, l.n);
  if (l.gfm) keepIdentityEmphasis(ctx.pos, id.key, valueCells);
  // an English or bilingual label is the document's own wording: fmt writes it back as written
  if (id.label !== undefined) (ctx.pos.identityLabels ??= {})[id.key] = id.label;
  else if (ctx.pos.identityLabels) delete ctx.pos.identityLabels[id.key];
  // comments on the label ("Nomor POS <!-- … -->") and in the value: kept by field, written back in place
  const labelCell = l.cells[labelCol];
  const [labelPart, valuePart] = id.rest.trim() !== "" || /:/.test(oneLine(labelCell)) ? splitAtColon(labelCell) : [labelCell, ""];
  keepComments(ctx, id.key, "label", commentsIn(labelPart, l.gfm), l.n);
  keepComments(ctx, id.key, "value", [valuePart, ...valueCells].flatMap((v) => commentsIn(v, l.gfm)), l.n);
  ctx.identityStart ??= l.n;
  st.last = { key: id.key, value: rawValue, line: l.n, col: labelCol, right: right >= 0 ? labelCol + 1 + right : null };
  // the official layout puts the agency heading left of the fields: "AGENCY<TAB>Nomor SOP<TAB>: …"
  if (labelCol > 0) addAgencyLines(ctx, l, l.cells.slice(0, labelCol));
}

// a line of an approver's value: a name with titles, a NIP, "ttd", a rank
const APPROVER_LINE = /^(NIP\b|\(?ttd\b|(Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s|[A-Z][\p{L}'. ]+,\s*([A-Z][A-Za-z]{0,4}\.)+|Pembina\b|Penata\b|Pengatur\b)/iu;


/** Index (in `cells`) where a right-hand agency column starts: capitals after the field's value, or -1. */
function agencyColumn(cells: string[], rest: string): number {
  const texts = cells.map((c) => oneLine(c));
  let seenValue = rest.trim() !== "";
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t === "" || t === ":") continue;
    if (seenValue && upperShare(t) >= 0.8 && AGENCY_WORD.test(t) && !/\d/.test(t)) return i;
    seenValue = true;
  }
  return -1;
}

/** "Instansi: Dinas …", "OPD<TAB>: …", "| Instansi | … |": the agency as a labelled line; false when the line is none. */
function readAgencyField(ctx: Ctx, l: SourceLine, texts: string[]): boolean {
  const first = texts.findIndex((t) => t !== "");
  const m = first < 0 ? null : matchAgencyLabel(stripEmphasis(texts[first]));
  if (!m) return false;
  const value = [m.rest, ...l.cells.slice(first + 1)].filter((c) => oneLine(c) !== "" && oneLine(c) !== ":").map((c) => c.replace(/^\s*:\s*/, ""));
  if (!addAgencyLines(ctx, l, value)) return false;
  // the label's words are the field's: the canonical form writes the agency lines without it
  ctx.pos.fieldLines.agencyLabel = l.n;
  if (l.gfm) ctx.gfm = true;
  return true;
}

/** The agency heading's lines in `cells`; false when they hold none. */
function addAgencyLines(ctx: Ctx, l: SourceLine, cells: string[]): boolean {
  const lines = cells.flatMap((x) => (l.gfm ? gfmCellLines(x) : [x]).map((t) => stripEmphasis(oneLine(t)))).filter((x) => x && !isEmptyValue(x));
  if (!lines.length) return false;
  if (ctx.pos.agency.length === 0) ctx.pos.fieldLines.agency = l.n;
  ctx.pos.agency.push(...lines);
  return true;
}

/** A line of a GFM value: "1. Gubernur" under "Tembusan:" keeps its number (it is no Markdown list there). */
const valueLine = (t: string) => oneLine(t.replace(/^(\s*\d{1,3})([.)])(?=\s)/, "$1\\$2").replace(/^(\s*)([-+*#>])(?=\s)/, "$1\\$2"));

function plainKeepSpaces(s: string): string {
  return markdownToText(htmlToText(s)).replace(/\n/g, "  ").trim();
}

/** Comments in an identity field's label or value: kept on that part of the field. */
function keepComments(ctx: Ctx, key: IdentityKey, part: "label" | "value", comments: readonly string[], line: number): void {
  keepCommentsOn(ctx.notes, () => (((ctx.pos.identityComments ??= {})[key] ??= {})[part] ??= []), comments, line);
}

function setIdentity(ctx: Ctx, key: IdentityKey, rawValue: string, line: number): void {
  const { pos } = ctx;
  const value = rawValue.trim();
  pos.fieldLines[key] = line;
  // a blank to fill in is no value, but fmt writes it back as the author did ("-" is what fmt writes anyway)
  if (key !== "approvedBy" && isPlaceholder(value) && !/^[\s-]*$/.test(value)) (pos.blanks ??= {})[key] = value.replace(/\s+/g, " ");
  else if (pos.blanks) delete pos.blanks[key];
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
    case "unit":
      pos.unit = isPlaceholder(value) ? null : value.replace(/\s+/g, " ");
      break;
  }
}
