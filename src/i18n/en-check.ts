import type { Params } from "./index.ts";
import { q } from "./quote.ts";

// English of the check rules' messages (src/validate), keyed by their Indonesian text like the rest
// of the catalogue (en.ts joins the parts into one). `{name}` marks a value: document text is quoted
// by the rule (q) before it is filled in.

// a message that opens with a field: "SOP Number is empty …" (the field is in English already: tr(label, …, "en"))
const Field = (field: Params[string]) => String(field).replace(/^\p{Ll}/u, (c) => c.toUpperCase());

export const EN_CHECK: Record<string, string | ((p: Params) => string)> = {
  // approver-name-mismatch
  "NIP {nip} bernama {name} di sini, tetapi {others}; samakan ejaan nama pengesah.":
    "NIP {nip} is named {name} here but {others}; spell the approver's name the same way.",
  // number-duplicate
  "Nomor POS {number} juga dipakai di {others}; setiap POS perlu nomor sendiri.":
    "POS Number {number} is also used in {others}; every POS needs its own number.",
  // related-unresolved
  "Keterkaitan {item} tidak cocok dengan POS mana pun yang diperiksa; periksa nomor atau namanya bila POS itu ada.":
    "Related procedure {item} matches no POS in this run; check its number or name if that POS exists.",
  // activity-subject
  "Langkah {label}: Kegiatan diawali nama lajurnya sendiri {subject}; hapus subjek itu (mulai dengan kata kerja aktif) dan tandai sel lajur {laneName}.":
    "Step {label}: the Activity starts with its own lane's name {subject}; drop the subject (start with the active verb) and mark the {laneName} lane cell.",
  "Langkah {label}: Kegiatan diawali subjek {subject}; tulis kata kerja aktif tanpa subjek dan tandai sel lajur pelaksananya ({laneName}).":
    "Step {label}: the Activity starts with the subject {subject}; write an active verb without a subject and mark the actor's lane cell ({laneName}).",
  // actor-missing
  "Langkah {label} tidak memiliki pelaksana karena tabel tidak memiliki lajur Pelaksana.":
    "Step {label} has no actor because the table has no actor lanes.",
  "Langkah {label} tidak memiliki pelaksana; tandai sel lajur pelaksananya.": "Step {label} has no actor; mark its actor's lane cell.",
  "Langkah {label}: pelaksana {actor} bukan salah satu lajur; tandai sel salah satu lajur.":
    "Step {label}: actor {actor} is not one of the lanes; mark a lane cell.",
  // approver-incomplete
  "Disahkan oleh tidak memuat nama pejabat; tulis jabatan, nama dan NIP.": "Approved by names no official; write the position, the name and the NIP.",
  "Disahkan oleh tidak memuat NIP; tambahkan \"NIP\" dan 18 angkanya setelah nama.":
    "Approved by has no NIP; add \"NIP\" and its 18 digits after the name.",
  // bidi-control
  "{label} berisi karakter kendali arah teks yang tersembunyi: {shown}; hapus karakter itu (teks tampil berbeda dari isinya).":
    "{label} holds hidden bidirectional control characters: {shown}; remove them (the text displays other than it reads).",
  // date-invalid
  "{label} {raw} bukan tanggal yang sah; tulis seperti \"17 Desember 2025\".":
    "{label} {raw} is not a valid date; write it like \"17 Desember 2025\".",
  // date-order
  "{label} {raw} lebih awal daripada Tanggal Pembuatan {createdDate}; periksa kedua tanggal.":
    "{label} {raw} is earlier than the Date Created {createdDate}; check both dates.",
  // decision-target
  "Langkah {label} adalah keputusan, tetapi tujuan \"Tidak\" tidak diketahui; tulis di Keterangan, mis. \"Tidak: kembali ke langkah 2\".":
    "Step {label} is a decision but its \"Tidak\" target is unknown; write it in Notes, e.g. \"Tidak: kembali ke langkah 2\".",
  "akhir prosedur": "the end of the procedure",
  "Langkah {label} adalah keputusan, tetapi semua hasilnya ({labelled}) menuju {where}; periksa tujuan tiap hasil di Keterangan.":
    "Step {label} is a decision but all its outcomes ({labelled}) lead to {where}; check each outcome's target in Notes.",
  "Langkah {label} menuju dirinya sendiri{outcome}; perbaiki nomor tujuan di Keterangan.":
    "Step {label} points to itself{outcome}; fix the target number in Notes.",
  "Langkah {label} menuju langkah {to}, yang tidak ada; perbaiki nomor tujuan.":
    "Step {label} points to step {to}, which does not exist; fix the target number.",
  // encoding-fallback
  "Berkas bukan UTF-8 yang sah (mulai baris {line}); dibaca sebagai Windows-1252. Periksa huruf beraksen, lalu simpan ulang sebagai UTF-8 (Word: Simpan Sebagai → Teks Biasa → Unicode (UTF-8)).":
    "The file is not valid UTF-8 (from line {line}); it was read as Windows-1252. Check accented letters, then save it again as UTF-8 (Word: Save As → Plain Text → Unicode (UTF-8)).",
  // flow-drawn-text
  "Langkah {label}: Keterangan menulis {written}, tetapi bagan menggambar {drawn}; samakan keduanya (posflow memakai yang digambar).":
    "Step {label}: the Notes say {written}, but the chart draws {drawn}; make them agree (posflow uses the drawn one).",
  "Alur digambar yang disimpan di blok mermaid (baris posflow-alur-digambar) tidak cocok lagi dengan tabel langkah; alur dibaca dari teks. Hapus baris itu, atau kembalikan tabelnya.":
    "The drawn flow kept in the mermaid block (the posflow-alur-digambar line) no longer fits the step table; the flow is read from the words. Remove that line, or restore the table.",
  // flow-unreachable
  "Langkah {label} tidak dicapai dari langkah pertama; periksa lompatan di Keterangan langkah sebelumnya.":
    "Step {label} cannot be reached from the first step; check the jumps in the Notes of earlier steps.",
  "Dari langkah {label} alur tidak pernah sampai ke langkah akhir; periksa tujuan panahnya.":
    "From step {label} the flow never reaches the last step; check where its arrows go.",
  // identity-effective-date
  "Tanggal Efektif kosong; isi dengan tanggal POS disahkan.": "The Effective Date is empty; fill in the date the POS was signed.",
  // lane-missing
  "Tabel tidak memiliki kolom Pelaksana; tambahkan satu kolom per pelaksana di bawah judul \"Pelaksana\".":
    "The table has no Actors columns; add one column per actor under the heading \"Pelaksana\".",
  // lane-unused
  "Lajur {lane} tidak dipakai langkah mana pun; hapus kolomnya atau tandai langkah yang dikerjakannya.":
    "Lane {lane} is not used by any step; delete its column or mark the steps it performs.",
  // list-item-empty
  "Butir{n} pada {label} kosong; isi atau hapus butir itu.": "Item{n} of {label} is empty; fill it in or delete it.",
  // list-numbering
  "Butir {item} pada {label} tidak bernomor, padahal butir lain bernomor; beri nomor.":
    "Item {item} of {label} has no number while the others do; number it.",
  "Nomor {number} pada {label} dipakai dua kali; nomori ulang daftar.": "Number {number} of {label} is used twice; renumber the list.",
  "Nomor {missing} tidak ada pada {label}; nomori ulang daftar 1 sampai {count}.":
    "Number {missing} is missing from {label}; renumber the list 1 to {count}.",
  // mutu-baku-incomplete
  "Langkah {label}: Mutu Baku {cell} kosong; isi sel {cell} pada baris ini.":
    "Step {label}: Quality Standard {cell} is empty; fill in the {cell} cell on this row.",
  "Langkah {label}: Mutu Baku {cell} kosong; isi sel {cell} pada baris ini (bila di Word sel ini digabung dengan {above} di atasnya, ekspor teks menyimpan isinya hanya di baris pertama: tulis isinya di setiap baris).":
    "Step {label}: Quality Standard {cell} is empty; fill in the {cell} cell on this row (if Word merged this cell with {above} above it, the text export keeps its text in the first row only: write it on every row).",
  // parse-notes
  "Komentar penulis disimpan apa adanya; isinya tidak ditampilkan di diagram.": "Author comment kept as written; its text is not shown in the chart.",
  "Tidak dibaca ke model, disimpan apa adanya: {message}.": "Not read into the model, kept as written: {message}.",
  "Baris tidak dapat ditempatkan dan tidak dipakai: {message}; periksa letak atau kolomnya.":
    "Line could not be placed and is not used: {message}; check where it stands or its columns.",
  "Baris langkah tidak terbaca sebagai langkah: {message}; rapikan tabelnya (baris di atasnya memutus tabel).":
    "Step row not read as a step: {message}; tidy the table (the line above it cuts the table).",
  "Langkah {label}: Waktu {time} tidak tetap; tidak dihitung dalam waktu baku total.":
    "Step {label}: Time {time} varies; it is left out of the total.",
  "Langkah {label}: Waktu {time}, sub-langkahnya berjumlah {sum}; keduanya dihitung dalam waktu baku total. Bila {time} adalah waktu sub-langkahnya, kosongkan Waktu langkah {label}.":
    "Step {label}: Time {time}, its sub-steps add up to {sum}; both are counted in the total. If {time} is the sub-steps' time, leave step {label}'s Time empty.",
  // related-empty
  "Keterkaitan kosong; sebutkan POS lain yang terkait, bila ada.": "Related Procedures is empty; name the related POS, if there are any.",
  // section-required
  "Bagian {field} kosong; isi dengan daftar bernomor.": "Section {field} is empty; fill it with a numbered list.",
  "Bagian {field} tidak ada; tambahkan \"{label} :\" beserta daftarnya.": "Section {field} is missing; add \"{label} :\" with its list.",
  // step-numbering
  "Nomor langkah {no} dipakai dua kali; langkah ini seharusnya {want}.": "Step number {no} is used twice; this step should be {want}.",
  "Langkah ke-{want} bernomor {no}; nomori langkah 1 sampai {steps} berurutan.":
    "Step {want} is numbered {no}; number the steps 1 to {steps} in order.",
  // table-missing
  "Tabel diagram alir tidak ditemukan; tambahkan tabel No | Kegiatan | Pelaksana | Mutu Baku | Keterangan.":
    "No flowchart table found; add a table No | Kegiatan | Pelaksana | Mutu Baku | Keterangan (No | Activity | Implementer | Quality Standard | Notes).",
  "Tabel diagram alir ini tidak berisi satu langkah pun yang terbaca; setiap baris langkah dimulai dengan nomornya di kolom No (1, 2, 3 … atau 1., 1), (1)).":
    "This flowchart table holds no step that can be read; every step row starts with its number in the No column (1, 2, 3 … or 1., 1), (1)).",
  // template-placeholder (and bidi-control): the fields named
  Instansi: "Agency",
  "Judul diagram": "Flowchart title",
  "Teks tambahan": "Additional text",
  "langkah {label} {col}": "step {label} {col}",
  // template-placeholder
  "{label} masih isian contoh templat: {text}; ganti dengan isi yang sebenarnya dan hapus \"(GANTI)\".":
    "{label} is still a template sample: {text}; write the real text and remove \"(GANTI)\".",
  // time-unparsed
  "Langkah {label}: Waktu {time} tidak terbaca; tulis seperti \"5 menit\", \"3 jam\" atau \"1 hari\".":
    "Step {label}: Time {time} cannot be read; write it like \"5 menit\", \"3 jam\" or \"1 hari\".",
  "Langkah {label}: Waktu {time} adalah waktu per {per}, tanpa jumlahnya, sehingga waktu baku total tidak dapat dihitung; tulis waktu satu kali pelaksanaan langkah, mis. {one}, dan jelaskan satuannya di Keterangan.":
    "Step {label}: Time {time} is a time per {per}, with no count, so the total cannot be summed; write the time of one run of the step, e.g. {one}, and explain the unit in Notes.",
  // the decoder's reasons for a file that is no text (model/said.ts, by id; "berkas kosong" is in en-rules.ts)
  "bukan teks {encoding} yang sah (berkas biner?)": "not valid {encoding} text (a binary file?)",
  "berisi karakter kendali (berkas biner?)": "holds control characters (a binary file?)",
  "berkas tidak berisi teks": "the file holds no text",
  // run
  "Berkas tidak dapat dibaca: {reason}.": "The file cannot be read: {reason}.",
  "Berkas ini bukan POS: tidak ada bagian identitas (Nomor POS, Nama POS, …) maupun tabel langkah.":
    "This file is not a POS: it has neither an identity block (POS Number, POS Name, …) nor a step table.",
  // identity-required
  "{field} kosong; isi bagian identitas ini.": (p) => `${Field(p.field)} is empty; fill in this identity field.`,
  "{field} belum diisi: masih isian kosong {blank}; isi bagian identitas ini.": (p) =>
    `${Field(p.field)} is not filled in: it is still the blank ${p.blank}; fill in this identity field.`,
  '{field} tidak ada; tambahkan baris "{label} : …" pada bagian identitas.': (p) =>
    `${Field(p.field)} is missing; add a line "${p.label} : …" to the identity block.`,
  // actor-inferred, and the reasons the order-of-steps guess writes (model/said.ts, by id)
  "Langkah {label}: pelaksana {actor} ditebak dari {from}. Tulis nama lajurnya lengkap di kolom Pelaksana pada baris ini.":
    "Step {label}: actor {actor} was inferred from {from}. Write the lane's full name in the Actors column on this row.",
  "Langkah {label}: pelaksana {actor} ditebak dari {from}. Tandai sel lajur {actor} pada baris ini (mis. dengan X).":
    "Step {label}: actor {actor} was inferred from {from}. Mark the {actor} lane cell on this row (e.g. with X).",
  '"{subject}" seperti langkah {step}': (p) => `${q(String(p.subject), 40)} as in step ${p.step}`,
  "langkah pertama tanpa petunjuk: lajur staf pertama": "a first step without a hint: the first staff lane",
  "langkah pertama tanpa petunjuk: lajur pertama": "a first step without a hint: the first lane",
  "kembali ke pelaksana langkah {step} setelah langkah {after}": "back to the actor of step {step} after step {after}",
  "ditugaskan pada langkah {step}": "assigned in step {step}",
  "sama dengan langkah {step}": "the same as step {step}",
  // nip-invalid
  "NIP {nip} tidak sah: {why}.": "NIP {nip} is not valid: {why}.",
  "harus 18 angka, tertulis {n} angka": "must be 18 digits, has {n}",
  "tanggal lahir {digits} (angka 1–8) tidak mungkin": "birth date {digits} (digits 1–8) cannot exist",
  "bulan pengangkatan {digits} (angka 9–14) tidak mungkin": "appointment month {digits} (digits 9–14) cannot exist",
  "angka jenis kelamin (angka ke-15) harus 1 atau 2, bukan {digit}": "the sex digit (15th) must be 1 or 2, not {digit}",
  // cell-moved and actor-ambiguous: the parser's notes (model/said.ts, by id); the rule capitalises and ends them
  "baris langkah bergeser {shift} kolom terhadap kepala tabel; kolom Mutu Baku disesuaikan dengan isi kolom Waktu": () =>
    "step rows are shifted against the header; the Quality Standard columns follow the Time cells",
  "baris lanjutan digabung ke langkah pada baris {line}": () => "continuation line joined to the step above",
  "sel di luar kolom kepala tabel dibaca ke Keterangan: {cells}": "cells under no column of the header read into Notes: {cells}",
  "kolom Mutu Baku tanpa baris nama bagiannya: {span} sel di bawahnya dibaca sebagai bagiannya (Kelengkapan, Waktu, Output)":
    "a Quality Standard column without its parts' row: the {span} cells under it are read as its parts (Requirements, Time, Output)",
  '"|" di dalam `…` memisah sel menurut GFM; dibaca sebagai satu sel (tulis \\| agar tampil sama)':
    'A "|" inside `…` splits the cell in GFM; read as one cell (write \\| so it shows the same)',
  'komentar "<!--" tanpa "-->": penampil Markdown menyembunyikan sisa dokumen; dianggap berakhir di baris {end}, baris sesudahnya dibaca':
    'a "<!--" without "-->": a Markdown viewer hides the rest of the document; taken to end on line {end}, the lines after it are read',
  'tabel HTML tanpa "</table>": tidak dibaca, disimpan apa adanya': 'an HTML table without "</table>": not read, kept as written',
  "tabel HTML yang beberapa barisnya (<tr>) ditulis pada satu baris sumber: tidak dibaca, disimpan apa adanya; tulis setiap <tr> pada barisnya sendiri":
    "an HTML table with several rows (<tr>) on one source line: not read, kept as written; put each <tr> on a line of its own",
  '"{name}" cocok dengan beberapa lajur ({lanes}); tulis nama lajurnya lengkap': (p) => `actor "${p.name}" matches several lanes (${p.lanes}); write the lane's full name`,
};
