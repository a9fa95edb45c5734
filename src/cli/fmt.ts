import type { Command } from "commander";
import type { CliContext } from "./context.ts";

// Placeholder until the fmt command lands (owned by its issue).
export function registerFmt(_program: Command, _ctx: CliContext, _setExit: (code: number) => void): void {}
