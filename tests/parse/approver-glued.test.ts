import { describe, expect, test } from "vitest";
import { parseApprover } from "../../src/parse/approver.ts";

// issue 11: "ttd", the rank and the NIP glued to the name, or only single spaces between them
const pos = "Kepala Dinas Penanaman Modal dan PTSP";
const name = "Drs. Supriyadi Harahap, M.Si";
const cases: [string, string, string | undefined, string | null, string[]][] = [
  // [value, expected name, rank, nip, other]
  [`${pos} ttd ${name} Pembina Utama Muda NIP. 19690311 199503 1 002 Tembusan: Sekda`, name, "Pembina Utama Muda", "196903111995031002", ["ttd", "Tembusan: Sekda"]],
  [`${pos} ttd${name}Pembina Utama Muda NIP 196903111995031002`, name, "Pembina Utama Muda", "196903111995031002", ["ttd"]],
  [`${pos} ttdPembina Utama Muda ${name} NIP. 196903111995031002`, name, "Pembina Utama Muda", "196903111995031002", ["ttd"]],
  [`${pos} TTD ${name}Pembina Tingkat I (IV/b)NIP.196903111995031002`, name, "Pembina Tingkat I (IV/b)", "196903111995031002", ["TTD"]],
  [`${pos} (ttd) Penata Muda Tingkat I ${name}`, name, "Penata Muda Tingkat I", null, ["(ttd)"]],
  [`${pos} ttd. ${name}`, name, undefined, null, ["ttd."]],
  [`${pos}\nttd\n${name}\nPembina Utama Madya\nNIP 196903111995031002`, name, "Pembina Utama Madya", "196903111995031002", ["ttd"]],
];

describe("parseApprover: glued ttd, rank and NIP", () => {
  test.each(cases)("%s", (value, n, rank, nip, other) => {
    const a = parseApprover(value, 1)!;
    expect(a.position).toBe(pos);
    expect(a.name).toBe(n);
    expect(a.rank).toBe(rank);
    expect(a.nip).toBe(nip);
    expect(a.other ?? []).toEqual(other);
  });
  test("a part opening with a rank word that is an office keeps it", () => {
    const a = parseApprover("Kepala Dinas\nPenata Usaha Keuangan", 1)!;
    expect(a.rank).toBeUndefined();
    expect(a.name).toBe("Penata Usaha Keuangan");
  });
  test("a word holding ttd is no signature", () => {
    const a = parseApprover("Kepala Bagian Umum  Attdina Sari, S.E.", 1)!;
    expect(a.name).toBe("Attdina Sari, S.E.");
    expect(a.other).toBeUndefined();
  });
});
