// Code fences as CommonMark reads them, for every line scanner of posflow (the block reader, the
// canonical writer, the drawn-flow and words-lost scans): one rule, so they never disagree on where
// a diagram starts.

export interface Fence {
  char: "`" | "~";
  len: number;
  /** the info string's first word ("mermaid") */
  lang: string;
  /** nothing after the fence characters: only such a line can close a block */
  bare: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence a line opens or closes, or null. A backtick fence's info string holds no backtick ("```a```" is inline code). */
export function fenceOf(raw: string): Fence | null {
  const m = FENCE.exec(raw);
  if (!m || (m[1][0] === "`" && m[2].includes("`"))) return null;
  return { char: m[1][0] as Fence["char"], len: m[1].length, lang: /^\s*(\S*)/.exec(m[2])![1], bare: m[2].trim() === "" };
}

/** Whether `raw` closes the block `open` opened: the same character, at least as many, nothing after. */
export function closesFence(open: Fence, raw: string): boolean {
  const f = fenceOf(raw);
  return f !== null && f.bare && f.char === open.char && f.len >= open.len;
}

/** The fenced code blocks of `lines`, in order: the opening line, the closing line (lines.length when the block runs to the end). */
export function fencedBlocks(lines: readonly string[]): { fence: Fence; open: number; close: number }[] {
  const out: { fence: Fence; open: number; close: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = fenceOf(lines[i]);
    if (!fence) continue;
    let j = i + 1;
    while (j < lines.length && !closesFence(fence, lines[j])) j++;
    out.push({ fence, open: i, close: j });
    i = j;
  }
  return out;
}
