/** Minutes → "2 hari 3 jam 5 menit" (a day is `workdayHours` long, 24 by default). */
export function formatMinutes(minutes: number | null, workdayHours = 24, lang: "id" | "en" = "id"): string {
  if (minutes === null) return lang === "en" ? "unknown" : "tidak diketahui";
  const units = lang === "en" ? ["day", "hour", "minute"] : ["hari", "jam", "menit"];
  const perDay = workdayHours * 60;
  let rest = Math.round(minutes);
  const days = Math.floor(rest / perDay);
  rest -= days * perDay;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  const push = (n: number, u: string) => {
    if (n) parts.push(`${n} ${u}${lang === "en" && n !== 1 ? "s" : ""}`);
  };
  push(days, units[0]);
  push(hours, units[1]);
  push(mins, units[2]);
  return parts.length ? parts.join(" ") : `0 ${units[2]}${lang === "en" ? "s" : ""}`;
}

/**
 * A POS's total standard time for people to read, the same in check, HTML and the index page.
 * Always 24-hour days: the model's minutes count "hari" as 1440 and only "hari kerja" as workdayHours,
 * so dividing by a working day would turn "1 hari" into "3 hari".
 */
export function formatTotal(pos: { totalMinutes?: number | null }, lang: "id" | "en" = "id"): string {
  return formatMinutes(pos.totalMinutes ?? null, 24, lang);
}
