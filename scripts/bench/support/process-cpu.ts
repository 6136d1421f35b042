/**
 * The CPU time a process has used (user + system), read from Linux's /proc: what a benchmark's server spent
 * on a run, divided by the requests it answered, is a cost per request without the time the server waited for
 * a core while other work ran on the machine (which requests per second include).
 */
import fs from "node:fs/promises";

/** The process's CPU time so far in milliseconds, or null where /proc is not there (not Linux). */
export async function processCpuMs(pid: number): Promise<number | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return null;
  // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the
  // 14th and 15th of the whole line, in clock ticks (100 a second on Linux).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Runs `work` and gives the process's CPU milliseconds it took beside its result (null where not measurable). */
export async function withProcessCpu<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number | null }> {
  const before = await processCpuMs(pid);
  const result = await work();
  const after = await processCpuMs(pid);
  return { result, cpuMs: before === null || after === null ? null : after - before };
}
