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
