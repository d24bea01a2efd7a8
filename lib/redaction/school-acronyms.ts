/**
 * Latin American schools and support services are written by their acronym, not by a word "school" the
 * institution cues of patterns.ts read: Argentina's "E.E.S. N.º 14" (escuela de educación secundaria), "E.E.P.",
 * "E.P.E.T.", "E.E.S.T."; Mexico's special-education units "USAER" and "UDEEI", its "CENDI", "CONALEP", "CBTIS".
 * A phone or a street address on such a school's
 * signature line ("E.E.S. N.º 14 … · Av. … 4210, Lanús · (011) 4555-2300", "Psic. … · USAER 27 · Tel. …") is
 * the school's, as "school" or "colegio" there would make it (part 16, 1 Dec 2026: two such lines, three numbers
 * and an address redacted as a family's). Capitals only: the dotted forms and these letters are not words. The
 * acronym names one school only with its number ("USAER 27", "CBTIS 52"), and only on the value's own line: a
 * parent's chat message saying "la van a valorar los de USAER" speaks of a service, and the phone of the next
 * message is the family's (part 8). The undotted forms of Argentina's technical and secondary schools ("EPET N.º 20",
 * "EET N.º 3", Neuquén's "CPEM N.º 12", Córdoba's "IPEM 193") sign a psychologist's or a preceptor's note the same
 * way (blind part 23, 2 Dec 2026: an EPET's address and switchboard redacted as the family's).
 */
export const schoolAcronymCue =
  /(?<![\p{L}.])(?:E\.E\.S\.(?:T\.)?|E\.E\.P\.|E\.P\.E\.T\.|EPET|EET|CPEM|IPEM|EEST?|EEP|USAER|UDEEI|CENDI|CONALEP|CBTIS|CETIS)(?=[ \t]+(?:N\.?[ \t]?[º°]\.?[ \t]*|No\.?[ \t]*|#[ \t]*)?\d)/u;
