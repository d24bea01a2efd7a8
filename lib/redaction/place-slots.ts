/**
 * A child's first name that is also a place's word stays where the text writes the place: "Santa Ana USD" with a
 * parent named Ana, "545 W Dayton St, Madison, WI 53701" with a child named Madison, "Austin, TX 78744" with an
 * Austin in the class, "3701 Trenton Rd". Read at the spot being replaced, so the same name in a sentence about
 * the child still goes.
 */
const placePrefix =
  /(?:\b(?:San|Santa|Santo|São|Saint|St\.|Ste\.|Fort|Ft\.|Port|Mount|Mt\.|Lake|Villa|Ciudad|Puerto|Isla|Cerro|Colonia|Col\.|col\.)\s+)$/u;
const streetTypes =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl';
const streetAfter = new RegExp(String.raw`^\.?\s+(?:${streetTypes})\b`, 'u');
const endsWithStreet = new RegExp(String.raw`\s(?:${streetTypes})\.?$`, 'u');
/**
 * ", WI 53701", " TX 78744", ", Texas 78744": a US city before its state and ZIP code. "ID" before five digits is
 * far more often a record's label ("Student: Dario Pinkerton, ID 88120") than Idaho, so it counts as Idaho only
 * before an Idaho ZIP code (832–838): otherwise the child's name before it was kept as a city.
 */
const stateZipAfter =
  /^,?\s+(?:(?!ID\b)[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s+\d{5}(?:-\d{4})?\b|^,?\s+ID,?\s+83[2-8]\d\d(?:-\d{4})?\b/u;
/**
 * "(Carolina, PR)", "Madison, WI.": a city before a US state's or territory's postal code that ends its clause
 * (part 13's school in Carolina, Puerto Rico, 1 Dec 2026). OK, HI and ME are left out: in capitals after a name
 * they are words more often than states.
 */
const stateCodeAfter =
  /^,[ \t]?(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|ID|IL|IN|IA|KS|KY|LA|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|VI|GU)(?=[ \t]*(?:[)\].;]|\n|$))/u;
/** "1450 Trenton", "545 W Dayton": a house number (and a direction) right before the word. */
const houseNumberBefore = /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?$/u;

/** A name that itself begins with a place's word: "Santa Úrsula Coapa" (a colonia), "San Pedro Garza García". */
const placeWordFirst = /^(?:San|Santa|Santo|São|Fort|Port|Mount|Lake|Ciudad|Puerto|Villa de|Colonia)\s/u;

export function isInPlaceName(text: string, start: number, end: number): boolean {
  if (placeWordFirst.test(text.slice(start, end))) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  if (placePrefix.test(before)) return true;
  if (stateZipAfter.test(after) || stateCodeAfter.test(after)) return true;
  return houseNumberBefore.test(before) && (streetAfter.test(after) || endsWithStreet.test(text.slice(start, end)));
}
