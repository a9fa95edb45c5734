import { applyDrawnFlow } from "../model/drawn-flow.ts";
import type { Pos } from "../model/pos.ts";
import type { Said } from "../model/said.ts";
import { decode } from "./decode.ts";
import { parseText } from "./document.ts";

export interface ParseOptions {
  /** path shown in messages and kept in the model */
  source: string;
  /** hours in one "hari kerja"; default 24 (1 hari = 1440 min) */
  workdayHours?: number;
  /** extra lane aliases from the config: written name → lane name */
  laneAliases?: Record<string, string>;
}

export type ReadResult =
  | { ok: true; pos: Pos }
  | { ok: false; error: { code: "input-unreadable"; message: string; line: number; said?: Said } };

/** Text → model. Never throws on any string. */
export function parsePos(raw: string, opts: ParseOptions): Pos {
  // CR and CRLF end a line as in a Markdown viewer (readPos's decode does this for files; an API
  // caller or an editor's buffer may hand over either)
  const text = raw.replace(/\r\n?/g, "\n");
  const pos = parseText(text, opts);
  // the canonical Markdown of a PDF keeps the chart's drawn flow in its mermaid block
  applyDrawnFlow(text, pos);
  return pos;
}

/** Bytes → model, or a single readable error for empty/binary/undecodable input. */
export function readPos(bytes: Uint8Array, opts: ParseOptions): ReadResult {
  const d = decode(bytes);
  if (!d.ok) return { ok: false, error: { code: "input-unreadable", message: `${opts.source}: ${d.reason}`, line: 1, said: d.said } };
  const pos = parsePos(d.text, opts);
  if (d.fallbackLine !== undefined) {
    // the encoding-fallback rule reports it: the text may hold wrong letters if the guess was wrong
    pos.notes.push({
      code: "encoding-fallback",
      message: `bukan UTF-8 yang sah (mulai baris ${d.fallbackLine}); dibaca sebagai Windows-1252`,
      line: d.fallbackLine,
    });
    pos.notes.sort((a, b) => a.line - b.line);
  }
  return { ok: true, pos };
}
