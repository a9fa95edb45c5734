import { tr } from "../i18n/index.ts";
import { createRequire } from "node:module";
import { dirname } from "node:path";

// pdf and mermaid-svg need a browser driver and Mermaid's bundle: optional peer packages, so a plain
// install stays small (check, fmt, svg, html, md, mmd, json and png need neither).

const require = createRequire(import.meta.url);

/** The peer packages each browser format needs, and a file each is found by. */
const NEEDS: Record<string, string[]> = { pdf: ["puppeteer-core"], "mermaid-svg": ["puppeteer-core", "mermaid"] };
const ENTRY: Record<string, string> = { "puppeteer-core": "puppeteer-core", mermaid: "mermaid/dist/mermaid.esm.min.mjs" };

export type Resolve = (id: string) => string;

/** The peer packages the formats need that cannot be found from posflow's install. */
export function missingPeers(formats: readonly string[], resolve: Resolve = require.resolve): string[] {
  const wanted = [...new Set(formats.flatMap((f) => NEEDS[f] ?? []))];
  return wanted.filter((pkg) => {
    try {
      resolve(ENTRY[pkg]);
      return false;
    } catch {
      return true;
    }
  });
}

/** "format pdf, mermaid-svg memerlukan paket …: pasang dengan `npm install …`" */
export function missingPeersMessage(missing: readonly string[], formats: readonly string[]): string {
  const which = formats.filter((f) => (NEEDS[f] ?? []).some((p) => missing.includes(p)));
  return (
    tr("format {which} memerlukan paket {missing} yang belum terpasang; pasang di samping posflow dengan `npm install {list}` (atau `npm install -g {list}` bila posflow dipasang global)", {
      which: which.join(", "),
      missing: missing.join(tr(" dan ")),
      list: missing.join(" "),
    })
  );
}

/** puppeteer-core, or an Error that says how to install it. */
export async function loadPuppeteer(): Promise<{ launch: typeof import("puppeteer-core").launch }> {
  const missing = missingPeers(["pdf"]);
  if (missing.length) throw new Error(missingPeersMessage(missing, ["pdf"]));
  const { launch } = await import("puppeteer-core");
  return { launch };
}

/** The folder of Mermaid's ESM bundle, or an Error that says how to install it. */
export function mermaidDist(resolve: Resolve = require.resolve): string {
  const missing = missingPeers(["mermaid-svg"], resolve);
  if (missing.length) throw new Error(missingPeersMessage(missing, ["mermaid-svg"]));
  return dirname(resolve(ENTRY.mermaid));
}
