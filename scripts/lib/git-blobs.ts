// Reads many files of one commit from a bare git directory: `git ls-tree` for the blob ids, then one
// `git cat-file --batch` process streaming the contents. One process for 20,000 files instead of one
// `git show` each, and no checkout (the mirror has no work tree).
import { execFileSync, spawn } from 'node:child_process';

export interface TreeFile {
  path: string;
  oid: string;
}

function git(gitDir: string, args: string[]): string {
  return execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

export function commitOf(gitDir: string, rev = 'HEAD'): { commit: string; date: string } {
  const [commit = '', date = ''] = git(gitDir, ['log', '-1', '--format=%H %cs', rev]).trim().split(' ');
  return { commit, date };
}

/** Files of `rev` whose path passes `keep`, in tree order. */
export function treeFiles(gitDir: string, keep: (path: string) => boolean, rev = 'HEAD'): TreeFile[] {
  return git(gitDir, ['ls-tree', '-r', '-z', rev])
    .split('\0')
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) return [];
      const [, type, oid] = line.slice(0, tab).split(' ');
      const path = line.slice(tab + 1);
      return type === 'blob' && oid && keep(path) ? [{ path, oid }] : [];
    });
}

/** The date (YYYY-MM-DD) of the newest commit that changed each path: one `git log` over the history. */
export function lastChangeDates(gitDir: string, rev = 'HEAD'): Map<string, string> {
  const out = git(gitDir, ['log', '--format=>%cs', '--name-only', '-z', rev]);
  const dates = new Map<string, string>();
  let date = '';
  for (const raw of out.split('\0')) {
    // With -z the format line and the first path of a commit come in one field: ">2015-08-30\n\npath".
    for (const part of raw.split('\n')) {
      if (part.startsWith('>')) date = part.slice(1);
      else if (part && !dates.has(part)) dates.set(part, date);
    }
  }
  return dates;
}

/**
 * Streams the contents of `files` (in their order) from `git cat-file --batch`. Reading and writing
 * overlap, so memory stays near one file plus the pipe buffers.
 */
export async function* readBlobs(gitDir: string, files: readonly TreeFile[]): AsyncGenerator<{ file: TreeFile; text: string }> {
  const child = spawn('git', ['-C', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.on('error', () => {}); // reported through the exit code
  void (async () => {
    for (const f of files) if (!child.stdin.write(`${f.oid}\n`)) await new Promise((r) => child.stdin.once('drain', r));
    child.stdin.end();
  })();

  let buffer: Buffer = Buffer.alloc(0);
  let index = 0;
  let need: number | null = null; // bytes of the current blob plus its trailing newline
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (need === null) {
        const nl = buffer.indexOf(10);
        if (nl < 0) break;
        const header = buffer.subarray(0, nl).toString('latin1');
        const size = /^[0-9a-f]{40} blob (\d+)$/.exec(header)?.[1];
        if (size === undefined) throw new Error(`git cat-file: unexpected answer "${header}" for ${files[index]?.path}`);
        need = Number(size) + 1;
        buffer = buffer.subarray(nl + 1);
      }
      if (buffer.length < need) break;
      const file = files[index++]!;
      yield { file, text: buffer.subarray(0, need - 1).toString('utf8') };
      buffer = buffer.subarray(need);
      need = null;
    }
  }
  const code = await exited;
  if (code !== 0 || index !== files.length) throw new Error(`git cat-file exited with ${code} after ${index} of ${files.length} files`);
}
