import { classifyFieldName } from './field-names';
import type { Detection } from './detection';
import type { RedactionKind } from './kinds';
import { detectFieldValue, nameShape, namesAGroup } from './patterns';
import { allMatches } from './all-matches';
import { findCodeRecordValues } from './code-records';

/**
 * Student details in code an AI wrote or a teacher pasted: the value of a key or variable that names student
 * data (`lunch_number = 48213`, `"dob": "2014-03-02"`, `maria_lunch: 48213`), and every value inside a
 * dictionary or list such a name opens (`lunch_numbers = {"Maria": 48213, …}`), whose keys are children.
 * Keeps its state across the lines of one code block.
 */
const inlineOpener = /["'`]?([\p{L}_][\p{L}\p{N}_ .-]{0,40}?)["'`]?\s*(?::|=)\s*[{[(](?=.*[}\])])/u;

const recordKey = /^\s*["'`]([^"'`\n]{2,40})["'`]\s*:\s*[{[]/u;
/** "maya chen", "de la cruz": a name written in lower case, as keys of a dictionary often are. */
const lowerCaseName = /^\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+){1,3}$/u;

/** "maya chen" → "Maya Chen", "Maya", "Chen": how the same child is written elsewhere. */
function capitalisedForms(name: string): string[] {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const words = name.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:de|del|la|van|von|der|da)$/.test(w));
  return [name.split(/\s+/).map(cap).join(' '), ...words.map(cap)];
}

export class CodeFieldReader {
  /** The kind named by the variable whose `{` or `[` is still open, and how deep. */
  private openKind: RedactionKind | null = null;
  private openKey = '';
  private depth = 0;

  read(line: string): Detection[] {
    const found: Detection[] = [];
    // A dictionary or list opened and closed on one line (`lunch_codes = {"Tess": "LN-55012"}`): its name
    // marks the values after it on this line only.
    const inline = this.depth === 0 ? line.match(inlineOpener) : null;
    const inlineKind = inline ? classifyFieldName(inline[1] as string, 'key') : null;
    if (inline && inlineKind) {
      this.openKind = inlineKind;
      this.openKey = inline[1] as string;
    }
    const pair =
      /["'`]?([\p{L}_][\p{L}\p{N}_ #.-]{0,40}?)["'`]?\s*(?::|=>|=)\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^,}\]\s;#{[(][^,}\];#\n]*?))(?=\s*(?:[,}\];#\n]|\/\/|$))/gu;
    for (const m of allMatches(pair, line)) {
      const key = m[1] as string;
      const value = (m[2] ?? m[3] ?? m[4] ?? '') as string;
      const valueStart = m.index + m[0].length - value.length - (m[2] !== undefined || m[3] !== undefined ? 1 : 0);
      const keyKind = classifyFieldName(key, 'key');
      const kind = keyKind ?? this.openKind;
      if (!kind) continue;
      if (keyKind === 'studentName' && namesAGroup(key, line)) continue;
      const reason = { code: 'codeKey' as const, detail: keyKind ? key : this.openKey };
      found.push(...detectFieldValue(kind, value, valueStart, reason, 'code'));
      // In `lunch = {"Maria Lopez": 48213}` the keys are the children.
      if (!keyKind && this.openKind && nameShape.test(key)) {
        const keyStart = m.index + m[0].indexOf(key);
        found.push({
          kind: 'studentName',
          text: key,
          start: keyStart,
          key: key.toLowerCase(),
          reason: { code: 'codeKey', detail: this.openKey },
          scope: 'global',
        });
      }
    }
    // `"maya chen": {"score": …}` inside `grades = {`: a key opening a child's own record is the child.
    const record = this.openKind && this.depth > 0 ? line.match(recordKey) : null;
    if (record) {
      const key = record[1] as string;
      if (classifyFieldName(key, 'key') === null && (nameShape.test(key) || lowerCaseName.test(key)))
        found.push({
          kind: 'studentName',
          text: key,
          start: line.indexOf(key),
          key: key.toLowerCase(),
          reason: { code: 'codeKey', detail: this.openKey },
          scope: 'global',
          parts: lowerCaseName.test(key) ? capitalisedForms(key) : undefined,
        });
    }
    // Records keyed by a child's ID, their score lists, and the report lines a gradebook script prints.
    found.push(...findCodeRecordValues(line));
    this.trackOpenings(line);
    return found;
  }

  private trackOpenings(line: string): void {
    const opener = line.match(/["'`]?([\p{L}_][\p{L}\p{N}_ .-]{0,40}?)["'`]?\s*(?::|=)\s*[{[(]\s*$/u);
    if (this.depth === 0 && opener) {
      const kind = classifyFieldName(opener[1] as string, 'key');
      if (kind) {
        this.openKind = kind;
        this.openKey = opener[1] as string;
      }
    }
    for (const ch of line) {
      if (ch === '{' || ch === '[' || ch === '(') this.depth++;
      else if (ch === '}' || ch === ']' || ch === ')') this.depth = Math.max(0, this.depth - 1);
    }
    if (this.depth === 0) this.openKind = null;
  }
}
