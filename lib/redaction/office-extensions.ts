/**
 * A phone number with an extension is an office's line: a school's switchboard and the desk behind it ("ext. 104",
 * "x2210", "anexo 12", "int. 7"), a counselor's or a chaperone's classroom line. Families give a cell or a home
 * number, which has none. Prose already dropped a number followed by its extension; a value under a phone column or
 * after a `phone:` key was still redacted whole (part 15, 1 Dec 2026: a staff row's "2440-1200 ext 12" and a
 * chaperone's `phone: "ext. 4410"`). A parent's work line can carry one too, so a column or key naming the family
 * ("Mom work phone", "tel_padre") keeps its value a family's (the caller's test).
 */
const extensionMark =
  /(?:^|[\s,;(/])(?:ext\.?|extn\.?|extension|extensi[óo]n|anexo|int\.|interno|x)\s*#?\s*\d{1,6}\s*\)?\s*$/iu;

/** Whether `value` (a phone cell or a key's value) ends in an extension, or is one alone ("ext. 4410"). */
export function endsInExtension(value: string): boolean {
  return /\d/.test(value) && extensionMark.test(value.trim());
}

/** Whether the text right after a phone number opens with its extension ("55 5684 2200 ext. 104", ", x12"). */
export function opensWithExtension(after: string): boolean {
  return /^\s*,?\s*\(?\s*(?:ext\.?|extn\.?|extension|extensi[óo]n|anexo|int\.|interno|x)\s*#?\s*\d/iu.test(after);
}
