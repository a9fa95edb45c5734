// Writes fixtures/pdf/<name>.json: the model read from each real PDF beside it. Review the diff
// against the pages (pdftoppm -png -r 60 fixtures/pdf/<name>.pdf /tmp/p) before committing.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readPdf } from "../src/parse/pdf/index.ts";

const DIR = path.resolve(import.meta.dirname, "../fixtures/pdf");
for (const f of readdirSync(DIR).filter((x) => x.endsWith(".pdf")).sort()) {
  const res = await readPdf(new Uint8Array(readFileSync(path.join(DIR, f))), { source: `fixtures/pdf/${f}` });
  if (!res.ok) throw new Error(res.error.message);
  writeFileSync(path.join(DIR, f.replace(/\.pdf$/, ".json")), `${JSON.stringify(res.pos, null, 2)}\n`);
  console.log(f);
}
