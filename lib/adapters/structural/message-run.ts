import type { Role } from '../../model/turn';

// The fewest kids that are single messages with a role for a level to be a list of messages itself.
const minSingleMessages = 2;

/**
 * Whether kid `index` of a level sits inside the level's run of messages: after a kid that holds messages or shows a
 * role, and before another. Asked of a kid with no role: beside a block of messages such a kid is the page's (a
 * sidebar, a header), but where the level is itself a list of messages (two kids at least are single messages with
 * a role) a kid with no role between them is a turn whose sender's messages carry no role mark (a prompt between
 * marked answers, the level's last kid being the bot's profile card, read as a block of two messages for its name
 * row and description).
 */
export function isInsideMessageRun(
  index: number,
  containers: readonly boolean[],
  roles: readonly (Role | 'mixed' | undefined)[],
): boolean {
  let singles = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < roles.length; i++) {
    const isSingle = !containers[i] && (roles[i] === 'user' || roles[i] === 'assistant');
    if (isSingle) singles++;
    if (isSingle || containers[i]) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return singles >= minSingleMessages && first < index && index < last;
}
