import type { Approver } from "../model/pos.ts";
import { isEmptyValue } from "./dates.ts";
import { splitPositionName } from "./approver-split.ts";

// Pangkat of the civil service, with an optional golongan ("Pembina Utama Muda (IV/c)", "Penata Tk. I, III/d").
// Only where a rank can end: before a comma, a parenthesis, a golongan, "NIP" or the end.
const RANK =
  /(?:^|\s)((?:Pembina Utama(?: Madya| Muda)?|Pembina(?: Tingkat I| Tk\.? ?I)?|Penata(?: Muda)?(?: Tingkat I| Tk\.? ?I)?|Pengatur(?: Muda)?(?: Tingkat I| Tk\.? ?I)?|Juru(?: Muda)?(?: Tingkat I| Tk\.? ?I)?)(?:\s*[,/-]?\s*\(?\s*(?:gol(?:ongan)?\.?\s*)?(?:IV|III|II|I)\s*\/\s*[a-e]\s*\)?)?)(?=\s*$|\s*[,;]|\s+NIP\b)/i;
const GOLONGAN_ONLY = /^\(?\s*(?:gol(?:ongan)?\.?\s*)?(?:IV|III|II|I)\s*\/\s*[a-e]\s*\)?$/i;
// "ttd", "(ttd)", "TTD.", "t.t.d": the signature's place, not part of a name
const SIGNED = /^\(?\s*t\.?\s?t\.?\s?d\.?\s*\)?$/i;
const SIGNED_IN = /(?:^|\s)(\(?\s*t\.?t\.?d\.?\s*\)?)(?=\s|$)/i;
// "ttd" between two runs of words, also glued to what follows ("PTSP ttdDrs. …", "ttdPembina …")
const SIGNED_RUN = /(?<=^|[\s,;])(\((?:ttd|TTD|Ttd)\.?\)|(?:ttd|TTD|Ttd)\.?)(?=\s|$|\p{Lu}|\()/gu;
const RANK_WORD = "(?:Pembina|Penata|Pengatur|Juru)";
// a rank glued to what comes before it: "M.SiPembina Utama Muda" (a lower-case letter or a dot, no space)
const RANK_GLUED = new RegExp(`(?<=[\\p{Ll}.])(?=${RANK_WORD}\\b)`, "gu");
// …or to a name written in capitals: "Drs. BUDI HARAHAPPembina Utama Muda", "SITI AMINAHPenata Tk. I"; split only
// when what follows reads as a whole rank (a capitalised word glued to an office word stays as written)
const RANK_GLUED_UPPER = new RegExp(`(?<=\\p{Lu}{2})(?=${RANK_WORD}\\b)`, "gu");
// a rank that opens a part before the name: "Pembina Utama Muda Drs. Supriyadi"
const RANK_LEAD = new RegExp(`^(${RANK.source.slice(RANK.source.indexOf("((") + 1, RANK.source.lastIndexOf("(?=\\s*$"))}\\s+(?=\\S)`, "i");

/**
 * "Kepala BGTK Provinsi Sumatera Barat  Sri Yulianti, M.Pd NIP 197007291997032001"
 * "Plt. Kepala,  Nama : Sabura Soe'oad Putra, S.E., M.Si. NIP : 197302022006041025"
 * "Kepala Balai\nttd\nSri Yulianti, M.Pd\nPembina Utama Muda\nNIP 1970…\nTembusan: …" (lines of a cell)
 * → position, name with titles, rank, NIP; "ttd" and a "Tembusan" are kept aside, not in the name.
 * Parts are separated by line breaks, two or more spaces, or "Nama :".
 */
export function parseApprover(raw: string, line: number): Approver | null {
  const text = raw.trim();
  if (isEmptyValue(text)) return null;
  let nip: string | null = null;
  let rest = text;
  const other: string[] = [];
  const signs: string[] = [];
  rest = rest.replace(SIGNED_RUN, (m) => {
    signs.push(m);
    return "\n";
  });
  rest = rest.replace(RANK_GLUED, " ");
  const nipMatch = /(?:\b[Nn][Ii][Pp]|(?<=[a-z.])NIP)\b\.?\s*:?\s*([0-9][0-9 ]*[0-9]|[0-9])/.exec(rest);
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
  // "NIP. ......": a NIP still to be filled in is no NIP, but the words are the user's: kept aside
  const blank = nip === null ? /\bNIP\b\.?\s*:?\s*[.·…_-]{2,}/i.exec(rest) : null;
  if (blank) {
    other.push(blank[0].trim());
    rest = rest.slice(0, blank.index) + " \n " + rest.slice(blank.index + blank[0].length);
  }
  // "Tembusan: …" lists who gets a copy: it closes the field, whatever it holds
  const cc = /(?:^|\s)Tembusan\b/i.exec(rest);
  if (cc) {
    other.push(rest.slice(cc.index).trim().replace(/\s*\n\s*/g, "\n"));
    rest = rest.slice(0, cc.index);
  }
  rest = rest.replace(/\bNIP\b\.?\s*:?/gi, " ");
  // (after the NIP is taken out: "HARAHAPPembina Utama Muda (IV/c)NIP.…" ends its rank where the NIP was)
  rest = rest.replace(RANK_GLUED_UPPER, (_, at: number, all: string) => (RANK.exec(` ${all.slice(at).split(/\n|\s{2,}|\t/)[0]}`)?.index === 0 ? " " : ""));
  let rank: string | undefined;
  const parts: string[] = [];
  for (const p0 of rest.split(/\n|\s{2,}|\t|\bNama\s*:/i)) {
    let p = p0.trim().replace(/^[,;:]\s*/, "").replace(/\s*[,;]$/, "").trim();
    if (p === "" || isEmptyValue(p)) continue;
    if (SIGNED.test(p)) {
      other.unshift(p);
      continue;
    }
    const signed = SIGNED_IN.exec(p);
    if (signed && parts.length > 0) {
      // "ttd" inside a run of words: "Kepala Biro ttd Drs. …"
      other.unshift(signed[1].trim());
      p = (p.slice(0, signed.index) + " " + p.slice(signed.index + signed[0].length)).replace(/\s+/g, " ").trim();
    }
    let r = rank === undefined && parts.length > 0 ? RANK.exec(p) : null;
    const lead = rank === undefined && parts.length > 0 && !r ? RANK_LEAD.exec(p) : null;
    // only before what reads as a name (a title before it, or academic titles after a comma): "Penata Usaha Keuangan" is an office
    if (lead && /^(?:(?:Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s|.*,\s*[A-Z][A-Za-z]{0,4}\.)/.test(p.slice(lead[0].length))) {
      rank = lead[1].trim();
      p = p.slice(lead[0].length).trim();
      r = null;
    }
    if (r) {
      rank = r[1].trim();
      p = p.slice(0, r.index).replace(/[\s,;]+$/, "").trim();
      if (p === "") continue;
    } else if (rank !== undefined && GOLONGAN_ONLY.test(p)) {
      rank = `${rank} ${p}`;
      continue;
    }
    parts.push(p);
  }
  other.unshift(...signs);
  let position: string | null = null;
  let name: string | null = null;
  const split = parts.length === 1 ? splitPositionName(parts[0]) : null;
  if (parts.length >= 2) {
    position = parts[0];
    name = parts.slice(1).join(" ");
  } else if (split) {
    ({ position, name } = split);
  } else if (parts.length === 1 && /\s(Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s/.test(parts[0])) {
    // "Kepala Cabang Dinas Wilayah III Dr. Hj. Andi …, S.Pd." — a title prefix starts the name
    const at = parts[0].search(/\s(Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s/);
    position = parts[0].slice(0, at).trim().replace(/\s*[,;]$/, "");
    name = parts[0].slice(at).trim();
  } else if (parts.length === 1) {
    // one run of words: a name carries academic titles after a comma ("…, M.Pd"); a position does not
    if (/,\s*([A-Z][A-Za-z]{0,4}\.)+/.test(parts[0]) || /^(Dr|Drs|Ir|Prof|H|Hj)\.\s/.test(parts[0])) name = parts[0];
    else position = parts[0];
  }
  return { raw: text, position, name, nip, ...(rank ? { rank } : {}), ...(other.length ? { other } : {}), line };
}
