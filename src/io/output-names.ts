// Output files are named after input files, never after document text; those names still come from
// other people's folders, so each path segment is made safe for every file system and for a URL.

// bidi controls too: "‮FDP.exe" must not show as another name in a file manager or a link
const UNSAFE = /[\u0000-\u001f\u007f<>:"\\|?*#%\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** bytes per segment: room for ".mermaid.svg" and writeFileAtomic's temporary name within 255 */
const MAX_SEGMENT_BYTES = 180;

/** One path segment (a folder or a file name without extension) → a safe one; same input, same output. */
export function safeSegment(segment: string): string {
  let s = segment.normalize("NFC").replace(UNSAFE, "_");
  // one byte spare for the "_" a device name gets below
  while (Buffer.byteLength(s) > MAX_SEGMENT_BYTES - 1) s = [...s].slice(0, -1).join("");
  // Windows drops trailing dots and spaces: the name on disk would differ from the links
  s = s.replace(/[. ]+$/, "");
  if (s.startsWith(".")) s = `_${s.slice(1)}`; // hidden files, and never "." or ".."
  if (WINDOWS_RESERVED.test(s.split(".")[0])) s = `_${s}`;
  return s || "_";
}

/** A relative POSIX output path without extension → the same path with every segment made safe. */
export function safeOutputBase(base: string): string {
  return base.split("/").map(safeSegment).join("/");
}

/** href for a relative POSIX path: each segment percent-encoded, the slashes kept. */
export function hrefOf(relPath: string): string {
  return relPath.split("/").map(encodeURIComponent).join("/");
}
