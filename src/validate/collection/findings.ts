import { tr } from "../../i18n/index.ts";
import type { Finding, Lang } from "../types.ts";

/** Adds a finding to a file's list in place (spreading a copy per finding made a 1,000-file run quadratic). */
export function push(out: Map<string, Finding[]>, source: string, f: Finding): void {
  const list = out.get(source);
  if (list) list.push(f);
  else out.set(source, [f]);
}

export const MAX_LISTED = 10;

/**
 * The names that pass `keep`, in run order: at most MAX_LISTED, then "dan N lainnya" / "and N more",
 * so one file's message stays short in a run of thousands, and the run stays linear.
 */
export function listSome<T>(items: readonly T[], keep: (item: T, index: number) => boolean, name: (item: T) => string, lang: Lang): string {
  const shown: string[] = [];
  let rest = 0;
  items.forEach((item, i) => {
    if (!keep(item, i)) return;
    if (shown.length < MAX_LISTED) shown.push(name(item));
    else rest++;
  });
  if (!rest) return shown.join(", ");
  return tr("{list} dan {n} lainnya", { list: shown.join(", "), n: rest }, lang);
}

/** The names but the one at `skip`, like listSome, in constant time per call (a Nomor shared by thousands). */
export function listOthers(names: readonly string[], skip: number, lang: Lang): string {
  const shown = names.slice(0, MAX_LISTED + 1).filter((_, k) => k !== skip).slice(0, MAX_LISTED);
  const rest = names.length - 1 - shown.length;
  if (rest <= 0) return shown.join(", ");
  return tr("{list} dan {n} lainnya", { list: shown.join(", "), n: rest }, lang);
}
