// Bundles each Node test file with the workspace's sources it imports into one plain ES module
// (`<dir>/.bundled/<name>.mjs`), so that its process starts without tsx. Loading the server's
// TypeScript through tsx's loader cost each test process about 2 s of CPU before its first test
// (0.3 s of it registering tsx, in both the `--test` runner and its child); a bundle loads in
// about 0.3 s (docs/performance.md, "Night pass"). One esbuild run builds all.
//
// What stays as tsx ran it: packages outside the workspace are imported, not bundled; each
// workspace file's `import.meta.url`, `dirname` and `filename` are its own, written in as strings;
// a file with the line `// test-node: not bundled` runs through tsx (it imports TypeScript that
// it writes while it runs).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const NOT_BUNDLED = /^\/\/ test-node: not bundled/m;

/** Where a test file's bundle is written. */
function bundlePath(file) {
  return join(dirname(file), '.bundled', basename(file).replace(/\.ts$/, '.mjs'));
}

/** Rewrites `import.meta.url` and friends of one workspace file to its own location. */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    // Packages outside the workspace are imported from node_modules, each by the path that the
    // file importing it finds (with pnpm, a package's dependencies are beside it, not the test's).
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner' || args.path.startsWith('@endorsement-kit/')) return undefined;
      if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return { path: args.path, external: true };
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'inner' });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
    build.onLoad({ filter: /\.(m?[jt]s|tsx)$/ }, async (args) => {
      const contents = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: /\.m?js$/.test(args.path) ? 'js' : 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Bundles the test files it can; resolves to a map from each bundled file to its bundle. If the
 * build fails, it says why and every file runs through tsx as before.
 * @example const bundles = await bundleNodeTests(['packages/sdk/test/locales.node.test.ts']);
 */
export async function bundleNodeTests(files, root = process.cwd()) {
  const bundled = files.filter((file) => !NOT_BUNDLED.test(readFileSync(file, 'utf8')));
  if (bundled.length === 0) return new Map();
  try {
    await build({
      entryPoints: bundled.map((file) => resolve(root, file)),
      outbase: root,
      outdir: root,
      entryNames: '[dir]/.bundled/[name]',
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      sourcemap: 'linked',
      logLevel: 'silent',
      plugins: [ownLocation],
    });
  } catch (error) {
    const first = error?.errors?.[0];
    const where = first?.location ? `${relative(root, first.location.file)}:${first.location.line}: ` : '';
    console.log(`# Node test files not bundled (${where}${first?.text ?? error}); they run through tsx`);
    return new Map();
  }
  return new Map(bundled.map((file) => [file, bundlePath(file)]));
}
