import { decode } from "../parse/decode.ts";

// How a text file is stored (encoding, BOM, line endings), so a rewrite keeps it as the user had it.

export interface TextStyle {
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  bom: boolean;
  crlf: boolean;
}

export function styleOf(bytes: Uint8Array): TextStyle {
  const d = decode(bytes);
  const encoding = (d.ok ? d.encoding : "utf-8") as TextStyle["encoding"];
  const bom = encoding.startsWith("utf-16") || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  // line endings as the majority of the file has them
  let crlf = 0;
  let lf = 0;
  const unit = encoding.startsWith("utf-16") ? 2 : 1;
  const le = encoding !== "utf-16be";
  for (let i = 0; i + unit - 1 < bytes.length; i += unit) {
    const c = unit === 1 ? bytes[i] : le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (c === 0x0a) {
      const j = i - unit;
      const p = j < 0 ? -1 : unit === 1 ? bytes[j] : le ? bytes[j] | (bytes[j + 1] << 8) : (bytes[j] << 8) | bytes[j + 1];
      if (p === 0x0d) crlf++;
      else lf++;
    }
  }
  return { encoding, bom, crlf: crlf > lf };
}

const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Text (LF) → bytes in `style`; null when a character has no place in the encoding (Windows-1252). */
export function encodeAs(text: string, style: TextStyle): Uint8Array | null {
  const t = style.crlf ? text.replace(/\n/g, "\r\n") : text;
  if (style.encoding === "windows-1252") {
    const out = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const hi = CP1252_HIGH.indexOf(t[i]);
      if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
      else if (hi >= 0) out[i] = 0x80 + hi;
      else return null;
    }
    return out;
  }
  if (style.encoding === "utf-16le" || style.encoding === "utf-16be") {
    const b = Buffer.from(`\ufeff${t}`, "utf16le");
    if (style.encoding === "utf-16be") b.swap16();
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  const b = Buffer.from(style.bom ? `\ufeff${t}` : t, "utf8");
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
