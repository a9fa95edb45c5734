import type { DocumentRule } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

/** Why a NIP cannot be right, or null. Digits 1–8 birth date, 9–14 appointment YYYYMM, 15 sex, 16–18 serial. */
export function nipProblem(nip: string): { id: string; en: string } | null {
  const digits = nip.replace(/[\s.-]/g, "");
  if (!/^\d{18}$/.test(digits))
    return { id: `harus 18 angka, tertulis ${digits.replace(/\D/g, "").length} angka`, en: `must be 18 digits, has ${digits.replace(/\D/g, "").length}` };
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  if (!realDate(by, bm, bd) || by < 1900)
    return { id: `tanggal lahir ${digits.slice(0, 8)} (angka 1–8) tidak mungkin`, en: `birth date ${digits.slice(0, 8)} (digits 1–8) cannot exist` };
  const ay = Number(digits.slice(8, 12));
  const am = Number(digits.slice(12, 14));
  if (am < 1 || am > 12 || ay < by)
    return { id: `bulan pengangkatan ${digits.slice(8, 14)} (angka 9–14) tidak mungkin`, en: `appointment month ${digits.slice(8, 14)} (digits 9–14) cannot exist` };
  if (digits[14] !== "1" && digits[14] !== "2")
    return { id: `angka jenis kelamin (angka ke-15) harus 1 atau 2, bukan ${digits[14]}`, en: `the sex digit (15th) must be 1 or 2, not ${digits[14]}` };
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
  description: {
    id: "NIP bukan 18 angka, atau tanggal lahir, bulan pengangkatan atau angka jenis kelaminnya tidak mungkin.",
    en: "The NIP is not 18 digits, or its birth date, appointment month or sex digit cannot be right.",
  },
  run(pos, ctx) {
    const nip = pos.approvedBy?.nip;
    if (!nip?.trim()) return [];
    const p = nipProblem(nip);
    if (!p) return [];
    return [
      {
        line: pos.approvedBy!.line,
        message: t(ctx, `NIP ${q(nip)} tidak sah: ${p.id}.`, `NIP ${q(nip)} is not valid: ${p.en}.`),
      },
    ];
  },
  examples: {
    invalid: [
      bad([5], doc(IDENTITY.replace("198001012005011003", "19800101200501103"), TABLE), { id: "17 angka", en: "17 digits" }),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198002302005011003"), TABLE), { id: "30 Februari", en: "30 February" }),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198001012005131003"), TABLE), { id: "bulan 13", en: "month 13" }),
      bad([5], doc(IDENTITY.replace("198001012005011003", "198001012005013003"), TABLE), { id: "jenis kelamin 3", en: "sex digit 3" }),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
