// Where the unit tests find corpus text: the full shared corpus when it is beside the project,
// else the redistributable copy bundled in corpus/ (see corpus/README.md).
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
export const SHARED_CORPUS = path.resolve(root, '../shared/corpus');
export const BUNDLED_CORPUS = path.join(root, 'corpus');
export const hasSharedCorpus = fs.existsSync(path.join(SHARED_CORPUS, 'gold'));
/** The corpus the tests score against. */
export const CORPUS_DIR = hasSharedCorpus ? SHARED_CORPUS : BUNDLED_CORPUS;
if (!hasSharedCorpus) {
  console.warn(`[tests] ${SHARED_CORPUS} not found: using the bundled corpus (13 of 22 files)`);
}

export function corpusNames(dir = CORPUS_DIR): string[] {
  return fs.readdirSync(path.join(dir, 'readouts')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
}

export function readReadoutText(name: string, dir = CORPUS_DIR): string {
  const file = fs.existsSync(path.join(dir, 'readouts', `${name}.txt`)) ? path.join(dir, 'readouts', `${name}.txt`) : path.join(BUNDLED_CORPUS, 'readouts', `${name}.txt`);
  return fs.readFileSync(file, 'utf8');
}

export function readGold<T = unknown>(name: string, dir = CORPUS_DIR): T {
  return JSON.parse(fs.readFileSync(path.join(dir, 'gold', `${name}.json`), 'utf8')) as T;
}

/** Finds the one corpus readout whose name starts with `prefix` ("000", "101_japan"). */
export function readout(prefix: string): { name: string; text: string } {
  const name = corpusNames().find((n) => n.startsWith(prefix)) ?? corpusNames(BUNDLED_CORPUS).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no corpus readout starting with ${prefix}`);
  return { name, text: readReadoutText(name) };
}
