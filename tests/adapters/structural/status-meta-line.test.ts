import { describe, expect, test } from 'vitest';
import { isMetaLine } from '../../../lib/adapters/structural/page-chrome';
import { smallPageReader } from './small-page';

/**
 * A messenger's meta line under each prompt, a time and a read receipt in its own element ("10:42 · Visto", Tidio in
 * held-out set 7): the receipt, repeated under every prompt, is stripped first, and the time left with its dangling
 * separator ("10:42 ·") is still a meta line, not the prompt's words.
 */

const { turnsOf } = smallPageReader(new URL('https://centro.example.test/talleres/'));

const bubble = (content: string) => `<div class="b"><div class="bc"><div class="bt">${content}</div></div></div>`;
const bot = (text: string, time: string) =>
  `<div class="row"><div class="av"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div><div class="mc"><div class="name">Lía</div><div class="group">${bubble(`<p>${text}</p>`)}</div><span class="ts">${time}</span></div></div>`;
const visitor = (text: string, meta: string) =>
  `<div class="row mine"><div class="mc"><div class="group">${bubble(`<p>${text}</p>`)}</div><span class="ts">${meta}</span></div></div>`;
const page = (rows: string) =>
  `<main><h1>Talleres</h1><p>Inscríbete en los talleres del trimestre.</p></main><div class="widget"><div class="list" role="log"><div class="date">hoy a las 10:40</div>${rows}</div><div class="composer"><textarea aria-label="Nuevo mensaje"></textarea></div></div>`;

const chat = (visitorMeta: (time: string) => string) =>
  page(
    [
      visitor('Busco talleres sobre enseñanza diferenciada para 4.º de Primaria.', visitorMeta('10:42')),
      bot('Tengo tres talleres que encajan. El primero es el más práctico para lectura por niveles.', '10:42'),
      visitor('¿Tienes también una plantilla de carta para las familias?', visitorMeta('10:44')),
      bot('Claro: explica que las lecturas serán por niveles y que nadie queda etiquetado.', '10:45'),
    ].join(''),
  );

describe('a meta line left with a dangling separator is chrome', () => {
  test('"10:42 · Visto" under each prompt is left out', () => {
    const turns = turnsOf(chat((time) => `${time} · <span class="st">Visto</span>`));
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Busco talleres sobre enseñanza diferenciada para 4.º de Primaria.');
    expect(turns[2]!.text).toBe('¿Tienes también una plantilla de carta para las familias?');
  });

  test('a time with a dangling separator is a meta line; words with one are not', () => {
    expect(isMetaLine('10:42 ·')).toBe(true);
    expect(isMetaLine('10:42 |')).toBe(true);
    expect(isMetaLine('Unidad 3 ·')).toBe(false);
    expect(isMetaLine('Nos vemos a las ·')).toBe(false);
  });

  test("counter-case: a prompt's own last line ending in a separator after words stays", () => {
    const turns = turnsOf(
      chat((time) => `${time}`).replace('para 4.º de Primaria.', 'para 4.º de Primaria.</p><p>Grupo B ·'),
    );
    expect(turns[0]!.text).toContain('Grupo B');
  });
});
