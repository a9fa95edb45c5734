/** Quote untrusted document text inside a message, shortened so one message stays one line. */
export function q(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
