/**
 * A child's name that is also a place's word stays where the text writes the place in a phrase place-slots.ts does
 * not read: after a place noun ("the port of Savannah", "la Basílica de Candelaria", "Museo Casa de Hidalgo", "Calle
 * Guerrero 18"), after a place prefix and one more word ("Villa Carlos Paz", "San Juan Bautista"), before a country
 * in parentheses ("Florencia (Italia)") or a Mexican state's abbreviation ("Dolores Hidalgo, Gto."), after "en"/"in"
 * at the end of a clause ("consultas en León.", "en Talavera de la Reina."), and after a military rank that names a
 * school's patron ("Colegio Nacional Gral. Paz"): no child is a general. The Spanish place nouns count capitalised
 * only: "en casa de Lola" is a child's home. Part 19 (2 Dec 2026) lost eight such places
 * where a class held a Savannah, a Florencia, a Paz, a Candelaria or a Dolores. Read at the spot being replaced, so
 * the same word in a sentence about the child still goes.
 */

/** Nouns of a place or a building named after someone or something, with their "of". */
const placeNounBefore =
  /(?:\b(?:[Pp]ort|[Cc]ity|[Tt]own|[Cc]ounty|[Ss]tate|[Bb]ay|[Ii]sle|[Gg]ulf|[Rr]iver) of|\b(?:Puerto|Ciudad|Provincia|Bas[íi]lica|Iglesia|Catedral|Parroquia|Santuario|Museo(?: Casa)?|Casa|Plaza|Parque|Paseo|Barrio|Valle|Sierra)(?: de(?: la| las| los|l)?)?|\b(?:Calle|C\/|Avenida|Av\.|Avda\.|Bulevar|Blvd\.|Callej[óo]n|Carretera|Camino)|\b(?:Gral\.|General|Cnel\.|Coronel|Tte\.|Teniente|Almirante|Alte\.|Mariscal|Brigadier|Sgto\.|Sargento))\s+$/u;
/** A place prefix, then one more capitalised word: "Villa Carlos ", "San Juan ", "Puerto Santa ". */
const prefixAndWordBefore = /\b(?:San|Santa|Santo|Villa|Ciudad|Puerto|Fort|Port|Mount|Lake)\s+\p{Lu}\p{Ll}+\s+$/u;
/** Words that begin a street's or a building's own name: a match that is itself "Calle Guerrero". */
const placeNounFirst = /^(?:Calle|Avenida|Paseo|Plaza|Parque|Barrio|Museo|Basílica|Iglesia|Catedral|Parroquia)\s/u;

/**
 * Countries and regions written in parentheses after a city (ISO 3166-1 short names in English and Spanish, the ones
 * a Spanish or US school's trip, family or lesson names; common knowledge, no licence applies).
 */
const countryInParentheses =
  /^\s*\((?:Italia|Italy|Espa[ñn]a|Spain|Francia|France|Portugal|Alemania|Germany|Grecia|Greece|Inglaterra|England|Reino Unido|UK|Irlanda|Ireland|M[ée]xico|Mexico|Argentina|Chile|Per[úu]|Peru|Colombia|Venezuela|Ecuador|Bolivia|Paraguay|Uruguay|Brasil|Brazil|Cuba|Honduras|Guatemala|Nicaragua|Panam[áa]|Panama|Costa Rica|El Salvador|Rep[úu]blica Dominicana|Dominican Republic|Puerto Rico|EE\. ?UU\.|EEUU|USA|Estados Unidos|Canad[áa]|Canada|Marruecos|Morocco|Filipinas|Philippines)\)/u;
/**
 * Mexico's states as addresses abbreviate them after a town: ", Gto.", ", Jal.", ", Q. Roo" (the forms used on
 * Mexican letters and school records; common knowledge). Optionally one more capitalised word of the town between.
 */
const mexicanStateAfter =
  /^(?:\s+\p{Lu}\p{Ll}+)?,\s*(?:Ags|B\.\s?C|B\.\s?C\.\s?S|Camp|Coah|Col|Chis|Chih|CDMX|Dgo|Gto|Gro|Hgo|Jal|Edo\.\s?M[ée]x|M[ée]x|Mich|Mor|Nay|N\.\s?L|Oax|Pue|Qro|Q\.\s?Roo|S\.\s?L\.\s?P|Sin|Son|Tab|Tamps|Tlax|Ver|Yuc|Zac)\.?(?![\p{L}])/u;
/**
 * "en León.", "en Talavera de la Reina.": after Spanish "en", and possibly a place's words before it. English "in" is
 * left out: "a change in Jamal." ends a clause about the child.
 */
const inBefore = /(?:^|[\s(])en\s+(?:\p{Lu}\p{Ll}+\s+(?:de(?: la| las| los|l)?\s+)?)?$/u;
/** The clause ends right after the word: a full stop, a comma, a semicolon, a bracket or the line's end. */
const clauseEndAfter = /^(?:[.,;:)\]]|\s*$|\s*\n)/u;

export function isInPlacePhrase(text: string, start: number, end: number): boolean {
  if (placeNounFirst.test(text.slice(start, end))) return true;
  const before = text.slice(Math.max(0, start - 28), start);
  if (placeNounBefore.test(before) || prefixAndWordBefore.test(before)) return true;
  const after = text.slice(end, end + 32);
  if (countryInParentheses.test(after) || mexicanStateAfter.test(after)) return true;
  return inBefore.test(before) && clauseEndAfter.test(after);
}
