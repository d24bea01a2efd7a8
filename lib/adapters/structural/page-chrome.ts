/**
 * What is page chrome on any chat page, known from standard tags, ARIA and visible text alone (never a site's
 * class or attribute names, which a redesign renames). Issue 8 lists what a teacher must never see stored as a
 * turn: navigation, sidebars, buttons, role labels ("You said:"), citation pills, code headers, "Show more",
 * disclaimers under the composer.
 */

const chromeTags = new Set([
  'nav',
  'aside',
  'header',
  'footer',
  'dialog',
  'menu',
  'form',
  // A form control's caption ("Select all sources" beside a checkbox in a sources panel): rendered Markdown has none.
  'label',
  'button',
  'select',
  'textarea',
  'input',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
]);
const chromeRoles = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'tab',
  'button',
  'tooltip',
  'search',
  'separator',
  'textbox',
  // Live announcements of progress inside a message ("Thought for 6s", "Searched the web": Claude 2026-10).
  'status',
  'progressbar',
]);

/**
 * Landmarks and controls that are never conversation text, by tag, role and hidden markup. `form` is the composer
 * on every chat page studied (2026); `separator` is the "Today" rule between exchanges. Tested element by element
 * where the reader walks, which is little of a page.
 */
export function isChromeByMarkup(
  el: Element,
  role: string | null = el.getAttribute('role'),
  tag = el.localName,
  mayBeHidden = true,
): boolean {
  if (chromeTags.has(tag)) return true;
  // `mayBeHidden` false: the caller has read the hidden markup already and found none.
  if (mayBeHidden && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return true;
  if (role !== null && chromeRoles.has(role) && !(role === 'textbox' && isReadOnlyText(el))) return true;
  // A strip of source cards named for screen readers as such ("Sources"): links to what the answer cites, not its words.
  if (role === 'list' && namesSources(el.getAttribute('aria-label') ?? '')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable === '' || editable === 'true';
}

// A caption or accessible name naming sources, with or without their count ("Sources (2)", "3 sources", "Fuentes (3)",
// "References:"): a disclosure toggle's or a list's, the tool's and not the answer's words.
const sourcesName =
  /^((sources?|fuentes|references?|referencias|citations?|citas|quellen)\s*(\(\d{1,3}\)|:)?|\d{1,3}\s+(sources?|fuentes|references?|referencias|citations?|citas|quellen))$/i;

/** Whether `text` (a toggle's caption, a list's `aria-label`) names a list of sources. */
export function namesSources(text: string): boolean {
  return sourcesName.test(text.trim());
}

/**
 * A textbox no one can type in: a sent prompt some tools render in a read-only editor (`role="textbox"` with
 * `aria-readonly="true"` or `contenteditable="false"`: Sourcegraph Cody's transcript, blind set 12). It is message
 * text, not the composer.
 */
function isReadOnlyText(el: Element): boolean {
  return el.getAttribute('aria-readonly') === 'true' || el.getAttribute('contenteditable') === 'false';
}

/** The tags isChromeTag names. */
export const chromeTagNames: readonly string[] = [...chromeTags];

/** Landmarks and controls by tag alone (the rest of isChromeByMarkup needs the element's attributes). */
export function isChromeTag(tag: string): boolean {
  return chromeTags.has(tag);
}

/** The composer: where the teacher types the next prompt (a textarea, an editable element or a textbox role). */
export function isComposer(el: Element): boolean {
  if (el.localName === 'textarea') return true;
  if (el.getAttribute('role') === 'textbox') return !isReadOnlyText(el);
  const editable = el.getAttribute('contenteditable');
  return editable === '' || editable === 'true';
}

/**
 * Whole-element texts that label a message instead of being part of it: screen-reader headings ("You said:",
 * "ChatGPT said:", Spanish "Has dicho:", "Gemini ha dicho"), sender names shown above bubbles, and the expanders
 * long prompts carry. Anchored on both ends so a sentence that merely starts with "You" never matches.
 */
const userLabel =
  /^(you|you said|your message|user|me|yo|tú|tu|has dicho|tú dijiste|dijiste|vous|vous avez dit|du|sie|du hast gesagt)\s*:?$/i;
const assistantLabel =
  /^([\p{L}\p{N}][\p{L}\p{N} .+-]{0,30}\s+(said|says|ha dicho|dijo|a dit|sagte|hat gesagt)|[\p{L}\p{N}][\p{L}\p{N} .+-]{0,30}\s+(responded|replied|respondió|ha respondido|a répondu|antwortete)|assistant|ai|bot|asistente|assistente|ia|ki)\s*:?$/iu;
const expanderLabel =
  /^(show (more|less)|see (more|less)|read more|ver (más|menos)|mostrar (más|menos)|afficher (plus|moins)|mehr anzeigen|weniger anzeigen|\(?opens (in )?(a )?new (tab|window)\)?|copied!?|copy code|copy|web search|sources|searching the web|searched \d+ sites?|búsqueda web|fuentes)$/i;

/**
 * The question a message's feedback row asks beside its thumbs ("Was that helpful?", "¿Te resultó útil?"): the
 * row's caption, never the answer's words (an answer asking the teacher something goes on past it).
 */
const feedbackQuestion =
  /^(was (that|this)( answer| response| reply)? (helpful|useful)|is this (answer |response )?(helpful|useful)|did this answer your question|did (that|this)( answer| response)? help( you)?|¿?te (resultó|ha resultado|fue|ha sido) (útil|de ayuda)( esta respuesta)?|¿?te (ha servido|sirvió)( esta respuesta)?|¿?(fue|es) útil esta respuesta|¿?(esta respuesta )?(te )?(ha sido|fue) de ayuda( esta respuesta)?|cette réponse (vous )?a-t-elle été utile|war (das|diese antwort) hilfreich)\s*\??$/i;

/**
 * Disclaimers under the composer or under each answer (English and a few languages), matched inside a short text;
 * a note that the text was made by AI only where it opens the text ("Generado con IA · Revisa el contenido…": a
 * chat app's context line), as an answer's own sentence about AI-made images does not.
 */
const disclaimer =
  /^(generated|generado|generada|généré|générée|generiert|erstellt) (with|by|using|con|por|par|mit|von) (l'|la |der )?(ai|ia|ki)\b|(can|may) (make mistakes|be (inaccurate|wrong)|produce inaccurate|display inaccurate)|check important info|ai-generated|verify (important )?(info|information|responses)|ai-generated content|puede (cometer errores|equivocarse)|peut (faire|commettre) des erreurs|kann fehler machen/i;

// A note where an answer's sources would be listed, saying there are none: the tool's, like the list it stands for.
const noSourcesNote =
  /^(no (sources|citations|references|web results)( were)? used( for this (answer|response|reply))?|no se (usaron|han usado|utilizaron) fuentes( para esta respuesta)?|aucune source (n'a été )?utilisée( pour cette réponse)?|keine quellen (verwendet|genutzt))\s*\.?$/i;

export type LabelRole = 'user' | 'assistant' | 'none';

/** The role a short label names, 'none' for other chrome labels, undefined when `text` is not a label. */
export function labelRole(text: string): LabelRole | undefined {
  if (text.length > 40) return undefined;
  const t = text.trim();
  if (userLabel.test(t)) return 'user';
  if (assistantLabel.test(t)) return 'assistant';
  if (expanderLabel.test(t) || feedbackQuestion.test(t)) return 'none';
  return undefined;
}

// Any expander label inside a longer text (expanderLabel without its anchors): an element's text holds every child's.
const expanderInside = new RegExp(expanderLabel.source.slice(1, -1), 'i');

/**
 * False when no element whose text is part of `text` can be a label labelRole calls 'none' (an expander, a
 * screen-reader note): such a label's text would appear in `text`. One test of a link's text instead of reading
 * each child's (every link of a 400-turn page, 2026-12-01).
 */
export function mayHoldChromeLabel(text: string): boolean {
  return expanderInside.test(text);
}

/** A note saying an answer used no sources ("No sources used for this answer."), read at a message's end. */
export function isNoSourcesNote(text: string): boolean {
  return text.length <= 60 && noSourcesNote.test(text.trim());
}

/** A disclaimer is the whole text: its first sentence warns, and at most two short ones follow. */
export function isDisclaimer(text: string): boolean {
  // A warning in the first sentence is a warning in the whole text: most texts are none, and are not split.
  if (text.length > 200 || !disclaimer.test(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+/);
  return sentences.length <= 3 && disclaimer.test(sentences[0]!);
}

/**
 * Timestamps and edit notes printed beside a message ("10:42 AM", "Edited", "2 min ago", a messenger's "14m"), and
 * the meta line a messenger prints under each message: a few short parts joined by a middle dot or bar, ending
 * or opening with a stamp ("Fin · AI Agent · 14m", "Seen · 2h", "09:41 · Mistral Small 3.1").
 */
// The age of a message in the page's language: "2 min ago", "hace 3 minutos", "il y a 5 minutes", "vor 2 Minuten".
const relativeAge =
  '(\\d+|a|an|one) (sec|second|min|minute|hour|day)s? ago|hace (\\d+|un|una) (segundo|minuto|min|hora|día|dia)s?|hace un momento|il y a (\\d+|une?) (seconde|minute|min|heure|jour)s?|à l.instant|vor (\\d+|einer?) (sekunde|minute|min|stunde|tag)(n|en|e)?|gerade eben';
const stampWords = `(\\d{1,2}:\\d{2}(:\\d{2})?(\\s?[ap]\\.?m\\.?)?|edited|editado|modifié|bearbeitet|${relativeAge}|just now|now|yesterday|today|hoy|ayer)`;
// A messenger's age of a message ("14m", "2h"), or how long the answer took ("4.2 s": a generation caption's
// "gpt-4o-mini · 4.2 s"): alone or ending a meta line, never after words ("I ran 5m").
const shortAge = '\\d{1,2}(\\.\\d)? ?(s|m|h|d|w|min|mins|hr|hrs)';
// A stamp may carry an edit note beside its time, printed apart or run together ("9:52 AM Edited", "9:52 AMEdited").
const stamp = new RegExp(
  `^(((today|yesterday|hoy|ayer)( at| a las)? |(\\S+ ){1,3})?${stampWords}(\\s*[·•|,]?\\s*${stampWords})?|${shortAge})$`,
  'i',
);
const metaLine = new RegExp(
  `^(([^·•|]{1,24}[·•|] ?){1,3}(${stampWords}|${shortAge})|(${stampWords}|${shortAge})( ?[·•|] ?[^·•|]{1,24}){1,3})$`,
  'i',
);
// A sender's name, the time and an edit note in one header row ("Tomas Whitaker 2:39 PM Edited"): the name's words are
// at most three (the pattern's own bound), so a longer line is a sentence.
const maxStampChars = 32;
const maxMetaLineChars = 40;

/**
 * A metric a tool prints under an answer ("Tokens: 301", "Tiempo: 3.17 s", "Latency: 820 ms"): a short name, a colon
 * and a number with at most a unit. Read at a message's bottom edge only, outside its Markdown blocks.
 */
const metricNote = /^[\p{L}][\p{L} ]{0,20}:\s*\d[\d.,]*\s*(ms|s|sec|min|k|%|tok|tokens)?$/iu;

export function isMetricNote(text: string): boolean {
  return text.length <= maxMetaLineChars && metricNote.test(text.trim());
}

export function isStamp(text: string): boolean {
  return text.length <= maxStampChars && stamp.test(text.trim());
}

// A separator left at a meta line's end once its other part was read apart as chrome ("10:42 · " of "10:42 · Seen",
// whose status word was stripped first as a note repeated under every prompt).
const danglingSeparator = /\s*[·•|]\s*$/;

/** A stamp, or a messenger's meta line ending with one (read at a message's edge only, once messages are found). */
export function isMetaLine(text: string): boolean {
  // Longer texts are neither (isStamp's and metaLine's bounds): a message's whole edge text is often a paragraph.
  if (text.length > maxMetaLineChars) return false;
  const line = text.replace(danglingSeparator, '');
  return isStamp(line) || (line.length <= maxMetaLineChars && metaLine.test(line.trim()));
}

// "ncetm.org.uk", "wikipedia.org +2", or a site word with a count of further sources ("example+2").
const siteWord = /^[a-z0-9][a-z0-9-]{1,24}$/;
const hostLike = /^([\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\s*\+\s*\d{1,3})?|[\p{L}\p{N}.-]{2,40}\s*\+\s*\d{1,3})$/u;
const numberLike = /^\[?\d{1,3}\]?$/;

/**
 * A citation pill: a link whose text is only its host name ("ncetm.org.uk", "wikipedia.org +2") or a footnote
 * number ("[3]"), or a site word with a count ("example+2"). Prose links name their subject ("NCETM fractions guidance") and stay.
 */
export function isCitationPill(
  link: Element,
  text = link.textContent ?? '',
  href = link.getAttribute('href') ?? '',
): boolean {
  text = text.trim();
  if (text === '' || text.length > 60) return false;
  if (numberLike.test(text)) return true;
  // A lower-case site word that is part of the link's host ("ncetm" → www.ncetm.org.uk); prose names are
  // written as names ("Desmos").
  if (siteWord.test(text)) return hostOf(href).split('.').includes(text);
  if (!hostLike.test(text)) return false;
  const host = text.replace(/\s*\+\s*\d+$/, '').toLowerCase();
  return href.toLowerCase().includes(host.replace(/^www\./, ''));
}

function hostOf(href: string): string {
  const match = /^https?:\/\/([^/:?#]+)/i.exec(href);
  return match ? match[1]!.toLowerCase() : '';
}

// Buttons whose caption names a thinking panel: the panel's body next to them is the model's draft, not the answer.
const thinkingToggle =
  /^(thought process|thinking|show thinking|hide thinking|thoughts|reasoning|thought for .{1,20}|razonamiento|mostrar razonamiento|pensamiento|réflexion)$/i;

export function isThinkingToggle(label: string): boolean {
  return label.length <= 40 && thinkingToggle.test(label.trim());
}

/** Initials in an avatar ("MS"), printed before a prompt. */
export function isInitials(text: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(text.trim());
}

// Headings of suggestion lists the page offers after an answer: clickable follow-ups, not turns.
const suggestionHeading =
  /^(related|related questions|follow-?ups?( questions| prompts)?|suggestions|suggested( prompts| questions| follow-ups| replies)?|quick replies|people also ask|you might also ask|preguntas relacionadas|preguntas de seguimiento|relacionad[oa]s|sugerencias|respuestas rápidas|questions associées|questions de suivi|ähnliche fragen|folgefragen)$/i;

export function isSuggestionHeading(text: string): boolean {
  return text.length <= 40 && suggestionHeading.test(text.trim());
}
