// Shared by the date rules (not a rule itself).
export const DATE_FIELDS = [
  { key: "createdDate", label: "Tanggal Pembuatan" },
  { key: "revisedDate", label: "Tanggal Revisi" },
  { key: "effectiveDate", label: "Tanggal Efektif" },
] as const;
