import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";
import { hasBidiControls, showBidiControls } from "../../io/bidi.ts";
import { textFields } from "./template-placeholder.ts";

export const bidiControl: DocumentRule = {
  id: "bidi-control",
  scope: "document",
  severity: "warning",
  description: {
    id: "Teks berisi karakter kendali arah (mis. U+202E RIGHT-TO-LEFT OVERRIDE) yang membuat teks tampil lain dari isinya.",
    en: "Text holds bidirectional control characters (e.g. U+202E RIGHT-TO-LEFT OVERRIDE) that make it display other than it reads.",
  },
  run(pos, ctx: RuleContext) {
    const found: Finding[] = [];
    for (const f of textFields(pos)) {
      if (!hasBidiControls(f.text)) continue;
      found.push({
        line: f.line,
        message: t(
          ctx,
          `${f.label} berisi karakter kendali arah teks yang tersembunyi: ${q(showBidiControls(f.text))}; hapus karakter itu (teks tampil berbeda dari isinya).`,
          `${f.label} holds hidden bidirectional control characters: ${q(showBidiControls(f.text))}; remove them (the text displays other than it reads).`,
        ),
      });
    }
    return found.sort((a, b) => a.line - b.line);
  },
  examples: {
    invalid: [
      bad(
        [6],
        doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN \u202eFDP.exe\u202c"), SECTIONS, TABLE),
        { id: "nama POS dengan RIGHT-TO-LEFT OVERRIDE: tampil sebagai \u201cexe.PDF\u201d", en: "a POS name with RIGHT-TO-LEFT OVERRIDE: shows as \u201cexe.PDF\u201d" },
      ),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
