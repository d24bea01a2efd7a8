/**
 * The whole ShowWork flow on the bundled sample, step by step, through the real UI (Playwright locators only:
 * tsx wraps functions passed to page.evaluate with `__name`, which doesn't exist in the page — TOOLCHAIN.md
 * trap 13). Used by `npm run demo` and `npm run screenshots`; `shoot` is called at every step.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { captureButtonName, capturedPattern, routeFixturePage, type ExtensionSession } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';

export const sampleTitle = 'Fractions lesson for grade 4 (ShowWork demo)';

export interface Walkthrough {
  chat: Page;
  panel: Page;
  pdfPath: string;
  /** The PDF's page as a PNG (pdftoppm), when poppler is installed. */
  pdfPagePath?: string;
}

/** Opens the sample chat (served at its real URL, no network) and the side panel page. */
export async function openSample(session: ExtensionSession): Promise<{ chat: Page; panel: Page; url: string }> {
  const url = fixtureUrls.chatgpt;
  await routeFixturePage(
    session.context,
    url,
    generateConversationHtml('chatgpt', { turns: 4, wordsPerAnswer: 90, title: sampleTitle }),
  );
  const chat = await session.context.newPage();
  await chat.setViewportSize({ width: 1200, height: 800 });
  await chat.goto(url);
  const panel = await session.openExtensionPage('/sidepanel.html');
  await panel.setViewportSize({ width: 480, height: 900 });
  return { chat, panel, url };
}

export async function runWalkthrough(
  session: ExtensionSession,
  pages: { chat: Page; panel: Page },
  outDir: string,
  shoot: (page: Page, name: string, focus?: Locator) => Promise<void>,
): Promise<Walkthrough> {
  const { chat, panel } = pages;
  const title = sampleTitle;
  /** The editor's autosave has written everything ("Saved" at the top). */
  const savedShown = (page: Page) =>
    page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();

  // 0. The teacher's profile (Options), printed on every trace.
  const options = await session.openExtensionPage('/options.html');
  await options.getByLabel('Your name').fill('Ana Rivera');
  await options.getByLabel('School').fill('Lincoln Elementary');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await options.getByText('Profile saved.').waitFor();
  await options.close();

  // 1. Capture: the in-page button, then "Captured N turns".
  await chat.getByRole('button', { name: captureButtonName.en }).click();
  await chat.getByRole('status').filter({ hasText: capturedPattern.en }).waitFor();
  await shoot(chat, 'captured');

  // 2. Capture lands in the trace (the default): the panel opens a new draft, every turn ticked, titled like the
  // conversation.
  await panel.bringToFront(); // a background tab's animation frames are throttled
  await panel.reload();
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  await panel.getByRole('group', { name: 'What did you do with AI output 1?' }).waitFor();
  await shoot(panel, 'new-trace');

  // 4. Marks: what the teacher did with each AI output.
  const first = panel.getByRole('group', { name: 'What did you do with AI output 1?' });
  await first.getByRole('radio', { name: 'Accepted' }).check();
  const second = panel.getByRole('group', { name: 'What did you do with AI output 2?' });
  await second.getByRole('radio', { name: 'Revised' }).check();
  await savedShown(panel);
  await shoot(panel, 'marks', second);

  // 5. The final artifact the teacher actually used (pasted), compared with the AI output.
  // What a teacher pastes: most of the last AI output's first paragraph, with their own warm-up and exit ticket.
  const output = (await chat.locator('body').innerText()).split('ChatGPT said:').at(-1) ?? '';
  // Plain words only: the sample's maths is rendered text that reads oddly out of context.
  const outputWords = output.split(/\s+/).filter((word) => /^[A-Za-z][A-Za-z.,;:'-]*$/.test(word));
  const artifact = panel.getByRole('textbox', { name: 'Final artifact' });
  await artifact.click();
  await panel.keyboard.insertText(
    'Warm-up (5 min): Which is larger, 3/4 or 2/3? Draw both on fraction strips, then tell your partner why.\n\n' +
      `${outputWords.slice(0, 60).join(' ')}\n\n` +
      'Exit ticket: order 2/5, 1/2 and 3/4 from least to greatest and explain one step.',
  );
  const figure = (label: string) => panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  // The word diff runs in a worker: wait until its figures are in.
  for (let i = 0; i < 100 && (await figure('Words kept').textContent()) === '0'; i++) await panel.waitForTimeout(100);
  await savedShown(panel);
  await shoot(panel, 'artifact', figure('Written by you'));

  // 6. The reflection (five short answers) and the responsible-use checklist.
  const answers: Record<string, string> = {
    'Learning goal': 'Students compare fractions with unlike denominators using benchmarks.',
    'What I changed and why': 'I added fraction strips and a partner talk because my class needs concrete models.',
    Risk: 'The AI mixed up one comparison, which could teach a misconception.',
    Benefit: 'It gave me three task ideas in a minute, so I had time to adapt them.',
    Safeguard: 'I worked every example myself before using it.',
  };
  for (const [label, text] of Object.entries(answers)) {
    await panel.getByRole('textbox', { name: label, exact: true }).fill(text);
  }
  const checklist = panel.getByRole('group', { name: 'Required on every trace' });
  for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  await savedShown(panel);
  await shoot(panel, 'reflection', panel.getByRole('textbox', { name: 'Safeguard', exact: true }));

  // 7. The credential this trace is evidence for, then Mark ready.
  await panel
    .getByRole('combobox', { name: 'Credential', exact: true })
    .selectOption({ label: 'AI for Planning and Differentiation' });
  await panel.getByRole('button', { name: 'Mark ready' }).click();
  const isReady = panel.getByText('This trace is ready.', { exact: true });
  await isReady.waitFor();
  await savedShown(panel);
  await shoot(panel, 'ready', isReady);

  // 8. Export PDF: the redaction preview, then the one-page PDF.
  await panel.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Check for student data before exporting' });
  await dialog.waitFor();
  await shoot(panel, 'export-preview');
  const download = panel.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdfPath = resolve(outDir, 'ai-trace.pdf');
  await (await download).saveAs(pdfPath);
  await panel
    .getByRole('status')
    .filter({ hasText: /^Exported / })
    .waitFor();
  await shoot(panel, 'exported');

  // 3. The library, one click away, lists the conversation and its trace.
  await panel.getByRole('button', { name: '← Back', exact: true }).click();
  // The conversation comes first; its trace, titled alike, is listed under Traces.
  const conversation = panel.getByRole('button', { name: title, exact: true }).first();
  await conversation.waitFor();
  await shoot(panel, 'library');
  await conversation.click();
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  await shoot(panel, 'conversation');
  // The PDF's page as an image too, when poppler is installed (npm run setup installs it).
  let pdfPagePath: string | undefined;
  try {
    const prefix = resolve(outDir, 'ai-trace-page');
    execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdfPath, prefix]);
    pdfPagePath = `${prefix}.png`;
  } catch {
    // No pdftoppm: the PDF itself is there.
  }
  return { chat, panel, pdfPath, pdfPagePath };
}
