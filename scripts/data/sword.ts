/** Reads SWORD modules through `mod2imp` (Debian package libsword-utils). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The one command that installs every module the data build reads. */
const INSTALL_HINT =
  'sudo apt-get install -y libsword-utils sword-text-web sword-text-kjv sword-text-sparv sword-dict-naves';

/** Thrown when a tool or module is missing; the message is one line naming the fix. */
export class MissingModuleError extends Error {
  override name = 'MissingModuleError';
}

/** One `$$$key` entry of an imp export. */
export interface ImpEntry {
  key: string;
  body: string;
}

const MODS_DIRS = ['/usr/share/sword/mods.d', `${process.env.HOME ?? ''}/.sword/mods.d`];

/** The module's .conf fields (Version, Description, DistributionLicense, …). */
export function readModuleConf(module: string): Record<string, string> {
  for (const dir of MODS_DIRS) {
    const path = `${dir}/${module}.conf`;
    const lower = `${dir}/${module.toLowerCase()}.conf`;
    const file = existsSync(path) ? path : existsSync(lower) ? lower : undefined;
    if (!file) continue;
    const conf: Record<string, string> = {};
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^([A-Za-z]+)=(.*)$/.exec(line);
      if (m && !(m[1]! in conf)) conf[m[1]!] = m[2]!.trim();
    }
    return conf;
  }
  throw new MissingModuleError(`SWORD module ${module} is not installed: run \`${INSTALL_HINT}\``);
}

/** Exports a module with mod2imp; `strip` asks SWORD's own plain-text filter instead of raw OSIS. */
export function exportModule(module: string, strip = false): ImpEntry[] {
  readModuleConf(module);
  let out: string;
  try {
    out = execFileSync('mod2imp', strip ? [module, '-s'] : [module], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MissingModuleError(`mod2imp is not installed: run \`${INSTALL_HINT}\``);
    throw error;
  }
  const entries = parseImp(out);
  if (entries.length === 0) {
    throw new MissingModuleError(`mod2imp printed nothing for ${module}: run \`${INSTALL_HINT}\``);
  }
  return entries;
}

/** Splits imp text into entries; a body is every line up to the next `$$$` key. */
function parseImp(imp: string): ImpEntry[] {
  const entries: ImpEntry[] = [];
  let current: ImpEntry | undefined;
  for (const line of imp.split('\n')) {
    if (line.startsWith('$$$')) {
      current = { key: line.slice(3), body: '' };
      entries.push(current);
    } else if (current) {
      current.body = current.body ? `${current.body}\n${line}` : line;
    }
  }
  for (const entry of entries) entry.body = entry.body.replace(/\n+$/, '');
  return entries;
}
