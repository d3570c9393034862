// The committed register of the statute book (register.json.gz, written by `npm run inventory`), loaded
// once per process on first use and kept: it is data of one text version and never changes while running.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Register, type RegisterRegulation } from '../../utils/contract/register';

export const COMMITTED_REGISTER = new URL('./register.json.gz', import.meta.url);

export interface LoadedRegister {
  register: Register;
  byId: Map<string, RegisterRegulation>;
}

/** Reads and checks a register file (gzipped when its name ends in .gz). */
export function readRegister(file: URL | string): LoadedRegister {
  const bytes = readFileSync(file);
  const json = String(file).endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const register = Register.parse(JSON.parse(json));
  return { register, byId: new Map(register.regulations.map((r) => [r.bwbId, r])) };
}

let committed: LoadedRegister | null = null;

export function committedRegister(): LoadedRegister {
  committed ??= readRegister(COMMITTED_REGISTER);
  return committed;
}
