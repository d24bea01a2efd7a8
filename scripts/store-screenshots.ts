/**
 * `npm run screenshots`: the 1280×800 screenshots the Chrome Web Store and addons.mozilla.org listings use,
 * made from the real UI — the built extension (.output/chrome-mv3) in headless Chromium going through the
 * sample flow (scripts/walkthrough.ts). Each image is the sample chat with ShowWork's side panel page beside
 * it, as the browser shows them; the PDF is its real page rendered with pdftoppm. Written to
 * .output/store-screenshots/ (git-ignored); their paths are printed.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Locator, Page } from 'playwright-core';
import { extensionPath, launchExtension } from '../tests/e2e/harness';
import { openSample, runWalkthrough } from './walkthrough';

const width = 1280;
const height = 800;
const panelWidth = 480;
const outDir = resolve('.output/store-screenshots');
const workDir = resolve(outDir, 'steps');

if (!existsSync(resolve(extensionPath, 'manifest.json'))) {
  console.log('Building the extension first (npx wxt build)…');
  execSync('npx wxt build', { stdio: 'inherit' });
}

/** PNG bytes → an SVG <image> at x, y with the given size. */
function image(png: Buffer, x: number, y: number, w: number, h: number): string {
  return `<image x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMin meet" href="data:image/png;base64,${png.toString('base64')}"/>`;
}

/** 1280×800 PNG from an SVG body. */
function compose(body: string, background = '#f3f4f6'): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${background}"/>${body}</svg>`;
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/** The page on the left, ShowWork's panel on the right, split by the browser's panel border. */
function besidePanel(left: Buffer, panel: Buffer): Buffer {
  const leftWidth = width - panelWidth - 1;
  return compose(
    image(left, 0, 0, leftWidth, height) +
      `<rect x="${leftWidth}" y="0" width="1" height="${height}" fill="#9ca3af"/>` +
      image(panel, leftWidth + 1, 0, panelWidth, height),
  );
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const session = await launchExtension();
const { chat, panel } = await openSample(session);
await chat.setViewportSize({ width: width - panelWidth - 1, height });
await panel.setViewportSize({ width: panelWidth, height });

const shots = new Map<string, { chat: Buffer; panel: Buffer }>();
const wanted = new Set(['library', 'marks', 'artifact', 'exported']);
const shoot = async (_page: Page, name: string, focus?: Locator) => {
  if (!wanted.has(name)) return;
  if (focus) await focus.scrollIntoViewIfNeeded();
  shots.set(name, { chat: await chat.screenshot(), panel: await panel.screenshot() });
};
const { pdfPagePath } = await runWalkthrough(session, { chat, panel }, workDir, shoot);
if (!pdfPagePath) throw new Error('pdftoppm (poppler-utils) is needed to render the PDF screenshot');

const saved: string[] = [];
const save = (name: string, png: Buffer) => {
  const path = resolve(outDir, name);
  writeFileSync(path, png);
  saved.push(path);
};
const shot = (name: string) => {
  const found = shots.get(name);
  if (!found) throw new Error(`No screenshot was taken at step "${name}"`);
  return found;
};
save('1-capture-and-library.png', besidePanel(shot('library').chat, shot('library').panel));
save('2-trace-editor-marks.png', besidePanel(shot('marks').chat, shot('marks').panel));
save('3-final-artifact-diff.png', besidePanel(shot('artifact').chat, shot('artifact').panel));
// The exported one-page PDF (its real page), beside the panel that exported it.
save(
  '4-pdf-export.png',
  compose(
    image(readFileSync(pdfPagePath), 24, 24, width - panelWidth - 1 - 48, height - 48) +
      `<rect x="${width - panelWidth - 1}" y="0" width="1" height="${height}" fill="#9ca3af"/>` +
      image(shot('exported').panel, width - panelWidth, 0, panelWidth, height),
    '#e5e7eb',
  ),
);
// The options page: profile, auto-record per site, roster, portals, backups.
const options = await session.openExtensionPage('/options.html');
await options.setViewportSize({ width, height });
await options.getByLabel('Your name').waitFor();
save('5-options.png', await options.screenshot());

await session.close();
rmSync(workDir, { recursive: true, force: true });
console.log(`Store screenshots (${width}×${height}):\n${saved.map((path) => `  ${path}`).join('\n')}`);
