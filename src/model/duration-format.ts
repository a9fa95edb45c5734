import { tr } from "../i18n/index.ts";

/** Minutes → "2 hari 3 jam 5 menit" (a day is `workdayHours` long, 24 by default); the words from the catalogue. */
export function formatMinutes(minutes: number | null, workdayHours = 24, lang: "id" | "en" = "id"): string {
  if (minutes === null) return tr("tidak diketahui", {}, lang);
  const perDay = workdayHours * 60;
  let rest = Math.round(minutes);
  const days = Math.floor(rest / perDay);
  rest -= days * perDay;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  if (days) parts.push(tr("{n} hari", { n: days }, lang));
  if (hours) parts.push(tr("{n} jam", { n: hours }, lang));
  if (mins) parts.push(tr("{n} menit", { n: mins }, lang));
  if (!parts.length) parts.push(tr("{n} menit", { n: 0 }, lang));
  return parts.join(" ");
}

/**
 * A POS's total standard time for people to read, the same in check, HTML and the index page.
 * Always 24-hour days: the model's minutes count "hari" as 1440 and only "hari kerja" as workdayHours,
 * so dividing by a working day would turn "1 hari" into "3 hari".
 */
export function formatTotal(pos: { totalMinutes?: number | null }, lang: "id" | "en" = "id"): string {
  return formatMinutes(pos.totalMinutes ?? null, 24, lang);
}
