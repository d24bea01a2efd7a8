import { normaliseKey, type Detection } from './detection';

/**
 * A parent found as the sender of a message to the teacher (a "from X:" list, a pasted chat): one finding for every
 * mention of the name in the trace, and for its parts of three letters or more. `partsOf` is the name as its parts
 * are read, when the sender line wrote it with an honorific ("Sra. Paulina Sepúlveda" → Paulina, Sepúlveda).
 */
export function familyMessageSender(name: string, start: number, partsOf: string = name): Detection {
  return {
    kind: 'parentName',
    text: name,
    start,
    key: normaliseKey(name),
    reason: { code: 'familyMessage', detail: '' },
    scope: 'global',
    parts: partsOf.split(/\s+/).filter((p) => p.length >= 3),
  };
}
