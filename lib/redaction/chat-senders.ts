import type { Detection } from './detection';
import { familyMessageSender } from './family-message-sender';
import { allMatches } from './all-matches';

/**
 * A parents' chat pasted from WhatsApp or a texting app: one message a line, "[11/12/25, 7:43] Rocío Benavides:
 * maestra buen día, …" or "11/12/25, 7:43 - Rocío Benavides: …". A message that speaks to the teacher
 * ("maestra", "profe", "Ms. Lee") or of the writer's child ("mi hija", "my son") is a family's: its sender, named in full, is a parent, and what it says
 * ("tiene cita por lo del TDAH") is about their child.
 */
// A WhatsApp export copied from the phone gives the time alone in brackets ("[9:11] Mayelin Severino: profe…",
// part 11, 1 Dec 2026); without brackets a bare time ("10:15 Reading Workshop: …") is a schedule, not a chat.
const chatLine =
  /^[ \t]*(?:\[?\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]?[aApP]\.?[ \t]?[mM]\.?)?\]?|\[\d{1,2}:\d{2}(?:[ \t]?[aApP]\.?[ \t]?[mM]\.?)?\])[ \t]*(?:[-–][ \t]*)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}):[ \t]+(.*)$/gmu;
const toTheTeacher =
  /\b(?:maestr[ao]|profe(?:sor[a]?)?|miss|teacher|Mr\.|Mrs\.|Ms\.|Sra\.|seño|señorita|mi hij[oa]|el niño|la niña|my (?:son|daughter|child|kid))(?![\p{L}])/iu;

/** True when `line` is one message of a family to the teacher. */
export function isFamilyMessage(line: string): boolean {
  if (!line.includes(':')) return false;
  for (const m of allMatches(chatLine, line)) if (toTheTeacher.test(m[2] as string)) return true;
  return false;
}

/** The parents who sent messages to the teacher in a pasted chat, with offsets in `text`. */
export function findChatSenders(text: string): Detection[] {
  if (!/\d:\d{2}/.test(text)) return [];
  const out: Detection[] = [];
  for (const m of allMatches(chatLine, text)) {
    if (!toTheTeacher.test(m[2] as string)) continue;
    const name = m[1] as string;
    out.push(familyMessageSender(name, m.index + m[0].indexOf(name)));
  }
  return out;
}
