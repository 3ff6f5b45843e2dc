// Summaries and the Markdown report of a bench run (pure: results in, text out).
import { summarise } from './stats.mjs';

const STAGES = ['load', 'extract', 'enrich', 'plan', 'render', 'write', 'search'];

const s = (ms) => (ms == null ? '-' : (ms / 1000).toFixed(2));
const range = (sum) => (sum.median == null ? '-' : sum.n > 1 ? `${s(sum.median)} (${s(sum.min)}-${s(sum.max)})` : s(sum.median));
const mib = (kib) => (kib == null ? '-' : (kib / 1024).toFixed(0));
const ratio = (sum) => (sum.median == null ? '-' : sum.n > 1 ? `${sum.median.toFixed(2)} (${sum.min.toFixed(2)}-${sum.max.toFixed(2)})` : sum.median.toFixed(2));

/**
 * Collapse the repetitions of one (who, input, scenario) into medians.
 * @param {object[]} runs measured runs (see measure() plus pages/tree/timings)
 */
export function summariseRuns(runs) {
  const ok = runs.filter((r) => r.ok);
  const wall = summarise(ok.map((r) => r.wallMs));
  const stages = {};
  const names = new Set(ok.flatMap((r) => Object.keys(r.timings?.stages ?? {})));
  for (const name of names) stages[name] = summarise(ok.map((r) => r.timings?.stages?.[name])).median;
  const pages = ok[0]?.pages ?? null;
  return {
    runs: runs.length,
    failed: runs.length - ok.length,
    wallMs: wall,
    cpuMs: summarise(ok.map((r) => r.cpuMs)),
    peakRssKiB: summarise(ok.map((r) => r.peakRssKiB)),
    pages,
    pagesPerSec: pages != null && wall.median ? pages / (wall.median / 1000) : null,
    html: ok[0]?.tree?.html ?? null,
    files: ok[0]?.tree?.files ?? null,
    bytes: ok[0]?.tree?.bytes ?? null,
    stages,
  };
}

/**
 * Paired ratios ours/peer: repetition r of ours (cold, md) against repetition r
 * of the peer, which ran next to it in the same alternating round.
 */
export function pairedRatios(oursRuns, peerRuns) {
  const pairs = [];
  for (const o of oursRuns) {
    const p = peerRuns.find((x) => x.rep === o.rep);
    if (o.ok && p?.ok) pairs.push({ o, p });
  }
  const by = (key) => summarise(pairs.map(({ o, p }) => (o[key] != null && p[key] ? o[key] / p[key] : null)));
  return { pairs: pairs.length, wall: by('wallMs'), cpu: by('cpuMs'), rss: by('peakRssKiB') };
}

function mainTable(size) {
  const lines = [
    '| who | input | scenario | wall s median (min-max) | cpu s | peak RSS MiB | pages | pages/s | html files | output MB |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of size.rows) {
    if (row.skip) { lines.push(`| ${row.who} | ${row.input ?? '-'} | ${row.scenario ?? '-'} | ${row.skip} | | | | | | |`); continue; }
    const m = row.summary;
    const timeouts = row.runs?.filter((r) => r.timedOut).length ?? 0;
    const failed = m.failed ? ` (${m.failed} failed${timeouts ? `, ${timeouts} by timeout` : ''})` : '';
    lines.push(`| ${row.who} | ${row.input} | ${row.scenario} | ${range(m.wallMs)}${failed} | ${s(m.cpuMs.median)} | ${mib(m.peakRssKiB.median)} | ${m.pages ?? '-'} | ${m.pagesPerSec == null ? '-' : m.pagesPerSec.toFixed(0)} | ${m.html ?? '-'}${row.expectedHtml != null && m.html != null && m.html !== row.expectedHtml ? ` (expected ${row.expectedHtml}!)` : ''} | ${m.bytes == null ? '-' : (m.bytes / 1e6).toFixed(1)} |`);
  }
  return lines;
}

function stageTable(size) {
  const rows = size.rows.filter((r) => r.who === 'ours' && !r.skip && Object.keys(r.summary.stages).length > 0);
  if (rows.length === 0) return [];
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.summary.stages)))].filter((k) => !STAGES.includes(k));
  const cols = [...STAGES, ...extra];
  return [
    '', `Per-stage medians (ms, from \`--timings\`):`, '',
    `| input | scenario | ${cols.join(' | ')} |`,
    `| --- | --- | ${cols.map(() => '---:').join(' | ')} |`,
    ...rows.map((r) => `| ${r.input} | ${r.scenario} | ${cols.map((c) => (r.summary.stages[c] == null ? '-' : Math.round(r.summary.stages[c]))).join(' | ')} |`),
  ];
}

/** The whole report as Markdown. */
export function renderReport(results) {
  const { meta } = results;
  const out = [
    `# Bench ${meta.label ?? ''}`.trimEnd(), '',
    `${meta.cpus} cpus (${meta.cpuModel}), ${(meta.totalMemBytes / 2 ** 30).toFixed(0)} GiB, node ${meta.node}, load ${meta.loadBefore.map((x) => x.toFixed(2)).join(' ')}; peak RSS via \`${meta.rssMethod}\`; repeat ${meta.repeat}; search ${meta.search ? 'on' : 'off (--no-search)'}.`,
  ];
  for (const size of results.sizes) {
    out.push('', `## N = ${size.n}`, '');
    for (const [fmt, c] of Object.entries(size.corpus)) out.push(`- corpus ${fmt}: ${c.files} files, ${(c.bytes / 1e6).toFixed(1)} MB${c.cached ? ' (cached)' : `, generated in ${s(c.genMs)} s`}`);
    out.push('', ...mainTable(size), ...stageTable(size));
    const ratios = Object.entries(size.ratios);
    if (ratios.length > 0) {
      out.push('', 'Paired ratios (cold builds of the same round; ours = md input), median (min-max):', '', '| ratio | pairs | wall | cpu | peak RSS |', '| --- | ---: | ---: | ---: | ---: |');
      for (const [label, r] of ratios) out.push(`| ${label} | ${r.pairs} | ${ratio(r.wall)} | ${ratio(r.cpu)} | ${ratio(r.rss)} |`);
    }
    const f = size.floor;
    if (f) {
      out.push('', `Floor: node start-up ${s(f.nodeStartupMs)} s; read all input (node, incl. start-up) ${s(f.readInputMs)} s; ` +
        (f.copyOutputMs == null ? 'no output tree to copy.' : `\`cp -r\` of a ${f.copied.files}-file, ${(f.copied.bytes / 1e6).toFixed(1)} MB output tree ${s(f.copyOutputMs)} s.`));
    }
  }
  return out.join('\n') + '\n';
}
