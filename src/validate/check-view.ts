import type { Pos } from "../model/pos.ts";

/**
 * What `check` reads of a POS once the per-document rules have run (in a reader worker): the
 * cross-document rules (Nomor, Nama, pengesah, Keterkaitan, identity lines), not-a-pos and the
 * totals table. The rest is emptied before the model crosses to the main thread, where copying
 * whole models was a tenth of a 10,000-file run. tests/validate/check-view.test.ts holds the
 * cross-document rules to this.
 */
export function checkView(pos: Pos): Pos {
  return {
    ...pos,
    legalBasis: [],
    qualifications: [],
    equipment: [],
    cautions: [],
    records: [],
    extras: [],
    notes: [],
    procedures: pos.procedures.map((p) => ({ ...p, lanes: [], steps: [], phases: [] })),
  };
}
