// The physical floor for a size: what reading every input file and writing an
// output tree of the same size cost on this machine, as whole processes (like
// every other measurement here), plus Node's own start-up.
import fs from 'node:fs';
import path from 'node:path';
import { removeTree, treeStats } from './fsTree.mjs';
import { measure } from './measure.mjs';

const READ_ALL = `const fs=require('fs'),p=require('path');let b=0;const d=process.argv[1];
for(const f of fs.readdirSync(d))b+=fs.readFileSync(p.join(d,f)).length;`;

/**
 * Measure node start-up, reading the corpus, and `cp -r` of `outputTree`
 * (a finished build of this size) into a scratch dir.
 */
export async function measureFloor({ corpusDir, outputTree, scratchDir, timeoutMs }) {
  const logs = path.join(scratchDir, 'logs');
  const node = process.execPath;
  const startup = await measure({ cmd: node, args: ['-e', '0'], timeoutMs, logFile: path.join(logs, 'floor-node0.log') });
  const read = await measure({ cmd: node, args: ['-e', READ_ALL, corpusDir], timeoutMs, logFile: path.join(logs, 'floor-read.log') });
  const floor = {
    nodeStartupMs: startup.wallMs,
    readInputMs: read.ok ? read.wallMs : null,
    copyOutputMs: null,
    copiedFrom: null,
    copied: null,
  };
  if (outputTree && fs.existsSync(outputTree)) {
    const dst = path.join(scratchDir, 'floor-copy');
    removeTree(dst);
    const cp = await measure({ cmd: 'cp', args: ['-r', outputTree, dst], timeoutMs, logFile: path.join(logs, 'floor-cp.log') });
    floor.copyOutputMs = cp.ok ? cp.wallMs : null;
    floor.copiedFrom = outputTree;
    floor.copied = treeStats(dst);
    removeTree(dst);
  }
  return floor;
}
