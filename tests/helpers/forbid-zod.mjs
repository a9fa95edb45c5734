// A module hook for tests/cli/startup.test.ts: importing zod throws, so a start-up that needs it fails.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(s, c, next) { if (s === "zod" || s.startsWith("zod/")) throw new Error("zod was imported"); return next(s, c); }',
    ),
);
