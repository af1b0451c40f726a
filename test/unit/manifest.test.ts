// package.json is code: every command, setting and colour it contributes is used in the source,
// and every command registered, colour painted or setting read in the source is contributed.
// Activation stays lazy and the readout language's files exist.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes ?? {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}
const sources = sourceFiles(path.join(root, 'src')).map((file) => ({ file: path.relative(root, file), text: fs.readFileSync(file, 'utf8') }));
const allSource = sources.map((s) => s.text).join('\n');

/** String literals 'readoutLens.x' (any quote) in the source. */
const literals = new Set([...allSource.matchAll(/['"`](readoutLens\.[\w.-]+)['"`]/g)].map((m) => m[1]));
/** const NAME = 'readoutLens.x' definitions, to resolve registerCommand(NAME). */
const constants = new Map([...allSource.matchAll(/\b([A-Z_][A-Z0-9_]*)\s*=\s*['"](readoutLens\.[\w.-]+)['"]/g)].map((m) => [m[1], m[2]]));

function registeredCommands(): string[] {
  return [...allSource.matchAll(/registerCommand\(\s*(?:['"](readoutLens\.[\w.-]+)['"]|([A-Z_][A-Z0-9_]*))/g)]
    .map((m) => m[1] ?? constants.get(m[2]))
    .filter((c): c is string => !!c);
}

const commands: string[] = (contributes.commands ?? []).map((c: { command: string }) => c.command);
const colours: string[] = (contributes.colors ?? []).map((c: { id: string }) => c.id);
const configurations = Array.isArray(contributes.configuration) ? contributes.configuration : [contributes.configuration ?? {}];
const settings: string[] = configurations.flatMap((c: { properties?: Record<string, unknown> }) => Object.keys(c.properties ?? {}));
const views: string[] = Object.values(contributes.views ?? {}).flatMap((list) => (list as { id: string }[]).map((v) => v.id));
const containers: string[] = Object.values(contributes.viewsContainers ?? {}).flatMap((list) => (list as { id: string }[]).map((v) => v.id));

describe('manifest: package.json contributions match the source', () => {
  it('every contributed command is registered in the source', () => {
    const registered = new Set(registeredCommands());
    assert.deepStrictEqual(commands.filter((c) => !registered.has(c)), [], 'contributed but never registered');
  });

  it('every command registered in the source is contributed', () => {
    assert.deepStrictEqual(registeredCommands().filter((c) => !commands.includes(c)), [], 'registered but not in contributes.commands');
  });

  it('every contributed colour is used in the source, and every readoutLens colour used is contributed', () => {
    assert.deepStrictEqual(colours.filter((c) => !literals.has(c)), [], 'contributed colour never used');
    const used = [...allSource.matchAll(/ThemeColor\(\s*['"](readoutLens\.[\w.-]+)['"]/g)].map((m) => m[1]);
    assert.deepStrictEqual(used.filter((c) => !colours.includes(c)), [], 'ThemeColor not contributed');
    for (const c of contributes.colors ?? []) {
      for (const theme of ['dark', 'light', 'highContrast']) assert.ok(c.defaults?.[theme], `${c.id} has no ${theme} default`);
    }
  });

  it('every contributed setting is read in the source (full key or key within the section)', () => {
    const unread = settings.filter((key) => {
      const inSection = key.replace(/^readoutLens\./, '');
      return !literals.has(key) && !new RegExp(`['"\`]${inSection.replace(/\./g, '\\.')}['"\`]`).test(allSource);
    });
    assert.deepStrictEqual(unread, [], 'contributed setting never read');
  });

  it('every readoutLens.* id in the source is contributed (command, setting or its section, colour, view)', () => {
    const known = new Set([...commands, ...settings, ...colours, ...views, ...containers]);
    const sections = new Set(settings.flatMap((k) => k.split('.').slice(1).map((_, i, parts) => ['readoutLens', ...parts.slice(0, i)].join('.'))));
    // Ids the editor owns without a contribution point: status bar items, context keys, storage keys.
    const declaredElsewhere = new Set([
      ...[...allSource.matchAll(/createStatusBarItem\(\s*['"](readoutLens\.[\w.-]+)['"]/g)].map((m) => m[1]),
      ...[...allSource.matchAll(/['"]setContext['"],\s*['"](readoutLens\.[\w.-]+)['"]/g)].map((m) => m[1]),
      ...[...allSource.matchAll(/(?:globalState|workspaceState)\.(?:get|update)\(\s*['"](readoutLens\.[\w.-]+)['"]/g)].map((m) => m[1]),
    ]);
    const unknown = [...literals].filter((l) => !known.has(l) && !sections.has(l) && !declaredElsewhere.has(l) && !/\.(json|md|txt)$/.test(l));
    assert.deepStrictEqual(unknown, [], 'readoutLens.* literal in src that package.json does not contribute');
  });

  it('keybindings and menus only name contributed commands', () => {
    const named = [
      ...(contributes.keybindings ?? []).map((k: { command: string }) => k.command),
      ...Object.values(contributes.menus ?? {}).flatMap((items) => (items as { command?: string }[]).map((i) => i.command)).filter(Boolean),
    ];
    assert.deepStrictEqual(named.filter((c) => !commands.includes(c as string)), []);
  });

  it('activation is lazy: readout languages and readout files, never *', () => {
    const events: string[] = pkg.activationEvents ?? [];
    assert.ok(!events.includes('*'), 'activationEvents contains *');
    for (const lang of ['plaintext', 'markdown', 'readout']) assert.ok(events.includes(`onLanguage:${lang}`), `missing onLanguage:${lang}`);
    assert.ok(events.some((e) => e.startsWith('workspaceContains:') && e.includes('.readout.')), 'missing workspaceContains for *.readout.*');
  });

  it('supports untrusted and virtual workspaces', () => {
    assert.strictEqual(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.ok(pkg.capabilities?.virtualWorkspaces !== false);
  });

  it('the readout language, its configuration and grammar exist and agree', () => {
    const lang = (contributes.languages ?? []).find((l: { id: string }) => l.id === 'readout');
    assert.ok(lang, 'no readout language');
    assert.deepStrictEqual([...lang.extensions].sort(), ['.readout.md', '.readout.txt']);
    JSON.parse(fs.readFileSync(path.join(root, lang.configuration), 'utf8'));
    const grammar = (contributes.grammars ?? []).find((g: { language: string }) => g.language === 'readout');
    assert.ok(grammar, 'no grammar for readout');
    const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
    assert.strictEqual(tm.scopeName, grammar.scopeName);
    for (const name of Object.keys(tm.repository)) assert.ok(JSON.stringify(tm).includes(`"#${name}"`), `grammar rule ${name} never included`);
  });
});
