// The `readout-lens` command: analyze, eval and bench over the same core as the extension.
//   readout-lens analyze [--json] [--date YYYY-MM-DD] [--max-size MB] [--annotations DIR] [--no-nlp] FILE...
//   readout-lens eval [DIR] [--verbose] [--json] [--check] [--no-nlp]
//   readout-lens bench [--quick]
// Exit codes: 0 ok, 1 some file could not be analysed (the others still are) or eval below
// thresholds with --check, 2 usage error.

import { parseArgs } from 'node:util';
import { analyzeReadout } from '../core/analyze';
import { loadNlp } from '../core/nlp';
import { DEFAULT_MAX_BYTES, readReadout } from './readInput';
import { runEval } from './evalCommand';
import { runPledges } from './pledgesCommand';
import { formatAnalysis } from './formatAnalysis';
import { bold, red } from './style';
import { userLabelsFor } from './annotations';

const USAGE = `Usage:
  readout-lens analyze [--json] [--date YYYY-MM-DD] [--max-size MB] [--annotations DIR | --no-annotations] FILE...
  readout-lens eval [CORPUS_DIR] [--verbose] [--json] [--check] [--no-nlp]
  readout-lens bench [--quick]
  readout-lens pledges [--compare A B] [--format csv|json|md|cameo] FILE...
  readout-lens help`;

type Command = (args: string[]) => Promise<number> | number;

const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  eval: (args) => runEval(args),
  bench: async (args) => (await import('../../bench/run')).runBench(args),
  pledges: (args) => runPledges(args),
  help: () => { console.log(USAGE); return 0; },
};

async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false }, date: { type: 'string' }, 'max-size': { type: 'string' },
      annotations: { type: 'string' }, 'no-annotations': { type: 'boolean', default: false },
      'no-nlp': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) { console.error('analyze: give at least one FILE\n' + USAGE); return 2; }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error(`analyze: --date must be YYYY-MM-DD, got ${JSON.stringify(values.date)}`); return 2;
  }
  const maxBytes = values['max-size'] ? Number(values['max-size']) * 1048576 : DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) { console.error('analyze: --max-size must be a positive number of MB'); return 2; }
  // compromise confirms leftover person names; a batch run can afford its ~250 ms load.
  const nlp = values['no-nlp'] ? undefined : await loadNlp();
  let failed = 0;
  const results: unknown[] = [];
  for (const file of positionals) {
    const read = readReadout(file, maxBytes);
    if (!read.ok) {
      failed++;
      console.error(`${red('error')} ${file}: ${read.error}`);
      continue;
    }
    // The user's labels (W3C sidecar, user gazetteer) win, as in the editor.
    const labels = userLabelsFor(file, read.text, { dir: values.annotations, disabled: values['no-annotations'] });
    for (const m of labels.messages) console.error(m);
    if (labels.failed) failed++;
    const a = labels.apply(analyzeReadout(read.text, { date: values.date, userGazetteer: labels.userGazetteer, nlp }));
    if (values.json) {
      results.push({ file, date: a.date, leaders: a.leaders, agreements: a.agreements, commitments: a.commitments });
    } else {
      console.log(formatAnalysis(file, read.text, a));
    }
  }
  if (values.json) console.log(JSON.stringify(results, null, 1));
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') { console.log(USAGE); return name ? 0 : 2; }
  const command = commands[name];
  if (!command) { console.error(`${bold('readout-lens')}: unknown command ${JSON.stringify(name)}\n${USAGE}`); return 2; }
  try {
    return await command(rest);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) { console.error(`${name}: ${err.message}\n${USAGE}`); return 2; }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    console.error(red('readout-lens: internal error: ') + ((e as Error).stack ?? String(e)));
    process.exitCode = 1;
  });
}
