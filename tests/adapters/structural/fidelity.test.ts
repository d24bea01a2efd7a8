import { describe, expect, test } from 'vitest';
import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { AdapterError } from '../../../lib/adapters/types';
import { ExtractedConversation } from '../../../lib/model/conversation';
import {
  chatColumnPages,
  corpusPages,
  hasSideDocument,
  heldOutPages,
  heldOutSets,
  knownSitePages,
  parsePage,
  type EvaluationPage,
} from './corpus';
import { judgeFidelity, type Fidelity } from './fidelity';

/** Issue 8's bar: at least 90 % of turns faithful on layouts the reader has never seen and on redesigned pages. */
const target = 0.9;

/** What the reader reaches on the held-out layouts now (raised as it improves; the goal is `target`). */
const heldOutFloor = {
  // Extra turns, both ways together: NotebookLM's sources panel (2), Poe's bot card and MagicSchool's welcome card were
  // read as turns until reader11 (a conversation opens with a prompt; a form label is chrome).
  'structural-held-out': { asTheyAre: 34 / 34, redesigned: 34 / 34, extraTurns: 0 },
  // Scored blind at 386ffe9 (reader10 merged): 22/28 as they are, 21/28 redesigned; the Moodle block was not found.
  // Developed on since (reader11): the Moodle block is found beside its composer (thread-anchors.ts), Copilot's
  // reference list beside its toggle is chrome once redesigned too (strip-chrome.ts, stripSourceList).
  'structural-held-out-2': { asTheyAre: 28 / 28, redesigned: 28 / 28, extraTurns: 0 },
  // Scored blind at 1791122 (the reader as session 9 began): 14/28 both ways; with reader11 (db83d2d): 18/28 both
  // ways — the floating support widget is not found, Phind's and the Vuetify portal's answers keep chrome words, and
  // 11 extra turns (5 as they are, 6 redesigned: Brightspace's drawer 3, Character.AI 1, Eduaide 1–2).
  // Developed on since (reader12): 27/28 both ways, 7 extra turns — a chat in a dialog is read where it shows itself
  // one (a log region, or a greeting built as its answers are: thread-anchors.ts, greeting.ts), meta lines ("Fin · AI
  // Agent · 14m", "09:41 · Mistral Small 3.1"), feedback questions, captioned source lists (Phind's sources column,
  // Brightspace's "Fuentes:" tag) and a sender's badge read apart from its answer are chrome. Left: Phind's "No
  // sources used for this answer." and the suggestion chips and cards counted in the extra turns.
  // reader13: a note at an answer's end saying it used no sources is chrome like the list it stands for: 28/28; a chip
  // set named "Suggested follow-ups" for screen readers is no turn: 5 extra turns (Brightspace 2, Character.AI 2,
  // Eduaide's title redesigned 1).
  // reader17: a settings pane beside the pane of the thread and its composer is no exchange: 3 extra turns.
  'structural-held-out-3': { asTheyAre: 28 / 28, redesigned: 28 / 28, extraTurns: 3 },
  // Scored blind at 434c75a (the reader as session 10 began): 23/33 both ways; with reader12 (61fcf27, developed on
  // the third set only): 28/33 both ways, 0 extra turns — Pi's newest-first thread is read; the Slack app's action and
  // context blocks (9 words per answer), big-AGI's and AnythingLLM's answers keep chrome words.
  // Developed on since (reader13): a message's age in the page's language ("hace 3 minutos") is a stamp, and a
  // context line opening "Generado con IA" under each answer a disclaimer, a collapsed reasoning's caption before its
  // toggle ("Thought for 6 seconds" ▸) the tool's: 33/33.
  'structural-held-out-4': { asTheyAre: 33 / 33, redesigned: 33 / 33, extraTurns: 0 },
  // Scored blind at 21cdccb (the reader as session 11 began, with reader14's speed cuts, which read every other
  // fixture identically): 25/35 as they are, 21/35 redesigned, 6 extra turns. Not developed on yet: Teams' recycled
  // list (newest pair first in the DOM, reading order only in offsets) reads roles and turns wrong, Dify's suggestion
  // chips inside the opening bubble and its answers' chrome words, Botpress's multi-bubble bot turns once redesigned,
  // LobeChat's and Notion's answers keep a few chrome words.
  // Developed on since (reader15): a recycled virtual list is read by its rows' offsets, a prompt by its template
  // (pasted notes with a list), one sender's grouped bubbles under a repeated name are one turn (Botpress redesigned),
  // header stamps with an edit note, a repeated AI badge, a chip row's caption and a metrics line are chrome, and a chip
  // repeating the page's title at a prompt's top (Notion's page context): 34/35 both ways, 0 extra turns. Left:
  // Botpress's link address in the text (the serializer writes "text (url)").
  'structural-held-out-5': { asTheyAre: 34 / 35, redesigned: 34 / 35, extraTurns: 0 },
  // Scored blind at 12c9fcf by the lead: 20/35 both ways, 10 extra turns. Developed on since (reader16): a bubble made
  // focusable (role="button", its aria-label repeating its text) is a message, not a control (Gradio); a caption
  // "gpt-4o-mini · 4.2 s" is a meta line (Streamlit); a closed disclosure's summary before an answer is its preamble
  // (Flowise's "Reasoning (2 steps)"): 26/35; a transcript table (a speaker column of two names, a message column) is
  // read row by row (transcript-table.ts): 30/35. Left: Rasa's widget (a bot greeting first, bubbles grouped per
  // sender with no role words once redesigned), Streamlit's sidebar select values and alert read as 4 extra turns.
  // reader17 (session 13): the block above a composer whose kids alternate typed and rendered turns is the thread, and
  // a kid with no role between two groups of messages is a turn (Rasa 5/5 both ways); a frame's pane beside the one
  // holding the thread and its composer is no exchange (Streamlit's sidebar); a greeting in a thread whose messages
  // share one wrapper is told by its first child (Chainlit's, kept before only because the sidebar came first); a chip
  // list named "Follow-up questions" is suggestions (Flowise): 35/35 both ways, 0 extra turns.
  'structural-held-out-6': { asTheyAre: 35 / 35, redesigned: 35 / 35, extraTurns: 0 },
  // Scored blind at a12a7af by the lead: 20/33 as they are, 19/33 redesigned, 4 extra turns (2 each way). Developed
  // on since (reader18): a closed <details> before an answer is the tool's, its hidden thinking not read (Hollama), a
  // meta line left as "10:42 ·" once its receipt was stripped is chrome (Tidio), an expanded "Sources (2)" panel of
  // links and snippets is chrome (Amazon Q): 26/33 as they are, 24/33 redesigned. Left: Google Chat's one thread
  // (turns merged, read as user; not found redesigned), Amazon Q's pasted prompt redesigned (read as assistant),
  // Discord's user panel and thread-starter header read as 2 extra turns each way, and its embed's footer line.
  'structural-held-out-7': { asTheyAre: 26 / 33, redesigned: 24 / 33, extraTurns: 4 },
  // Written blind (helper pages16, session 13) and scored by the lead once, after reader17's and reader18's work had
  // landed (neither saw it): 15/36 (41.7 %) both ways, 2 extra turns (1 each way). Not read at all: Crisp's and
  // Typebot's widgets (the bot first, several bubbles a turn); Webex's thread (the bot's long reply merged, prompts
  // 3-17 % of their words); Jan's collapsed "Thought for…" and Cohere's raw <pre> answers carry 6-7 extra words.
  // Developed on since (reader19, session 14): a statistics line under an answer ("112 words · 1.9 s · 163 tokens",
  // "Token Speed: 23.8 t/s") and an indented code header are the tool's (Cohere, Jan, Deep Chat); a Reply button's
  // label names no sender, a "name time Edited" header is a stamp and a row of punctuation no message (Webex); where
  // nothing names a role the side whose turns open with an avatar is the tool's, a rating row is chrome and a file
  // card keeps only its title and description (Crisp); chunks each holding one exchange opened by either side are
  // read row by row (Typebot): 34/36 both ways, 2 extra turns; with the judge giving a tie to the read turn with fewer
  // other words (fidelity.ts: Typebot's "In pairs", read right, had been matched to the bot's question holding both
  // words): 36/36 both ways. Left: Zoom's newest-first log (read in DOM order; its welcome card is an extra turn).
  'structural-held-out-8': { asTheyAre: 36 / 36, redesigned: 36 / 36, extraTurns: 2 },
  // Written blind (helper pages17, session 14) and scored by the lead once at 21148a9: 18/36 (50.0 %) as they are,
  // 20/36 (55.6 %) redesigned, 0/1 extra turns. Not read: Coze's newest-first thread with its opening message, kapa.ai's
  // modal (questions as titles), Mattermost's bot DM, Voiceflow's widget once redesigned; MaxKB's prologue and answers
  // merged or with chrome words. Developed on since (reader20): a kid with no role between single messages with a
  // role is a turn, not the page's, beside a bot's profile card read as a block of messages (Coze's prompts); the block
  // above the composer whose kids are each a prompt over its answer's card is a thread of exchanges, and a live region
  // holding the whole thread shows a dialog a chat (kapa.ai); a widget's banner built unlike every turn, first in a
  // thread of unmarked turns, is no turn (Voiceflow redesigned): 28/36 as they are, 29/36 redesigned, 1 extra turn.
  // Left: Mattermost's bot DM (a post's own Regenerate and reply-count rows read as messages: not read), MaxKB's
  // prologue and merged answers, Coze's profile-card description joined to its opening message (12 extra words; one
  // extra turn redesigned), and Coze's newest-first DOM read in DOM order (the judge does not weigh turn order).
  'structural-held-out-9': { asTheyAre: 28 / 36, redesigned: 29 / 36, extraTurns: 1 },
  // Written blind (helper pages18, session 15) and scored by the lead once at f7612f5: 17/34 (50.0 %) as they are,
  // 23/34 (67.6 %) redesigned, 2/0 extra turns. Not read: Perplexica (questions as h2 headings), Rocket.Chat (a bot
  // thread in a virtual list), Sakai as it is; SchoolAI's and Zendesk's answers keep chrome words; Vertex's
  // column-reverse list read with 2 extra turns as it is. Developed on since (reader21, session 15): a class list is
  // read by its component naming convention, "ai-msg__text" naming no role inside "ai-msg ai-msg--user" (Sakai as it
  // is): 23/34 both ways; a status row opening with an icon font's glyph ("check_circle" hidden from screen readers)
  // before an answer's body is its preamble (SchoolAI), a feedback question in its buttons' row is a note at any
  // length (Zendesk's "¿Te resultó útil esta respuesta?"): 25/34 both ways.
  // reader23 (session 16): a card for the tool's own object under an answer ("Space · Borrador" over its title, with
  // its own Ver Space / Lanzar buttons: tool-cards.ts) is the tool's (SchoolAI 5/5): 26/34 both ways; two button
  // groups in one row of controls are one answer's bar, and where the page marks its answers by their buttons a block
  // that is one heading alone is a question's title, not rendered Markdown (role-evidence.ts): Perplexica's questions
  // are read as prompts (2/4; its answers keep the source cards and the "Answer" caption): 28/34 both ways.
  'structural-held-out-10': { asTheyAre: 28 / 34, redesigned: 28 / 34, extraTurns: 2 },
  // Written blind (helper pages19, session 16) and scored by the lead once at f806a70: 23/49 (46.9 %) as they are,
  // 24/49 (49.0 %) redesigned, 14/9 extra turns. Not read: SillyTavern (a few words of each turn; nothing redesigned),
  // Telegram (roles swapped, merged; nothing redesigned), the Svelte chat's one-row-per-block turns; Intercom's answers
  // keep the host page's or the widget's words; Kagi's edit counters as they are.
  // Developed on since (reader22): an answer's statistics row read as a part of its own ("4.1s · 618 tokens"), a
  // counted source caption ("2 fuentes"), file chips (a list labelled "Attachments", a link of a file's name and size)
  // are the tool's, and rows laid out by sides (inline flex-end / flex-start) take their roles from the side, a centred
  // row between them no turn: 38/49 as they are, 35/49 redesigned, 5 extra turns (Telegram as it is). Left:
  // SillyTavern (its hidden side panels hold the page's first text, and nothing but attribute names marks a role) and
  // Telegram (its chat list is read with the thread, and the bot's avatar is classed "user-avatar").
  'structural-held-out-11': { asTheyAre: 38 / 49, redesigned: 35 / 49, extraTurns: 5 },
  // Scored blind at a6fa87a (pages20's seven pages, 3 Dec 2026): 32/39 as they are and redesigned, 1 extra turn
  // (HubSpot's redesigned greeting card). Missed: Cody's prompts in a read-only editor beside context chips (0/5) and
  // Chatbox's same-avatar rows (2 of 6).
  // Developed on since (lead, 3 Dec): a read-only textbox is message text, not the composer (page-chrome.ts), and a
  // code block's frame holds no paragraphs beside the code (serialize-turns.ts): 39/39 as they are, 38/39 redesigned.
  // Left: Cody's context chips (a file's name with its path as a tooltip) are read as a prompt of their own (as they
  // are) or into the prompt (redesigned).
  'structural-held-out-12': { asTheyAre: 39 / 39, redesigned: 38 / 39, extraTurns: 2 },
  // Written blind (helper pages21, session 19: Vercel's AI chatbot template, assistant-ui, TypingMind, Salesforce
  // Agentforce, Brainly's tutor, ChatPDF, Brave Search's Ask; 2 in Spanish; 56 turns) and scored by the lead once at
  // acd05f6 (the reader as session 19 began): 50/56 (89.3 %) as they are, 53/56 (94.6 %) redesigned, 6 extra turns
  // (Brave redesigned). Not read right: the Vercel template's Markdown prompt with an attachment chip (24 % of its
  // words, the next turn merged), Brave's question-and-answer sections (answers keep 8-25 chrome words), assistant-ui's
  // last answer (1 extra word). Developed on since (lead, session 19): a file's card above a prompt's Markdown is the
  // file sent, and no prompt of an exchange; a list named "Sources" for screen readers is chrome; a code header beside
  // its <pre> among an answer's paragraphs is the tool's row (files-sources-code-rows.test.ts): 56/56 both ways.
  'structural-held-out-13': { asTheyAre: 56 / 56, redesigned: 56 / 56, extraTurns: 0 },
};

interface PageResult {
  readonly page: string;
  readonly fidelity: Fidelity;
  readonly confidence: number;
  /**
   * Turns read beyond those expected (a welcome card, a sources panel): the fidelity judge passes over them, a
   * teacher has to delete each one.
   */
  readonly extraTurns: number;
}

function readPage(page: EvaluationPage, redesigned: boolean): PageResult {
  const { doc, url } = parsePage(page.html, redesigned);
  const turns = page.turns!;
  try {
    const reading = readStructurally(doc, url);
    expect(ExtractedConversation.safeParse(reading.conversation).success).toBe(true);
    return {
      page: page.id,
      fidelity: judgeFidelity(turns, reading.conversation!.turns),
      confidence: reading.confidence,
      extraTurns: Math.max(0, reading.conversation!.turns.length - turns.length),
    };
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    return { page: page.id, fidelity: judgeFidelity(turns, []), confidence: 0, extraTurns: 0 };
  }
}

/** Prints the per-page table and returns the share of faithful turns over all pages. */
function report(title: string, results: readonly PageResult[]): number {
  const faithful = results.reduce((n, r) => n + r.fidelity.faithful, 0);
  const total = results.reduce((n, r) => n + r.fidelity.total, 0);
  const lines = results.map((r) => {
    const misses = r.fidelity.verdicts.filter((v) => !v.isFaithful).map((v) => `#${v.index} ${v.why}`);
    if (r.extraTurns > 0) misses.push(`${r.extraTurns} extra turn${r.extraTurns === 1 ? '' : 's'}`);
    return `  ${r.page.padEnd(52)} ${`${r.fidelity.faithful}/${r.fidelity.total}`.padStart(5)}  conf ${r.confidence.toFixed(2)}  ${misses.join('; ')}`;
  });
  console.log(
    `${title}: ${faithful}/${total} turns faithful (${((100 * faithful) / total).toFixed(1)} %)\n${lines.join('\n')}`,
  );
  return faithful / total;
}

const conversations = (pages: EvaluationPage[]) => pages.filter((page) => page.turns !== undefined);

describe('structural reader fidelity', () => {
  test('layouts with no site adapter (tests/fixtures/structural)', () => {
    const pages = conversations(corpusPages());
    expect(new Set(pages.map((p) => p.id.split('/')[1])).size).toBeGreaterThanOrEqual(6);
    const share = report(
      'Unknown layouts',
      pages.map((page) => readPage(page, false)),
    );
    expect(share).toBeGreaterThanOrEqual(target);
  });

  test('unknown layouts after a redesign too', () => {
    const share = report(
      'Unknown layouts, redesigned',
      conversations(corpusPages()).map((page) => readPage(page, true)),
    );
    expect(share).toBeGreaterThanOrEqual(target);
  });

  // Seven sets, each written blind to the reader and scored once before the reader was developed against it (their
  // READMEs record each score). Once developed against, a set is no longer held out; the floors below only keep
  // what has been reached.
  test.each(heldOutSets.map((set) => [set] as const))(
    'held-out layouts written blind (tests/fixtures/%s), as they are and redesigned',
    (set) => {
      const pages = conversations(heldOutPages(set));
      expect(pages.length).toBeGreaterThanOrEqual(6);
      const asTheyAreResults = pages.map((page) => readPage(page, false));
      const redesignedResults = pages.map((page) => readPage(page, true));
      const asTheyAre = report(`Held-out layouts (${set})`, asTheyAreResults);
      const redesigned = report(`Held-out layouts (${set}), redesigned`, redesignedResults);
      expect(asTheyAre).toBeGreaterThanOrEqual(heldOutFloor[set].asTheyAre);
      expect(redesigned).toBeGreaterThanOrEqual(heldOutFloor[set].redesigned);
      const extraTurns = [...asTheyAreResults, ...redesignedResults].reduce((n, r) => n + r.extraTurns, 0);
      expect(extraTurns).toBeLessThanOrEqual(heldOutFloor[set].extraTurns);
    },
  );

  test('known-site fixtures after a redesign (every class, id, data-* and custom element renamed)', () => {
    const pages = conversations(chatColumnPages(knownSitePages()));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const share = report(
      'Known sites, redesigned',
      pages.map((page) => readPage(page, true)),
    );
    expect(share).toBeGreaterThanOrEqual(target);
  });

  test('known-site fixtures as they are', () => {
    const share = report(
      'Known sites, as they are',
      conversations(chatColumnPages(knownSitePages())).map((page) => readPage(page, false)),
    );
    expect(share).toBeGreaterThanOrEqual(target);
  });

  test('known-site pages with side documents: reported, not judged (their text comes from a site adapter)', () => {
    const pages = conversations(knownSitePages()).filter(hasSideDocument);
    expect(pages.length).toBeGreaterThan(0);
    report(
      'Known sites with side documents (canvas, artifacts), redesigned',
      pages.map((page) => readPage(page, true)),
    );
  });

  test.each(
    knownSitePages()
      .filter((page) => page.turns === undefined)
      .map((page) => [page.id, page] as const),
  )('%s (no conversation) is refused, redesigned or not', (_id, page) => {
    for (const redesigned of [false, true]) {
      const { doc, url } = parsePage(page.html, redesigned);
      expect(() => readStructurally(doc, url)).toThrowError(AdapterError);
    }
  });
});
