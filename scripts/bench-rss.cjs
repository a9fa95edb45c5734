// Preloaded into every process the bench starts (node --require): at exit, appends the process's
// peak memory (maxRSS, kB) to the file named by POSFLOW_BENCH_RSS.
const { appendFileSync } = require("node:fs");
const file = process.env.POSFLOW_BENCH_RSS;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
