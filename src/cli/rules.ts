import type { Command } from "commander";
import type { CliContext } from "./context.ts";

// Placeholder until the rules command lands (owned by its issue).
export function registerRules(_program: Command, _ctx: CliContext, _setExit: (code: number) => void): void {}
