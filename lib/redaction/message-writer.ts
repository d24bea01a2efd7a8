import type { Detection } from './detection';
import { normaliseKey } from './detection';
import { compiledEarly } from './compiled-early';

/**
 * The writer of a message a teacher pastes, when the message says the writer is a child's parent ("this is
 * Jalen's mom", "soy la madre de Lucía"): the name in its "From:" line and the name it is signed with are the
 * parent's ("From: Monique Baptiste" … "Thank you, Monique"). Found by probing on 1 Dec 2026
 * (tests/redaction/probes-round-7.test.ts): a parent's e-mail was kept but for the child's name in it.
 */

const writerIsParent = compiledEarly(
  /\b(?:this is|I['’]m|I am|it['’]s|soy)\s+(?:\p{Lu}[\p{L}'’-]+['’]s\s+(?:mom|mother|mum|dad|father|grandma|grandmother|grandpa|grandfather|guardian|aunt|uncle|stepmom|stepdad|foster (?:mom|dad|parent))|(?:la|el)\s+(?:madre|padre|mamá|papá|abuel[ao]|tutora?|tí[ao])\s+de\s+\p{Lu})/u,
);
const personName = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}`;
const fromLine = new RegExp(String.raw`^[ \t]*(?:From|De)\s*:[ \t]*(${personName})(?=[ \t]*(?:<|\(|$))`, 'mu');
const signOff = new RegExp(
  String.raw`(?:Thanks|Thank you|Best|Best regards|Regards|Sincerely|Warmly|Cheers|Gracias|Muchas gracias|Saludos|Un saludo|Atentamente|Un abrazo)[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|[ \t]+)(?:[-–—][ \t]*)?(${personName})[ \t]*[.!]?[ \t]*$`,
  'u',
);

function parentDetection(text: string, start: number, cue: string): Detection {
  const parts = text.split(/\s+/).filter((p) => p.length >= 3);
  return {
    kind: 'parentName',
    text,
    start,
    key: normaliseKey(text),
    reason: { code: 'parentCue', detail: cue },
    scope: 'global',
    parts: parts.length > 1 ? parts : undefined,
  };
}

/** The parent who wrote the message in `text`, by its "From:" line and its sign-off. */
export function findParentWriter(text: string): Detection[] {
  const says = text.match(writerIsParent);
  if (!says) return [];
  const cue = says[0];
  const out: Detection[] = [];
  const from = text.match(fromLine);
  if (from)
    out.push(parentDetection(from[1] as string, (from.index ?? 0) + from[0].lastIndexOf(from[1] as string), cue));
  const sign = text.trimEnd().match(signOff);
  if (sign) {
    const name = sign[1] as string;
    out.push(parentDetection(name, (sign.index ?? 0) + sign[0].lastIndexOf(name), cue));
  }
  return out;
}
