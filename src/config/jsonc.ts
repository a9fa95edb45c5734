import { tr } from "../i18n/index.ts";
// posflow.config.json may hold comments and trailing commas (JSON with comments, as editors' own config
// files do). They are blanked out, not removed, so JSON.parse's positions still point into the file.

/** Walks `text`, calling `at` for every character outside a string; returns the rewritten text. */
function outsideStrings(text: string, at: (i: number) => { skip: number; put: string } | null): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const hit = at(i);
    if (hit) {
      out += hit.put;
      i += hit.skip;
    } else out += text[i++];
  }
  return out;
}

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** JSON with // and /* *\/ comments and trailing commas → plain JSON text of the same shape and positions. */
export function stripJsonc(text: string): string {
  const src = text.replace(/^\uFEFF/, " ");
  const noComments = outsideStrings(src, (i) => {
    if (src.startsWith("//", i)) {
      const end = src.indexOf("\n", i);
      const stop = end < 0 ? src.length : end;
      return { skip: stop - i, put: blank(src.slice(i, stop)) };
    }
    if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      // an unclosed comment is left for JSON.parse to report
      if (end < 0) return null;
      return { skip: end + 2 - i, put: blank(src.slice(i, end + 2)) };
    }
    return null;
  });
  return outsideStrings(noComments, (i) => (noComments[i] === "," && /^\s*[}\]]/.test(noComments.slice(i + 1)) ? { skip: 1, put: " " } : null));
}

/** "at position 42" of a JSON.parse message → "baris 3, kolom 5" (or "line 3, column 5"). */
export function jsonErrorWhere(message: string, text: string, lang: "id" | "en"): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return tr("baris {line}, kolom {column}: {message}", { line, column, message }, lang);
}
