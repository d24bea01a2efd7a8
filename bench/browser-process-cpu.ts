import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) of a launched Chromium's processes, read from Linux's /proc, grouped as the extension's
 * process (its service worker), the tabs' renderers, and the rest (the browser process with IndexedDB's backend, the
 * GPU and utility processes). Unlike a CPU profile's samples, which count wall time while the thread is descheduled,
 * this counts only time on a core: on a machine shared with other jobs it compares two builds fairly. The
 * granularity is the kernel's clock tick (10 ms).
 */
export interface BrowserCpu {
  extension: number;
  renderers: number;
  rest: number;
}

const tickMs = 10;

interface ProcessStat {
  pid: number;
  parent: number;
  cpuMs: number;
}

function readStat(pid: string): ProcessStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: the fields after it are split on spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(pid), parent: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * tickMs };
  } catch {
    return undefined; // exited meanwhile
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The CPU time so far of the Chromium whose browser process runs with `--user-data-dir=<userDataDir>`. */
export function browserCpu(userDataDir: string): BrowserCpu {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat): stat is ProcessStat => stat !== undefined);
  const root = stats.find(
    (stat) =>
      commandLine(stat.pid).includes(`--user-data-dir=${userDataDir}`) && !/--type=/.test(commandLine(stat.pid)),
  );
  if (!root) throw new Error(`No Chromium with the profile ${userDataDir}`);
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  const cpu: BrowserCpu = { extension: 0, renderers: 0, rest: 0 };
  const visit = (stat: ProcessStat) => {
    const line = commandLine(stat.pid);
    const group = /--extension-process/.test(line) ? 'extension' : /--type=renderer/.test(line) ? 'renderers' : 'rest';
    cpu[group] += stat.cpuMs;
    for (const child of children.get(stat.pid) ?? []) visit(child);
  };
  visit(root);
  return cpu;
}

/** What was spent between two readings. */
export function cpuSpent(before: BrowserCpu, after: BrowserCpu): BrowserCpu {
  return {
    extension: after.extension - before.extension,
    renderers: after.renderers - before.renderers,
    rest: after.rest - before.rest,
  };
}
