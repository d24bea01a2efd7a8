/**
 * The most frequent surnames of US and Latin American families: the first 100 of the US Census Bureau's 2010
 * surname list (public domain, census.gov "Frequently Occurring Surnames from the 2010 Census") and the most
 * frequent surnames of Mexico, Central America, the Caribbean and South America as national registries report
 * them. A well-known person's surname named in a trace ("Lincoln" once "Abraham Lincoln" appears) is kept where
 * it stands alone (well-known.ts); a surname on this list is not, since a child in the same trace may carry it
 * ("Francisco del Rosario Sánchez" in the civics lesson, "Ximena Sánchez" in the same parents' chat).
 */
const surnames = new Set(
  (
    'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson ' +
    'anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis ' +
    'robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall ' +
    'rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes ' +
    'stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ' +
    'ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price ' +
    'alvarez castillo sanders patel myers long ross foster jimenez fernandez vargas castro romero herrera ' +
    'medina aguilar moreno guzman munoz rojas molina silva contreras soto mejia salazar vasquez vazquez ' +
    'espinoza dominguez gil delgado santos pena acosta figueroa estrada navarro blanco duarte suarez ' +
    'cabrera rosario ramon paz bravo leon marquez mendez nunez sosa'
  ).split(/\s+/),
);

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const combiningMarks = /\p{M}/gu;

/** True for a surname most families share, written with or without accents. */
export function isCommonSurname(surname: string): boolean {
  return surnames.has(surname.normalize('NFD').replace(combiningMarks, '').toLowerCase());
}
