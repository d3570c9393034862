// Worker thread of the inventory: turns batches of regulation texts (laws-markdown or BWB XML) into
// register entries. The main thread only reads files and writes the result.
import { parentPort } from 'node:worker_threads';
import { inventoryEntry } from '../../utils/analysis/inventory';
import type { RegisterRegulation } from '../../utils/contract/register';
import { readBwbXml } from './bwb-xml';
import { markdownRegulation } from './inventory-sources';

export interface SourceFile {
  /** Path inside the source (its first folder is the kind for laws-markdown). */
  path: string;
  format: 'markdown' | 'bwb-xml';
  text: string;
  versionDate: string | null;
}

export interface WorkerResult {
  batch: number;
  entries: RegisterRegulation[];
  failures: Array<{ path: string; message: string }>;
}

export function entriesOf(files: readonly SourceFile[]): Omit<WorkerResult, 'batch'> {
  const entries: RegisterRegulation[] = [];
  const failures: WorkerResult['failures'] = [];
  for (const f of files) {
    try {
      const text = f.format === 'markdown' ? markdownRegulation(f.path, f.text, f.versionDate) : readBwbXml(f.text);
      entries.push(inventoryEntry(text));
    } catch (e) {
      failures.push({ path: f.path, message: (e as Error).message });
    }
  }
  return { entries, failures };
}

parentPort?.on('message', (message: { batch: number; files: SourceFile[] }) => {
  parentPort!.postMessage({ batch: message.batch, ...entriesOf(message.files) } satisfies WorkerResult);
});
