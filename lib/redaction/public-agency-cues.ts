/**
 * Public offices outside the school whose number or address a teacher passes on to families ("please call the health
 * department at …", "Departamento de Salud", "WIC office", "Child Protective Services"), and the school's own
 * direction named as the owner of a phone ("tel. de la dirección 418 …", "teléfono de la dirección"). Part 19 (2 Dec
 * 2026) lost a county health department's line from a measles exclusion letter and a Mexican school's direction
 * phone from its heading. Like patterns.ts's authorities, the cue counts only before the value, and the nearest
 * family cue still wins ("call the health department, then his mom at …").
 */
export const publicAgencyCue =
  /\b(?:(?:county |city |state |local |public )?health (?:department|dept\.?|district|office|unit)|department of (?:public )?health|public health|(?:departamento|secretar[íi]a|centro|jurisdicci[óo]n) (?:de|municipal de) salud|centro de salud|social services|servicios sociales|(?:WIC|SNAP|Medicaid|DCFS|CPS|DHS) office|child protective services|tel(?:[ée]fono|\.)? de la direcci[óo]n|tel[ée]fono de la secretar[íi]a)\b/iu;
