/**
 * Health facts of one child that school nurses' immunization records, juvenile-court liaison notes and Head Start
 * family files write, and the health lists beside this file did not hold (part 19's misses, 2 Dec 2026: a measles
 * exclusion list, probation reports, a family partnership file; the words below are the classes, not the missed
 * strings). Like every list of sensitive-terms.ts they count only in a sentence about one child, a note line or a
 * row of a table about children: a lesson on vaccines or on the dangers of vaping keeps its words.
 * Sources of the vocabulary:
 * - vaccine exemptions and missing doses as state immunization forms and the CDC's school exclusion guidance word
 *   them (medical, religious, philosophical or personal-belief exemption; a missing 2nd MMR, DTaP, Tdap, varicella,
 *   polio, hepatitis B or meningococcal dose), and the immunocompromised child those exclusions protect;
 * - conditions of probation and care that court liaisons and counsellors record (a weekly or random drug screen,
 *   anger management, vaping THC or nicotine, prenatal care, an eating disorder — trastorno alimentario);
 * - a Head Start health screening's dental finding (dental caries, caries).
 */
const vaccines = String.raw`MMR|DTaP|Tdap|varicella|polio|IPV|Hep(?:atitis)? ?B|HepA|MenACWY|meningococcal|HPV|all vaccines|todas las vacunas`;
export const immunizationAndRiskCareTerms = [
  // A vaccine exemption, with the vaccines it covers.
  String.raw`(?:medical|religious|philosophical|personal[- ]belief|conscientious) exemption(?:,? (?:${vaccines})| \((?:${vaccines})\))?|exenci[óo]n (?:m[ée]dica|religiosa)(?: de vacunaci[óo]n)?`,
  // A missing dose.
  String.raw`missing (?:(?:1st|2nd|3rd|4th|first|second|third|fourth|final) )?(?:${vaccines})(?: (?:dose|vaccine|shot|booster))?|falta(?: la)? (?:1ª|2ª|primera|segunda|tercera) dosis(?: de (?:${vaccines}))?`,
  // A weakened immune system.
  String.raw`immuno(?:compromised|suppressed)|inmunodeprimid[oa]|inmunosuprimid[oa]`,
  // Conditions of probation and care.
  String.raw`(?:weekly|random|monthly|daily) drug (?:screens?|tests?)|anger management(?: (?:at|with|through) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3})?|vaping(?: an?)? (?:THC|nicotine)(?: cartridges?| pens?)?|prenatal care|control(?:es)? prenatal(?:es)?|eating disorder|trastorno (?:alimentario|de la alimentaci[óo]n)`,
  // A dental finding.
  String.raw`(?:(?:one|two|three|four|several|multiple|\d) )?dental caries|(?:(?:una|dos|tres|cuatro|varias) )?caries`,
];
