import { spawn, type ChildProcess } from "node:child_process";

/**
 * `--busy=N`: N processes that spin for as long as a benchmark runs, so a figure "at a load average of about
 * N + what the benchmark itself puts on the machine" can be measured again on purpose rather than waited
 * for. Each is a plain Node loop at normal priority, as another tenant's work would be. They are killed on
 * stop, and with the benchmark's process if it dies first (they watch their parent).
 */
export function startBusyLoad(count: number): { count: number; stop: () => void } {
  const parent = process.pid;
  // Every 100 ms of spinning the child checks that its parent is still there, so none outlives a crash.
  const spin = `const p=${parent};for(;;){const end=Date.now()+100;while(Date.now()<end);try{process.kill(p,0)}catch{process.exit(0)}}`;
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ["-e", spin], { stdio: "ignore" }),
  );
  return {
    count,
    stop: () => {
      for (const child of children) child.kill("SIGKILL");
    },
  };
}
