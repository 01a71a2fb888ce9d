// Preloaded (node -r) into a child whose peak memory an attack test bounds: prints it on exit.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\npgcap-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
