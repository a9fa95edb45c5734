import type { Params } from "./index.ts";

// English of the program's and every command's help, and of commander's own lines (src/cli/help.ts
// reads those and says them again from here); keyed by the Indonesian text, joined into EN by en.ts.

export const EN_HELP: Record<string, string | ((p: Params) => string)> = {
  // --- program and help
  "Membaca dokumen POS/SOP AP (Permenpan RB No. 35/2012), memeriksanya, dan menggambar diagram alirnya.":
    "Reads POS/SOP AP documents (Permenpan RB No. 35/2012), checks them, and draws their flowcharts.",
  "tampilkan versi posflow": "show posflow's version",
  "tampilkan jejak tumpukan (stack trace) untuk kesalahan internal": "show the stack trace of an internal error",
  "tampilkan bantuan": "show help",
  "tampilkan bantuan untuk perintah": "show help for a command",
  "(jalankan dengan --help untuk bantuan)": "(run with --help for help)",
  "(jalankan posflow {cmd} --help untuk bantuan)": "(run posflow {cmd} --help for help)",
  "bahasa bantuan, pesan dan laporan (bawaan: POSFLOW_LANG, lalu lang di konfigurasi, lalu LC_ALL/LANG, lalu id)":
    "language of help, messages and reports (default: POSFLOW_LANG, then the config's lang, then LC_ALL/LANG, then id)",
  "Contoh:": "Examples:",
  "\nContoh:\n  posflow render fixtures -o out        gambar semua POS di folder fixtures ke folder out\n  posflow check .                       periksa semua POS (.txt, .md) di folder ini, untuk CI\n  posflow parse fixtures/000_e1f11b996afed832.txt   model JSON satu POS\n  posflow init                          tulis templat POS baru (pos-baru.md)\n":
    "\nExamples:\n  posflow render fixtures -o out        draw every POS in the folder fixtures into the folder out\n  posflow check .                       check every POS (.txt, .md) in this folder, for CI\n  posflow parse fixtures/000_e1f11b996afed832.txt   JSON model of one POS\n  posflow init                          write a new POS template (pos-baru.md)\n",
  // examples of each command's --help (help.ts)
  "model JSON satu POS": "JSON model of one POS",
  "larik model beberapa POS": "array of the models of several POS",
  "simpan JSON Schema model POS": "save the JSON Schema of the POS model",
  "JSON Schema posflow.config.json (untuk editor)": "JSON Schema of posflow.config.json (for editors)",
  "periksa semua POS (.txt, .md) di folder ini": "check every POS (.txt, .md) in this folder",
  "pelaksana hasil tebakan menjadi kesalahan": "guessed actors become errors",
  "anotasi untuk GitHub Actions": "annotations for GitHub Actions",
  "gagal (kode 1) bila ada peringatan": "fail (exit 1) on any warning",
  "periksa ulang setiap kali berkas disimpan": "check again on every save",
  "daftar aturan": "list the rules",
  "dokumentasi aturan (docs/rules.md)": "rule documentation (docs/rules.md)",
  "gambar semua POS di folder fixtures; buka out/index.html": "draw every POS in the folder fixtures; open out/index.html",
  "hanya SVG dan PDF": "SVG and PDF only",
  "kertas F4, pelaksana hasil tebakan ditandai": "F4 paper, guessed actors marked",
  "gambar ulang setiap kali berkas disimpan (muat ulang peramban)": "draw again on every save (reload the browser)",
  "cetak bentuk Markdown kanonis": "print the canonical Markdown",
  "tulis pos.md di sebelah pos.txt": "write pos.md beside pos.txt",
  "untuk CI: kode 1 bila ada yang belum kanonis": "for CI: exit 1 when a file is not canonical",
  "pratinjau langsung semua POS di folder pos (buka URL yang dicetak)": "live preview of every POS in the folder pos (open the printed URL)",
  "satu POS, langsung di peramban": "one POS, straight in the browser",
  "tulis templat pos-baru.md di folder ini": "write the template pos-baru.md in this folder",
  "templat dengan nama lain": "the template under another name",
  "templat ke stdout": "the template to stdout",

  // --- command descriptions and options
  "periksa POS (identitas, bagian, Mutu Baku, pelaksana, alur) dan laporkan per baris; kode keluar 1 bila ada kesalahan":
    "check POS (identity, sections, Mutu Baku, actors, flow) and report by line; exit 1 on any error",
  "berkas, folder (rekursif: .txt dan .md) atau glob bertanda kutip": "files, folders (recursive: .txt and .md) or quoted globs",
  "bentuk laporan (junit: untuk widget uji CI; gitlab: Code Quality merge request)": "report format (junit: CI test widgets; gitlab: Code Quality merge request)",
  "tulis laporan ke berkas ini (atomik), bukan ke stdout": "write the report to this file (atomically), not to stdout",
  "periksa satu POS yang dibaca dari stdin (editor mengirim isi yang belum disimpan)": "check one POS read from stdin (editors send unsaved buffers)",
  "nama isi stdin dalam laporan; akhirannya (.md/.txt) menentukan cara membacanya": "name of the stdin text in the report; its extension (.md/.txt) decides how it is read",
  "actor-inferred menjadi kesalahan": "actor-inferred becomes an error",
  "hanya laporkan kesalahan, tanpa tabel waktu baku (--max-warnings tetap menghitung peringatan)": "report errors only, no table of standard times (--max-warnings still counts warnings)",
  "keluar 1 bila peringatan lebih dari n (juga bersama --quiet)": "exit 1 when there are more than n warnings (also with --quiet)",
  "cetak konfigurasi yang berlaku (berkas, --rule, --strict) sebagai JSON, tanpa memeriksa": "print the configuration in force (file, --rule, --strict) as JSON, without checking",
  "berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)": "config file (default: the nearest posflow.config.json or .posflowrc.json upwards)",
  "ubah tingkat satu aturan: off|info|warning|error (boleh berulang)": "set one rule's severity: off|info|warning|error (repeatable)",
  "folder keluaran render yang tidak ikut diperiksa": "render output folder, not checked",
  "baca juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)": "also read files .gitignore ignores (.posflowignore still applies)",
  "tampilkan juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)": "also show files .gitignore ignores (.posflowignore still applies)",
  "paksa warna": "force colour",
  "tanpa warna": "no colour",
  "periksa ulang setiap kali berkas masukan disimpan (Ctrl-C untuk berhenti)": "check again whenever an input file is saved (Ctrl-C to stop)",
  "\nKode keluar: 0 tanpa kesalahan (dan peringatan dalam batas --max-warnings), 1 ada kesalahan,\n2 salah pemakaian, konfigurasi tidak sah, path tidak ada, atau kesalahan internal.":
    "\nExit codes: 0 no errors (and warnings within --max-warnings), 1 errors,\n2 usage error, invalid configuration, missing path, or internal error.",
  "baca berkas POS dan cetak modelnya sebagai JSON (objek untuk satu berkas, larik untuk beberapa)": "read POS files and print their model as JSON (an object for one file, an array for several)",
  "berkas POS (.txt hasil ekspor Word, atau .md)": "POS files (.txt exported from Word, or .md)",
  "jam dalam satu 'hari kerja' (bawaan 24: 1 hari = 1440 menit)": "hours in one 'hari kerja' (default 24: 1 day = 1440 minutes)",
  "gambar diagram alir POS: SVG, HTML siap cetak, Markdown, Mermaid, JSON, ditambah out/index.html": "draw POS flowcharts: SVG, print-ready HTML, Markdown, Mermaid, JSON, plus out/index.html",
  "folder keluaran; folder masukan dicerminkan di dalamnya": "output folder; input folders are mirrored inside it",
  "ukuran kertas halaman HTML (mendatar)": "paper size of the HTML pages (landscape)",
  "tandai pelaksana hasil tebakan (garis putus-putus dan keterangan)": "mark guessed actors (dashed outline and a note)",
  "dialek berkas .mmd: swimlane (Mermaid ≥ 11.16) atau flowchart (portabel)": "dialect of .mmd files: swimlane (Mermaid ≥ 11.16) or flowchart (portable)",
  "dialek blok mermaid di dalam .md": "dialect of the mermaid block inside .md",
  "dialek blok mermaid": "dialect of the mermaid block",
  "jam dalam satu 'hari kerja' (bawaan 24 atau dari konfigurasi)": "hours in one 'hari kerja' (default 24 or from the config)",
  "peramban Chromium untuk pdf dan mermaid-svg (bawaan: POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH)":
    "Chromium browser for pdf and mermaid-svg (default: POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH)",
  "tulis juga satu PDF gabungan semua POS (urutan indeks, penanda per POS dan per prosedur) di folder keluaran, untuk percetakan":
    "also write one combined PDF of every POS (index order, a bookmark per POS and per procedure) in the output folder, for the print shop",
  "hapus keluaran di folder keluaran yang masukannya sudah dihapus atau berganti nama (hanya berkas buatan posflow)":
    "remove outputs in the output folder whose input was deleted or renamed (only files posflow made)",
  "gambar ulang semuanya setiap kali berkas masukan disimpan (Ctrl-C untuk berhenti)": "draw again whenever an input file is saved (Ctrl-C to stop)",
  "cetak cacat tata letak diagram per POS (label di atas simbol, panah bertumpuk, persilangan, …)": "print each POS's chart layout defects (labels on symbols, arrows on each other, crossings, …)",
  "{file}: peringatan: {warning}": "{file}: warning: {warning}",
  "\nNama keluaran mengikuti nama berkas masukan (bukan isi dokumen); subfolder masukan dicerminkan di\nbawah folder keluaran, relatif terhadap folder bersama semua masukan. Berkas .md yang bersebelahan\ndengan .txt bernama sama dianggap keluaran (mis. golden fixtures/*.md) dan dilewati, kecuali disebut\nlangsung; begitu pula berkas yang bukan POS dan isi folder keluaran posflow sebelumnya (folder yang\nberisi index.html buatan posflow render) yang ditemukan saat menelusuri folder.\n\nposflow tidak pernah menimpa berkas yang tidak dibuatnya: yang dibuatnya dicatat di\n<keluaran>/.posflow-manifest.json. Bila keluaran akan jatuh pada masukan atau pada berkas lain yang\ntidak tercatat (mis. -o sama dengan folder berisi .md sumber), tidak ada yang ditulis (kode 2);\nindex.html buatan tangan dibiarkan dan indeks ditulis ke posflow-index.html. Dua masukan dengan nama\nkeluaran sama sama-sama digambar (yang kedua diberi akhiran, dengan catatan). Dua render ke -o yang\nsama bergantian (kunci .posflow.lock) dan indeksnya digabung. Ctrl-C/SIGTERM menghentikan dalam\n2 detik (kode 130/143), menutup peramban dan menghapus berkas sementara.\n\npdf dan mermaid-svg memerlukan Chromium (--chromium, POSFLOW_CHROMIUM, /usr/bin/chromium); png tidak.\n\nKode keluar: 0 semua masukan digambar (juga bila ada kesalahan pemeriksaan), 1 ada masukan yang tidak\nmenghasilkan keluaran atau Chromium tidak tersedia, 2 salah pemakaian atau path tidak ada.":
    "\nOutput names follow the input file names (never document text); input subfolders are mirrored\nunder the output folder, relative to the deepest folder holding every input. A .md beside a .txt of\nthe same name is taken for an output (e.g. the goldens fixtures/*.md) and skipped unless named;\nso are files that are no POS and the contents of earlier posflow output folders found while walking.\n\nposflow never overwrites a file it did not make: what it made is listed in\n<output>/.posflow-manifest.json. When an output would land on an input or another unlisted file\n(e.g. -o equal to a folder of source .md), nothing is written (exit 2); a hand-made index.html is\nleft alone and the index goes to posflow-index.html. Two inputs with the same output name are both\ndrawn (the second gets a suffix, with a note). Two renders into one -o take turns (lock\n.posflow.lock) and their index is merged. Ctrl-C/SIGTERM stops within 2 seconds (exit 130/143),\ncloses the browser and removes temporary files.\n\npdf and mermaid-svg need Chromium (--chromium, POSFLOW_CHROMIUM, /usr/bin/chromium); png does not.\n\nExit codes: 0 every input drawn (also with check errors), 1 an input made no output or Chromium is\nmissing, 2 usage error or missing path.",
  "cetak JSON Schema model POS, atau berkas konfigurasi (dibangkitkan dari skema zod)": "print the JSON Schema of the POS model, or of the config file (generated from the zod schema)",
  "pratinjau langsung di peramban: daftar POS, diagram tiap POS seperti dicetak dan hasil pemeriksaannya; dimuat ulang setiap kali berkas disimpan":
    "live preview in the browser: the list of POS, each POS's chart as printed and its check results; reloaded on every save",
  "folder (rekursif: .txt dan .md) atau satu berkas POS": "a folder (recursive: .txt and .md) or one POS file",
  "port di 127.0.0.1; 0 berarti port bebas mana saja": "port on 127.0.0.1; 0 means any free port",
  "buka pratinjau di peramban ($BROWSER, atau peramban bawaan sistem)": "open the preview in the browser ($BROWSER, or the system's default)",
  "ukuran kertas halaman diagram (mendatar)": "paper size of the chart pages (landscape)",
  "\nHanya mendengarkan di 127.0.0.1 dan hanya menyajikan halaman POS di bawah path yang diberikan. Setiap\npenyimpanan membaca, memeriksa dan menggambar ulang POS yang berubah saja, lalu memuat ulang halaman yang\nterbuka; berkas yang setengah tersimpan ditampilkan kesalahannya dan pratinjau berjalan terus.\nCtrl-C untuk berhenti.\n\nKode keluar: 0 setelah Ctrl-C, 2 salah pemakaian, path tidak ada, atau port sudah dipakai.":
    "\nListens on 127.0.0.1 only and serves only the POS pages under the given path. Each save reads,\nchecks and draws again only the POS that changed, then reloads the open page; a half-saved file\nshows its error and the preview goes on. Ctrl-C to stop.\n\nExit codes: 0 after Ctrl-C, 2 usage error, missing path, or port in use.",
  "daftar aturan posflow check: id, tingkat bawaan, keterangan": "list the rules of posflow check: id, default severity, description",
  "bentuk daftar": "list format",
  "tulis POS dalam bentuk Markdown kanonis (tabel identitas, enam bagian, tabel langkah, blok mermaid)": "write POS as canonical Markdown (identity table, six sections, step table, mermaid block)",
  "berkas POS (.txt hasil ekspor Word, atau .md), folder (rekursif) atau glob bertanda kutip": "POS files (.txt exported from Word, or .md), folders (recursive) or quoted globs",
  "tulis hasilnya: .md ditimpa di tempat, .txt mendapat <nama>.md di sebelahnya": "write the result: a .md is rewritten in place, a .txt gets <name>.md beside it",
  "jangan menulis; keluar 1 bila ada berkas .md yang belum kanonis": "write nothing; exit 1 when a .md is not canonical",
  "dengan --write: timpa <nama>.md di sebelah .txt walau isinya berbeda; konversi .md Windows-1252 ke UTF-8": "with --write: overwrite <name>.md beside a .txt even when it differs; convert a Windows-1252 .md to UTF-8",
  "\nTanpa --write/--check, bentuk kanonis satu berkas dicetak ke stdout. Dengan --write, berkas .md\nditulis ulang di tempat; berkas .txt tidak pernah diubah: hasilnya <nama>.md di sebelahnya (yang sudah\nada dan berbeda hanya ditimpa dengan --force). Sebelum menulis, hasilnya dibaca ulang; bila isinya\ntidak sama dengan model aslinya, atau berkas itu bukan POS, berkas tidak ditulis. Pengodean, BOM, akhir\nbaris, izin dan pemilik berkas dipertahankan; tautan simbolik ditulis ke tujuannya, tautan keras tetap\nutuh; berkas hanya-baca tidak ditimpa; isi yang tidak berubah tidak ditulis ulang.\n\nKode keluar: 0 berhasil, 1 ada berkas yang tidak dapat dibaca/ditulis atau (dengan --check) belum\nkanonis, 2 salah pemakaian.":
    "\nWithout --write/--check, the canonical form of one file goes to stdout. With --write, a .md is\nrewritten in place; a .txt is never changed: the result is <name>.md beside it (an existing,\ndifferent one is only overwritten with --force). Before writing, the result is read back; when it\ndoes not equal the original model, or the file is no POS, nothing is written. Encoding, BOM, line\nendings, mode and owner are kept; a symbolic link is written through, hard links stay whole;\nread-only files are not overwritten; unchanged content is not rewritten.\n\nExit codes: 0 success, 1 a file could not be read/written or (with --check) is not canonical,\n2 usage error.",
  "tulis templat POS baru dalam bentuk Markdown kanonis (identitas, enam bagian, tiga langkah contoh)": "write a new POS template as canonical Markdown (identity, six sections, three sample steps)",
  "timpa berkas yang sudah ada": "overwrite an existing file",

  "bentuk keluaran, dipisah koma: {list} (bawaan {def})": "output formats, comma-separated: {list} (default {def})",

  // --- commander's own lines (src/cli/help.ts reads them): the English is commander's wording, byte for byte
  "perintah '{cmd}' tidak dikenal": "unknown command '{cmd}'",
  "opsi '{option}' tidak dikenal": "unknown option '{option}'",
  "argumen wajib '{arg}' tidak ada": "missing required argument '{arg}'",
  "opsi '{option}' memerlukan nilai": "option '{option}' argument missing",
  "opsi '{option}': nilai '{value}' tidak sah; pilih {choices}": "option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  "opsi '{option}': nilai '{value}' tidak sah: {why}": "option '{option}' argument '{value}' is invalid. {why}",
  "argumen '{arg}': nilai '{value}' tidak sah; pilih {choices}": "command-argument value '{value}' is invalid for argument '{arg}'. Allowed choices are {choices}.",
  "argumen '{arg}': nilai '{value}' tidak sah: {why}": "command-argument value '{value}' is invalid for argument '{arg}'. {why}",
  "terlalu banyak argumen untuk '{cmd}': paling banyak {max}, diberikan {got}": (p) =>
    `too many arguments for '${p.cmd}'. Expected ${p.max} argument${Number(p.max) === 1 ? "" : "s"} but got ${p.got}.`,
  "terlalu banyak argumen: paling banyak {max}, diberikan {got}": (p) => `too many arguments. Expected ${p.max} argument${Number(p.max) === 1 ? "" : "s"} but got ${p.got}.`,
  "(Apakah maksud Anda salah satu dari {list}?)": "(Did you mean one of {list}?)",
  "(Apakah maksud Anda {word}?)": "(Did you mean {word}?)",
  "Pemakaian:": "Usage:",
  "Argumen:": "Arguments:",
  "Opsi:": "Options:",
  "Perintah:": "Commands:",
  "Opsi umum:": "Global Options:",
  "pilihan:": "choices:",
  "bawaan:": "default:",
  "[opsi]": "[options]",
  "[perintah]": "[command]",
  "help [perintah]": "help [command]",
};
