import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * Rows inside an answer that are the tool's (blind set 10: SchoolAI's tool-status lines drawn with an icon font,
 * Zendesk's Spanish feedback question over Sí / No), each with a counter-case that must keep the answer's words.
 */

const { turnsOf } = smallPageReader(new URL('https://assistant.example.test/c/1'));

const composer = '<form><textarea aria-label="Mensaje"></textarea><button type="submit">Enviar</button></form>';

const thread = (answer1: string, answer2: string) => `<main><div class="log">
    <div class="m"><div class="b">Quiero una clase de 50 minutos sobre proporcionalidad directa.</div></div>
    <div class="m">${answer1}</div>
    <div class="m"><div class="b">Añade tres preguntas de práctica.</div></div>
    <div class="m">${answer2}</div>
  </div>${composer}</main>`;

describe('a tool-status row before an answer, its icon drawn by an icon font hidden from screen readers', () => {
  const status = (words: string) =>
    `<div class="row"><span class="icon" aria-hidden="true">check_circle</span><span>${words}</span></div>`;
  const body = (heading: string, paragraph: string) =>
    `<div class="prose"><h3>${heading}</h3><p>${paragraph}</p></div>`;

  test('the status rows are the tool’s, not the answers’ first lines', () => {
    const turns = turnsOf(
      thread(
        status('Consultó los estándares de Matemáticas de 1.º de ESO') +
          body('Plan de clase', 'Dos magnitudes son proporcionales cuando su cociente es constante.'),
        status('Creó un Space') +
          body('Preguntas de práctica', 'Si 2 kg de naranjas cuestan 3 €, ¿cuánto cuestan 5 kg?'),
      ),
    );
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toBe('Plan de clase\n\nDos magnitudes son proporcionales cuando su cociente es constante.');
    expect(turns[3]!.text).toBe('Preguntas de práctica\n\nSi 2 kg de naranjas cuestan 3 €, ¿cuánto cuestan 5 kg?');
  });

  test('counter-case: a short lead line with no icon before the body stays the answer’s', () => {
    const lead = (words: string) => `<div class="row"><span>${words}</span></div>`;
    const turns = turnsOf(
      thread(
        lead('Aquí tienes el plan.') +
          body('Plan de clase', 'Dos magnitudes son proporcionales cuando su cociente es constante.'),
        lead('Y aquí las preguntas.') +
          body('Preguntas de práctica', 'Si 2 kg de naranjas cuestan 3 €, ¿cuánto cuestan 5 kg?'),
      ),
    );
    expect(turns[1]!.text).toMatch(/^Aquí tienes el plan\./);
    expect(turns[3]!.text).toMatch(/^Y aquí las preguntas\./);
  });

  test('counter-case: a bubble opening with a typing indicator’s empty dots (hidden) keeps its short line', () => {
    const bubble = (words: string) =>
      `<div class="row"><div class="typing" aria-hidden="true"><span></span><span></span></div><div><span>${words}</span></div></div>`;
    const turns = turnsOf(
      thread(
        bubble('Secundaria, genial.') +
          body('Plan de clase', 'Dos magnitudes son proporcionales cuando su cociente es constante.'),
        bubble('Aquí va tu práctica.') +
          body('Preguntas de práctica', 'Si 2 kg de naranjas cuestan 3 €, ¿cuánto cuestan 5 kg?'),
      ),
    );
    expect(turns[1]!.text).toMatch(/^Secundaria, genial\./);
    expect(turns[3]!.text).toMatch(/^Aquí va tu práctica\./);
  });
});

describe('a feedback question in the row of its buttons, longer than a short note', () => {
  // A messaging widget's dialog: bubbles with no role in their markup, an answer with an article card, and a rating
  // row under the last answer.
  const page = (caption: string) => `<div role="dialog">
  <div><div><h2>Portal Docente</h2></div></div>
  <div role="log">
    <div><div><div><span>Necesito pedir un sustituto para el martes porque tengo un curso. ¿Qué hago?</span></div></div></div>
    <div>
      <div>
        <div><span>Para una ausencia por un curso hay que registrarla en el sistema al menos 48 horas antes y adjuntar la inscripción. Este artículo te guía:</span></div>
        <div role="list"><div role="listitem"><div><h3>Registrar una ausencia</h3><p>Cómo hacerlo en el sistema, con capturas de pantalla.</p></div></div></div>
      </div>
    </div>
    <div><div><div><span>Gracias: ¿qué dejo preparado para el sustituto?</span></div></div></div>
    <div>
      <div>
        <div><span>Prepara en la carpeta del aula, como mínimo:</span></div>
        <div role="group">
          <span>${caption}</span>
          <button type="button">Sí</button>
          <button type="button">No</button>
        </div>
      </div>
    </div>
  </div>
  <form><textarea></textarea></form>
</div>`;

  test('“¿Te resultó útil esta respuesta?” beside Sí / No is the tool’s', () => {
    const turns = turnsOf(page('¿Te resultó útil esta respuesta?'));
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[3]!.text).toBe('Prepara en la carpeta del aula, como mínimo:');
  });

  test('counter-case: a sentence of the answer’s in a row with two buttons keeps its words', () => {
    const sentence = 'Puedes descargar la plantilla del plan en PDF';
    expect(turnsOf(page(sentence))[3]!.text).toContain(sentence);
  });
});
