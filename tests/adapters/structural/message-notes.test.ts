import { describe, expect, test } from 'vitest';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { redesignDocument } from './redesign';

/**
 * Notes a chat tool prints inside a message, beside the text the teacher and the AI wrote (the fourth held-out set's
 * failures, by class): a message's age in the page's language, a context line saying the answer was made by AI, a
 * collapsed reasoning's caption before the answer. Each on a small page written here, with a counter-case.
 */

const url = new URL('https://chat.example.test/c/1');

function turnsOf(body: string, redesigned = false) {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
  if (redesigned) redesignDocument(doc as unknown as Document);
  return readStructurally(doc as unknown as Document, url).conversation!.turns.map((turn) => ({
    role: turn.role,
    text: turn.text,
  }));
}

describe("a message's age in the page's language, alone in its row, is chrome", () => {
  const prompt = (text: string, age: string) =>
    `<li class="m"><div class="b"><p style="white-space:pre-wrap">${text}</p></div><div class="t"><time datetime="2026-11-24T18:02:00Z">${age}</time></div></li>`;
  const answer = (body: string, age: string) =>
    `<li class="m"><div class="md">${body}</div><div class="t"><time datetime="2026-11-24T18:03:00Z">${age}</time></div></li>`;
  const page = (last: string) => `<main><ul class="thread">
      ${prompt('Explica el teorema de Pitágoras para 2º de ESO.', 'hace 5 minutos')}
      ${answer('<p>En un triángulo rectángulo, la hipotenusa al cuadrado es la suma de los catetos al cuadrado.</p><ul><li>a = 3</li><li>b = 4</li></ul>', 'hace 4 minutos')}
      ${prompt('Et un exercice, s’il te plaît.', 'il y a 3 minutes')}
      ${answer(last, 'vor 2 Minuten')}
    </ul><form><textarea></textarea></form></main>`;

  test('"hace 5 minutos", "il y a 3 minutes", "vor 2 Minuten" are left out, redesigned or not', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(page('<p>Calcule l’hypoténuse.</p><p>Les côtés mesurent 6 cm et 8 cm.</p>'), redesigned);
      expect(turns.map((turn) => turn.text)).toEqual([
        'Explica el teorema de Pitágoras para 2º de ESO.',
        'En un triángulo rectángulo, la hipotenusa al cuadrado es la suma de los catetos al cuadrado.\n\n- a = 3\n- b = 4',
        'Et un exercice, s’il te plaît.',
        'Calcule l’hypoténuse.\n\nLes côtés mesurent 6 cm et 8 cm.',
      ]);
    }
  });

  test('counter-case: an answer whose own sentence tells an age keeps it', () => {
    const sentence = 'El volcán de la actividad entró en erupción hace 3 minutos, según la alerta del simulador.';
    const turns = turnsOf(page(`<p>Primero, lee la alerta.</p><p>${sentence}</p>`));
    expect(turns[3]!.text).toBe(`Primero, lee la alerta.\n\n${sentence}`);
  });
});
