/**
 * The part of a class list that can name who wrote a message, read by the naming convention most component styles
 * follow (BEM: `block`, `block__element`, `block--modifier`). A message component's name often holds a role word as
 * its namespace ("ai-msg", "bot-chat") while a modifier says whose message it is ("ai-msg--user"): read word by word,
 * every part of a prompt ("ai-msg__text", "ai-msg__meta") would name the tool. So:
 * - an element class (`block__element`) speaks by its element part only: its block is the message's, and the
 *   message's own wrapper carries the block's class where it names a role;
 * - a modifier naming a role (`block--user`) speaks for its block, and the block's bare class beside it
 *   (`ai-msg ai-msg--user`) is then its namespace, not a role;
 * - any other class speaks by all its words, as before.
 * Returns the words to look for role names in, lower-cased, joined by spaces.
 */
export function classRoleText(value: string, isRoleWord: (word: string) => boolean): string {
  if (!value.includes('__') && !value.includes('--')) return value.toLowerCase();
  const tokens = value.toLowerCase().split(/\s+/);
  const namespaces = new Set<string>();
  const kept: string[] = [];
  for (const token of tokens) {
    const element = token.lastIndexOf('__');
    const own = element >= 0 ? token.slice(element + 2) : token;
    const modifierAt = own.indexOf('--');
    if (modifierAt < 0) {
      kept.push(own);
      continue;
    }
    const modifier = own.slice(modifierAt + 2);
    if (modifier.split(/[^a-z]+/).some(isRoleWord)) {
      kept.push(modifier);
      if (element < 0) namespaces.add(own.slice(0, modifierAt));
    } else kept.push(own.slice(0, modifierAt));
  }
  return kept.filter((token) => !namespaces.has(token)).join(' ');
}
