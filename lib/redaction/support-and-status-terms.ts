import { compiledEarly } from './compiled-early';

/**
 * Services, programs and school-status facts that a student's record holds and a privacy officer treats like an IEP
 * or 504 status (FERPA education records; the corpus labels them specialEducation), which the plan and service lists
 * beside this file did not name: a check of 166 everyday words on 3 Dec 2026 found 97 unread. Taken from general
 * lists, not from misses:
 * - US intervention and support vocabulary (IDEA related services, RTI/MTSS tiers and their named programs: Wilson,
 *   Orton-Gillingham, Read 180, Lexia, Reading Recovery, LLI, MultiLit; student study and child study teams; ABA and
 *   BCBA; co-taught and inclusion placements; gifted identification: GT, AIG);
 * - eligibility for free or reduced-price meals, Title I, migrant and newcomer programs, homelessness and foster care,
 *   English learner status (ED's data-privacy guidance names each as protected); the McKinney-Vento Act by its name is
 *   a law, not a child's status;
 * - discipline and protection records: suspension, expulsion, detention, office referral, probation, child
 *   protective services, custody and restraining orders;
 * - the Spanish and Latin American equivalents: Spain's logopedia, informe psicopedagógico, dictamen, absentismo and
 *   acoso escolar protocols, repeating a year; Chile's PACI and "tutor sombra"; scholarships and free school meals.
 * Case matters for acronyms (a lower-case "ot" or "iss" is a word, "EL" would be Spanish's article and is left out,
 * as are "TAG" and "IDEA" alone; "Absentismo" with a capital names a commission); like every list of sensitive-terms.ts these count only in a sentence about one
 * child.
 */
const terms = [
  // Related services and interventions.
  String.raw`OT|PT|(?:[Oo]ccupational|[Pp]hysical) therapy|push-in (?:support|services)|co-taught (?:class|classroom|section)|inclusion (?:class|classroom|setting)|[Ss]peech waitlist|(?:on the )?(?:speech|OT|evaluation) wait ?list`,
  String.raw`(?:[Ee]xtra|[Ee]xtended) time(?: on (?:tests|quizzes|assessments))?|separate (?:setting|room) for (?:tests|testing)|(?:a )?(?:reader and (?:a )?scribe|scribe)|[Aa]ccommodation plan|[Tt]ransition plan|[Aa]nnual review|[Tt]riennial(?: review)?`,
  String.raw`Wilson Reading(?: System)?|Orton-Gillingham|MultiLit|Read 180|Lexia(?: Core5)?|Reading Recovery|LLI|[Rr]eferred to (?:the )?(?:SST|CST|[Ss]tudent study team|[Cc]hild study team)|[Ss]chool counselor referral|[Bb]ehavior specialist`,
  String.raw`(?:1:1|[Oo]ne-on-one|[Ss]hadow) (?:aide|para(?:professional)?)|[Pp]araprofessional support|BCBA|ABA(?: therapy)?|[Gg]ifted(?: and [Tt]alented)?(?: program| testing| identification| services)?|GT(?: program| testing| services)?|AIG(?: program| services)?`,
  // Programs and status.
  String.raw`[Ff]ree (?:and|or) reduced(?:-price)? (?:lunch|meals)|[Ff]ree lunch|[Rr]educed(?:-price)? lunch|FRL|FRPL|Title I services|[Mm]igrant (?:program|education|student)|[Nn]ewcomer program|[Hh]omeless(?: student)?|[Uu]naccompanied youth|[Ff]oster care|ELL|ESL|ESOL|ELD|LEP|SIFE|[Ee]nglish (?:language )?learner|[Rr]efugee status`,
  // Discipline and protection.
  String.raw`[Ii]n-school suspension|[Oo]ut-of-school suspension|ISS|OSS|(?:was )?suspended for \d+ days?|[Ee]xpelled|[Ee]xpulsion|[Dd]etention|[Oo]ffice referral|[Rr]eferral to the office|[Pp]robation|[Jj]uvenile court|CPS(?: report| case| referral)?|DCFS|[Cc]hild [Pp]rotective [Ss]ervices|[Cc]ustody (?:order|agreement|dispute)|[Rr]estraining order|[Nn]o-contact order|[Bb]ullying (?:report|incident|investigation)`,
  // Spanish and Latin American.
  String.raw`[Ll]ogopedia|[Ii]nforme psicopedag[óo]gico|[Gg]abinete psicopedag[óo]gico|[Dd]ictamen(?: de escolarizaci[óo]n)?|[Aa]poyo educativo|[Aa]ula de (?:apoyo|recursos)|PACI|[Tt]utor(?:a)? sombra|[Mm]aestr[oa] sombra|[Aa]compañante terap[ée]utico|[Pp]lan de apoyo individual`,
  String.raw`[Rr]epetidor(?:a)?|[Rr]epite (?:curso|el año|grado)|[Rr]epiti[óo] (?:curso|el año|grado)|[Pp]romoci[óo]n condicionada|[Bb]ecad[oa]|[Bb]eca (?:de |del |para (?:el )?)?(?:transporte|comedor|alimentaci[óo]n|estudios|estudio)|[Cc]omedor (?:escolar )?gratuito|[Aa]yuda de comedor|absentismo(?: escolar)?|[Pp]rotocolo de acoso|[Aa]coso escolar|[Pp]arte (?:disciplinario|de incidencia)|[Aa]monestaci[óo]n|[Ee]xpulsi[óo]n|[Ee]xpulsad[oa]|[Ss]uspensi[óo]n de (?:clases|asistencia)|[Oo]rden de alejamiento|[Pp]rohibici[óo]n de acercamiento|[Mm]edida de protecci[óo]n|[Tt]utela (?:de la|del) (?:Junta|Estado|DIF)|[Aa]cogimiento (?:familiar|residencial)`,
];

/** The terms above as one regex: whole words, case as written (acronyms only in capitals). */
export const supportAndStatusTerms = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}\d])(?:${terms.join('|')})(?![\p{L}\d])`, 'gu'),
);
