// What an npm host gets: both packages packed (`pnpm pack`), installed from the tarballs in a
// project outside the workspace, then used three ways: bundled with esbuild (one copy of Lit and
// of the SDK), imported in Node (server-side rendering), and the packed CDN files loaded from a
// second origin under a strict Content-Security-Policy in Chromium, pinned by their integrity
// hashes. Run after `pnpm build` (as `pnpm test` does). The install is `--prefer-offline`: the
// workspace's pnpm store has every dependency, so only a cold store touches the npm registry.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const PACKAGES = ['sdk', 'element'] as const;

let work = '';
let project = '';
const tarballs: Record<string, string> = {};
const contents: Record<string, string[]> = {};

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

before(() => {
  for (const pkg of PACKAGES)
    assert.ok(existsSync(join(root, `packages/${pkg}/dist/index.js`)), `packages/${pkg} is built (run pnpm build)`);
  work = mkdtempSync(join(tmpdir(), 'ek-packed-'));
  for (const pkg of PACKAGES) {
    const out = run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', pkg))
      .trim()
      .split('\n');
    const file = out.find((line) => line.endsWith('.tgz'));
    assert.ok(file, `pnpm pack printed the tarball of ${pkg}`);
    tarballs[pkg] = resolve(work, file);
    contents[pkg] = run('tar', ['-tzf', tarballs[pkg]!], work)
      .trim()
      .split('\n')
      .map((line) => line.replace(/^package\//, ''));
  }
  project = join(work, 'host');
  mkdirSync(project);
  const sdk = `file:${tarballs.sdk}`;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'host',
      private: true,
      type: 'module',
      dependencies: { '@endorsement-kit/element': `file:${tarballs.element}`, '@endorsement-kit/sdk': sdk },
      pnpm: { overrides: { '@endorsement-kit/sdk': sdk } },
    }),
  );
  const store = run('pnpm', ['store', 'path'], root).trim();
  run('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--store-dir', store, '--config.confirmModulesPurge=false'], project);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  for (const pkg of PACKAGES) {
    it(`${pkg}: a LICENSE, a README, a CHANGELOG, the build; no tests, .tsbuildinfo or workspace ranges`, () => {
      const files = contents[pkg]!;
      for (const name of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/types/index.d.ts'])
        assert.ok(files.includes(name), `${pkg} ships ${name}`);
      assert.deepEqual(
        files.filter((f) => /tsbuildinfo|(^|\/)test\/|\.test\.|\.docs-snippets|\.wtr-cache/.test(f)),
        [],
      );
      const manifest = JSON.parse(run('tar', ['-xzOf', tarballs[pkg]!, 'package/package.json'], work)) as {
        publishConfig?: { access?: string };
        dependencies?: Record<string, string>;
        license?: string;
      };
      assert.equal(manifest.publishConfig?.access, 'public');
      assert.equal(manifest.license, 'MIT');
      assert.deepEqual(
        Object.values(manifest.dependencies ?? {}).filter((range) => range.startsWith('workspace:')),
        [],
      );
    });

    it(`${pkg}: every source map names only files inside the package, or inlines what it names`, () => {
      const dir = join(project, 'node_modules', '@endorsement-kit', pkg);
      const maps = contents[pkg]!.filter((f) => f.endsWith('.map'));
      assert.ok(maps.length > 0);
      for (const file of maps) {
        const map = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
        map.sources.forEach((source, i) => {
          if (/^[a-z-]+:/.test(source)) {
            assert.equal(typeof map.sourcesContent?.[i], 'string', `${file}: ${source} is inlined`);
            return;
          }
          const target = relative(dir, resolve(dirname(join(dir, file)), source));
          assert.ok(!target.startsWith('..'), `${file}: ${source} points outside the package`);
          assert.ok(contents[pkg]!.includes(target), `${file}: ${source} is in the tarball`);
        });
      }
    });
  }

  it('element: the CDN files and their integrity hashes', () => {
    const cdn = contents.element!.filter((f) => f.startsWith('dist/cdn/'));
    for (const name of ['endorsement-application.js', 'endorsement-application.iife.js', 'integrity.json'])
      assert.ok(cdn.includes(`dist/cdn/${name}`), name);
    assert.ok(contents.element!.includes('dist/endorsement-application.js'), 'the library module keeps its own file');
    assert.ok(contents.element!.includes('dist/custom-elements.json'));
  });
});

describe('installed from the tarballs in a project outside the workspace', () => {
  it('a bundler gets one copy of Lit and of the SDK', async () => {
    writeFileSync(
      join(project, 'page.js'),
      `import '@endorsement-kit/element/define';
import { EndorsementController } from '@endorsement-kit/element';
import { programs, validateRegistration } from '@endorsement-kit/sdk';
console.log(EndorsementController, programs.alliance.id, validateRegistration);
`,
    );
    const result = await build({
      entryPoints: [join(project, 'page.js')],
      absWorkingDir: project,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const inputs = Object.keys(result.metafile.inputs);
    const count = (text: string) => code.split(text).length - 1;
    assert.equal(count('litElementVersions'), 1, 'one copy of lit-element');
    assert.equal(count('reactiveElementVersions'), 1, 'one copy of @lit/reactive-element');
    assert.equal(count('litHtmlVersions'), 1, 'one copy of lit-html');
    assert.equal(count('then sign each with your full name.'), 1, "one copy of the SDK's English catalog");
    assert.deepEqual(
      inputs.filter((i) => i.includes('/dist/cdn/')),
      [],
      'no CDN bundle',
    );
    const sdkRoots = new Set(inputs.filter((i) => i.includes('@endorsement-kit/sdk/dist/')).map((i) => i.slice(0, i.indexOf('/dist/'))));
    assert.equal(sdkRoots.size, 1, `one SDK package: ${[...sdkRoots].join(', ')}`);
    assert.ok(
      inputs.some((i) => i.includes('@endorsement-kit/element/dist/endorsement-application.js')),
      'the library module of the element',
    );
  });

  it('Node imports both packages; only /define defines the tag', () => {
    const script = `
const element = await import('@endorsement-kit/element');
const before = globalThis.customElements?.get('endorsement-application');
const sdk = await import('@endorsement-kit/sdk');
const checked = sdk.validateRegistration(sdk.programs.alliance, {});
const define = await import('@endorsement-kit/element/define');
console.log(JSON.stringify({
  exports: Object.keys(element).length,
  definedByIndex: before !== undefined,
  definedByDefine: globalThis.customElements.get('endorsement-application') === define.EndorsementApplication,
  same: define.EndorsementApplication === element.EndorsementApplication,
  ok: checked.ok,
}));`;
    const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], project).trim().split('\n').at(-1)!) as Record<
      string,
      unknown
    >;
    assert.deepEqual(out, { exports: out.exports, definedByIndex: false, definedByDefine: true, same: true, ok: false });
    assert.ok(Number(out.exports) >= 9);
  });

  it('the CDN files (module, loader, standalone) load from a second origin under a strict policy, pinned by integrity, in Spanish, their parts too', async () => {
    const cdnDir = join(project, 'node_modules', '@endorsement-kit', 'element', 'dist', 'cdn');
    const hashes = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8')) as Record<string, string>;
    const cdn = await listen((path) => {
      const file = join(cdnDir, path.slice(1));
      if (!path.slice(1) || path.includes('..') || !existsSync(file)) return undefined;
      // What a CDN sends: CORS (module scripts and import() across origins need it).
      return {
        type: extname(file) === '.json' ? 'application/json' : 'text/javascript',
        body: readFileSync(file),
        headers: { 'access-control-allow-origin': '*' },
      };
    });
    const cdnOrigin = `http://127.0.0.1:${port(cdn)}`;
    const csp = `default-src 'self'; script-src 'self' ${cdnOrigin}; style-src 'self'; connect-src 'self'`;
    const pages: Record<string, string> = {
      '/module.html': `<script type="module" src="${cdnOrigin}/endorsement-application.js" integrity="${hashes['endorsement-application.js']}" crossorigin="anonymous"></script>`,
      '/classic.html': `<script src="${cdnOrigin}/endorsement-application.iife.js" integrity="${hashes['endorsement-application.iife.js']}" crossorigin="anonymous" defer></script>`,
      '/standalone.html': `<script src="${cdnOrigin}/endorsement-application.standalone.iife.js" integrity="${hashes['endorsement-application.standalone.iife.js']}" crossorigin="anonymous" defer></script>`,
    };
    const site = await listen((path) => {
      if (path === '/listen-violations.js')
        return { type: 'text/javascript', body: readFileSync(join(root, 'packages/element/test/csp/listen-violations.js')) };
      const tag = pages[path];
      if (!tag) return undefined;
      const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>host</title><script src="/listen-violations.js"></script>${tag}</head><body><endorsement-application program="first5-alabama"></endorsement-application></body></html>`;
      return { type: 'text/html', body: Buffer.from(html), headers: { 'content-security-policy': csp } };
    });
    const browser = await launchChromium();
    try {
      for (const path of Object.keys(pages)) {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on('requestfailed', (request) => failed.push(request.url()));
        await page.goto(`http://127.0.0.1:${port(site)}${path}`);
        const heading = await page.waitForFunction(
          // The step's own title: a form step's heading also holds the form's name as a caption.
          () =>
            (() => {
              const h = document.querySelector('endorsement-application')?.shadowRoot?.querySelector('#ek-step-heading');
              return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
            })() === 'Solicite el Respaldo®',
          { timeout: 20000 },
        );
        assert.ok(heading, `${path}: the Spanish start screen`);
        // The first registration step needs the flow part, fetched from the CDN beside the script.
        // Start shows once the draft is open (the start screen's text comes before it).
        await page.waitForFunction(
          () =>
            [...(document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll('button') ?? [])].some(
              (b) => b.textContent?.trim() === 'Comenzar una solicitud nueva',
            ),
          { timeout: 20000 },
        );
        await page.evaluate(() =>
          [...(document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll('button') ?? [])]
            .find((b) => b.textContent?.trim() === 'Comenzar una solicitud nueva')
            ?.click(),
        );
        await page.waitForFunction(
          () =>
            (() => {
              const h = document.querySelector('endorsement-application')?.shadowRoot?.querySelector('#ek-step-heading');
              return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
            })() === 'Sus datos',
          { timeout: 20000 },
        );
        assert.deepEqual(
          await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
          [],
          `${path}: no CSP violation`,
        );
        assert.deepEqual(failed, [], `${path}: no failed request`);
        await page.close();
      }
    } finally {
      await browser.close();
      site.close();
      cdn.close();
    }
  });
});

type Reply = { type: string; body: Buffer; headers?: Record<string, string> } | undefined;
function listen(route: (path: string) => Reply): Promise<Server> {
  const server = createServer((request, response) => {
    const reply = route(new URL(request.url ?? '/', 'http://x').pathname);
    if (!reply) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': reply.type, 'cache-control': 'no-store', ...reply.headers }).end(reply.body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
const port = (server: Server): number => (server.address() as { port: number }).port;

interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'requestfailed', listener: (request: { url(): string }) => void): void;
  waitForFunction(fn: () => boolean, options: { timeout: number }): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  close(): Promise<void>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
/** Debian's Chromium through puppeteer-core (it comes with @web/test-runner-chrome; pnpm does not hoist it). */
async function launchChromium(): Promise<Browser> {
  const fromChrome = createRequire(require.resolve('@web/test-runner-chrome'));
  const puppeteer = ((await import(fromChrome.resolve('puppeteer-core'))) as { default: { launch(options: object): Promise<Browser> } })
    .default;
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
