import type { ListItem, Pos } from "../../model/pos.ts";

// Which POS of the run a Keterkaitan item names: the first (in run order, never itself) whose Nomor
// (compacted, ≥ 4 characters) occurs in the item's text, else the first whose Nama (words, ≥ 6
// letters, without a leading POS/SOP) occurs as whole words. Built once per run, so each item costs
// its own length, not the number of documents (1,000 POS: 2.7 s of pairs before).

/** A Nomor POS as compared across files: no spaces, any case ("12 / UM" = "12/um"). */
export const numberKey = (n: string) => n.replace(/\s+/g, "").toLowerCase();
const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const titleWords = (s: string) => words(s).replace(/^(pos|sop|prosedur operasional standar)( |$)/, "");

/**
 * Keys → documents, plus every prefix of every key, so a scan stops at the first prefix no key has.
 * `sep` joins the units of a key: "" for characters, " " for words.
 */
class PrefixIndex {
  private readonly docs = new Map<string, number[]>();
  private readonly prefixes = new Set<string>();
  constructor(private readonly sep: string) {}

  add(units: string[], doc: number): void {
    let prefix = "";
    units.forEach((u, i) => {
      prefix = i ? prefix + this.sep + u : u;
      this.prefixes.add(prefix);
    });
    const list = this.docs.get(prefix);
    if (list) list.push(doc);
    else this.docs.set(prefix, [doc]);
  }

  /** The lowest document index other than `self` whose key is a run of consecutive units. */
  first(units: string[], self: number): number {
    let best = Infinity;
    for (let i = 0; i < units.length; i++) {
      let run = "";
      for (let j = i; j < units.length; j++) {
        run = j > i ? run + this.sep + units[j] : units[j];
        if (!this.prefixes.has(run)) break;
        const list = this.docs.get(run);
        if (!list) continue;
        // sorted: the first entry that is not the item's own document
        const d = list[0] !== self ? list[0] : list[1];
        if (d !== undefined && d < best) best = d;
      }
    }
    return best;
  }
}

export interface RelatedIndex {
  resolve(item: ListItem, self: Pos): Pos | undefined;
}

export function relatedIndex(docs: Pos[]): RelatedIndex {
  const numbers = new PrefixIndex("");
  const titles = new PrefixIndex(" ");
  const at = new Map<Pos, number>();
  docs.forEach((d, i) => {
    at.set(d, i);
    const n = d.number ? numberKey(d.number) : "";
    if (n.length >= 4) numbers.add([...n], i);
    const t = d.title ? titleWords(d.title) : "";
    if (t.length >= 6) titles.add(t.split(" "), i);
  });
  return {
    resolve(item, self) {
      const me = at.get(self) ?? -1;
      const byNumber = numbers.first([...numberKey(item.text)], me);
      if (byNumber !== Infinity) return docs[byNumber];
      const w = words(item.text);
      const byTitle = w ? titles.first(w.split(" "), me) : Infinity;
      return byTitle !== Infinity ? docs[byTitle] : undefined;
    },
  };
}
