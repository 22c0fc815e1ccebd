// Builds the web app (web/src) into web/dist: index.html and assets/<name>-<hash>.<ext>, which
// the server compiles in (src/needlepoint/http/static_files.h). The output is deterministic
// (same sources and package-lock.json, same bytes), so CI can rebuild and compare:
//   node web/build.mjs           rebuild web/dist (`make web`)
//   node web/build.mjs --check   fail if web/dist is not what the sources build (stale)
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';

const web = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.dirname(web);
const dist = path.join(web, 'dist');
// Third-party code in the bundle, whose licences ship with it.
const bundled = ['preact', 'htm', 'smol-toml'];

// The first 8 characters of the content's SHA-256 in esbuild's alphabet (A-Z, 2-7).
function contentHash(bytes) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const digest = createHash('sha256').update(bytes).digest();
  let out = '';
  for (let i = 0; i < 8; i++) out += alphabet[digest[i] % 32];
  return out;
}

function writeHashed(assets, name, extension, bytes) {
  const file = `${name}-${contentHash(bytes)}.${extension}`;
  fs.writeFileSync(path.join(assets, file), bytes);
  return `/assets/${file}`;
}

async function build(outdir) {
  const assets = path.join(outdir, 'assets');
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(assets, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root, // output independent of where the checkout lives
    entryPoints: { app: 'web/src/main.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['chrome109', 'firefox115', 'safari16'],
    outdir: assets,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    legalComments: 'none', // the licences go to licenses-<hash>.txt instead
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const [script, info] = outputs.find(([file, out]) => out.entryPoint && file.endsWith('.js'));
  const asset = (file) => `/assets/${path.basename(file)}`;
  const icon = writeHashed(assets, 'icon', 'svg', fs.readFileSync(path.join(web, 'icon.svg')));
  const licences = bundled
    .map((name) => {
      const dir = path.join(root, 'node_modules', name);
      const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
      const file = fs.readdirSync(dir).find((f) => /^licen[sc]e/i.test(f));
      return `${name} ${version}\n\n${fs.readFileSync(path.join(dir, file), 'utf8').trim()}\n`;
    })
    .join('\n----------------------------------------\n\n');
  writeHashed(assets, 'licenses', 'txt', `Third-party code in the Needlepoint web app\n\n${licences}`);
  const page = fs
    .readFileSync(path.join(web, 'index.html'), 'utf8')
    .replace('{{script}}', asset(script))
    .replace('{{style}}', asset(info.cssBundle))
    .replace('{{icon}}', icon);
  fs.writeFileSync(path.join(outdir, 'index.html'), page);
}

// Every file under `dir`, relative, sorted.
function listFiles(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

if (process.argv.includes('--check')) {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'needlepoint-web-'));
  try {
    await build(fresh);
    const want = listFiles(fresh);
    const have = listFiles(dist);
    const problems = [
      ...want.filter((f) => !have.includes(f)).map((f) => `missing: web/dist/${f}`),
      ...have.filter((f) => !want.includes(f)).map((f) => `left over: web/dist/${f}`),
      ...want
        .filter((f) => have.includes(f))
        .filter((f) => !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(dist, f))))
        .map((f) => `differs: web/dist/${f}`),
    ];
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      console.error('web/dist is stale: run `make web` and commit web/dist');
      process.exit(1);
    }
    console.log(`web/dist is up to date (${want.length} files)`);
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
} else {
  await build(dist);
  for (const file of listFiles(dist)) {
    console.log(`web/dist/${file}  ${fs.statSync(path.join(dist, file)).size} bytes`);
  }
}
