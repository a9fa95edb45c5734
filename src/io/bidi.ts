// Unicode bidirectional controls (U+202A–202E, U+2066–2069, LRM, RLM, ALM) reorder what a reader
// sees: "‮FDP.exe‬" shows as "exe.PDF". In names and terminal text they are shown, never obeyed.

export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function hasBidiControls(s: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(s);
}

/** Each control as a visible "<U+202E>", so a terminal shows the characters in their stored order. */
export function showBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** A stream whose text is shown with bidi controls made visible (stderr: messages and file names). */
export function bidiSafeOut(out: { write(chunk: string): unknown; isTTY?: boolean }): { write(chunk: string): unknown; isTTY?: boolean } {
  return {
    write: (chunk: string) => out.write(showBidiControls(chunk)),
    get isTTY() {
      return out.isTTY;
    },
  };
}
