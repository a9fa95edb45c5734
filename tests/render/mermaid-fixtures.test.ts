import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { proc } from "../helpers/proc.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe.each(names)("%s", (name) => {
  const pos = parsePos(readFileSync(path.join(FIXTURES, name), "utf8"), { source: `fixtures/${name}` });
  const text = renderMermaid(pos);

  it("matches the golden .mmd", async () => {
    await expect(text).toMatchFileSnapshot(path.join(FIXTURES, `${name.slice(0, -4)}.mmd`));
  });

  it("has one node per step, in its actor's lane, and one edge per arrow", () => {
    const lanes = [...text.matchAll(/^ {2}subgraph (L\d+)\["([^"]*)"\]\n((?: {4}.*\n)*?) {2}end$/gm)];
    const laneOfNode = new Map<string, number>();
    for (const [, id, , body] of lanes) {
      for (const m of body.matchAll(/^ {4}(s\d+)[[({]/gm)) laneOfNode.set(m[1], Number(id.slice(1)) - 1);
    }
    proc(pos).steps.forEach((s, i) => {
      expect(laneOfNode.get(`s${i + 1}`), `step ${s.no}`).toBe(s.actor === null ? undefined : proc(pos).lanes.indexOf(s.actor));
    });
    const edges = text.match(/^ {2}s\d+ -->/gm) ?? [];
    expect(edges.length).toBe(proc(pos).steps.reduce((n, s) => n + s.next.length, 0));
  });
});
