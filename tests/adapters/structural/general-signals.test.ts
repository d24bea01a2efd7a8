import { describe, expect, test } from 'vitest';
import { smallPageReader } from './small-page';

/**
 * The structural signals that let the reader read chat layouts it was not developed on (issue 8, the blind pages of
 * tests/fixtures/structural-held-out): each on a small page written here, with a counter-case that must not fire.
 */

const { turnsOf, refuses } = smallPageReader(new URL('https://chat.example.test/c/1'));

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

describe('answers rendered as block divs, not <p>: several sentence-long blocks are rendered text', () => {
  const answer = (sentences: string[]) =>
    `<div class="a">${sentences.map((s) => `<div class="para"><span>${s}</span></div>`).join('')}</div>`;
  const page = `<main><div class="log">
      <div class="m"><div class="q">Summarise the causes of the First World War for grade 9.</div></div>
      <div class="m">${answer(['Historians group the causes into four long-term factors and one trigger.', 'Militarism, alliances, imperialism and nationalism raised tensions for decades.', 'The assassination in Sarajevo in June 1914 set the alliances in motion.'])}</div>
      <div class="m"><div class="q">Shorter please, two sentences.</div></div>
      <div class="m">${answer(['Four long-term tensions made a large war likely in Europe.', 'The assassination in Sarajevo turned a local crisis into a world war.'])}</div>
    </div><textarea aria-label="Message"></textarea></main>`;

  test('the exchange of plain prompts and div-paragraph answers is read, roles alternating', () => {
    const turns = turnsOf(page, true);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toContain('Militarism, alliances');
  });

  test('counter-case: a sidebar of short chat titles in divs is not taken for an answer', () => {
    const sidebar = `<div class="side"><div class="new">New chat</div><div class="list"><div>Causes of WW1</div><div>Volcano quiz</div><div>Fractions practice</div></div><div>My profile</div></div>`;
    const turns = turnsOf(`<div class="app">${sidebar}${page}</div>`, true);
    expect(turns.map((turn) => turn.text).join(' ')).not.toMatch(/Volcano quiz|New chat/);
    expect(turns).toHaveLength(4);
  });
});

describe('prompt and answer in one pair wrapper, the answer with its feedback buttons', () => {
  const pair = (prompt: string, paragraphs: string[]) => `<div class="pair">
      <div class="from"><div class="card">${prompt}</div></div>
      <div class="to"><div class="card">${paragraphs.map((p) => `<div class="para">${p}</div>`).join('')}</div>
        <div class="acts"><button aria-label="Good response">+</button><button aria-label="Bad response">-</button></div></div>
    </div>`;
  const page = `<main><div class="chat">
      ${pair('Which vocabulary should I pre-teach before the mill readings?', ['Five words will help most because they appear in both readings.', 'Overseer, spindle and testimony matter most for the discussion.'])}
      ${pair('Write three discussion questions at rising depth.', ['Start with recall: what hours did the mill workers keep each day?', 'Then ask why two accounts of the same work could differ so much.'])}
    </div><textarea aria-label="Query box"></textarea></main>`;

  test('each pair is split into its prompt and its answer', () => {
    expect(turnsOf(page, true).map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  test('counter-case: one answer opening with a sentence over a rendered card stays one answer', () => {
    const single = `<main><div class="chat">
        <div class="from"><div class="card">Draft a water cycle lesson for grade 4.</div></div>
        <div class="to"><div class="lead">I drafted the lesson in a document so you can edit it.</div>
          <div class="doc"><h3>Water cycle</h3><ul><li>Evaporation demo with a kettle</li><li>Condensation on a cold lid</li></ul></div>
          <div class="acts"><button aria-label="Good response">+</button><button aria-label="Bad response">-</button></div></div>
        <div class="from"><div class="card">Thanks, that works well for us.</div></div>
        <div class="to"><div class="lead">Glad it helps. Tell me if you need a worksheet too.</div>
          <div class="acts"><button aria-label="Good response">+</button><button aria-label="Bad response">-</button></div></div>
      </div><textarea aria-label="Message"></textarea></main>`;
    const turns = turnsOf(single, true);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[1]!.text).toMatch(/^I drafted the lesson[\s\S]*Condensation/);
  });
});

describe('a short note in a row of controls (a cost, a timing) is the row’s, not the answer’s', () => {
  const bar = (note: string) =>
    `<div class="bar"><button aria-label="Copy"><svg></svg></button><button aria-label="Retry">Retry</button><span>${note}</span></div>`;
  // Each answer's note differs (a note repeated on every answer is found as a repeated label already).
  const page = (note: string, other = note) => `<main><div class="log">
      <div class="u"><div>Write two warm-up questions on ratios.</div></div>
      <div class="b"><div class="md"><ol><li>What is 2:3 as a fraction?</li><li>Simplify 6:9.</li></ol></div>${bar(note)}</div>
      <div class="u"><div>Add the answers.</div></div>
      <div class="b"><div class="md"><ol><li>2/3</li><li>2:3</li></ol></div>${bar(other)}</div>
    </div><textarea aria-label="Message"></textarea></main>`;

  test('"61 points" beside Copy and Retry is left out', () => {
    const turns = turnsOf(page('61 points', '6.1s'), true);
    expect(turns[1]!.text).toBe('1. What is 2:3 as a fraction?\n2. Simplify 6:9.');
    expect(turns[3]!.text).toBe('1. 2/3\n2. 2:3');
  });

  test('counter-case: a sentence with buttons in it keeps its words', () => {
    const sentence = 'Ask me for a harder set any time you like.';
    const turns = turnsOf(page(sentence), true);
    expect(turns[1]!.text).toContain(sentence);
  });
});

describe('rows before an answer’s body that open with an icon or a control are the tool’s', () => {
  const page = (preamble: string) => `<main><div class="log">
      <div class="msg user"><div>Explain the water cycle for grade 4 in three steps.</div></div>
      <div class="msg assistant"><div class="col">${preamble}<div class="body"><p>Water moves in a loop.</p><ol><li>Evaporation</li><li>Condensation</li><li>Precipitation</li></ol></div></div></div>
      <div class="msg user"><div>Thanks, that is clear.</div></div>
      <div class="msg assistant"><div class="col"><div class="body"><p>Glad it helps.</p></div></div></div>
    </div><textarea aria-label="Message"></textarea></main>`;

  test('a tool call title with hidden sources and a reasoning status are left out', () => {
    const preamble = `<div class="tool"><div class="title"><svg></svg><span>Searched 4 results</span></div><div style="display:none"><span>usgs.gov</span><span>The water cycle for schools, a long page title</span></div></div>
      <div class="status"><svg></svg><span>Thinking complete</span></div>`;
    const turns = turnsOf(page(preamble));
    expect(turns[1]!.text).toBe('Water moves in a loop.\n\n1. Evaporation\n2. Condensation\n3. Precipitation');
  });

  test('counter-case: a lead sentence before the body (no icon before its text) stays in the answer', () => {
    const turns = turnsOf(page('<div class="lead"><span>Here is a short version for your class.</span></div>'));
    expect(turns[1]!.text).toMatch(/^Here is a short version for your class\./);
  });
});

describe('a disclosure’s list of sources under an answer is chrome; the answer’s own links stay', () => {
  const page = (after: string) => `<main><div class="log">
      <div class="msg"><div>Find two readings on the water cycle for grade 4.</div></div>
      <div class="msg"><div class="body"><p>Here are two readings that fit grade 4.</p><ul><li><a href="https://water.example.org/cycle">The Water Cycle for Kids</a></li><li><a href="https://science.example.net/rain">Where Rain Comes From</a></li></ul><p>Both have pictures and short paragraphs.</p></div>${after}</div>
      <div class="msg"><div>Thanks, that is clear.</div></div>
      <div class="msg"><div class="body"><p>Glad it helps.</p><p>Ask for a quiz on either one.</p></div></div>
    </div><textarea aria-label="Message"></textarea></main>`;
  const answer =
    'Here are two readings that fit grade 4.\n\n- The Water Cycle for Kids (https://water.example.org/cycle)\n- Where Rain Comes From (https://science.example.net/rain)\n\nBoth have pictures and short paragraphs.';

  test('the numbered reference items beside their toggle are left out, redesigned or not', () => {
    const references = `<div class="refs"><button type="button" aria-expanded="true">2 references</button>
      <div class="ref"><span>1</span><span aria-hidden="true">W</span><a href="https://files.example.org/unit.docx">Water unit plan.docx</a></div>
      <div class="ref"><span>2</span><a href="https://files.example.org/rain.pdf">Rain gauge worksheet.pdf</a></div></div>`;
    for (const redesigned of [false, true]) {
      const turns = turnsOf(page(references), redesigned);
      expect(turns).toHaveLength(4);
      expect(turns[1]!.text).toBe(answer);
    }
  });

  test('counter-case: a toggle beside the answer’s own text is no source list, and its text stays', () => {
    const more = `<div class="more"><button type="button" aria-expanded="true">Teacher notes</button><div><p>Read the first one aloud; pupils follow along on <a href="https://water.example.org/cycle">the site</a> and note three new words.</p></div></div>`;
    const turns = turnsOf(page(more), true);
    expect(turns[1]!.text).toContain('Read the first one aloud; pupils follow along on');
  });
});

describe('a conversation opens with the teacher’s prompt: the tool’s cards before it are no turns', () => {
  const thread = `
      <div class="m"><div class="q">Plan a warm-up on fractions for grade 5, ten minutes.</div></div>
      <div class="m"><div class="md"><p>Here is a ten-minute warm-up.</p><ol><li>Fraction of the day: shade 3/8 of a bar.</li><li>Pair talk: which is bigger, 2/3 or 3/5?</li></ol></div></div>
      <div class="m"><div class="q">Add a challenge question at the end.</div></div>
      <div class="m"><div class="md"><p>Challenge:</p><ul><li>Find a fraction between 1/3 and 1/2.</li></ul><p>Ask pupils to prove it with a drawing.</p></div></div>`;
  const page = (opening: string) =>
    `<main><div class="log">${opening}${thread}</div><textarea aria-label="Message"></textarea></main>`;
  const welcome = `<div class="card"><p>Hello, Ms Rivera! I am your teaching assistant.</p><p>I can plan lessons, write rubrics and adapt texts. Where shall we start?</p>
      <div class="chips"><div role="button">Plan a lesson</div><div role="button">Write a rubric</div></div></div>`;

  // On a page whose markup names roles (an unmarked page opening with an answer is refused: see the article with
  // comments in thread-anchors.test.ts).
  const marked = (opening: string) =>
    page(opening)
      .replace(/class="q"/g, 'class="q user-message"')
      .replace(/class="md"/g, 'class="md assistant-message"');

  test('a welcome card with starter prompts before the first prompt is left out', () => {
    const turns = turnsOf(marked(welcome));
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(turns[0]!.text).toBe('Plan a warm-up on fractions for grade 5, ten minutes.');
  });

  test('counter-case: without a card, the first prompt and every turn after it are kept', () => {
    expect(turnsOf(page(''), true)).toHaveLength(4);
  });

  // The form label as chrome (page-chrome.ts) is held by the first held-out set's extra-turn floor (NotebookLM's
  // sources panel, whose "Select all sources" label was read as the first prompt): this page is read right either way.
  test('a sources panel with a checkbox and its label beside the thread is no turn', () => {
    const panel = `<div class="sources"><div class="row"><label for="all">Select all sources</label><input type="checkbox" id="all"></div>
        <div class="list"><div>Lesson notes, week 3.pdf</div><div>Fractions workbook.pdf</div></div></div>`;
    const turns = turnsOf(
      `<main><div class="app">${panel}<div class="chat"><div class="log">${thread}</div><textarea aria-label="Message"></textarea></div></div></main>`,
      true,
    );
    expect(turns.map((turn) => turn.text.slice(0, 20))).toEqual([
      'Plan a warm-up on fr',
      'Here is a ten-minute',
      'Add a challenge ques',
      'Challenge:\n\n- Find a',
    ]);
  });
});

describe('parts of an answer read apart: a name row, a collapsed panel and a source list are no turns of their own', () => {
  // The answer's parts carry role words of their own (as on the page as it is), so its level is split into parts.
  const answer = (body: string) => `<div class="m"><div class="bot-name">Tutor</div>
      <div class="panel"><button type="button" aria-expanded="false"><span>Reasoned</span></button><div style="display: none"><p>The teacher wants a short task, so one question is enough here.</p></div></div>
      <div class="bot-answer">${body}</div>
      <div class="refs"><button type="button" aria-expanded="true">1 reference</button><div><span>1</span><a href="https://files.example.org/plan.docx">Fractions plan.docx</a></div></div></div>`;
  const page = `<main><div class="log">
      <div class="m"><div class="user-msg">Give me one exit question on equivalent fractions.</div></div>
      ${answer('<p>Exit question:</p><ul><li>Write two fractions equal to 2/4.</li></ul>')}
      <div class="m"><div class="user-msg">And one on comparing fractions, please.</div></div>
      ${answer('<p>Exit question:</p><ul><li>Which is bigger, 3/4 or 2/3? Explain how you know.</li></ul>')}
    </div><textarea aria-label="Message"></textarea></main>`;

  test('the hidden draft and the reference list are neither prompts nor part of the answer', () => {
    const turns = turnsOf(page);
    expect(turns.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    // The sender's name row ("Tutor"), a part of its own before each answer's body, is no part of the answer.
    expect(turns[1]!.text).toBe('Exit question:\n\n- Write two fractions equal to 2/4.');
    expect(turns[3]!.text).toBe('Exit question:\n\n- Which is bigger, 3/4 or 2/3? Explain how you know.');
    for (const turn of turns) {
      expect(turn.text).not.toContain('The teacher wants a short task');
      expect(turn.text).not.toContain('Fractions plan.docx');
    }
  });
});

describe('notes under a message: meta lines, feedback questions and captioned source lists are chrome', () => {
  const prompt = (text: string, meta: string) =>
    `<div class="m"><div class="b">${text}</div><div class="t">${meta}</div><button type="button" aria-label="Edit message">e</button></div>`;
  const answer = (body: string, after: string) =>
    `<div class="m"><div class="md">${body}</div>${after}<button type="button" aria-label="Regenerate">r</button><button type="button" aria-label="Copy">c</button></div>`;
  const sources =
    '<div class="src"><span>Sources:</span><a href="https://example.org/a"><span>Guide</span><span>Fractions on a number line</span></a><a href="https://example.org/b">Equivalent fractions</a></div>';
  const feedback =
    '<div class="fb"><span>Was this helpful?</span><button type="button">Yes</button><button type="button">No</button></div>';
  const page = (second: string) => `<main><div class="thread">
      ${prompt('Explain equivalent fractions for grade 4.', 'Seen · 2m')}
      ${answer('<p>Two fractions are equivalent when they name the same amount.</p><ul><li>1/2 = 2/4</li><li>1/3 = 2/6</li></ul>', `${sources}<div class="t">Tutor · AI · 1m</div>${feedback}`)}
      ${answer('<p>Try this one: is 3/6 the same as 1/2?</p><p>Draw both on a number line.</p>', '<div class="t">09:41 · Tutor Model 2</div>')}
      ${second}
    </div><form><textarea></textarea></form></main>`;

  test('dropped from the turns, redesigned or not', () => {
    const second = `${prompt('I ran 5m', 'Seen · now')}${answer('<p>Good for you!</p><p>Now back to fractions.</p>', feedback)}`;
    for (const redesigned of [false, true]) {
      expect(turnsOf(page(second), redesigned)).toEqual([
        { role: 'user', text: 'Explain equivalent fractions for grade 4.' },
        {
          role: 'assistant',
          text: 'Two fractions are equivalent when they name the same amount.\n\n- 1/2 = 2/4\n- 1/3 = 2/6\n\nTry this one: is 3/6 the same as 1/2?\n\nDraw both on a number line.',
        },
        { role: 'user', text: 'I ran 5m' },
        { role: 'assistant', text: 'Good for you!\n\nNow back to fractions.' },
      ]);
    }
  });

  test("counter-case: an answer's own list of links after its own sentence, and a question it asks, stay", () => {
    const links =
      '<p>Read more on these pages:</p><ul><li><a href="https://example.org/a">Fractions on a number line</a></li><li><a href="https://example.org/b">Equivalent fractions</a></li></ul><p>Was this helpful for your class?</p>';
    const second = `${prompt('Where can I read more?', 'Seen · now')}${answer(links, '')}`;
    expect(turnsOf(page(second))[3]).toEqual({
      role: 'assistant',
      text: 'Read more on these pages:\n\n- Fractions on a number line (https://example.org/a)\n- Equivalent fractions (https://example.org/b)\n\nWas this helpful for your class?',
    });
  });
});
