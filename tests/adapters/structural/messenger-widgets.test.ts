import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * A support messenger open over a district page (set 8's Crisp chatbox): a dialog whose log holds the bot's greeting
 * first, each side's turn one group of bubbles (the bot's under a name line with its avatar), a rating row under the
 * last answer asking whether it helped, and a file the bot sends as a card (title, "PDF · 184 KB", a description and a
 * "Descargar" link). Small pages written here, with counter-cases.
 */

const { turnsOf } = smallPageReader(new URL('https://district.example.test/familias/verano'));

const hostPage = `<header><strong>Distrito Escolar</strong><nav><a href="/">Inicio</a><a href="/familias">Familias</a></nav></header>
  <main><h1>Escuela de verano</h1><p>Un programa gratuito de lectura y matemáticas para alumnos de kínder a 8.º grado, de lunes a jueves.</p>
  <ul><li>Inscripción: del 1 de marzo al 14 de mayo</li><li>Clases: del 21 de junio al 30 de julio</li></ul></main>
  <footer><p>© Distrito Escolar · Accesibilidad</p></footer>`;
const botGroup = (bubbles: string[], time: string) =>
  `<div class="grp" data-side="a"><span class="who"><img alt="" src="data:,"> Lupe · Asistente</span>${bubbles
    .map((bubble) => `<div class="bub">${bubble}</div>`)
    .join('')}<span class="meta">${time}</span></div>`;
const visitorGroup = (text: string) =>
  `<div class="grp" data-side="b"><div class="bub"><span>${text}</span></div><span class="meta">Hace 4 minutos · Leído</span></div>`;
const fileCard = (title: string, link: string) =>
  `<div class="file"><span class="ico"><img alt="" src="data:,"></span><strong>${title}</strong><span class="meta">PDF · 184 KB</span>` +
  `<p>Disponible en español e inglés. Se entrega en la oficina de cualquier escuela.</p>${link}</div>`;
const messenger = (
  tail: string,
  card = fileCard('Formulario de inscripción', '<a href="/docs/inscripcion.pdf">Descargar</a>'),
) =>
  `${hostPage}<div class="chat"><div role="dialog" aria-label="Chat"><div class="head"><span>Distrito Escolar</span><button aria-label="Minimizar">–</button></div>
  <div class="log" role="log">` +
  botGroup(
    [
      '<span>¡Hola! Soy Lupe, la asistente virtual del distrito.</span>',
      '<span>¿En qué te puedo ayudar con la escuela de verano?</span>',
    ],
    'Hace 6 minutos',
  ) +
  visitorGroup('¿Cuándo empiezan las clases de verano y hasta qué hora son?') +
  botGroup(
    [
      '<span>Las clases van del 21 de junio al 30 de julio, de lunes a jueves.</span>',
      '<span>El horario es de 8:30 a 12:30, con desayuno gratis.</span>',
    ],
    'Hace 5 minutos',
  ) +
  visitorGroup('¿Qué documentos necesitan las familias para inscribir a sus hijos?') +
  botGroup(
    ['<span>Cada familia necesita el formulario firmado y un comprobante de domicilio reciente.</span>', card],
    'Hace 2 minutos',
  ) +
  tail +
  `</div><div class="compose"><textarea placeholder="Escribe tu mensaje..."></textarea><button aria-label="Enviar">→</button></div></div></div>`;
const ratingRow = (question: string) =>
  `<div class="rate"><span class="meta">${question}</span><button aria-label="Sí">👍</button><button aria-label="No">👎</button></div>`;

describe('a messenger whose bot greets first, with a rating row under the last answer', () => {
  test('five turns, the greeting first, the rating row no turn (as they are and redesigned)', () => {
    for (const redesigned of [false, true]) {
      const turns = turnsOf(messenger(ratingRow('¿Te ha servido esta respuesta?')), redesigned);
      expect(turns.map((turn) => turn.role)).toEqual(['assistant', 'user', 'assistant', 'user', 'assistant']);
      expect(turns[0]!.text).toBe(
        '¡Hola! Soy Lupe, la asistente virtual del distrito.\n\n¿En qué te puedo ayudar con la escuela de verano?',
      );
      expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/servido|Lupe · Asistente|Hace \d/);
    }
  });

  test('counter-case: an answer’s own closing question stays the answer’s', () => {
    const closing = botGroup(
      ['<span>¿Te ha servido la lista de documentos para preparar la reunión con las familias del jueves?</span>'],
      'Hace 1 minuto',
    );
    const turns = turnsOf(messenger(visitorGroup('Gracias, lo comparto con las familias.') + closing));
    expect(turns).toHaveLength(7);
    expect(turns[6]!.text).toBe(
      '¿Te ha servido la lista de documentos para preparar la reunión con las familias del jueves?',
    );
  });
});

describe('a file the bot sends as a card', () => {
  test('its title and description are the answer’s; its kind and size and its download link are not', () => {
    for (const redesigned of [false, true]) {
      expect(turnsOf(messenger(''), redesigned)[4]!.text).toBe(
        'Cada familia necesita el formulario firmado y un comprobante de domicilio reciente.\n\n' +
          'Formulario de inscripción\n\nDisponible en español e inglés. Se entrega en la oficina de cualquier escuela.',
      );
    }
  });

  test('counter-case: a card whose title is its link keeps the title', () => {
    const card = fileCard('<a href="/docs/inscripcion.pdf">Formulario de inscripción</a>', '');
    const text = turnsOf(messenger('', card))[4]!.text;
    expect(text).toContain('Formulario de inscripción');
    expect(text).not.toContain('184 KB');
  });
});
