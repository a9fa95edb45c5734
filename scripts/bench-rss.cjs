// Preloaded into every process the bench starts (node --require): at exit, appends the process's
// peak memory (maxRSS, kB) and CPU time of all its threads (µs) to the file named by POSFLOW_BENCH_RSS.
const { appendFileSync } = require("node:fs");
const file = process.env.POSFLOW_BENCH_RSS;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    appendFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  });
}
