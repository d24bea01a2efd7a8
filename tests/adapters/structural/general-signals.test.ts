import { describe, expect, test } from 'vitest';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { AdapterError } from '../../../lib/adapters/types';
import { redesignDocument } from './redesign';

/**
 * The structural signals that let the reader read chat layouts it was not developed on (issue 8, the blind pages of
 * tests/fixtures/structural-held-out): each on a small page written here, with a counter-case that must not fire.
 */

const url = new URL('https://chat.example.test/c/1');

function read(body: string, redesigned = false) {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
  if (redesigned) redesignDocument(doc as unknown as Document);
  return readStructurally(doc as unknown as Document, url);
}

function turnsOf(body: string, redesigned = false) {
  return read(body, redesigned).conversation!.turns.map((turn) => ({ role: turn.role, text: turn.text }));
}

function refuses(body: string): boolean {
  try {
    read(body);
    return false;
  } catch (error) {
    return error instanceof AdapterError;
  }
}

const composer = '<div class="editor"><div contenteditable="true" role="textbox"></div><span>Model X2</span></div>';

describe('a thread deeper than the page header: the pane beside its own composer is read as the top', () => {
  const thread = `
    <div class="thread">
      <div class="item item-user"><div class="bubble">Make a quiz on volcanoes for grade 5.</div></div>
      <div class="item item-assistant"><div class="md"><p>Here is a short quiz.</p><ol><li>What is magma?</li><li>Name a volcano.</li></ol></div></div>
      <div class="item item-user"><div class="bubble">Add an answer key please.</div></div>
      <div class="item item-assistant"><div class="md"><p>Answers:</p><ol><li>Molten rock under the ground.</li><li>Mount Etna.</li></ol></div></div>
    </div>`;
  const page = `<main><div class="page"><div class="head"><h2>Volcano quiz</h2></div>
    <div class="pane"><div class="scroller">${thread}</div>${composer}<div class="tips">Tip: press Enter to send</div></div></div></main>`;

  test('the four messages are read, the composer row and its tips are not', () => {
    expect(turnsOf(page)).toEqual([
      { role: 'user', text: 'Make a quiz on volcanoes for grade 5.' },
      { role: 'assistant', text: 'Here is a short quiz.\n\n1. What is magma?\n2. Name a volcano.' },
      { role: 'user', text: 'Add an answer key please.' },
      { role: 'assistant', text: 'Answers:\n\n1. Molten rock under the ground.\n2. Mount Etna.' },
    ]);
  });

  test('with no role words left (redesigned), the thread is found by its shape: a plain block, then rendered ones', () => {
    expect(turnsOf(page, true).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  test('counter-case: a page header beside one article and a search box is no conversation', () => {
    const article = `<main><div class="page"><div class="head"><h2>Volcanoes</h2></div>
      <div class="pane"><div class="scroller"><article><p>Volcanoes form where magma rises.</p><p>Some erupt often.</p><ul><li>Etna</li><li>Fuji</li></ul></article></div>${composer}</div></div></main>`;
    expect(refuses(article)).toBe(true);
  });
});
