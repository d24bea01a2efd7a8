/**
 * `npm run demo`: ShowWork's whole flow on a bundled sample conversation (no AI account needed).
 *
 * With a display, Chromium opens with the built extension on the sample chat and the side panel page, and
 * stays open until you close it. Without one (a server, CI) it runs headless through the whole flow — capture,
 * the new trace it lands in, marks, a pasted final artifact, the reflection, Mark ready, Export PDF, then the library — saving a screenshot of
 * each step and the PDF in .output/demo/, and prints their paths.
 *
 * The steps are in scripts/walkthrough.ts (shared with `npm run screenshots`).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, extensionPath } from '../tests/e2e/harness';
import { openSample, runWalkthrough } from './walkthrough';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(resolve(extensionPath, 'manifest.json'))) {
  console.log('Building the extension first (npx wxt build)…');
  execSync('npx wxt build', { stdio: 'inherit' });
}

const session = await launchExtension({ headless: !hasDisplay });
const { chat, panel, url } = await openSample(session);

if (hasDisplay) {
  await chat.bringToFront();
  console.log(`ShowWork demo: the sample conversation is open at ${url} (served locally, no AI account needed).`);
  console.log(
    'Click "Capture trace" on the page, then look at the ShowWork tab (side panel page). Close the browser to end.',
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
} else {
  const outDir = resolve('.output/demo');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const saved: string[] = [];
  let step = 0;
  /** A screenshot of the page with `focus` scrolled into view (the part of the panel this step is about). */
  const shoot = async (page: Page, name: string, focus?: Locator) => {
    if (focus) await focus.scrollIntoViewIfNeeded();
    const path = resolve(outDir, `${String(++step).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path });
    saved.push(path);
  };

  const { pdfPath, pdfPagePath } = await runWalkthrough(session, { chat, panel }, outDir, shoot);
  saved.push(pdfPath);
  if (pdfPagePath) saved.push(pdfPagePath);

  console.log('No display found, so the demo ran headless through the whole flow:');
  console.log(
    'capture (lands in a new trace) → marks → final artifact → reflection → Mark ready → Export PDF → library.',
  );
  console.log(`Screenshots and the PDF:\n${saved.map((path) => `  ${path}`).join('\n')}`);
  await session.close();
}
