import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";
import { hasBidiControls, showBidiControls } from "../../io/bidi.ts";
import { textFields } from "./template-placeholder.ts";

export const bidiControl: DocumentRule = {
  id: "bidi-control",
  scope: "document",
  severity: "warning",
  description: bilingual("Teks berisi karakter kendali arah (mis. U+202E RIGHT-TO-LEFT OVERRIDE) yang membuat teks tampil lain dari isinya."),
  run(pos, ctx: RuleContext) {
    const found: Finding[] = [];
    for (const f of textFields(pos, hasBidiControls, ctx.lang)) {
      found.push({
        line: f.line,
        message: tr("{label} berisi karakter kendali arah teks yang tersembunyi: {shown}; hapus karakter itu (teks tampil berbeda dari isinya).", { label: f.label, shown: q(showBidiControls(f.text)) }, ctx.lang),
      });
    }
    return found.sort((a, b) => a.line - b.line);
  },
  examples: {
    invalid: [
      bad(
        [6],
        doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN \u202eFDP.exe\u202c"), SECTIONS, TABLE),
        bilingual("nama POS dengan RIGHT-TO-LEFT OVERRIDE: tampil sebagai “exe.PDF”"),
      ),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
