// The words of a step's flow: how a jump, an ending and an outcome are written, in Indonesian and in English
// (English SOPs write "go to step 4", "End of procedure"). flow.ts reads outcomes with them.
import { MARKERS } from "./list-markers.ts";

const ARROW = "→|->|=>|⇒";
export const IF = "jika|apabila|bila|kalau|bilamana";
// At most 15 digits: a longer number names no step (a NIP, an account) and would not fit an int.
const STEP_NO = String.raw`\d{1,15}(?:\.\d{1,2}){0,2}(?:\.?[a-z](?![a-z\d]))?`;
const NOUN = String.raw`(?:langkah|tahap|tahapan|step|kegiatan|no\.?|nomor)\s*(?:no\.?\s*|ke\s*-?\s*)?`;
const ID_VERB = "kembali|lanjut|lanjutkan|dilanjutkan|teruskan|diteruskan|kembalikan|dikembalikan|menuju";
// "go to", "goes back to", "return to", "is sent back to": the English verb brings its own "to"
const EN_VERB = String.raw`(?:(?:go(?:es)?|come|comes|sent|send|is\s+sent|moves?|moved)\s+back|go(?:es)?|continues?|continued|proceeds?|proceeded|returns?|returned|back|moves?|moved|jumps?|jumped|skips?|skipped|forwarded)\s+to`;
// a count after a jump verb's bare number is no step: "lanjut ke 2 hari", "continue to 2 days"
const UNIT = "hari|jam|menit|detik|minggu|bulan|tahun|orang|kali|%|days?|hours?|minutes?|seconds?|weeks?|months?|years?|people|persons?|times|working";

// "→ langkah 4", "ke langkah 4", "Kembali ke langkah 2", "Lanjut ke langkah 7", "-> 4", "go to step 4".
// The verb of the jump, active or passive ("diteruskan ke langkah 5"), is no part of the outcome's name.
// "lanjut ke 5", "kembali ke 2", "continue to 5": a jump verb with a bare number, not a count ("ke 2 hari").
export const JUMP = new RegExp(
  `(?:${ARROW}|:|\\s[–—-]|\\b(?:${ID_VERB}|melalui|ke)\\b|\\b${EN_VERB}\\b)\\s*(?:ke\\s+)?${NOUN}(${STEP_NO})(?!\\d)` +
    `|(?:${ARROW})\\s*(${STEP_NO})\\b` +
    `|\\b(?:(?:${ID_VERB})\\s+ke|${EN_VERB})\\s+(\\d{1,15})(?![\\d.,]?\\d)(?!\\s*(?:${UNIT}))`,
  "gi",
);

// "kembali ke langkah sebelumnya", "proses diulang dari tahap sebelumnya", "return to the previous step": a jump
// to the step written right above (flow.ts resolves it); the verb is no part of the outcome's name
export const PREVIOUS = new RegExp(
  String.raw`(?:\b(?:proses\s+|prosedur\s+)?(?:${ID_VERB}|diulang|diulangi|ulangi|mengulang|(?:go(?:es)?\s+|is\s+sent\s+|sent\s+)?back|returns?|returned|repeat(?:ed)?)\s+)?` +
    String.raw`\b(?:ke|dari|pada|to|from)\s+(?:(?:the|a)\s+)?(?:(?:langkah|tahap|tahapan|kegiatan|proses)\s+sebelumnya|previous\s+(?:step|stage|activity))\b`,
  "i",
);

// "lanjut ke langkah V", "Tidak – langkah F": a step numbered in capitals (I, II … or A, B …; flow.ts keeps the
// jump only when a step is so numbered). Case-sensitive: "ke tahap ini" names none.
export const LETTER_JUMP = new RegExp(
  `(?:${ARROW}|:|\\s[–—-]|\\b(?:${ID_VERB}|melalui|ke)\\b|\\b${EN_VERB}\\b)\\s*(?:ke\\s+)?(?:[Ll]angkah|[Tt]ahap|[Ss]tep|[Kk]egiatan|[Nn]o\\.?|[Nn]omor)\\s*([IVXLC]{1,7}|[A-Z])(?![\\p{L}\\d])` +
    `|(?:${ARROW})\\s*([IVXLC]{1,7}|[A-Z])(?![\\p{L}\\d])`,
  "u",
);

// "lanjut ke tahap berikutnya", "proceed to the next step": the row below (flow.ts resolves it)
export const FOLLOWING = new RegExp(
  String.raw`(?:\b(?:${ID_VERB}|go(?:es)?|continues?|proceeds?|moves?)\s+)?\b(?:ke|pada|to)\s+(?:the\s+)?(?:(?:langkah|tahap|tahapan|kegiatan|proses)\s+(?:berikutnya|selanjutnya)|next\s+(?:step|stage|activity))\b`,
  "i",
);

// (and their English: "Rejected", "Incomplete", "Not approved", "Needs revision" read as "Ditolak", "Tidak lengkap" do)
export const NEGATIVE_WORDS =
  "tidak|belum|salah|ditolak|tolak|no|gagal|kurang|invalid|tdk|ada kesalahan|ada kekurangan|terdapat kesalahan|keliru|perlu perbaikan|revisi|" +
  "not|rejected|reject|denied|declined|refused|incomplete|incorrect|failed|fails?|ineligible|insufficient|needs? (?:revision|correction)";
export const NEGATIVE = new RegExp(`^(${NEGATIVE_WORDS})\\b`, "i");
export const OUTCOME_WORDS = "ya|yes|sesuai|lengkap|setuju|disetujui|benar|layak|memenuhi|diterima|approved|accepted|complete|completed|valid|correct|eligible";
export const OUTCOME_WORD = new RegExp(`^(${OUTCOME_WORDS})\\b`, "i");

const END_VERB = "berhenti|selesai|berakhir|dihentikan|ditutup|tamat";
// a bare end word as the whole target of an outcome: "Ditolak → selesai", "No: end" ("Target: selesai dalam 2 hari" is none)
const END_WORD = "selesai|berakhir|tamat|berhenti|end|finish|finished|stop";
// "proses berakhir", "prosedur dihentikan", "dilanjutkan SOP Rawat Inap" (another procedure takes over: this one ends),
// "End of procedure", "The procedure ends", a clause that is only "End" or "Finish"
export const STOP = new RegExp(
  `\\b(prosedur|proses|kegiatan|layanan|pelayanan|permohonan)\\s+(${END_VERB})\\b|^\\s*(selesai|berakhir|tamat)\\b|\\b(dilanjutkan|diteruskan|lanjut)\\s+(?:(?:ke|dengan|pada)\\s+)?(SOP|POS)\\b` +
    `|\\bend\\s+of\\s+(?:the\\s+)?(?:procedure|process|sop|service)\\b|\\b(?:procedure|process)\\s+(?:ends|ended|stops|finishes|is\\s+(?:finished|completed?|closed|ended|terminated))\\b` +
    `|^\\s*(?:end|finish|finished)\\s*[.!]?\\s*$`,
  "i",
);

// a cell's line break (Word: the next line continues the row, joined with a space) also ends an outcome:
// "Ya: lanjut ke langkah 3 Tidak: kembali ke langkah 1" — a jump's step number, then words and a separator, or a
// list marker. Only after a jump's number: "Lebih dari 1 tahun → …" is one outcome.
const STEP_REF = `(?:${NOUN}|(?:${ARROW}|[:=])\\s*|\\b(?:${ID_VERB})\\s+ke\\s+|\\b${EN_VERB}\\s+)${STEP_NO}\\.?`;
const NEXT_OUTCOME = new RegExp(`(?<=${STEP_REF})\\s+(?=(?:${MARKERS})\\s+\\p{L}|\\p{L}[\\p{L} ]{0,40}?\\s*(?::|${ARROW}))`, "iu");
const LIST_MARK = new RegExp(`^\\s*(?:${MARKERS})\\s+`);
const LEAD_IF = new RegExp(`^\\s*(?:${IF})\\s+`, "i");

/** A cell's outcomes, one clause each: split on ";", a line break, " / ", " | ", a comma before "jika …". */
export function clauses(text: string): string[] {
  return text
    .split(/[;\n]|,\s*(?=(?:jika|apabila|bila|kalau|tidak|ya)\b)/i)
    .flatMap(alternatives)
    .flatMap((c) => c.split(NEXT_OUTCOME))
    .map((c) => c.replace(LIST_MARK, ""));
}

// a bare end word as the whole target after an arrow or a colon: "Ditolak → selesai", "No: end". Only an
// outcome's: see endAfterOutcome ("Status: selesai" in a Keterangan ends nothing). One quantifier in the
// lookahead keeps it linear on long runs of spaces.
const BARE_END = new RegExp(`(?<=(?:${ARROW}|:|\\s[–—-])\\s{0,3})(?:${END_WORD})(?=[\\s.!]*(?:$|[;\\n|/,)]))`, "i");

const ENDS_IN_ARROW = new RegExp(`(?:${ARROW})\\s*$`);

/** "Ditolak → selesai", "Tidak: selesai", "Paraf → selesai": the end word after an arrow, or after a colon whose label is an outcome word. */
export function endAfterOutcome(clause: string): RegExpExecArray | null {
  const m = BARE_END.exec(clause);
  if (!m) return null;
  const before = clause.slice(0, m.index);
  if (ENDS_IN_ARROW.test(before)) return m;
  // (after a dash as after a colon: "Ditolak – selesai", not "Status - selesai")
  const label = before.replace(/(?::|\s[–—-])\s*$/, "").replace(/^\s*(?:keputusan|keterangan|ket)\s*:\s*/i, "").replace(LIST_MARK, "").replace(LEAD_IF, "").trim();
  return NEGATIVE.test(label) || OUTCOME_WORD.test(label) ? m : null;
}

// "Lengkap | Tidak lengkap: kembali ke langkah 1" is two outcomes; "Ya | sah → langkah 3" and
// "Tidak lengkap / tidak sesuai → langkah 1" are one outcome's two names: a part with no jump of its own
// joins the next when both read the same way (both "no" or neither), and keeps its words in the label.
function alternatives(text: string): string[] {
  const parts = text.split(/(\s[/|]\s)/);
  const out = [parts[0]];
  const negative = (t: string) => NEGATIVE.test(t.replace(LIST_MARK, "").replace(LEAD_IF, ""));
  const flows = (t: string) => {
    JUMP.lastIndex = 0;
    return JUMP.test(t) || STOP.test(t);
  };
  // whether the part being built has a jump or an end of its own: tested on each added part, not on the
  // whole joined text again (a long " / " list would cost the square of its length)
  let joinedFlows = flows(parts[0]);
  for (let k = 1; k < parts.length; k += 2) {
    const cur = out[out.length - 1];
    const next = parts[k + 1];
    if (!joinedFlows && negative(cur) === negative(next)) {
      out[out.length - 1] = cur + parts[k] + next;
      joinedFlows = flows(next);
    } else {
      out.push(next);
      joinedFlows = flows(next);
    }
  }
  return out;
}

const YES_PHRASE = `(?:${OUTCOME_WORDS})(?:\\s+dan\\s+(?:${OUTCOME_WORDS}))?`;
const NO_PHRASE = `(?:tidak|belum|kurang|not)\\s+${YES_PHRASE}|${NEGATIVE_WORDS}`;
const PROSE = {
  yes: new RegExp(`^\\s*(?:${IF})\\s+(${YES_PHRASE})(?=[\\s,.:]|$)|^\\s*(${YES_PHRASE})\\s*\\.?\\s*$`, "i"),
  no: new RegExp(`^\\s*(?:${IF})\\s+(${NO_PHRASE})(?=[\\s,.:]|$)|^\\s*(${NO_PHRASE})\\s*\\.?\\s*$`, "i"),
};

/**
 * The name a decision's branch is written with when no step number is ("jika setuju diteruskan kepada Camat",
 * "Lengkap | Tidak lengkap: kembali ke langkah 1"): the condition's outcome word, as the written outcomes keep theirs.
 */
export function proseLabel(texts: string[], negative: boolean): string | null {
  for (const text of texts) {
    for (const c of clauses(text)) {
      JUMP.lastIndex = 0;
      if (JUMP.test(c)) continue;
      const m = PROSE[negative ? "no" : "yes"].exec(c);
      const word = (m?.[1] ?? m?.[2])?.replace(/\s+/g, " ");
      if (word && NEGATIVE.test(word) === negative) return word[0].toUpperCase() + word.slice(1);
    }
  }
  return null;
}
