import type { TextLine } from "./text.ts";

// A flow table printed without ruling lines (an HTML table with no borders printed by LibreOffice,
// a Word table with its borders off): the reader rebuilds tables from their rules, so it finds none
// and would report a POS with no flow table. The header's words standing together outside any table
// say what happened, so the reader can say so instead.

const NO = /(^|\s)(no\.?|nomor)(\s|$)/i;
const ACTIVITY = /\b(kegiatan|uraian\s+prosedur|aktivitas)\b/i;
const LANES = /\b(pelaksana|pelaku)\b/i;
const MUTU = /\b(mutu\s+baku|kelengkapan|persyaratan|waktu|output|keluaran|keterangan)\b/i;

/** The header of a flow table among lines outside any table: its words within a few lines' height. */
export function unruledFlowHeader(lines: TextLine[]): TextLine | null {
  for (let i = 0; i < lines.length; i++) {
    const group = lines.filter((l) => l.y >= lines[i].y && l.y - lines[i].y <= 36);
    const text = group.map((l) => l.text).join(" ");
    if (NO.test(text) && ACTIVITY.test(text) && LANES.test(text) && MUTU.test(text)) return lines[i];
  }
  return null;
}
