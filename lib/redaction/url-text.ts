/**
 * Page addresses in an export (the final artifact's source, the conversations' URLs) can carry a student's name
 * or ID in a path or a query string ("…/edit?student=Jamal%20Carter&sid=2043318", "/students/maria-lopez/iep").
 * The detectors read text, so an address is scanned as the text it encodes: one line per path segment (dashes
 * and underscores as spaces) and one "key: value" line per query parameter, where the label rules apply
 * ("sid: 2043318" is an ID). Redaction then works on the decoded address.
 */

/** Percent-escapes and "+" decoded; the address as written when it is not valid percent-encoding. */
export function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, '%20'));
  } catch {
    return url;
  }
}

/** The text an address encodes, for the scan: path segments and "key: value" query lines. */
export function urlAsText(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return decodeUrl(url);
  }
  const lines = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeUrl(segment).replace(/[-_]+/g, ' '));
  for (const [key, value] of parsed.searchParams) lines.push(`${key}: ${value}`);
  if (parsed.hash.length > 1) lines.push(decodeUrl(parsed.hash.slice(1)).replace(/[-_]+/g, ' '));
  return lines.join('\n');
}

/**
 * An address with `replace` applied to what it encodes: unchanged, byte for byte, when nothing in it is
 * replaced; otherwise its decoded form, with words joined by "-", "_", "." or "+" in the path, query and
 * fragment spaced apart ("…/students/[Student 1]/iep?sid=[Student ID 1]"), printed, not followed. `replace`
 * should match names in any case: addresses are often lower case ("maria-lopez").
 */
export function replaceInUrl(url: string, replace: (text: string) => string): string {
  if (url === '') return url;
  const decoded = decodeUrl(url);
  const origin = decoded.match(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i)?.[0] ?? '';
  const rest = decoded.slice(origin.length).replace(/(?<=[\p{L}\p{N}])[-_.+](?=\p{L})/gu, ' ');
  const replaced = replace(rest);
  return replaced === rest ? url : origin + replaced;
}
