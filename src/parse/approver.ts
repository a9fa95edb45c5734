import type { Approver } from "../model/pos.ts";
import { isEmptyValue } from "./dates.ts";

/**
 * "Kepala BGTK Provinsi Sumatera Barat  Sri Yulianti, M.Pd NIP 197007291997032001"
 * "Plt. Kepala,  Nama : Sabura Soe'oad Putra, S.E., M.Si. NIP : 197302022006041025"
 * "Kepala Balai\nSri Yulianti, M.Pd\nNIP 1970…" (Markdown <br> lines)
 * → position, name with titles, NIP. Parts are separated by line breaks, two or more spaces, or "Nama :".
 */
export function parseApprover(raw: string, line: number): Approver | null {
  const text = raw.trim();
  if (isEmptyValue(text)) return null;
  let nip: string | null = null;
  let rest = text;
  const nipMatch = /\bNIP\b\.?\s*:?\s*([0-9][0-9 ]*[0-9]|[0-9])/i.exec(rest);
  if (nipMatch) {
    nip = nipMatch[1].replace(/\s+/g, "");
    rest = rest.slice(0, nipMatch.index) + " \n " + rest.slice(nipMatch.index + nipMatch[0].length);
  } else {
    const bare = /(?<!\d)(\d[\d ]{16,24}\d)(?!\d)/.exec(rest);
    if (bare && bare[1].replace(/\s/g, "").length === 18) {
      nip = bare[1].replace(/\s+/g, "");
      rest = rest.slice(0, bare.index) + " \n " + rest.slice(bare.index + bare[0].length);
    }
  }
  rest = rest.replace(/\bNIP\b\.?\s*:?/gi, " ");
  const parts = rest
    .split(/\n|\s{2,}|\t|\bNama\s*:/i)
    .map((p) => p.trim().replace(/^[,;:]\s*/, "").replace(/\s*[,;]$/, "").trim())
    .filter((p) => p !== "" && !isEmptyValue(p));
  let position: string | null = null;
  let name: string | null = null;
  if (parts.length >= 2) {
    position = parts[0];
    name = parts.slice(1).join(" ");
  } else if (parts.length === 1 && /\s(Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s/.test(parts[0])) {
    // "Kepala Cabang Dinas Wilayah III Dr. Hj. Andi …, S.Pd." — a title prefix starts the name
    const at = parts[0].search(/\s(Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s/);
    position = parts[0].slice(0, at).trim();
    name = parts[0].slice(at).trim();
  } else if (parts.length === 1) {
    // one run of words: a name carries academic titles after a comma ("…, M.Pd"); a position does not
    if (/,\s*([A-Z][A-Za-z]{0,4}\.)+/.test(parts[0]) || /^(Dr|Drs|Ir|Prof|H|Hj)\.\s/.test(parts[0])) name = parts[0];
    else position = parts[0];
  }
  return { raw: text, position, name, nip, line };
}
