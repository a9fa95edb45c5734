// The list markers every reader knows, as regex source for the readers to build their patterns from:
// Markdown's bullets (- * +) and the word processors' (• · ▪ ◦ ● ○ ■ –; the hollow ◦ ○ are Word's
// second level), a number ("1.", "2)") and a letter ("a.", "B)").

/** The bullets, as the body of a character class ("-" first, so it is no range). */
export const BULLETS = "-*+•·▪◦●○■–";

/** One list marker: a number, a letter or a bullet (their first characters differ, so the order does not matter). */
export const MARKERS = String.raw`\d{1,3}[.)]|[a-zA-Z][.)]|[${BULLETS}]`;
