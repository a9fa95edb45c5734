import { tr } from "../i18n/index.ts";
import { SAID, type Said, type SaidId } from "../model/said.ts";
/** bytes → text: UTF-8 (BOM or not), UTF-16 LE/BE with BOM; CR/CRLF → LF; NBSP → space; zero-width characters and soft hyphens dropped. */
export type Decoded =
  | { ok: true; text: string; encoding: string; /** 1-based line of the first byte that is not UTF-8, for a fallback */ fallbackLine?: number }
  | { ok: false; reason: string; said: Said };

// characters that only steer line breaking or joining (zero-width space and non-joiner, word joiner, BOM,
// soft hyphen): Word and Google Docs leave them inside words ("Re\u00ADklame"), where they would split a
// word for every reader, search and check while showing nothing
const INVISIBLE = /[\u00ad\u200b\u200c\u2060\ufeff]/g;

/** The reason in the run's language (render and fmt print it), with its id for a report in another. */
function refused(messageId: SaidId, data: Record<string, string> = {}): Decoded {
  return { ok: false, reason: tr(SAID[messageId], data), said: { messageId, data } };
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refused("file-empty");
  let encoding = "utf-8";
  let body = bytes;
  let fallbackLine: number | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = "utf-16le"), (body = bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = "utf-16be"), (body = bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // Word sometimes saves "plain text" as Windows-1252; accept it only when it holds no control bytes
    if (encoding === "utf-8" && !hasBinaryBytes(body)) {
      text = decodeWindows1252(body);
      encoding = "windows-1252";
      fallbackLine = lineOfFirstInvalidUtf8(body);
    } else {
      return refused("file-not-text", { encoding: encoding.toUpperCase() });
    }
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return refused("file-control");
  text = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(INVISIBLE, "");
  if (text.trim() === "") return refused("file-no-text");
  return fallbackLine === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, fallbackLine };
}

// 0x80–0x9F of Windows-1252 (Word's curly quotes, dashes, €); Node's TextDecoder("windows-1252") reads
// these bytes as Latin-1 C1 controls. The five bytes Windows-1252 leaves undefined stay Latin-1.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function hasBinaryBytes(b: Uint8Array): boolean {
  for (const c of b) if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  return false;
}

/** The line holding the first byte sequence that is not UTF-8 (lines end at LF, CRLF or CR). */
function lineOfFirstInvalidUtf8(b: Uint8Array): number {
  let line = 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < b.length && b[i] >= lo && b[i] <= hi;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) line++;
      i++;
    } else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) i += 2;
    // the second byte's range rules out overlong forms and surrogates (RFC 3629)
    else if (c >= 0xe0 && c <= 0xef && cont(i + 1, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf) && cont(i + 2)) i += 3;
    else if (c >= 0xf0 && c <= 0xf4 && cont(i + 1, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3)) i += 4;
    else return line;
  }
  return line;
}
