import { normaliseFieldName } from './field-names';

/**
 * A school subject as a column header, in full or as a report card abbreviates it ("Mat", "Esp", "ELA", "Sci").
 * In a table of children its numbers are their marks; in a timetable or a lesson table it means nothing.
 */
const subjectHeader =
  /^(?:math|maths|mat|mate|matem|matematicas|matematica|ela|eng|english|ingles|ing|esp|espanol|span|spanish|lengua|len|lit|literature|sci|science|ciencias?|cien|cn|hist|history|historia|geo|geog|geography|geografia|ss|soc st|soc stud|social studies|reading|rdg|writing|wrtg|lectura|escritura|art|arte|music|musica|pe|ef|educacion fisica|civica|fcye|french|frances|fr)$/;

/** `header` as written names a school subject. */
export function isSubjectHeader(header: string): boolean {
  return subjectHeader.test(normaliseFieldName(header));
}
