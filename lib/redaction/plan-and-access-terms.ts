/**
 * Spain's, Catalonia's and Latin America's plans, categories and supports of one child that the special-education
 * lists beside this file did not hold (part 17's misses, 2 Dec 2026; the words below are the classes, not the
 * missed strings). Like every list of sensitive-terms.ts they count only in a sentence about one child, a note
 * line, or a row of a table about children: a lesson on inclusive schooling keeps its words.
 * - a plan named with what it is for: Catalonia's "PI per dislèxia" (Pla individualitzat, Decret 150/2017 de
 *   l'atenció educativa a l'alumnat en el marc d'un sistema educatiu inclusiu), Spain's and Latin America's "PEI
 *   por TDAH";
 * - high abilities, a category of specific educational support needs in Spain (LOMLOE art. 76–77: "altas
 *   capacidades", "AACC"; Catalan "altes capacitats") and elsewhere ("sobredotación", "superdotación");
 * - access supports of Latin American plans beside access-and-program-terms.ts's: exams in large print ("letra
 *   grande", "letra ampliada"), a picture-based communication device ("comunicador con pictogramas", "tablero de
 *   comunicación"), and remedial catch-up as Bolivia's and Ecuador's teachers write it ("tiene que nivelar",
 *   "clases de nivelación").
 */
export const planAndAccessTerms = [
  String.raw`\bP(?:E)?I (?:per|por|de|para) (?:disl[èée]xia|TDAH|TEA|discalc[uú]lia|altes capacitats|altas capacidades|\p{L}{4,20})|alt(?:es|as) capa(?:citats|cidades)|AACC|sobredotaci[óo]n|superdotaci[óo]n`,
  String.raw`(?:ex[áa]menes|pruebas|materiales?|textos?|hojas|fichas)(?: impres[oa]s?)? en letra (?:grande|ampliada)|letra (?:grande|ampliada)|comunicador (?:con|de) pictogramas|tablero de comunicaci[óo]n|(?:usa|con) pictogramas|tiene que nivelar|(?:clases|plan|curso) de nivelaci[óo]n|necesita nivelaci[óo]n`,
];
