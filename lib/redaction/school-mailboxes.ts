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
/** Labels of a domain's end that say education or government ("edu", "k12", "sch.uk", "edu.co", "gob.mx"). */
const educationSuffix = /(?:^|\.)(?:edu|k12|sch|school|schools|gov|gob|educ|educacion|mec)(?:\.|$)/iu;
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
