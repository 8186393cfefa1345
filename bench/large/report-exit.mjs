/* global process, performance */
// Loaded with `node --import` into every child the large-report bench runs: at exit, reports the
// process's peak resident set and its own elapsed time on stderr, so that every reader (the CLI
// included) is measured the same way.
process.on('exit', (code) => {
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stderr.write(`\nBENCH ${JSON.stringify({ code, maxRss, elapsed: performance.now() })}\n`);
});
