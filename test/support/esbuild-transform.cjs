// Jest transformer: TypeScript through esbuild's transformSync (no TypeScript API needed),
// .sql files as a default-exported string like the build's text loader.
const crypto = require('node:crypto');
const { transformSync, version } = require('esbuild');

module.exports = {
  process(source, filename) {
    if (filename.endsWith('.sql')) {
      return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
    }
    const out = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
      // import('pg') and the like (modules the CLI loads on first use) become require(): jest runs
      // CommonJS, and refuses import() without --experimental-vm-modules
      supported: { 'dynamic-import': false },
    });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(version).update('\0no-dynamic-import\0').update(filename).update('\0').update(source).digest('hex');
  },
};
