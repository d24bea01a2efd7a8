import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { captureFixture, expectNoAxeViolations, launchExtension, readTable, type ExtensionSession } from './harness';
import { useSharedSession } from './shared-session';
import { figure } from './trace-editor-figures';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';
import type { Trace } from '../../lib/model/trace';

/** The browser of the running test: the English tests' shared one, or the Spanish test's own. */
let session: ExtensionSession | undefined;

/** The accessible names this flow relies on, in each UI language (locales/<lang>/editor.json). */
const names = {
  en: {
    newTrace: 'New trace',
    back: '← Back',
    markGroup: (n: number) => `What did you do with AI output ${n}?`,
    rejected: 'Rejected',
    revised: 'Revised',
    finalArtifact: 'Final artifact',
    wordsKept: 'Words kept',
    wordsAdded: 'Words added',
    wordsRemoved: 'Words removed',
    authored: 'Written by you',
    reflection: ['Learning goal', 'What I changed and why', 'Risk', 'Benefit', 'Safeguard'],
    responsibleUse: 'Required on every trace',
    markReady: 'Mark ready',
    credential: 'Credential',
    credentialChoice: 'AI for Planning and Differentiation',
    needCredential: 'Choose a credential',
    notReady: /Not ready yet/,
    isReady: 'This trace is ready.',
    saved: 'Saved',
    ready: 'Ready',
    tracesHeading: 'Traces (1)',
  },
  es: {
    newTrace: 'Nueva traza',
    back: '← Volver',
    markGroup: (n: number) => `¿Qué hizo con la respuesta de la IA ${n}?`,
    rejected: 'Rechazada',
    revised: 'Revisada',
    finalArtifact: 'Artefacto final',
    wordsKept: 'Palabras conservadas',
    wordsAdded: 'Palabras añadidas',
    wordsRemoved: 'Palabras eliminadas',
    authored: 'Escrito por usted',
    reflection: ['Objetivo de aprendizaje', 'Qué cambié y por qué', 'Riesgo', 'Beneficio', 'Salvaguarda'],
    responsibleUse: 'Obligatorio en todas las trazas',
    markReady: 'Marcar como lista',
    credential: 'Credencial',
    credentialChoice: 'IA para la planificación y la diferenciación',
    needCredential: 'Elegir una credencial',
    notReady: /Aún no está lista/,
    isReady: 'Esta traza está lista.',
    saved: 'Guardado',
    ready: 'Lista',
    tracesHeading: 'Trazas (1)',
  },
} as const;

async function runFastPath(locale: 'en' | 'es') {
  const n = names[locale];
  const panel = await session!.openExtensionPage('/sidepanel.html');
  const title = locale === 'en' ? 'Fractions exit ticket' : 'Boleto de salida de fracciones';
  const html = generateConversationHtml('chatgpt', { turns: 4, wordsPerAnswer: 60, title });
  await captureFixture(session!, 'chatgpt', { html, locale });
  // The fixture page opened in front; a background tab's animation frames are throttled, which slows
  // every Playwright action on the panel by seconds.
  await panel.bringToFront();

  // The capture opened the conversation's new draft in the panel.
  const workers: string[] = [];
  panel.on('worker', (worker) => workers.push(worker.url()));
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();

  // Mark both AI outputs.
  await panel
    .getByRole('group', { name: n.markGroup(1) })
    .getByRole('radio', { name: n.rejected })
    .check();
  await panel
    .getByRole('group', { name: n.markGroup(2) })
    .getByRole('radio', { name: n.revised })
    .check();

  // Paste an edited artifact: the last AI output without its first two words, plus three words of the teacher's.
  const turns = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  const lastOutput = turns.filter((turn) => turn.role === 'assistant').at(-1)!;
  const outputWords = lastOutput.text.split(/\s+/).filter(Boolean);
  const artifact = `${outputWords.slice(2).join(' ')} Zebrafish quokka axolotl`;
  await panel.getByRole('textbox', { name: n.finalArtifact }).fill(artifact);
  // Expected by hand: every output word but the first two is kept; three added; two removed.
  const kept = outputWords.length - 2;
  await expect.poll(() => figure(panel, n.wordsKept), { timeout: 10_000 }).toBe(kept.toLocaleString(locale));
  expect(await figure(panel, n.wordsAdded)).toBe('3');
  expect(await figure(panel, n.wordsRemoved)).toBe('2');
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(3 / (kept + 3));
  expect(await figure(panel, n.authored)).toBe(share);
  // The diff ran in the Web Worker, not on the panel's main thread.
  // (The editor can be up, and its worker started, before the listener above: the ones already running count.)
  const allWorkers = [...workers, ...panel.workers().map((worker) => worker.url())];
  expect(allWorkers.some((url) => /diff-worker/.test(url))).toBe(true);

  // Reflection, responsible use, Mark ready.
  for (const label of n.reflection)
    await panel.getByRole('textbox', { name: label, exact: true }).fill(`${label}: one sentence.`);
  const checklist = panel.getByRole('group', { name: n.responsibleUse });
  for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  // No credential in the (empty) profile: Mark ready is refused and says what is missing.
  await panel.getByRole('button', { name: n.markReady }).click();
  await panel.getByRole('alert').filter({ hasText: n.notReady }).waitFor();
  await panel.getByRole('button', { name: n.needCredential, exact: true }).click();
  await panel.getByRole('combobox', { name: n.credential, exact: true }).selectOption({ label: n.credentialChoice });
  await panel.getByRole('button', { name: n.markReady }).click();
  await panel.getByText(n.isReady, { exact: true }).waitFor();
  await panel.getByRole('status').filter({ hasText: n.saved }).waitFor();
  await expectNoAxeViolations(panel);

  // Reload the panel: it comes back to the trace, showing everything; the library lists it as ready.
  await panel.reload();
  await panel.getByRole('textbox', { name: n.finalArtifact }).waitFor();
  expect(await panel.getByRole('textbox', { name: n.finalArtifact }).inputValue()).toBe(artifact);
  for (const label of n.reflection) {
    expect(await panel.getByRole('textbox', { name: label, exact: true }).inputValue()).toBe(`${label}: one sentence.`);
  }
  expect(
    await panel
      .getByRole('group', { name: n.markGroup(2) })
      .getByRole('radio', { name: n.revised })
      .isChecked(),
  ).toBe(true);
  await expect.poll(() => figure(panel, n.wordsKept), { timeout: 10_000 }).toBe(kept.toLocaleString(locale));
  await expectNoAxeViolations(panel);
  await panel.getByRole('button', { name: n.back }).click();
  const traceList = panel.getByRole('region', { name: n.tracesHeading });
  await traceList.getByRole('listitem').filter({ hasText: n.ready }).waitFor();
  await expectNoAxeViolations(panel);

  const [stored] = await readTable<Trace>(panel, 'traces');
  expect(stored).toMatchObject({ status: 'ready', finalArtifact: artifact, title });
  expect(
    Object.values(stored!.marks)
      .map((m) => m.mark)
      .sort(),
  ).toEqual(['rejected', 'revised']);
}

describe('Trace editor, end to end', () => {
  // The English tests need an empty library, not a fresh profile: one browser for them, emptied before each.
  const shared = useSharedSession({ locale: 'en' });
  beforeEach(() => {
    session = shared();
  });

  test('captured conversation → ready trace, kept across a reload; axe finds nothing', async () => {
    await runFastPath('en');
  });

  /** The side panel open on the draft a capture of a short Claude conversation made (in an empty library). */
  async function openCapturedDraft(): Promise<Page> {
    const panel = await session!.openExtensionPage('/sidepanel.html');
    const title = 'Water cycle quiz';
    await captureFixture(session!, 'claude', {
      html: generateConversationHtml('claude', { turns: 2, wordsPerAnswer: 30, title }),
    });
    await panel.bringToFront();
    // The capture opened the conversation's new draft.
    await panel.getByRole('heading', { level: 1, name: title }).waitFor();
    return panel;
  }

  /** The stored trace's Risk, read from a newly opened panel (as a teacher reopening it would see it). */
  async function expectRiskSavedFromAnotherPanel(risk: string): Promise<void> {
    const other = await session!.openExtensionPage('/sidepanel.html');
    await expect
      .poll(async () => (await readTable<Trace>(other, 'traces'))[0]?.reflection.risk, { timeout: 5000 })
      .toBe(risk);
  }

  test('closing the panel mid-sentence loses nothing', async () => {
    const panel = await openCapturedDraft();
    await panel.getByRole('textbox', { name: 'Risk' }).pressSequentially('Students might copy the answ');
    await panel.close({ runBeforeUnload: true });
    await expectRiskSavedFromAnotherPanel('Students might copy the answ');
  });

  test('a panel torn down before its way-out listeners run loses nothing: each keystroke is journaled', async () => {
    const panel = await openCapturedDraft();
    const journaled = await panel.getByRole('textbox', { name: 'Risk' }).evaluate((risk: HTMLTextAreaElement) => {
      // As on a busy machine, where Chrome tears a closing page down before its pagehide listeners run.
      for (const target of [window, document])
        for (const type of ['pagehide', 'visibilitychange', 'beforeunload'])
          target.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setValue.call(risk, 'Students might copy the answ');
      risk.dispatchEvent(new Event('input', { bubbles: true }));
      // Journaled in the keystroke itself, before any save.
      return Object.keys(localStorage).filter((key) => key.startsWith('showwork:unsaved-edit:')).length;
    });
    expect(journaled).toBe(1);
    await panel.close();
    // The next ShowWork page saves what the closed one journaled (lib/trace/unsaved-edits-journal.ts).
    await expectRiskSavedFromAnotherPanel('Students might copy the answ');
  });

  test("two panels on one trace: each keeps its own edits and shows the other's", async () => {
    const first = await session!.openExtensionPage('/sidepanel.html');
    const title = 'Photosynthesis lab';
    await captureFixture(session!, 'claude', {
      html: generateConversationHtml('claude', { turns: 2, wordsPerAnswer: 40, title }),
    });
    await first.bringToFront();
    // The capture opened the conversation's new draft.
    await first.getByRole('heading', { level: 1, name: title }).waitFor();
    await first.getByRole('textbox', { name: 'Risk' }).waitFor();

    const second = await session!.openExtensionPage('/sidepanel.html');
    await second.getByRole('region', { name: 'Traces (1)' }).getByRole('button', { name: title }).click();
    await second.getByRole('textbox', { name: 'Benefit' }).pressSequentially('Saves planning time');
    await first.getByRole('textbox', { name: 'Risk' }).pressSequentially('Plants named wrongly');

    // Each panel sees the other's field appear, without losing its own.
    await expect.poll(() => first.getByRole('textbox', { name: 'Benefit' }).inputValue()).toBe('Saves planning time');
    await expect.poll(() => second.getByRole('textbox', { name: 'Risk' }).inputValue()).toBe('Plants named wrongly');
    expect(await first.getByRole('textbox', { name: 'Risk' }).inputValue()).toBe('Plants named wrongly');
    await expect
      .poll(async () => (await readTable<Trace>(first, 'traces'))[0]?.reflection)
      .toMatchObject({ risk: 'Plants named wrongly', benefit: 'Saves planning time' });
  });

  test('a district framework imported in Options drives the editor; a bad file names field and line', async () => {
    const options = await session!.openExtensionPage('/options.html');
    const fileInput = options.getByLabel('Import a district framework (JSON file)');
    const example = readFileSync(resolve(import.meta.dirname, '../fixtures/frameworks/example-district.json'), 'utf8');

    const bad = example.replace('"name": "Teaching with AI"', '"name": ""');
    await fileInput.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await options
      .getByRole('alert')
      .filter({
        hasText: 'Problem in field “competencies[1].name” on line 21: it must not be empty. Nothing was imported.',
      })
      .waitFor();
    expect(await readTable(options, 'frameworks')).toEqual([]);

    await fileInput.setInputFiles({
      name: 'district.json',
      mimeType: 'application/json',
      buffer: Buffer.from(example),
    });
    await options.getByText('Imported “Riverside USD AI Micro-credentials”. It is now the active framework.').waitFor();
    expect(await options.getByRole('radio', { name: /Riverside USD AI Micro-credentials/ }).isChecked()).toBe(true);
    await expectNoAxeViolations(options);

    const panel = await session!.openExtensionPage('/sidepanel.html');
    const title = 'Feedback on essays';
    await captureFixture(session!, 'gemini', {
      html: generateConversationHtml('gemini', { turns: 2, wordsPerAnswer: 30, title }),
    });
    await panel.bringToFront();
    // The capture opened the conversation's new draft.
    await panel.getByRole('heading', { level: 1, name: title }).waitFor();
    const credential = panel.getByRole('combobox', { name: 'Credential', exact: true });
    await credential.waitFor();
    expect(await credential.locator('option').allTextContents()).toEqual([
      'Choose a credential…',
      'AI-Assisted Lesson Design',
      'AI-Supported Feedback',
    ]);
    await credential.selectOption({ label: 'AI-Supported Feedback' });
    await panel.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Level 2: Apply' });
    // This district's level 2 asks for implementation notes but not student impact.
    await panel.getByRole('textbox', { name: 'Classroom implementation notes' }).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Student-impact evidence' }).count()).toBe(0);
    await expect
      .poll(async () => (await readTable<Trace>(panel, 'traces'))[0])
      .toMatchObject({
        frameworkId: 'riverside-usd-2026',
        credentialId: 'ai-feedback',
        competencyId: 'instruction',
        level: 'developing',
      });
  });
});

// Another UI language is another browser launch (Chromium takes it from the command line and the environment).
describe('Trace editor, end to end, in Spanish', () => {
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('the same flow in Spanish', async () => {
    session = await launchExtension({ locale: 'es' });
    await runFastPath('es');
  });
});
