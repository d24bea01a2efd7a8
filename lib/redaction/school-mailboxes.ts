/**
 * A school's own addresses are not student data: its role mailboxes (pta@, sciencefair@, rectoria@) and its
 * staff's (jalvarez@pinecrestms.org in a coach's signature or a "Cc:" line). Every student email of parts 1–12
 * (1 Dec 2026: 93 of them) sits either at a consumer provider (gmail, yahoo, hotmail, …: a parent's or a child's
 * own) or in a school's student subdomain with a number in it ("jrivera27@stu.cedarparkisd.org"); every
 * look-alike mailbox sits at a school's or district's domain with no number in its name. So the class is decided
 * by the domain and the shape of the mailbox, not by a list of role words.
 */

/** Mail providers people sign up to themselves: an address there is a person's, never the school's. */
const consumerProvider =
  /^(?:g(?:oogle)?mail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton(?:mail)?|pm|gmx|mail|zoho|fastmail|tutanota|hey|comcast|xfinity|verizon|att|sbcglobal|bellsouth|cox|charter|spectrum|earthlink|optonline|frontier|windstream|centurylink|telus|shaw|rogers|sympatico|videotron|bell|btinternet|sky|virginmedia|talktalk|ntlworld|orange|free|wanadoo|laposte|terra|prodigy|movistar|telefonica|uol|bol|ig|latinmail|cantv|claro|tigo|speedy|arnet|fibertel|vtr|etb|une|yandex|qq|163|126|naver|web|t-online)$/iu;

/**
 * A domain label that names a school or a school system: "rileyms", "brookhurstjhs", "lincolnhs",
 * "eastlakeelem", "maplewoodacademy", "cedarparkisd", "colegiosanmarcos", "iesimonbolivar", "escolasantjordi".
 */
const schoolLabel =
  /(?:ms|hs|jhs|mhs|ihs|chs|shs|elem|elementary|middle|high|academy|prep|school|schools|isd|cisd|usd|cusd|sd\d*|k12|charter|montessori)$|^(?:ps|ms|is|jhs|hs)\d+|^(?:colegio|escuela|liceo|escola|instituto|ies|ceip|cp|uni|edu|col|inst)|colegio|escuela|liceo|school|academy|district/iu;
/**
 * Labels of a domain's end that say education or government ("edu", "k12", "sch.uk", "edu.co", "gob.mx"), and the
 * "go." second level some countries give their government ("mep.go.cr", Costa Rica's education ministry: a liceo's
 * mailbox in blind part 23, 2 Dec 2026).
 */
const educationSuffix = /(?:^|\.)(?:edu|k12|sch|school|schools|gov|gob|educ|educacion|mec)(?:\.|$)|\.go\.[a-z]{2}$/iu;
/** A subdomain for students' own mailboxes: "stu.", "students.", "alumnos.", "estudiantes.". */
const studentSubdomain = /(?:^|\.)(?:stu|students?|pupils?|learners?|alumn[oa]s?|estudiantes?|est)\./iu;

/** Whether `domain` is a school's or a school system's, not a provider people sign up to. */
export function isSchoolDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  if (labels.some((l) => consumerProvider.test(l))) return false;
  if (educationSuffix.test(domain)) return true;
  // "ies-goya", "conroeisd-example": each part of a hyphenated label too.
  return labels.slice(0, -1).some((l) => [l.replace(/-/g, ''), ...l.split('-')].some((p) => schoolLabel.test(p)));
}

/**
 * A mailbox of the school itself: at a school's domain, outside a student subdomain, with no number in its name
 * (a student account numbers its year or its place: "lfitzgerald10", "amedina27"), and not built from the name
 * of a child the teacher listed (`rosterWords`).
 */
export function isSchoolMailbox(local: string, domain: string, rosterWords?: Set<string>): boolean {
  if (/\d/.test(local) || studentSubdomain.test(`${domain}.`) || !isSchoolDomain(domain)) return false;
  const words = local.toLowerCase().split(/[._+-]+/);
  return !words.some((w) => w.length >= 2 && rosterWords?.has(w) === true);
}

/** A mailbox's first word that is a kind of school. */
const schoolKindFirst = /^(?:liceo|colegio|escuela|escola|instituto|institut|school|academy|academia)[._-]/iu;

/** A staff member's title or role, right before a name or a mailbox. */
const staffTitle =
  /(?:\b(?:coach|mr|mrs|ms|mx|dr|prof|profe|profesora?|maestr[oa]|teacher|counselou?r|principal|director[a]?|coordinator|coordinador[a]?|nurse|librarian|advisor|sponsor|secretary|secretari[oa]|rector[a]?|cc|from|de|para)\b\.?[\s:,<]*(?:\p{Lu}[\p{L}'’-]+\s+){0,2})$/iu;
const studentWord =
  /\b(?:students?|pupils?|alumn[oa]s?|estudiantes?|my (?:kid|son|daughter)|mi hij[oa]|su hij[oa])\b/iu;

/**
 * Whether the mailbox at `at` in `line` is the school's own (a role or a staff member's), reading the line too:
 * a mailbox built from a name written in the line ("jlopez@…" beside "Jonah Lopez, my student") is that
 * person's, kept only when a staff title comes before the name ("Coach Jorge Alvarez <jalvarez@…>"); one beside
 * a word for a student with no staff title before it is a child's school account.
 */
export function isSchoolsOwnMailbox(
  local: string,
  domain: string,
  line: string,
  at: number,
  rosterWords?: Set<string>,
): boolean {
  if (!isSchoolMailbox(local, domain, rosterWords)) return false;
  // "liceo.tierrablanca@", "colegio-sanmarcos@": a mailbox opening with a kind of school is the school's, whatever
  // place or patron follows (blind part 23: a liceo's address signing its transport list).
  if (schoolKindFirst.test(local)) return true;
  const plain = local.toLowerCase().replace(/[^\p{L}]/gu, '');
  for (const m of line.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}[\p{L}'’-]+/gu)) {
    const word = m[0].toLowerCase().replace(/[^\p{L}]/gu, '');
    // A name, not the role the mailbox spells ("PTA email is pta@…", "Robotics: robotics@…").
    if (word.length < 3 || word === plain || !plain.includes(word) || m.index === undefined) continue;
    // The name written out: its first word (the surname's first name before it) is where a title would stand.
    const before = line.slice(Math.max(0, m.index - 40), m.index);
    return staffTitle.test(before);
  }
  // One word that names no one written in the line: a role ("robotics@", "pta@").
  if (/^\p{L}+$/u.test(local)) return true;
  const before = line.slice(Math.max(0, at - 40), at);
  return !(studentWord.test(line) && !staffTitle.test(before));
}
