import { tr } from "../i18n/index.ts";
import { z } from "zod";
import { zodErrors } from "../i18n/zod.ts";
import { RULE_IDS } from "../validate/registry.ts";
import { jsonErrorWhere, stripJsonc } from "./jsonc.ts";
import { didYouMean } from "./suggest.ts";
import { ConfigError } from "./error.ts";

/** A key's description for editors and the README: Indonesian, and its English from the catalogue. */
const described = (id: string) => ({ descriptionId: id, description: tr(id, {}, "en") });

const SeverityOrOff = z.enum(["off", "info", "warning", "error"]);

export const Config = z
  .strictObject({
    $schema: z.string().optional().meta({ ...described("diabaikan; untuk editor yang mencari skema"), example: "" }),
    lang: z
      .enum(["id", "en"])
      .optional()
      .meta({
        ...described("bahasa bantuan, pesan, laporan dan kata-kata diagram untuk proyek ini (--lang dan POSFLOW_LANG mengalahkannya; ia mengalahkan LANG/LC_ALL)"),
        example: "id",
      }),
    rules: z
      .partialRecord(z.enum(RULE_IDS as [string, ...string[]]), SeverityOrOff)
      .optional()
      .meta({
        ...described("id aturan → off | info | warning | error (daftar id: `posflow rules`)"),
        example: { "activity-subject": "off", "actor-inferred": "error" },
      }),
    laneAliases: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .meta({
        ...described("nama seperti tertulis di langkah → lajur yang dimaksud"),
        example: { "Ka Balai": "Kepala Balai" },
      }),
    workdayHours: z
      .number()
      .positive()
      .max(24)
      .optional()
      .meta({
        ...described("jam dalam satu 'hari kerja' untuk Waktu (bawaan 24: 1 hari = 1.440 menit)"),
        example: 8,
      }),
    extensions: z
      .array(z.string().regex(/^\.?[\w-]+(\.[\w-]+)*$/))
      .min(1)
      .optional()
      .meta({
        ...described("ekstensi berkas yang dicari di folder (bawaan .txt dan .md)"),
        example: [".txt", ".md"],
      }),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .meta({
        ...described("glob yang dilewati, relatif terhadap folder berkas konfigurasi ini"),
        example: ["arsip/**"],
      }),
  })
  .meta({ title: "posflow config", description: "posflow.config.json / .posflowrc.json" });

export type Config = z.infer<typeof Config>;

export { ConfigError };

/** JSON text (comments and trailing commas allowed) → Config, or a ConfigError naming the file and every bad key. */
export function parseConfig(text: string, file: string, lang: "id" | "en" = "id"): Config {
  let data: unknown;
  const json = stripJsonc(text);
  try {
    data = JSON.parse(json);
  } catch (err) {
    const why = jsonErrorWhere(err instanceof Error ? err.message : String(err), json, lang);
    throw new ConfigError(tr("{file}: bukan JSON yang sah ({why})", { file, why }, lang));
  }
  // the locale per parse, not z.config(): other modules' schemas keep their own messages
  const res = Config.safeParse(data, { error: zodErrors(lang) });
  if (res.success) return res.data;
  const lines = res.error.issues.flatMap((i) => {
    const where = i.path.length ? i.path.join(".") : tr("(tingkat atas)", {}, lang);
    if (i.code === "unrecognized_keys") {
      // a typo is the usual cause: name the key that was probably meant
      const known = i.path.length === 1 && i.path[0] === "rules" ? RULE_IDS : i.path.length === 0 ? CONFIG_KEYS : [];
      return i.keys.map((k) =>
        tr('  {where}: kunci "{key}" tidak dikenal{hint}', { where, key: k, hint: didYouMean(k, known, lang) }, lang),
      );
    }
    return [`  ${where}: ${i.message}`];
  });
  const head = tr("{file}: konfigurasi tidak sah:", { file }, lang);
  throw new ConfigError([head, ...lines].join("\n"));
}

/** The keys a config file may hold. */
export const CONFIG_KEYS: readonly string[] = Object.keys(Config.shape);
