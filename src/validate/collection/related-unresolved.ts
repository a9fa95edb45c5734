import type { ListItem, Pos } from "../../model/pos.ts";
import type { CollectionRule, Finding } from "../types.ts";
import { q, t } from "../types.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";
import { numberKey as compact } from "./number-duplicate.ts";

const words = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
const titleCore = (s: string) => words(s).replace(/^ (pos|sop|prosedur operasional standar) /, " ");

/** Each POS's number and title in matching form, computed once per model (a model's identity does not change). */
const keys = new WeakMap<Pos, { number: string; title: string }>();
function keysOf(d: Pos): { number: string; title: string } {
  let k = keys.get(d);
  if (!k) {
    k = { number: d.number ? compact(d.number) : "", title: d.title ? titleCore(d.title) : "" };
    keys.set(d, k);
  }
  return k;
}

/** The POS of the run that a Keterkaitan item names (by Nomor, else by Nama), or undefined. */
export function resolveRelated(item: ListItem, self: Pos, docs: Pos[]): Pos | undefined {
  const text = compact(item.text);
  const byNumber = docs.find((d) => d !== self && keysOf(d).number.length >= 4 && text.includes(keysOf(d).number));
  if (byNumber) return byNumber;
  const w = words(item.text);
  return docs.find((d) => {
    const c = keysOf(d).title;
    return d !== self && c.trim().length >= 6 && w.includes(c);
  });
}

export const relatedUnresolved: CollectionRule = {
  id: "related-unresolved",
  scope: "collection",
  severity: "info",
  description: {
    id: "Butir Keterkaitan yang tidak menyebut POS mana pun dalam pemeriksaan ini (yang cocok ditautkan).",
    en: "A Keterkaitan item naming no POS of this run (the ones that match are linked).",
  },
  /** Also sets `ref` on every item it resolves: this is how renderers learn the links. */
  run(docs, ctx) {
    const out = new Map<string, Finding[]>();
    for (const d of docs) {
      for (const item of d.related) {
        const target = resolveRelated(item, d, docs);
        if (target) {
          item.ref = target.source;
          continue;
        }
        delete item.ref;
        out.set(d.source, [
          ...(out.get(d.source) ?? []),
          {
            line: item.line,
            message: t(
              ctx,
              `Keterkaitan ${q(item.text)} tidak cocok dengan POS mana pun yang diperiksa; periksa nomor atau namanya bila POS itu ada.`,
              `Keterkaitan ${q(item.text)} matches no POS in this run; check its number or name if that POS exists.`,
            ),
          },
        ]);
      }
    }
    return out;
  },
  examples: {
    invalid: [{ lines: [13], files: [{ name: "a.txt", text: doc(IDENTITY, SECTIONS, TABLE) }] }],
    valid: [
      {
        files: [
          { name: "a.txt", text: doc(IDENTITY, SECTIONS, TABLE) },
          { name: "b.txt", text: doc(IDENTITY.replace("12/UM/2025", "13/UM/2025").replace("PENGARSIPAN SURAT", "PEMINJAMAN ARSIP"), TABLE) },
        ],
      },
    ],
  },
};
