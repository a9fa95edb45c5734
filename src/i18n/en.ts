import type { Params } from "./index.ts";
import { EN_CHECK } from "./en-check.ts";
import { EN_HELP } from "./en-help.ts";
import { EN_RULES } from "./en-rules.ts";
import { EN_PAGES } from "./en-pages.ts";

// English text of each Indonesian message (the key). A message missing here shows in Indonesian;
// tests/i18n/catalogue.test.ts checks that every key used in src/ is here and every key here is used,
// and tests/cli/lang.test.ts runs the main paths in English looking for Indonesian words left over.
// Help and commander's lines are in en-help.ts, the chart's and pages' words in en-pages.ts, the check
// rules' messages and descriptions in en-check.ts and en-rules.ts: EN joins them, one catalogue.

const n = (v: Params[string], one: string, many = `${one}s`) => `${v} ${Number(v) === 1 ? one : many}`;

export const EN_CLI: Record<string, string | ((p: Params) => string)> = {
  // --- usage errors
  "tanpa --write atau --check, fmt hanya menerima satu berkas (hasilnya dicetak ke stdout)": "without --write or --check, fmt takes one file only (the result goes to stdout)",
  "; {paths} berisi {n} berkas POS": (p) => `; ${p.paths} holds ${n(p.n, "POS file")}`,
  '--rule "{f}": tulis sebagai id=off|info|warning|error': '--rule "{f}": write it as id=off|info|warning|error',
  '--rule: aturan "{id}" tidak dikenal{hint} (lihat: posflow rules)': '--rule: unknown rule "{id}"{hint} (see: posflow rules)',
  '--rule {m}: tingkat "{m2}" tidak dikenal; pilih off, info, warning atau error': '--rule {m}: unknown severity "{m2}"; choose off, info, warning or error',
  'harus bilangan bulat ≥ 0, bukan "{v}"': 'must be a whole number ≥ 0, not "{v}"',
  "--format {format} tidak bisa dipakai bersama --watch (setiap pemeriksaan ulang menambah satu dokumen {format} ke stdout); pakai --format stylish atau github bersama --watch, atau tulis laporannya ke berkas dengan -o <berkas>":
    "--format {format} cannot be used with --watch (every run would add one more {format} document to stdout); use --format stylish or github with --watch, or write the report to a file with -o <file>",
  '--workday-hours harus angka 1–24, bukan "{v}"': '--workday-hours must be a number 1–24, not "{v}"',
  "-o {outDir}: sudah ada dan bukan folder": "-o {outDir}: exists and is not a folder",
  "--combine {combine}: nama itu sudah dipakai keluaran sebuah POS; pilih nama lain": "--combine {combine}: a POS output already has that name; choose another",
  "--combine {value}: tulis nama berkas di dalam folder keluaran (mis. --combine cetak.pdf), tanpa .. atau path absolut":
    "--combine {value}: give a file name inside the output folder (e.g. --combine cetak.pdf), without .. or an absolute path",
  "--combine {value}: nama berkas PDF gabungan harus berakhiran .pdf": "--combine {value}: the combined PDF's name must end in .pdf",
  "-o {outDir}: keluaran akan menimpa berkas yang tidak dibuat posflow: {list}{more}; tidak ada yang ditulis (pilih folder keluaran lain)":
    "-o {outDir}: outputs would overwrite files posflow did not make: {list}{more}; nothing written (choose another output folder)",
  " dan {n} lagi": " and {n} more",
  " dan {n} lainnya": " and {n} more",
  "tidak ada berkas POS ({exts}) yang ditemukan di {v}": "no POS files ({exts}) found in {v}",

  // --- messages
  "kesalahan internal": "internal error",
  "bukan POS (tanpa identitas maupun tabel langkah), dilewati": "not a POS (no identity block, no step table), skipped",
  "tidak dapat ditulis": "cannot be written",
  "{n} peringatan, lebih dari --max-warnings {max}": (p) => `${n(p.n, "warning")}, more than --max-warnings ${p.max}`,
  "{e} kesalahan, {w} peringatan": (p) => `${n(p.e, "error")}, ${n(p.w, "warning")}`,
  "{n} berkas · {e} kesalahan · {w} peringatan · {i} info": (p) => `${n(p.n, "file")} · ${n(p.e, "error")} · ${n(p.w, "warning")} · ${p.i} info`,
  "Waktu baku total per POS:": "Total standard time per POS:",
  "  … {v} lagi (posflow check {file} untuk semuanya)": "  … {v} more (posflow check {file} for all of them)",
  "{file}: {length} kesalahan pemeriksaan (tetap digambar)": (p) => `${p.file}: ${n(p.length, "check error")} (drawn anyway)`,
  "berubah: {files}": "changed: {files}",
  selesai: "done",
  "memantau {shown} (Ctrl-C untuk berhenti)": "watching {shown} (Ctrl-C to stop)",
  "berhenti memantau": "stopped watching",
  "menunggu posflow lain (pid {pid}) selesai menulis ke {shownOut}/ …": "waiting for another posflow (pid {pid}) to finish writing to {shownOut}/ …",
  "{shownOut}/: tidak dapat ditulis ({v}); tidak ada keluaran": "{shownOut}/: cannot be written ({v}); no output",
  "{v}: berkas sementara sisa proses yang terhenti, dihapus": "{v}: temporary file left by a stopped run, removed",
  "0 POS digambar ke {shownOut}/": "0 POS drawn into {shownOut}/",
  "{shownOut}/.posflow-manifest.json: tidak dapat diperbarui (daftar berkas buatan posflow dari awal run tetap berlaku)":
    "{shownOut}/.posflow-manifest.json: could not be updated (the list of posflow's files from the start of the run stays in force)",
  "; indeks memuat {n} POS termasuk run sebelumnya": "; the index holds {n} POS including earlier runs",
  "{n} POS digambar ke {shownOut}/ ({files} berkas": (p) => `${p.n} POS drawn into ${p.shownOut}/ (${n(p.files, "file")}`,
  "; {n} POS tidak lengkap": "; {n} POS incomplete",
  "; {n} POS lain tidak berubah, tidak digambar ulang": "; {n} other POS unchanged, not redrawn",
  ", termasuk {index}": ", including {index}",
  "; {index} tidak ditulis": "; {index} not written",
  " dan {file}": " and {file}",
  "{failed} masukan tidak menghasilkan keluaran": (p) => `${n(p.failed, "input")} made no output`,
  "{file}: {what} tidak dibuat: {v}": "{file}: {what} not made: {v}",
  "{file}: kesalahan internal saat membuat {what}: {v}": "{file}: internal error while making {what}: {v}",
  "{message}; pdf dan mermaid-svg tidak dibuat (format lain tetap ditulis)": "{message}; pdf and mermaid-svg not made (the other formats are still written)",
  "{v}; {name} tidak dibuat": "{v}; {name} not made",
  "{name}: PDF gabungan tidak dibuat: {v}": "{name}: combined PDF not made: {v}",
  "{source} tidak ada lagi; keluarannya masih ada: {v} (--prune menghapusnya)": "{source} no longer exists; its outputs are still there: {v} (--prune removes them)",
  "{v}: tidak dapat dihapus ({why})": "{v}: cannot be removed ({why})",
  "--prune: {length} keluaran dari masukan yang tidak ada lagi dihapus: {v}": "--prune: {length} outputs of inputs that no longer exist removed: {v}",
  "{m}: tidak ada berkas atau folder ini": "{m}: no such file or directory",
  "{shown}: bukan POS (tanpa identitas maupun tabel langkah), dilewati": "{shown}: not a POS (no identity block, no step table), skipped",
  "{shown}: bentuk kanonis akan menghilangkan isi: {v}; tidak ditulis": "{shown}: the canonical form would lose content: {v}; not written",
  "{shown}: .md keluaran tidak memuat semua isi sumber: {v} (fmt menolak berkas ini; isi itu tetap ada di sumber)":
    "{shown}: the .md output does not hold all of the source: {v} (fmt refuses this file; that content stays in the source)",
  "{shown}: bukan berkas .md (jalankan posflow fmt --write untuk membuat {v}.md)": "{shown}: not a .md file (run posflow fmt --write to make {v}.md)",
  "{shown}: belum dalam bentuk kanonis (jalankan posflow fmt --write {shown})": "{shown}: not in canonical form (run posflow fmt --write {shown})",
  "{shown}: bentuk kanonis tidak terbaca ulang sama persis ({diff}); berkas tidak ditulis": "{shown}: the canonical form does not read back the same ({diff}); file not written",
  "{shown}: {targetShown} juga hasil dari {clash} pada perintah ini; tidak ditulis (jalankan satu per satu)": "{shown}: {targetShown} is also made from {clash} in this command; not written (run them one at a time)",
  "{targetShown} ditulis": "{targetShown} written",
  "{f}: bukan berkas .md, tidak diperiksa (posflow fmt --write {f} membuat {md})": "{f}: not a .md file, not checked (posflow fmt --write {f} makes {md})",
  "{file}: nama keluaran {base} sudah dipakai {prior}; keluarannya bernama {alt}.*": "{file}: output name {base} already taken by {prior}; its outputs are named {alt}.*",
  "{first} di folder keluaran bukan buatan posflow dan tidak ditimpa; indeks ditulis ke {alt}": "{first} in the output folder was not made by posflow and is not overwritten; the index goes to {alt}",
  "{first} dan {alt} di folder keluaran bukan buatan posflow; indeks tidak ditulis": "{first} and {alt} in the output folder were not made by posflow; index not written",
  "{source}: bukan berkas biasa (perangkat atau pipa), tidak dibaca": "{source}: not a regular file (device or pipe), not read",
  "{source}: berkas terlalu besar untuk sebuah POS ({v}; batas {v2}), tidak dibaca": "{source}: file too large for a POS ({v}; limit {v2}), not read",
  "tidak ada berkas ini": "no such file",
  "ini folder, bukan berkas": "is a folder, not a file",
  "tidak boleh dibaca (izin ditolak)": "may not be read (permission denied)",
  "tidak dapat dibaca ({errno})": "cannot be read ({errno})",
  "ignore di konfigurasi": "ignore in the config",
  "pola di {file}": "a pattern in {file}",
  "keluaran posflow (tercatat di .posflow-manifest.json)": "posflow output (listed in .posflow-manifest.json)",
  "folder tidak dapat ditelusuri ({v}), dilewati": "folder cannot be searched ({v}), skipped",
  "tautan simbolik kembali ke folder yang sudah ditelusuri (putaran), dilewati": "symbolic link back to a folder already searched (a loop), skipped",
  "folder tidak boleh dibaca (izin ditolak), dilewati": "folder may not be read (permission denied), skipped",
  "folder tidak dapat dibaca ({code}), dilewati": "folder cannot be read ({code}), skipped",
  "tautan simbolik rusak (tujuannya tidak ada), dilewati": "broken symbolic link (its target does not exist), skipped",
  "tautan simbolik berputar (ELOOP), dilewati": "symbolic link loop (ELOOP), skipped",
  "tautan simbolik tidak dapat diikuti ({code}), dilewati": "symbolic link cannot be followed ({code}), skipped",
  "bukan berkas biasa (tautan ke perangkat, pipa atau soket), dilewati": "not a regular file (link to a device, pipe or socket), skipped",
  "bukan berkas biasa (perangkat, pipa atau soket), dilewati": "not a regular file (device, pipe or socket), skipped",
  "{n} berkas atau folder diabaikan ({why}), tidak ada yang dibaca": (p) => `${n(p.n, "file or folder", "files or folders")} ignored (${p.why}), nothing read`,
  "; --no-gitignore membacanya": "; --no-gitignore reads them",

  // --- config
  "bahasa bantuan, pesan, laporan dan kata-kata diagram untuk proyek ini (--lang dan POSFLOW_LANG mengalahkannya; ia mengalahkan LANG/LC_ALL)":
    "language of help, messages, reports and chart wording for runs in this project (--lang and POSFLOW_LANG win over it; it wins over LANG/LC_ALL)",
  "id aturan → off | info | warning | error (daftar id: `posflow rules`)":
    "rule id → off | info | warning | error (`posflow rules` lists the ids)",
  "nama seperti tertulis di langkah → lajur yang dimaksud":
    "a name as written in the steps → the lane it means",
  "jam dalam satu 'hari kerja' untuk Waktu (bawaan 24: 1 hari = 1.440 menit)":
    "hours in one 'hari kerja' for Waktu (default 24: 1 hari = 1,440 minutes)",
  "ekstensi berkas yang dicari di folder (bawaan .txt dan .md)":
    "file extensions searched in folders (default .txt and .md)",
  "glob yang dilewati, relatif terhadap folder berkas konfigurasi ini":
    "globs to skip, relative to the folder of this config file",
  "diabaikan; untuk editor yang mencari skema":
    "ignored; lets an editor find a schema",
  "| kunci | jenis | arti | contoh |": "| key | type | meaning | example |",
  objek: "object",
  daftar: "list",
  angka: "number",
  teks: "string",
  "baris {line}, kolom {column}: {message}": "line {line}, column {column}: {message}",
  "{file}: bukan JSON yang sah ({why})": "{file}: not valid JSON ({why})",
  "(tingkat atas)": "(top level)",
  '  {where}: kunci "{key}" tidak dikenal{hint}': '  {where}: unknown key "{key}"{hint}',
  "{file}: konfigurasi tidak sah:": "{file}: invalid configuration:",
  "{file}: berkas konfigurasi tidak dapat dibaca ({code})": "{file}: cannot read the config file ({code})",
  ' (maksud Anda "{hit}"?)': ' (did you mean "{hit}"?)',
  // --- PDF reader: a file that is not whole
  "PDF terpotong: berkas berakhir sebelum penanda akhirnya (%%EOF), isinya tidak utuh; ambil ulang berkas aslinya":
    "truncated PDF: the file ends before its end marker (%%EOF), its content is incomplete; fetch the original file again",
  "PDF rusak: tabel xref (daftar isi berkas) tidak ada atau menunjuk ke luar berkas; ambil ulang berkas aslinya":
    "damaged PDF: the xref table (the file's index) is missing or points outside the file; fetch the original file again",
  "halaman {page}: tabel diagram alir dicetak tanpa garis tabel; posflow membaca tabel PDF dari garis selnya. Cetak ulang dengan garis (border) pada tabel, atau baca ekspor teks atau Markdown-nya":
    "page {page}: the flow table is printed without table rules; posflow reads a PDF's tables from their cell borders. Print it again with borders on the table, or read its text or Markdown export",
  "PDF ini terkunci kata sandi (terenkripsi); buka kuncinya lalu coba lagi": "this PDF is locked with a password (encrypted); unlock it and try again",
  "bukan PDF yang sah atau rusak (struktur PDF tidak terbaca)": "not a valid PDF, or damaged (its structure cannot be read)",
  "PDF rusak atau terpotong (tabel xref tidak utuh)": "damaged or truncated PDF (its xref table is incomplete)",
  "PDF rusak dan tidak dapat dibaca ({why})": "damaged PDF that cannot be read ({why})",
  "PDF tidak dapat dibaca ({why})": "the PDF cannot be read ({why})",
  "halaman {page}: {message}": "page {page}: {message}",
  "tidak ada lapisan teks; posflow tidak melakukan OCR": "no text layer; posflow does no OCR",

  // --- durations (model/duration-format.ts) and shortened lists (validate/collection/findings.ts)
  "tidak diketahui": "unknown",
  "{n} hari": (p) => n(p.n, "day"),
  "{n} jam": (p) => n(p.n, "hour"),
  "{n} menit": (p) => n(p.n, "minute"),
  "{list} dan {n} lainnya": "{list} and {n} more",

  // --- layout defects (src/render/svg/diagnostics.ts): the terminal's --layout-report; JSON keeps English
  "halaman {n}: ": "page {n}: ",
  "langkah {n}": "step {n}",
  "penghubung {letter}": "connector {letter}",
  "{arrow} mulai jauh dari simbolnya": "{arrow} starts away from its symbol",
  "{arrow} berakhir jauh dari simbolnya": "{arrow} ends away from its symbol",
  "{arrow} melewati {symbol}": "{arrow} runs through {symbol}",
  "{arrow} di atas garis langkah bersama {step}": "{arrow} runs along the join bar of step {step}",
  '"{label}" keluar dari kolom pelaksana': '"{label}" is outside the actor columns',
  '"{label}" menimpa {symbol}': '"{label}" covers {symbol}',
  '"{label}" dilewati {arrow}': '"{label}" is crossed by {arrow}',
  '"{label}" menimpa "{other}"': '"{label}" covers "{other}"',
  "{arrow} di atas {other} sepanjang {px} px": "{arrow} runs over {other} for {px} px",

  // --- the preview's pages (src/preview/pages.ts)
  "{file}: gagal digambar: {why}": "{file}: could not be drawn: {why}",
  "{file}: aturan {ruleId} gagal: {why}": "{file}: rule {ruleId} failed: {why}",
  "Berkas sumber": "Source file",
  "Waktu baku total": "Total standard time",
  "Tidak ada berkas POS di folder ini.": "No POS files in this folder.",
  "Tidak ada temuan.": "No findings.",
  "{n} langkah": (p) => n(p.n, "step"),
  "dibaca, diperiksa dan digambar dalam {ms} ms": "read, checked and drawn in {ms} ms",
  "Berkas ini tidak dapat dibaca atau digambar": "This file cannot be read or drawn",
  "Diagram di bawah adalah versi terakhir yang berhasil.": "The chart below is the last version that worked.",
  "Belum ada diagram: berkas ini belum pernah terbaca.": "No chart yet: this file has never been read.",
  "← daftar": "← list",
  "Pratinjau langsung: halaman dimuat ulang setiap kali berkas disimpan.": "Live preview: the page reloads every time a file is saved.",
  "{e} kesalahan · {w} peringatan · {i} info": (p) => `${n(p.e, "error")} · ${n(p.w, "warning")} · ${p.i} info`,
  "Tidak ditemukan": "Not found",

  // --- messages of check, fmt, init, preview and render not in the catalogue before
  "--stdin-filename hanya berlaku bersama --stdin": "--stdin-filename only applies with --stdin",
  "--stdin memeriksa isi stdin saja; jangan sebutkan path bersamanya": "--stdin checks what stdin holds only; name no path with it",
  "--stdin tidak bisa dipakai bersama --watch": "--stdin cannot be used with --watch",
  'harus angka 1–24, bukan "{v}"': 'must be a number 1–24, not "{v}"',
  "naikkan fs.inotify.max_user_watches": "raise fs.inotify.max_user_watches",
  "naikkan batas berkas terbuka, ulimit -n": "raise the open-file limit, ulimit -n",
  "{dir}: batas pemantauan berkas sistem tercapai ({code}); perubahan di folder ini dan folder lain yang belum terpantau tidak terlihat ({raise})":
    "{dir}: the system's file-watch limit was reached ({code}); changes in this folder and in other folders not yet watched are not seen ({raise})",
  'harus nomor port 0–65535, bukan "{v}"': 'must be a port number 0–65535, not "{v}"',
  "peramban tidak dapat dibuka ({cmd}); buka {url} sendiri": "the browser cannot be opened ({cmd}); open {url} yourself",
  "port {port} sudah dipakai; pilih yang lain dengan --port, atau --port 0": "port {port} is in use; choose another with --port, or --port 0",
  "pratinjau {given} di {url}": "preview of {given} at {url}",
  semua: "all",
  "tidak ada": "none",
  "{n} POS; {which} digambar": "{n} POS; {which} drawn",
  "--write dan --check tidak dapat dipakai bersama": "--write and --check cannot be used together",
  "--force hanya berlaku bersama --write": "--force only applies with --write",
  "{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak ditulis": "{shown}: not a POS (no identity and no step table); not written",
  "{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak diperiksa": "{shown}: not a POS (no identity and no step table); not checked",
  "{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak dicetak": "{shown}: not a POS (no identity and no step table); not printed",
  "{target}: tersimpan sebagai WINDOWS-1252 (hasil tebakan) dan bentuk kanonis memerlukan UTF-8; tidak ditulis (periksa hurufnya, lalu pakai --force untuk mengonversi, atau simpan ulang sebagai UTF-8)":
    "{target}: stored as WINDOWS-1252 (a guess) and the canonical form needs UTF-8; not written (check its letters, then use --force to convert, or save it again as UTF-8)",
  "{target}: dikonversi dari {enc} ke UTF-8 (periksa huruf beraksen: pengodean aslinya hanya tebakan)": "{target}: converted from {enc} to UTF-8 (check accented letters: the original encoding was only a guess)",
  "{target}: dikonversi dari {enc} ke UTF-8": "{target}: converted from {enc} to UTF-8",
  "{target}: tetap {enc}, seperti aslinya": "{target}: kept {enc}, as the original",
  "{target} sudah ada dan isinya berbeda; tidak ditimpa (pakai --force untuk menimpa)": "{target} exists and differs; not overwritten (use --force to overwrite)",
  "{target}: tidak dapat ditulis ({v})": "{target}: cannot be written ({v})",
  'berkas yang ditulis; "-" untuk stdout (tanpa akhiran: .md ditambahkan); posflow.config.json atau .posflowrc.json: berkas konfigurasi yang menyebut JSON Schema-nya':
    'the file to write; "-" for stdout (without an extension: .md is added); posflow.config.json or .posflowrc.json: a config file that names its JSON Schema',
  "{name} adalah folder; sebutkan nama berkas, mis. {example}": "{name} is a folder; name a file, e.g. {example}",
  "{name} sudah ada; tidak ditimpa (pakai --force untuk menimpa)": "{name} exists; not overwritten (use --force to overwrite)",
  "{name}: tidak dapat ditulis ({code})": "{name}: cannot be written ({code})",
  '{name} ditulis (konfigurasi; "$schema" menunjuk JSON Schema-nya, editor melengkapi kunci dan id aturan)': '{name} written (config; "$schema" points to its JSON Schema, editors complete keys and rule ids)',
  "{name} ditulis (templat POS dengan tiga langkah contoh)": "{name} written (a POS template with three sample steps)",
  "Langkah berikutnya: ganti isian contohnya, lalu": "Next: replace the sample entries, then",
  periksa: "check",
  "gambar diagram alirnya ke out/": "draw its flowchart into out/",
  "-f/--format: sebutkan paling sedikit satu bentuk keluaran": "-f/--format: name at least one output format",
  '-f/--format: bentuk "{unknown}" tidak dikenal; pilih dari {known}': '-f/--format: unknown format "{unknown}"; choose from {known}',
  "Pasang Google Chrome atau Microsoft Edge (Edge sudah ada di Windows 10/11)": "Install Google Chrome or Microsoft Edge (Edge comes with Windows 10/11)",
  "Pasang Google Chrome (https://www.google.com/chrome/) atau `brew install --cask chromium`": "Install Google Chrome (https://www.google.com/chrome/) or `brew install --cask chromium`",
  "Pasang dengan `sudo apt-get install chromium` (Debian/Ubuntu) atau `sudo dnf install chromium` (Fedora)": "Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or `sudo dnf install chromium` (Fedora)",
  "Chromium tidak dapat dijalankan: {explicit} bukan berkas yang dapat dieksekusi": "Chromium cannot be started: {explicit} is not an executable file",
  "Chromium, Chrome atau Edge tidak ditemukan (dicari: {where})": "Chromium, Chrome or Edge not found (searched: {where})",
  "{head}; format {what} tidak dibuat. {hint}, atau tunjuk ke peramban yang ada dengan --chromium PATH atau POSFLOW_CHROMIUM=PATH.":
    "{head}; format {what} not made. {hint}, or point to a browser you have with --chromium PATH or POSFLOW_CHROMIUM=PATH.",
  "Chromium ({path}) gagal dijalankan: {why} (tunjuk ke peramban lain dengan --chromium PATH atau POSFLOW_CHROMIUM; {hint})":
    "Chromium ({path}) failed to start: {why} (point to another browser with --chromium PATH or POSFLOW_CHROMIUM; {hint})",
  "format {which} memerlukan paket {missing} yang belum terpasang; pasang di samping posflow dengan `npm install {list}` (atau `npm install -g {list}` bila posflow dipasang global)":
    "format {which} needs the package {missing}, which is not installed; install it beside posflow with `npm install {list}` (or `npm install -g {list}` when posflow is installed globally)",
  " dan ": " and ",
  "Chromium diperlukan untuk format pdf dan mermaid-svg": "Chromium is needed for the formats pdf and mermaid-svg",
  "{steps} langkah, lebih dari batas {max} untuk tata letak Mermaid (terlalu lambat); pakai svg atau pdf": "{steps} steps, over the limit of {max} for Mermaid's layout (too slow); use svg or pdf",
  "Halaman PDF tiap dokumen tidak dapat ditentukan": "the PDF pages of each document cannot be told apart",
  "halaman penanda {name} tidak ditemukan di PDF gabungan": "the marker page {name} is not in the combined PDF",
  "Mermaid tidak menghasilkan SVG": "Mermaid made no SVG",
  "Mermaid gagal dimuat: {why}": "Mermaid failed to load: {why}",
  // a comment line of the .mmd (Mermaid has no band across lanes); the canonical Markdown's block stays Indonesian
  "tahap {title} mulai langkah {step}": "stage {title} starts at step {step}",
  "teks diagram {n} karakter, lebih dari batas Mermaid {max}": "diagram text of {n} characters, over Mermaid's limit of {max}",
  mendatar: "landscape",
  tegak: "portrait",
  "{lanes} lajur tidak muat terbaca pada {paper}: diagram diperkecil menjadi {percent}%, di bawah batas keterbacaan {min}% (paling banyak {fit} lajur selebar {laneW} px); pakai kertas lebih lebar (--page legal) atau pecah POS per bagian":
    "{lanes} lanes do not fit readably on {paper}: the chart is scaled to {percent}%, below the readable limit of {min}% (at most {fit} lanes {laneW} px wide); use wider paper (--page legal) or split the POS into parts",
  "baris {line} ({words})": "line {line} ({words})",
  "; dan {n} baris lagi": (p) => `; and ${n(p.n, "more line", "more lines")}`,

  " ({format}: pakai renderBrowserFormats)": " ({format}: use renderBrowserFormats)",
  'bentuk "{format}" tidak dikenal untuk render; pilih dari {known}{browser}': 'unknown format "{format}" for render; choose from {known}{browser}',
  // --- writing under -o
  "tautan simbolik rusak (tujuannya tidak ada)": "broken symbolic link (its target does not exist)",
  "bukan berkas biasa": "not a regular file",
  "berkas hanya-baca (izin tulis tidak ada); tidak ditimpa": "read-only file (no write permission); not overwritten",
  "tidak boleh ditulis (izin ditolak)": "may not be written (permission denied)",
  "disk penuh (ENOSPC)": "disk full (ENOSPC)",
  "kuota disk habis (EDQUOT)": "disk quota exceeded (EDQUOT)",
  "sistem berkas hanya-baca (EROFS)": "read-only file system (EROFS)",
  "izin ditolak ({code})": "permission denied ({code})",
  "nama keluaran tidak sah: {rel}": "invalid output name: {rel}",
  "{link} adalah tautan simbolik; posflow tidak menulis melaluinya": "{link} is a symbolic link; posflow does not write through it",
  "{file}: tidak dapat ditulis ({v})": "{file}: cannot be written ({v})",
  "berkas ini adalah masukan; posflow tidak menimpa masukan": "this file is an input; posflow never overwrites an input",
  "sudah ada dan bukan buatan posflow; tidak ditimpa": "exists and was not made by posflow; not overwritten",
  "berkas ini adalah masukan": "this file is an input",
  "dihentikan ({sig}); berkas sementara dihapus, peramban ditutup": "stopped ({sig}); temporary files removed, browser closed",
  "folder keluaran masih dikunci oleh posflow lain (pid {pid})": "the output folder is still locked by another posflow (pid {pid})",
};

/** The one catalogue: help, the CLI's messages and pages, the check rules' messages, the rule documentation. */
export const EN: Record<string, string | ((p: Params) => string)> = { ...EN_HELP, ...EN_CLI, ...EN_PAGES, ...EN_CHECK, ...EN_RULES };
