// Words of a source that its canonical Markdown does not carry: the measure behind fmt's lossless check.

/** Words of a text (letters and digits), HTML tags, entities, Markdown escapes and table pipes aside. */
export function words(text: string): string[] {
  const plain = text
    .replace(/<!--|-->/g, " ")
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (m) => ENTITIES[m.toLowerCase()] ?? " ");
  return plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&nbsp;": " ", "&#39;": "'" };

export interface LostLine {
  line: number;
  words: string[];
}

/** Lines of `source` with words that `output` does not hold (each occurrence counts once); mermaid fences aside. */
export function lostWords(source: string, output: string): LostLine[] {
  const have = new Map<string, number>();
  for (const w of words(withoutMermaid(output).join("\n"))) have.set(w, (have.get(w) ?? 0) + 1);
  const lost: LostLine[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  const skip = mermaidLines(lines);
  lines.forEach((l, i) => {
    if (skip.has(i) || l.trim() === "") return;
    const miss: string[] = [];
    for (const w of words(l)) {
      const n = have.get(w) ?? 0;
      if (n > 0) have.set(w, n - 1);
      else miss.push(w);
    }
    if (miss.length) lost.push({ line: i + 1, words: miss });
  });
  return lost;
}

function withoutMermaid(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const skip = mermaidLines(lines);
  return lines.filter((_, i) => !skip.has(i));
}

/** The ```mermaid block is drawn from the model, so its lines are neither source words nor output words. */
function mermaidLines(lines: string[]): Set<number> {
  const skip = new Set<number>();
  let open: string | null = null;
  lines.forEach((l, i) => {
    const m = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(l);
    if (open === null) {
      if (m && m[2].toLowerCase() === "mermaid") (open = m[1]), skip.add(i);
    } else {
      skip.add(i);
      if (m && m[1][0] === open[0] && m[1].length >= open.length && m[2] === "") open = null;
    }
  });
  return skip;
}
