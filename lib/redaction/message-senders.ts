import type { Detection } from './detection';
import { familyMessageSender } from './family-message-sender';
import { allMatches } from './all-matches';

/**
 * The senders of a list of family messages a teacher pastes to have them answered: "4) from Jasmine Whitfield:
 * "Hi! Is pajama day still Friday?"", "- from "Mr. T" (Trevor's dad): "…"", "de la Sra. Ocampo: "maestra…"".
 * Each line opens with "from"/"de" and a sender, then a colon and the message in quotes: the sender is a parent
 * (part 11's Dojo and Remind threads, 1 Dec 2026, lost every such name). A sender with a staff title or a staff
 * role beside it ("from Coach Rivera (PE):", "from the office:") is left alone, as is a line whose message is
 * not quoted (a lesson's "from Lincoln: "…"" has none of the list's shape twice).
 */
const honorific = String.raw`(?:Mr|Mrs|Ms|Mx|Sr|Sra|Srta|Doña|Don)\.?`;
const senderName = String.raw`(?:${honorific}\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’.-]*){0,3}`;
const senderLine = new RegExp(
  String.raw`^[ \t]*(?:\d{1,2}[.)]|[-*•])?[ \t]*(?:msg |text |message |mensaje )?(?:from|de)[ \t]+(?:(?:the|la|el)[ \t]+)?(?:(${senderName})|["“](${honorific}\s+\p{Lu}[\p{L}.]{0,12}|[\p{Lu}][\p{L}.' ]{0,18})["”])([ \t]*\([^)\n]{1,40}\))?[ \t]*:[ \t]*["“]`,
  'gmu',
);
/** Staff, not family: a title before the name or a role in the parentheses after it. */
const staffWord =
  /\b(?:Coach|Principal|Nurse|Dr|Officer|Counsel+or|Consejer[ao]|Director[a]?|Enfermer[ao]|PE|office|oficina|teacher|maestr[ao]|aide|para|secretary|secretari[ao]|admin|district|distrito|bus|front desk)\b/iu;

export function findMessageSenders(text: string): Detection[] {
  if (!/(?:from|de)[ \t]/.test(text)) return [];
  const lines = allMatches(senderLine, text);
  // A list of messages: two lines of the shape at least.
  if (lines.length < 2) return [];
  const out: Detection[] = [];
  for (const m of lines) {
    const name = (m[1] ?? m[2]) as string;
    if (staffWord.test(name) || staffWord.test(m[3] ?? '')) continue;
    const withoutHonorific = name.replace(new RegExp(`^${honorific}\\s+`, 'u'), '');
    out.push(familyMessageSender(name, m.index + m[0].indexOf(name), withoutHonorific));
  }
  return out;
}
