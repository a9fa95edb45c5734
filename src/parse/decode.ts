/** bytes → text: UTF-8 (BOM or not), UTF-16 LE/BE with BOM; CR/CRLF → LF; NBSP → space. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "berkas kosong" };
  let encoding = "utf-8";
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = "utf-16le"), (body = bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = "utf-16be"), (body = bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // Word sometimes saves "plain text" as Windows-1252; accept it only when it holds no control bytes
    if (encoding === "utf-8" && !hasBinaryBytes(body)) {
      text = new TextDecoder("windows-1252").decode(body);
      encoding = "windows-1252";
    } else {
      return { ok: false, reason: `bukan teks ${encoding.toUpperCase()} yang sah (berkas biner?)` };
    }
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, reason: "berisi karakter kendali (berkas biner?)" };
  text = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\u200b|\ufeff/g, "");
  if (text.trim() === "") return { ok: false, reason: "berkas tidak berisi teks" };
  return { ok: true, text, encoding };
}

function hasBinaryBytes(b: Uint8Array): boolean {
  for (const c of b) if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  return false;
}
