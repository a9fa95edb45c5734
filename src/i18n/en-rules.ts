// English of the rules' descriptions and example captions (src/validate: `bilingual`), and of the
// generated docs/rules.md, keyed by their Indonesian text; en.ts joins the parts into one catalogue.

export const EN_RULES: Record<string, string> = {
  // approver-name-mismatch
  "Satu NIP pengesah ditulis dengan nama yang berbeda di berkas lain.": "One approver NIP is written with a different name in another file.",
  // number-duplicate
  "Satu Nomor POS dipakai di dua berkas atau lebih.": "One Nomor POS is used in two or more files.",
  // related-unresolved
  "Butir Keterkaitan yang tidak menyebut POS mana pun dalam pemeriksaan ini (yang cocok ditautkan).":
    "A Keterkaitan item naming no POS of this run (the ones that match are linked).",
  // docs
  "berkas": "file",
  "dokumen": "document",
  "antarberkas": "across files",
  // activity-subject
  "Kegiatan ditulis dengan subjek; peraturan meminta kata kerja aktif tanpa subjek (pelaksananya ada di lajur).":
    "Kegiatan is written with a subject; the regulation wants an active verb without one (the actor is the lane).",
  // actor-inferred
  "subjek kalimat": "the sentence's subject",
  "serah-terima pada langkah sebelumnya": "a hand-off in the previous step",
  "kata kunci peran": "a role keyword",
  "urutan langkah": "the order of the steps",
  "Pelaksana langkah ditebak dari teks karena sel lajurnya tidak ditandai (kesalahan dengan --strict).":
    "The step's actor was guessed from the text because no lane cell is marked (an error under --strict).",
  "sel lajur tidak ditandai": "lane cells not marked",
  // actor-missing
  "Langkah tanpa pelaksana, atau pelaksananya bukan salah satu lajur.": "A step without an actor, or whose actor is not one of the lanes.",
  "tabel tanpa lajur": "a table without lanes",
  // approver-incomplete
  "\"Disahkan oleh\" tanpa nama atau tanpa NIP.": "\"Disahkan oleh\" without a name or without a NIP.",
  "tanpa NIP": "no NIP",
  // bidi-control
  "Teks berisi karakter kendali arah (mis. U+202E RIGHT-TO-LEFT OVERRIDE) yang membuat teks tampil lain dari isinya.":
    "Text holds bidirectional control characters (e.g. U+202E RIGHT-TO-LEFT OVERRIDE) that make it display other than it reads.",
  "nama POS dengan RIGHT-TO-LEFT OVERRIDE: tampil sebagai “exe.PDF”": "a POS name with RIGHT-TO-LEFT OVERRIDE: shows as “exe.PDF”",
  // date-invalid
  "Tanggal yang tidak terbaca atau tidak mungkin ada (\"31 Februari 2025\").": "A date that cannot be read or cannot exist (\"31 Februari 2025\").",
  "tanggal yang tidak ada": "a date that does not exist",
  "bukan tanggal": "not a date",
  // date-order
  "Tanggal Efektif atau Tanggal Revisi lebih awal daripada Tanggal Pembuatan.":
    "Tanggal Efektif or Tanggal Revisi is earlier than Tanggal Pembuatan.",
  // decision-target
  "Keputusan yang tujuan \"Tidak\"-nya tidak jelas, atau panah ke langkah yang tidak ada.":
    "A decision whose \"Tidak\" target cannot be resolved, or an arrow to a step that does not exist.",
  "lompat ke langkah 9 yang tidak ada": "a jump to a step 9 that does not exist",
  "keputusan dengan hasil bernama": "a decision with named outcomes",
  // encoding-fallback
  "Berkas bukan UTF-8 yang sah dan dibaca sebagai Windows-1252: periksa huruf beraksen, lalu simpan ulang sebagai UTF-8.":
    "The file is not valid UTF-8 and was read as Windows-1252: check accented letters, then save it again as UTF-8.",
  "disimpan Word sebagai Windows-1252 (é, – satu bita)": "saved by Word as Windows-1252 (é, – one byte each)",
  "teks yang sama dalam UTF-8": "the same text in UTF-8",
  // flow-drawn-text
  "Alur yang digambar di bagan PDF tidak sama dengan yang ditulis di Keterangan (\"kembali ke langkah 2\").":
    "The flow drawn in the PDF chart differs from the one written in Keterangan (\"kembali ke langkah 2\").",
  "panah Tidak ke langkah 2, Keterangan menulis langkah 1": "the Tidak arrow goes to step 2, Keterangan says step 1",
  // flow-unreachable
  "Langkah yang tidak dicapai panah mana pun, atau yang tidak berujung ke langkah akhir.":
    "A step no arrow reaches, or from which the end cannot be reached.",
  "langkah 2 dilompati": "step 2 is skipped",
  // identity-effective-date
  "Tanggal Efektif (tanggal pengesahan) sebaiknya diisi.": "Tanggal Efektif (the signing date) should be filled in.",
  // identity-required
  "Nomor POS, Nama POS, Tanggal Pembuatan dan Disahkan oleh wajib diisi.":
    "Nomor POS, Nama POS, Tanggal Pembuatan and Disahkan oleh must be filled in.",
  "Nama POS kosong, tiga bidang lain tidak ada": "Nama POS empty, three other fields missing",
  // input-unreadable
  "Berkas kosong, biner, atau bukan teks yang dapat dibaca (satu pesan, aturan lain tidak dijalankan).":
    "An empty, binary or undecodable file (one message; no other rule runs).",
  "berkas kosong": "an empty file",
  "berkas biner": "a binary file",
  // lane-missing
  "Tabel tanpa kolom Pelaksana (lajur).": "The table has no Pelaksana (lane) columns.",
  // lane-unused
  "Lajur Pelaksana yang tidak dipakai langkah mana pun.": "A Pelaksana lane that no step uses.",
  "lajur Kepala Balai tidak dipakai": "lane Kepala Balai unused",
  // list-item-empty
  "Butir daftar tanpa isi.": "A list item without text.",
  // list-numbering
  "Penomoran daftar melompat, ganda, atau ada butir tanpa nomor di antara butir bernomor.":
    "List numbering has gaps or duplicates, or unnumbered items among numbered ones.",
  "nomor melompat": "a gap",
  "butir tanpa nomor": "an unnumbered item",
  // mutu-baku-incomplete
  "Langkah tanpa Kelengkapan, Waktu atau Output (satu pesan per sel kosong).":
    "A step without Kelengkapan, Waktu or Output (one message per empty cell).",
  "Kelengkapan dan Output kosong": "Kelengkapan and Output empty",
  // table-missing
  "langkah bernomor huruf": "steps numbered with letters",
  // time-unparsed
  "waktu per berkas": "time per item",
  // nip-invalid
  "NIP bukan 18 angka, atau tanggal lahir, bulan pengangkatan atau angka jenis kelaminnya tidak mungkin.":
    "The NIP is not 18 digits, or its birth date, appointment month or sex digit cannot be right.",
  "17 angka": "17 digits",
  "30 Februari": "30 February",
  "bulan 13": "month 13",
  "jenis kelamin 3": "sex digit 3",
  // not-a-pos
  "Berkas tanpa bagian identitas maupun tabel langkah: bukan POS (satu pesan, aturan lain tidak dijalankan).":
    "A file with neither an identity block nor a step table: not a POS (one message; no other rule runs).",
  // parse-notes
  "Isi yang tidak punya tempat di model (catatan, lampiran, tabel lain, komentar) disimpan apa adanya di tempatnya.":
    "Content the model has no field for (notes, appendices, other tables, comments) is kept as written, in its place.",
  "catatan sesudah tabel": "notes after the table",
  "Baris di tengah bagian POS yang tidak dapat ditempatkan (disimpan apa adanya, tetapi tidak dipakai).":
    "A line inside a part of the POS that could not be placed (kept as written, but not used).",
  "baris asing memutus tabel": "a stray line cuts the table",
  "Baris bernomor langkah yang tidak terbaca sebagai langkah: tidak digambar dan tidak dihitung waktunya.":
    "A numbered step row that was not read as a step: it is not drawn and its time is not counted.",
  "Sel yang dipindah ke kolom lain atau digabung ke baris sebelumnya saat membaca tabel.":
    "Cells moved to another column, or joined to the row above, while reading the table.",
  "baris bergeser satu kolom": "rows shifted by one column",
  "Sel di bawah tidak satu pun kolom kepala tabel: dibaca ke Keterangan, atau sebagai bagian Mutu Baku bila kepala tabel tidak menamai bagiannya; tidak pernah dibuang.":
    "Cells under no column of the table's header: read into Keterangan, or as the parts of Mutu Baku when the header does not name them; never dropped.",
  "baris lebih lebar dari kepala tabel": "a row wider than its header",
  "Pelaksana singkat yang cocok dengan beberapa lajur (mis. \"Kepala Seksi\" untuk dua Kepala Seksi); tidak dijadikan lajur baru.":
    "A short actor name that matches several lanes (e.g. \"Kepala Seksi\" for two heads of section); never made a lane of its own.",
  "Waktu yang tidak tetap (\"Menyesuaikan\", \"Selama kegiatan\"): tidak dihitung dalam waktu baku total.":
    "A time that varies (\"Menyesuaikan\", \"Selama kegiatan\"): left out of the total standard time.",
  "Langkah induk yang Waktu-nya berbeda dari jumlah Waktu sub-langkahnya: keduanya dihitung dalam waktu baku total (Waktu yang sama dengan jumlahnya dihitung sekali).":
    "A head step whose Waktu differs from the sum of its sub-steps' Waktu: both are counted in the total (a Waktu equal to their sum is counted once).",
  "10 menit di atas 3 + 2 menit": "10 minutes over 3 + 2 minutes",
  // related-empty
  "Keterkaitan kosong (boleh, tetapi sebutkan POS terkait bila ada).": "Keterkaitan is empty (allowed, but name related POS if there are any).",
  // section-required
  "Dasar Hukum, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Peringatan dan Pencatatan dan Pendataan wajib ada dan berisi.":
    "Dasar Hukum, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Peringatan and Pencatatan dan Pendataan must be present and filled.",
  "Peringatan kosong": "Peringatan empty",
  "tanpa bagian sama sekali": "no sections at all",
  // step-numbering
  "Langkah tidak bernomor urut 1..n (melompat, ganda, atau tidak berurutan).":
    "Steps are not numbered 1..n in order (gaps, duplicates, out of order).",
  "nomor 3 terlewat": "number 3 skipped",
  // table-missing
  "Tabel diagram alir (langkah kegiatan) tidak ada.": "The flowchart table (the steps) is missing.",
  // template-placeholder
  "Isian contoh templat (\"(GANTI)\") yang belum diganti.": "A template sample text (\"(GANTI)\") that was not replaced.",
  "templat dari posflow init yang belum diisi": "a posflow init template not filled in yet",
  // time-unparsed
  "Waktu yang tidak terbaca sebagai lama waktu.": "A Waktu that cannot be read as a duration.",
  // docs/rules.md (src/validate/docs.ts)
  "# Aturan posflow check": "# posflow check rules",
  "Dibuat dari `src/validate/rules/` dan `src/validate/collection/` (`posflow rules --format markdown`); jangan disunting manual.":
    "Generated from `src/validate/rules/` and `src/validate/collection/` (`posflow rules --format markdown`); do not edit by hand.",
  'Ubah tingkat aturan dengan `--rule id=off|info|warning|error` atau `"rules"` di `posflow.config.json`.':
    'Change a severity with `--rule id=off|info|warning|error` or `"rules"` in `posflow.config.json`.',
  "| aturan | tingkat | cakupan | keterangan |": "| rule | severity | scope | description |",
  "Contoh {letter}": "Example {letter}",
  "[Contoh {ref}](#contoh-{anchor}) di atas.": "[Example {ref}](#example-{anchor}) above.",
  "### Melanggar": "### Trips the rule",
  "### Lolos": "### Passes",
  isi: "bytes",
};
