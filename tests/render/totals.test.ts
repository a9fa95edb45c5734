// One total per POS: check's summary, the HTML page and the batch index agree, whatever workdayHours is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderIndexPage } from "../../src/render/index-page.ts";
import { timeLines } from "../../src/report/summary.ts";
import { proc } from "../helpers/proc.ts";

describe("total standard time", () => {
  const file = "fixtures/002_05c175984592dabb.txt";
  const res = readPos(readFileSync(file), { source: file, workdayHours: 8 });
  if (!res.ok) throw new Error(res.error.message);
  const pos = res.pos;

  it("reads the same in check, HTML and index.html with workdayHours 8 (\"hari\" is 24 hours)", () => {
    const want = "8 hari 2 jam 45 menit";
    const [, line] = timeLines([{ file, messages: [], title: pos.title, totalMinutes: proc(pos).totalMinutes }]);
    expect(line).toContain(want);
    expect(renderHtml(pos)).toContain(`Waktu baku total: ${want}`);
    const index = renderIndexPage(
      [{ source: file, title: pos.title, number: pos.number, steps: proc(pos).steps.length, totalMinutes: proc(pos).totalMinutes, counts: { error: 0, warning: 0, info: 0 }, outputs: [], related: [] }],
      { workdayHours: 8 },
    );
    expect(index).toContain(`<td class="num">${want}</td>`);
  });
});
