import { readdirSync, readFileSync } from 'node:fs';

/** Reads one field (kB) of /proc/<pid>/status, or 0 where there is no /proc. */
function statusKb(pid: number, field: string): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${field}:\\s+(\\d+)`, 'm'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The processes of a process group (the server and any worker it spawned). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return members;
}

/** Peak resident memory (VmHWM) of the server's process group so far, in MiB. */
export async function peakRss(pid: number): Promise<number> {
  const peak = groupMembers(pid).reduce((sum, member) => sum + statusKb(member, 'VmHWM'), 0);
  return Math.round(peak / 1024);
}
