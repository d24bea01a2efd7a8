/**
 * `npm run demo`: opens Chromium with the built extension on a bundled sample conversation, so anyone can
 * try ShowWork without an AI account. With a display, a real window stays open until you close it. Without
 * one (a server, CI), it runs headless, captures the sample, and saves screenshots whose paths it prints.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import {
  launchExtension,
  routeFixturePage,
  extensionPath,
  captureButtonName,
  capturedPattern,
} from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(resolve(extensionPath, 'manifest.json'))) {
  console.log('Building the extension first (npx wxt build)…');
  execSync('npx wxt build', { stdio: 'inherit' });
}

const session = await launchExtension({ headless: !hasDisplay });
const url = fixtureUrls.chatgpt;
await routeFixturePage(
  session.context,
  url,
  generateConversationHtml('chatgpt', {
    turns: 6,
    wordsPerAnswer: 120,
    title: 'Fractions lesson for grade 4 (ShowWork demo)',
  }),
);
const chat = await session.context.newPage();
await chat.setViewportSize({ width: 1200, height: 800 });
await chat.goto(url);
const panel = await session.openExtensionPage('/sidepanel.html');
await panel.setViewportSize({ width: 420, height: 800 });

if (hasDisplay) {
  await chat.bringToFront();
  console.log(`ShowWork demo: the sample conversation is open at ${url} (served locally, no AI account needed).`);
  console.log(
    'Click "Capture trace" on the page, then look at the ShowWork tab (side panel page). Close the browser to end.',
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
} else {
  const outDir = resolve('.output/demo');
  mkdirSync(outDir, { recursive: true });
  await chat.getByRole('button', { name: captureButtonName.en }).click();
  await chat.getByRole('status').filter({ hasText: capturedPattern.en }).waitFor();
  const chatShot = resolve(outDir, 'chat-page.png');
  await chat.screenshot({ path: chatShot });
  await panel
    .getByRole('button', { name: /^Fractions lesson/ })
    .first()
    .click();
  await panel.getByRole('article').first().waitFor();
  const panelShot = resolve(outDir, 'side-panel.png');
  await panel.screenshot({ path: panelShot, fullPage: true });
  console.log('No display found, so the demo ran headless and captured the sample conversation.');
  console.log(`Screenshots:\n  ${chatShot}\n  ${panelShot}`);
  await session.close();
}
