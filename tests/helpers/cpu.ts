// CPU time of this process, for the tests' bounds on runaway work: unlike wall time, it does not
// grow when a shared, loaded machine gives the test less of a core.

/** Milliseconds of CPU (user + system) this process used since `since` (a process.cpuUsage()). */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}
