import { describe, expect, test } from 'vitest';
import { isMetricNote, isStamp } from '../../../lib/adapters/structural/page-chrome';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { smallPageReader } from './small-page';

/**
 * What a chat app prints around an answer besides its words (set 5's Dify and LobeChat pages): a caption over
 * suggested-question chips, a metrics line (time, tokens, date) and a time with seconds. Each on a small page written
 * here, with a counter-case.
 */

const { turnsOf } = smallPageReader(new URL('https://apps.example.test/chat/1'));

const metrics = (seconds: string, tokens: string) =>
  `<div class="metrics"><div class="m">Time: ${seconds} s</div><div class="m">Tokens: ${tokens}</div><div class="m">1/12/2026 17:44</div></div>`;
const answer = (body: string, footer = '') =>
  `<div class="row"><div class="answer"><div class="md">${body}</div>${footer}</div><div class="tools"><button aria-label="Copy">C</button><button aria-label="Regenerate">R</button></div></div>`;
const prompt = (text: string) => `<div class="row"><div class="q">${text}</div><button title="Edit">E</button></div>`;
const chips = (caption: string) =>
  `<div class="suggest"><div class="cap"><span>${caption}</span></div><div class="chips"><button>Make five equations</button><button>Explain the discriminant</button></div></div>`;
const page = (rows: string) =>
  `<main><div class="thread">${rows}</div><textarea aria-label="Message"></textarea></main>`;

describe('suggestion chips and their caption inside an answer are the tool’s', () => {
  const chat = (caption: string) =>
    page(
      prompt('Which topics can you help me with today?') +
        answer('<p>I can help with equations and statistics.</p><p>Which topic today?</p>', chips(caption)) +
        prompt('Give me one worked quadratic equation please.') +
        answer('<p>Here is one.</p><ol><li>Write it as ax^2 + bx + c = 0.</li><li>Use the formula.</li></ol>'),
    );

  test('the caption over the chips is left out, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(chat('Try asking'), redesigned)[1]).toEqual({
        role: 'assistant',
        text: 'I can help with equations and statistics.\n\nWhich topic today?',
      });
    }
  });

  test('counter-case: a sentence of the answer before two buttons keeps its words', () => {
    expect(turnsOf(chat('Shall I go on?'))[1]!.text).toContain('Shall I go on?');
  });
});

describe('a metrics line under each answer is the tool’s', () => {
  const chat = page(
    prompt('Give me one worked quadratic equation please.') +
      answer(
        '<p>Here is one.</p><ol><li>Write it in general form.</li><li>Use the formula.</li></ol>',
        metrics('4.82', '512'),
      ) +
      prompt('Now three more for practice.') +
      answer(
        '<p>Here are three.</p><ol><li>x^2 - 5x + 6 = 0</li><li>x^2 + 2x + 5 = 0</li></ol>',
        metrics('3.17', '301'),
      ),
  );

  test('time, tokens and date are left out, as they are and redesigned', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(chat, redesigned);
      expect(turns[1]!.text).toBe('Here is one.\n\n1. Write it in general form.\n2. Use the formula.');
      expect(turns[3]!.text).toBe('Here are three.\n\n1. x^2 - 5x + 6 = 0\n2. x^2 + 2x + 5 = 0');
    }
  });

  test('counter-case: an answer’s last paragraph giving a result keeps it', () => {
    const result = page(
      prompt('What is the total of the scores?') +
        answer('<p>Adding them up:</p><ul><li>12 + 13 = 25</li></ul><p>Total: 25</p>') +
        prompt('And the mean?') +
        answer('<p>Dividing by two:</p><ul><li>25 / 2</li></ul><p>Mean: 12.5</p>'),
    );
    expect(turnsOf(result)[3]!.text).toContain('Mean: 12.5');
  });

  test('a metric is a name, a colon and a number with a unit; a sentence is none', () => {
    expect(isMetricNote('Tokens: 301')).toBe(true);
    expect(isMetricNote('Tiempo: 3.17 s')).toBe(true);
    expect(isMetricNote('Latency: 820 ms')).toBe(true);
    expect(isMetricNote('Step 2: add 5 to both sides')).toBe(false);
    expect(isMetricNote('Answer: x = 3')).toBe(false);
  });

  test('a time with seconds is a stamp ("12-01 20:14:41"); a ratio is not', () => {
    expect(isStamp('12-01 20:14:41')).toBe(true);
    expect(isStamp('20:14:41')).toBe(true);
    expect(isStamp('ratio 3:4:5 holds')).toBe(false);
  });
});

describe('a chip naming the page the prompt was asked beside is the tool’s', () => {
  const titled = (chip: string) => {
    const html = `<!doctype html><html><head><title>Writing Rubric – Grade 8</title></head><body><main><h1>Writing Rubric – Grade 8</h1><p>Claim, evidence, counterargument.</p></main><aside><div class="thread">${
      prompt(`${chip}<div class="t">Use the rubric on this page to write feedback for an essay.</div>`) +
      answer('<p>Here is feedback.</p><ul><li>Your claim is clear.</li><li>Add evidence.</li></ul>') +
      prompt('<div class="t">Make it shorter please.</div>') +
      answer('<p>Shorter:</p><ul><li>Clear claim.</li><li>More evidence.</li></ul>')
    }</div><textarea aria-label="Ask AI"></textarea></aside></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return readStructurally(doc, new URL('https://notes.example.test/page')).conversation!.turns[0]!.text;
  };

  test('the chip repeating the page title is left out of the prompt', () => {
    expect(titled('<div class="chip"><span aria-hidden="true">📝</span> Writing Rubric – Grade 8</div>')).toBe(
      'Use the rubric on this page to write feedback for an essay.',
    );
  });

  test('counter-case: a prompt whose own first paragraph names the page keeps it', () => {
    expect(titled('<p>Writing Rubric – Grade 8</p>')).toContain('Writing Rubric – Grade 8');
  });
});
