import type { ExtractedConversation } from '../../model/conversation';
import type { SiteId } from '../../model/site';
import type { ClassifiedBlock } from './classify-roles';
import { conversationOfTurns } from './conversation-meta';
import { visibleText, type PageScan } from './page-scan';
import { serializeTurns } from './serialize-turns';

/**
 * A conversation shown as a transcript table: one row per turn, a cell naming the speaker (two names, "Teacher" /
 * "Course Assistant", often after an icon), a cell holding the message, and index, time or action cells (an LMS
 * tool's Transcript tab, an export view; held-out set 6). Read row by row: the message cell is the turn, the rest of
 * the row is the table's. Told by shape alone, never by column names (a redesign keeps them, another language
 * doesn't): a column of at most two short values, both used, and a column of messages, one of which is an answer's
 * length at least. An answer's own table (a dialogue of two speakers in a script) has short lines: it is left alone.
 */

const maxSpeakerChars = 40;
// An answer among the messages: a transcript holds one, a table of short lines (a script, a schedule) doesn't.
const minAnswerChars = 200;
const minRows = 2;
// How far each message is read to weigh who writes more.
const maxMessageChars = 2000;
const maxTables = 20;
// The most rows a transcript table is read with (a session's turns; a report's rows are more).
const maxRows = 1000;

/** The rows of the first transcript table on the page as blocks (message cell, role), or null when there is none. */
export function findTranscriptTable(
  body: Element,
  scan: PageScan,
): { table: Element; blocks: ClassifiedBlock[] } | null {
  const tables = body.getElementsByTagName('table');
  for (let t = 0; t < tables.length && t < maxTables; t++) {
    const blocks = readTranscript(tables[t]!, scan);
    if (blocks !== null) return { table: tables[t]!, blocks };
  }
  return null;
}

function bodyRows(table: Element): Element[][] | null {
  const found = table.querySelectorAll('tr');
  // A data table of thousands of rows (a report) is no transcript: refused before any row is read.
  if (found.length > maxRows) return null;
  const rows: Element[][] = [];
  for (const row of found) {
    if (row.closest('table') !== table) continue;
    const cells = [...row.children].filter((cell) => cell.localName === 'td');
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function readTranscript(table: Element, scan: PageScan): ClassifiedBlock[] | null {
  const rows = bodyRows(table);
  if (rows === null || rows.length < minRows) return null;
  const width = rows[0]!.length;
  if (width < 2 || rows.some((cells) => cells.length !== width)) return null;
  // Each cell's head only: whether it is a speaker's name or an answer's length is all that is asked of it (an
  // answer's tables are on many chat pages, and reading their whole cells was waste).
  const texts = rows.map((cells) => cells.map((cell) => visibleText(cell, scan, minAnswerChars)));
  // The message column: the one with the most text.
  let messageAt = 0;
  const totals = Array.from({ length: width }, (_, c) => texts.reduce((n, row) => n + row[c]!.length, 0));
  for (let c = 1; c < width; c++) if (totals[c]! > totals[messageAt]!) messageAt = c;
  if (!texts.some((row) => row[messageAt]!.length >= minAnswerChars)) return null;
  // The speaker column: two short values, both used; of several such (a time column can have two values), the one
  // changing most often between rows (speakers take turns).
  let speakerAt = -1;
  let mostChanges = 0;
  for (let c = 0; c < width; c++) {
    if (c === messageAt) continue;
    const values = texts.map((row) => row[c]!);
    if (values.some((s) => s === '' || s.length > maxSpeakerChars) || new Set(values).size !== 2) continue;
    const changes = values.filter((value, r) => r > 0 && value !== values[r - 1]).length;
    if (changes > mostChanges) [speakerAt, mostChanges] = [c, changes];
  }
  if (speakerAt < 0) return null;
  const speakers = texts.map((row) => row[speakerAt]!);
  const names = [...new Set(speakers)];
  // The answerer writes more: the speaker of the longer messages on average is the assistant (the messages read
  // further than their heads, once the table is known to be a transcript).
  const totalsBy = new Map<string, number>();
  rows.forEach((cells, r) => {
    const length = visibleText(cells[messageAt]!, scan, maxMessageChars).length;
    totalsBy.set(speakers[r]!, (totalsBy.get(speakers[r]!) ?? 0) + length);
  });
  const mean = (name: string) => totalsBy.get(name)! / speakers.filter((speaker) => speaker === name).length;
  const assistant = mean(names[0]!) > mean(names[1]!) ? names[0] : names[1];
  return rows.map((cells, r) => ({
    el: cells[messageAt]!,
    role: speakers[r] === assistant ? 'assistant' : 'user',
    isEvident: true,
  }));
}

/**
 * The reading of a transcript table, when it shows the conversation better than the page's main reading: that
 * reading found no conversation, or fewer turns than the table has rows with the table making most of its text (the
 * whole table read as one answer). An answer's own table in a chat is a small part of what the chat's turns say.
 */
export function readTranscriptTable(
  doc: Document,
  url: URL,
  site: Exclude<SiteId, 'selection'>,
  scan: PageScan,
  transcript: { table: Element; blocks: ClassifiedBlock[] },
  main: ExtractedConversation | null,
): { conversation: ExtractedConversation; confidence: number; reasons: string[] } | null {
  if (main !== null) {
    const mainChars = main.turns.reduce((n, turn) => n + turn.text.length, 0);
    const tableChars = visibleText(transcript.table, scan, mainChars).length;
    if (main.turns.length >= transcript.blocks.length || 2 * tableChars < mainChars) return null;
  }
  const turns = serializeTurns(transcript.table, transcript.blocks, scan, url.href);
  if (turns.length < minRows) return null;
  const reading = conversationOfTurns(doc, url, site, transcript.table, {
    turns,
    evidentShare: 1,
    hasComposer: false,
    seen: ['transcript table'],
  });
  return { ...reading, reasons: ['turns from a transcript table', ...reading.reasons] };
}
