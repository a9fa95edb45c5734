// "Lurah Sungai Langkap, Rahmat Hidayat, S.STP.": position, name and titles on one line, comma-separated.
// Split at the first comma only when all of it holds: the first part starts with a word of office, the
// second is a personal name (capitalised words, optionally Dr./Drs./H. before it, no word of office or
// unit in it), and everything after is academic titles. Anything else stays one part, as before.

const OFFICE = /^(plt\.?|plh\.?|pj\.?|kepala|ka\.?|lurah|camat|sekretaris|sekda|direktur|kasi|kabid|kabag|kasubbag|kasubag|kadis|bupati|wakil|wali ?kota|walikota|gubernur|ketua|koordinator|inspektur|asisten|kepala)\b/i;
const UNIT = /\b(dinas|badan|bagian|bidang|seksi|kantor|kecamatan|kelurahan|desa|kabupaten|kota|provinsi|rumah sakit|rsud|puskesmas|sekretariat|unit|upt|balai|daerah|kepala|lurah|camat|direktur|sekretaris)\b/i;
const PREFIX = /^(?:(?:Dr|Drs|Dra|Ir|Prof|H|Hj|dr|drg)\.\s*)*/;
const NAME = /^[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]*\.?|bin|binti))*$/u;
// "S.STP.", "M.Si", "S.E.", "A.Md.Kep.", "Ph.D.", "MM", "MPA"
const TITLE = /^(?:(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Z][A-Za-z]{0,4}\.?)?|[A-Z]{2,4})$/;

export function splitPositionName(run: string): { position: string; name: string } | null {
  const segs = run.split(",").map((s) => s.trim());
  if (segs.length < 3 || segs.some((s) => s === "")) return null;
  const [position, person, ...titles] = segs;
  if (!OFFICE.test(position) || !titles.every((t) => TITLE.test(t))) return null;
  const bare = person.replace(PREFIX, "");
  const words = bare.split(/\s+/);
  if (!NAME.test(bare) || words.length > 6 || UNIT.test(bare) || TITLE.test(person)) return null;
  return { position, name: [person, ...titles].join(", ") };
}
