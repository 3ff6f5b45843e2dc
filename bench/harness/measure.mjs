// Run one child process under a time limit and measure it: wall time (from
// this process, spawn to exit), CPU seconds and peak RSS.
//
// Peak RSS, in order of preference:
//  * `time`:  GNU /usr/bin/time -f '%M %U %S'. %M is ru_maxrss from wait4():
//             the largest resident set of the child or of any descendant it
//             waited for (the largest single process, not a sum). Exact.
//  * `proc`:  Linux /proc polling every 100 ms: max VmHWM over the child's
//             process tree (again the largest single process). VmHWM is a
//             high-water mark, so a slow poll loses only growth in the last
//             100 ms and grandchildren living < 100 ms; polling faster costs a
//             core where the tree must be found by scanning all of /proc
//             (~16 ms a scan here). CPU: the root's /proc/<pid>/stat
//             (utime+stime+cutime+cstime) at the last poll.
//  * `none`:  neither available: RSS and CPU are null.
// BENCH_RSS=proc forces the fallback (used by the tests).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TIME_BIN = '/usr/bin/time';
let cachedMethod;
// Process groups of running children: killed if the bench itself is stopped,
// since detached children would otherwise outlive it.
const active = new Set();

/** Kill every running measured child (whole process group). */
export function killActive() {
  for (const pid of active) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  active.clear();
}

/** Which peak-RSS method this machine supports: 'time' | 'proc' | 'none'. */
export function rssMethod() {
  if (cachedMethod) return cachedMethod;
  const forced = process.env.BENCH_RSS;
  if (forced === 'time' || forced === 'proc' || forced === 'none') return (cachedMethod = forced);
  const probe = fs.existsSync(TIME_BIN)
    ? spawnSync(TIME_BIN, ['-f', '%M', 'true'], { encoding: 'utf8', timeout: 5000 }) : null;
  if (probe && probe.status === 0 && /^\d+\s*$/m.test(probe.stderr)) cachedMethod = 'time';
  else cachedMethod = fs.existsSync('/proc/self/status') ? 'proc' : 'none';
  return cachedMethod;
}

const CLK_TCK = 100; // USER_HZ on every Linux ABI Node supports
const POLL_MS = 100;

// Children of a pid from /proc/<pid>/task/*/children (cheap), else from a
// scan of every /proc/<n>/stat (slow: only kernels without CONFIG_PROC_CHILDREN).
function childrenOf(pid) {
  try {
    const kids = [];
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) kids.push(...text.split(' ').map(Number));
    }
    return kids;
  } catch {
    return null;
  }
}

function scanChildren() {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* process ended while scanning */ }
  }
  return children;
}

function readProcTree(rootPid) {
  const tree = [rootPid];
  let scanned = null;
  for (let k = 0; k < tree.length; k++) {
    let kids = childrenOf(tree[k]);
    if (kids === null && fs.existsSync(`/proc/${tree[k]}`)) kids = (scanned ??= scanChildren()).get(tree[k]) ?? [];
    tree.push(...(kids ?? []));
  }
  return tree;
}

function pollProc(rootPid, sample) {
  for (const pid of readProcTree(rootPid)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) sample.peakKiB = Math.max(sample.peakKiB, Number(m[1]));
    } catch { /* gone */ }
  }
  try {
    const stat = fs.readFileSync(`/proc/${rootPid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    sample.cpuMs = ((Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK;
  } catch { /* gone */ }
}

/**
 * Run `cmd args` in `cwd`, output to `logFile`, killed (whole process group)
 * after `timeoutMs`. `method` overrides the peak-RSS method (tests use it).
 * @returns {Promise<{ ok: boolean, code: number|null, signal: string|null, timedOut: boolean,
 *   wallMs: number, cpuMs: number|null, peakRssKiB: number|null, rssMethod: string, logFile: string }>}
 */
export function measure({ cmd, args = [], cwd = process.cwd(), env = process.env, timeoutMs = 600_000, logFile, method = rssMethod() }) {
  const log = logFile ?? path.join(os.tmpdir(), `bench-${process.pid}-${Date.now()}.log`);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const rssFile = `${log}.time`;
  fs.rmSync(rssFile, { force: true });
  const argv = method === 'time' ? [TIME_BIN, '-f', '%M %U %S', '-o', rssFile, cmd, ...args] : [cmd, ...args];
  const fd = fs.openSync(log, 'w');
  const sample = { peakKiB: 0, cpuMs: null };
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    let timedOut = false;
    let child;
    try {
      child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', fd, fd], detached: true });
    } catch (err) {
      fs.closeSync(fd);
      resolve({ ok: false, code: null, signal: null, timedOut: false, wallMs: 0, cpuMs: null, peakRssKiB: null, rssMethod: method, logFile: log, error: String(err) });
      return;
    }
    active.add(child.pid);
    const poller = method === 'proc' ? setInterval(() => pollProc(child.pid, sample), POLL_MS) : null;
    const killer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    child.on('error', (err) => fs.appendFileSync(log, `\nspawn error: ${err.message}\n`));
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      active.delete(child.pid);
      clearTimeout(killer);
      if (poller) clearInterval(poller);
      fs.closeSync(fd);
      let peakRssKiB = null, cpuMs = null;
      if (method === 'time' && fs.existsSync(rssFile)) {
        const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(fs.readFileSync(rssFile, 'utf8'));
        if (m) { peakRssKiB = Number(m[1]); cpuMs = (Number(m[2]) + Number(m[3])) * 1000; }
      } else if (method === 'proc') {
        peakRssKiB = sample.peakKiB || null; cpuMs = sample.cpuMs;
      }
      resolve({ ok: code === 0 && !timedOut, code, signal, timedOut, wallMs, cpuMs, peakRssKiB, rssMethod: method, logFile: log });
    });
  });
}

/** The last `lines` lines of a log file (for failure messages). */
export function tailOf(file, lines = 8) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}
