import { bilingual, type Params, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

const both = (key: string, params: Params) => ({ id: tr(key, params, "id"), en: tr(key, params, "en") });

/** Why a NIP cannot be right, or null. Digits 1–8 birth date, 9–14 appointment YYYYMM, 15 sex, 16–18 serial. */
export function nipProblem(nip: string): { id: string; en: string } | null {
  const digits = nip.replace(/[\s.-]/g, "");
  if (!/^\d{18}$/.test(digits))
    return both("harus 18 angka, tertulis {n} angka", { n: digits.replace(/\D/g, "").length });
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  if (!realDate(by, bm, bd) || by < 1900)
    return both("tanggal lahir {digits} (angka 1–8) tidak mungkin", { digits: digits.slice(0, 8) });
  const ay = Number(digits.slice(8, 12));
  const am = Number(digits.slice(12, 14));
  if (am < 1 || am > 12 || ay < by)
    return both("bulan pengangkatan {digits} (angka 9–14) tidak mungkin", { digits: digits.slice(8, 14) });
  if (digits[14] !== "1" && digits[14] !== "2")
    return both("angka jenis kelamin (angka ke-15) harus 1 atau 2, bukan {digit}", { digit: digits[14] });
  return null;
}

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const nipInvalid: DocumentRule = {
  id: "nip-invalid",
  scope: "document",
  severity: "error",
  description: bilingual("NIP bukan 18 angka, atau tanggal lahir, bulan pengangkatan atau angka jenis kelaminnya tidak mungkin."),
  run(pos, ctx) {
    const nip = pos.approvedBy?.nip;
    if (!nip?.trim()) return [];
    const p = nipProblem(nip);
    if (!p) return [];
    return [
      {
        line: pos.approvedBy!.line,
        message: tr("NIP {nip} tidak sah: {why}.", { nip: q(nip), why: p[ctx.lang] }, ctx.lang),
      },
    ];
  },
  examples: {
    invalid: [
      bad([5], doc(IDENTITY.replace("198001012005011003", "19800101200501103"), TABLE), bilingual("17 angka")),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198002302005011003"), TABLE), bilingual("30 Februari")),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198001012005131003"), TABLE), bilingual("bulan 13")),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198001012005013003"), TABLE), bilingual("jenis kelamin 3")),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
