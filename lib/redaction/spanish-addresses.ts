/**
 * Home addresses in the forms of Spanish-, Catalan- and Latin American letters and notes that patterns.ts's street
 * patterns did not read (part 17, 2 Dec 2026: 8 of its 18 addresses, in Uruguay, the Dominican Republic, Paraguay,
 * Venezuela, Catalonia and the Basque Country):
 * - street types beyond "Calle", "Avenida" and "Paseo", and a lower-case "calle" as prose writes it: Uruguay's
 *   "Bvar." (bulevar), Catalan "Carrer", "Avinguda", "Passeig", "Rambla", Peru's "Jr." (jirón), with a "#" before the
 *   number ("calle Duarte #45");
 * - what follows the number: a flat ("apto. 3", "casa 17-B"), a Catalan floor and door ("3r 1a"), a Spanish floor
 *   and side ("4.º izda"), then the neighbourhood, postcode and town ("Villa Consuelo, Santo Domingo", "17003 Girona")
 *   up to the end of the sentence;
 * - a housing estate or a rural locality with its street and house: Venezuela's "Urb. El Obelisco, calle 4, casa
 *   17-B", Paraguay's "compañía Itapuamí, casa 34, Luque", a "barrio", "colonia", "aldea" or "caserío" with "casa N",
 *   and an Argentine block and house ("Barrio Confluencia, Manzana 14, Casa 9": blind part 23, 2 Dec 2026).
 * Each holds a house number: a street named in a history lesson ("la Rambla de Barcelona") has none. Like patterns.ts's
 * addresses, one beside a school's or an authority's name stays (patterns.ts isInstitutional).
 */

const name = String.raw`(?:(?:de|del|la|las|los|el|y|d['’]|de la|de les|dels)\s*)?\p{Lu}[\p{L}'’.-]*`;
/** A flat, a floor and door, or a house after the number. */
const unit = String.raw`(?:,?\s*(?:apto\.?|apartamento|depto\.?|dpto\.?|piso|casa|int\.?)\s*[\dA-Z][\w-]{0,4}|,?\s*\d{1,2}(?:r|n|t|è|º|°)\s+\d(?:a|ª)|,?\s*\d{1,2}\.?\s*[º°ª]\s*(?:izq(?:uierda)?|izda|izqda|dcha|dch|der(?:echa)?|[A-Z])?\.?)`;
/** The neighbourhood, postcode and town after the street, up to the end of the sentence. */
const places = String.raw`(?:(?:,\s*(?:\d{5}\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+){0,2}){1,3}(?=\s*(?:[.;)\n]|$)))?`;

/**
 * A block, lot, house or flat with its number or letter: Ecuador's "Mz. 12 Villa 8", Peru's "Mz. K Lt. 7", Honduras's
 * "bloque 12, casa 1407". Two of them at least: a settlement's name alone is a place, not an address.
 */
const block = String.raw`(?:,?\s*(?:Mz\.?|Mza\.?|Manzana|Lt\.?|Lote|Villa|[Cc]asa|[Bb]loque|Block|Edif\.?|Torre|Dpto\.?|[Aa]pto\.?)\s*(?:N[º°o]\.?\s*)?(?:\d{1,5}|[A-Z]\d{0,3})(?:-?[A-Z])?(?![\p{L}\d]))`;
/**
 * Central America's addresses by distance from a landmark: "200 m norte", "2 c. al sur", "150 varas al este"; the
 * second leg after "y" may leave out its unit ("200 m norte y 50 oeste").
 */
const distanceUnit = String.raw`(?:m|mts?\.?|metros|varas|c\.|cuadras?)`;
const direction = String.raw`(?:al\s+)?(?:norte|sur|este|oeste)(?![\p{L}])`;
const distance = String.raw`\d{1,4}\s*${distanceUnit}\s+${direction}`;
const distanceAfterAnd = String.raw`\d{1,4}\s*(?:${distanceUnit}\s+)?${direction}`;

export const spanishAddresses: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:Bvar\.|Bulevar|Boulevard|Carrer|Avinguda|Avgda\.|Passeig|Rambla|Travessera|Jr\.|Jir[óo]n|calle|avenida|[Cc]\/|Pje\.|Psje\.|Pasaje)\s*${name}(?:\s+${name}){0,4}\s*,?\s*(?:#|n[º°o]\.?)?\s*\d{1,5}[A-Z]?(?![\d/:.,]\d)${unit}?${places}`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:Urb\.|Urbanizaci[óo]n|[Bb]arrio|[Cc]olonia|[Cc]ompañía|[Aa]ldea|[Cc]aser[íi]o|[Ss]ector)\s+${name}(?:\s+${name}){0,3},\s*(?:(?:calle|avenida|vereda|pasaje|[Mm]anzana|[Mm]za\.|[Mm]z\.|[Bb]loque|[Ll]ote)\s+[\p{L}\d]+,\s*)?[Cc]asa\s*(?:n[º°o]\.?\s*)?\d{1,4}(?:-?[A-Z])?(?![\p{L}\d])${places}`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:Cdla\.|Ciudadela|Col\.|Colonia|Asoc\.|Asociaci[óo]n|AA\.?\s?HH\.|Urb\.|Urbanizaci[óo]n|Res\.|Residencial|Barrio|Conjunto)\s+${name}(?:\s+${name}){0,3},?${block}{2,3}${places}`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Dd]el|[Dd]e la|[Dd]e los)\s+[\p{L}'’.]+(?:\s+[\p{L}'’.]+){0,4}?,?\s+${distance}(?:\s+y\s+${distanceAfterAnd})?(?:,\s*(?:casa|port[oó]n|edificio|apto\.?)[^.;\n]{0,50})?`,
    'gu',
  ),
];
