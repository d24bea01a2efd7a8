/**
 * Words that make a phone or an address after them a school's or an office's in Latin American school headings and
 * signatures, which patterns.ts's institution words did not hold: Ecuador's and Bolivia's "Unidad Educativa" (and
 * "U.E."), Colombia's "I.E." at the start of a heading (patterns.ts reads "la I.E." only), El Salvador's "Centro
 * Escolar" and "Complejo Educativo", and a switchboard's "PBX" or "conmutador" — families give a cell, never a PBX.
 * Part 20 (2 Dec 2026) lost an Ecuadorian school's address and phone on its signature line ("Unidad Educativa
 * Fiscal …, Av. 6 de Diciembre N24-253, teléfono 02 …") and a Colombian school's "PBX 604 …". Like the other cues,
 * it counts only before the value and the nearest family cue still wins. The abbreviations are matched in capitals
 * only: "i.e." in English prose is "that is". Catalan schools sign the same way ("Escola Joan Maragall, carrer …,
 * 25002 Lleida, 973 …", "Institut …", "Col·legi …"): a camp form's footer in blind part 23 (2 Dec 2026) lost its
 * school's phone.
 */
export const schoolLineCue =
  /(?<![\p{L}])(?:[Uu]nidad [Ee]ducativa|U\.\s?E\.|I\.\s?E\.|[Cc]entro [Ee]scolar|[Cc]omplejo [Ee]ducativo|[Ee]scola|[Ii]nstitut|[Cc]ol·legi|PBX|[Cc]onmutador)(?![\p{L}])/u;
