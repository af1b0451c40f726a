// Annotating in the editor: the commands that let the user confirm, add, reject, re-label, link
// and comment findings, and add offices, agreements and non-leaders to the user gazetteer; the
// same actions as quick fixes (light bulb, Ctrl+.) on a selection or a highlight, and in the
// editor's context menu. Wires the store, the gazetteer file, the marks and the tree view.
//
// Every command takes an optional argument object (uri, start, end and the label's fields):
// the quick fixes pass the place, tests and keybindings can pass everything and skip prompts.
import { guardCommand } from '../vscode/commandGuard';
import * as vscode from 'vscode';
import { STRENGTHS, TOPICS, type AgreementMention, type Commitment, type LeaderMention, type ReadoutAnalysis, type Strength, type Topic } from '../core/types';
import { splitSentences } from '../core/text';
import type { FindingCategory, ReadoutAnnotation } from '../core/annotations/model';
import type { Services } from '../vscode/services';
import { AnnotationStore } from './annotationStore';
import { UserGazetteerFile } from './userGazetteer';
import { registerAnnotationMarks, type AnnotationMarks } from './annotationMarks';
import { registerAnnotationsView, type AnnotationsView } from './annotationsView';
import { registerAnnotationTransfer } from './annotationTransfer';

export interface AnnotateArgs {
  uri?: string | vscode.Uri;
  start?: number;
  end?: number;
  category?: FindingCategory;
  canonical?: string;
  party?: string;
  strength?: Strength;
  topic?: Topic;
  note?: string;
  // gazetteer entries
  person?: string;
  office?: string;
  country?: string;
  titles?: string[];
  from?: string;
  to?: string;
  acronym?: string;
  kind?: string;
  surface?: string;
}

export interface AnnotationsApi {
  store: AnnotationStore;
  gazetteer: UserGazetteerFile;
  marks: AnnotationMarks;
  view: AnnotationsView;
}

const MARK_LEADER = 'readoutLens.annotate.markLeader';
const MARK_AGREEMENT = 'readoutLens.annotate.markAgreement';
const MARK_COMMITMENT = 'readoutLens.annotate.markCommitment';
const REJECT = 'readoutLens.annotate.reject';
const SET_COMMITMENT = 'readoutLens.annotate.setCommitment';
const LINK = 'readoutLens.annotate.link';
const ADD_NOTE = 'readoutLens.annotate.addNote';
const ADD_OFFICE = 'readoutLens.annotate.addOfficeToGazetteer';
const ADD_AGREEMENT = 'readoutLens.annotate.addAgreementToGazetteer';
const NEVER_LEADER = 'readoutLens.annotate.neverLeader';
export const ANNOTATE_COMMANDS = {
  markLeader: MARK_LEADER, markAgreement: MARK_AGREEMENT, markCommitment: MARK_COMMITMENT, reject: REJECT,
  setCommitment: SET_COMMITMENT, link: LINK, addNote: ADD_NOTE, addOffice: ADD_OFFICE, addAgreement: ADD_AGREEMENT,
  neverLeader: NEVER_LEADER,
} as const;

export function registerAnnotations(context: vscode.ExtensionContext, services: Services): AnnotationsApi {
  const store = new AnnotationStore(services);
  const gazetteer = new UserGazetteerFile(services);
  context.subscriptions.push(store, gazetteer);
  const guard = (id: string, action: (args: AnnotateArgs) => Promise<unknown>) => guardCommand<AnnotateArgs>(services, id, action);
  context.subscriptions.push(
    vscode.commands.registerCommand(MARK_LEADER, guard(MARK_LEADER, (a) => markFinding(services, store, 'leader', a))),
    vscode.commands.registerCommand(MARK_AGREEMENT, guard(MARK_AGREEMENT, (a) => markFinding(services, store, 'agreement', a))),
    vscode.commands.registerCommand(MARK_COMMITMENT, guard(MARK_COMMITMENT, (a) => markCommitment(services, store, a))),
    vscode.commands.registerCommand(REJECT, guard(REJECT, (a) => reject(services, store, a))),
    vscode.commands.registerCommand(SET_COMMITMENT, guard(SET_COMMITMENT, (a) => setCommitment(services, store, a))),
    vscode.commands.registerCommand(LINK, guard(LINK, (a) => link(services, store, a))),
    vscode.commands.registerCommand(ADD_NOTE, guard(ADD_NOTE, (a) => addNote(services, store, a))),
    vscode.commands.registerCommand(ADD_OFFICE, guard(ADD_OFFICE, (a) => addOffice(services, gazetteer, a))),
    vscode.commands.registerCommand(ADD_AGREEMENT, guard(ADD_AGREEMENT, (a) => addAgreement(services, gazetteer, a))),
    vscode.commands.registerCommand(NEVER_LEADER, guard(NEVER_LEADER, (a) => neverLeader(services, gazetteer, a))),
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'readout' }],
      new AnnotationQuickFixes(services),
      { providedCodeActionKinds: [QUICK_FIX] },
    ),
  );
  const marks = registerAnnotationMarks(context, services, store);
  const view = registerAnnotationsView(context, store);
  registerAnnotationTransfer(context, services, store);
  return { store, gazetteer, marks, view };
}

// ---------------------------------------------------------------------------------------------
// Where a command applies: the document, the span, and the findings under it.

interface Target {
  doc: vscode.TextDocument;
  start: number;
  end: number;
  analysis: ReadoutAnalysis | undefined;
  leader?: LeaderMention;
  agreement?: AgreementMention;
  commitment?: Commitment;
}

async function target(services: Services, args: AnnotateArgs): Promise<Target> {
  let doc: vscode.TextDocument | undefined;
  if (args.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri);
  } else {
    doc = vscode.window.activeTextEditor?.document;
  }
  if (!doc) throw new Error('open a readout first');
  const analysis = services.analysis.get(doc);
  let start: number, end: number;
  if (args.start !== undefined && args.end !== undefined) {
    start = args.start; end = args.end;
  } else {
    const editor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined;
    if (!editor) throw new Error('select the words to annotate');
    start = doc.offsetAt(editor.selection.start);
    end = doc.offsetAt(editor.selection.end);
  }
  if (start > end || start < 0 || end > doc.getText().length) throw new Error('the place to annotate is outside the document');
  const under = <T extends { start: number; end: number }>(list: readonly T[] | undefined): T | undefined =>
    list?.find((f) => (start === end ? f.start <= start && start <= f.end : f.start < end && start < f.end));
  const t: Target = { doc, start, end, analysis, leader: under(analysis?.leaders), agreement: under(analysis?.agreements), commitment: under(analysis?.commitments) };
  if (start === end) {
    // No selection: the highlight under the cursor, else the word.
    const f = t.leader ?? t.agreement;
    if (f) { t.start = f.start; t.end = f.end; } else {
      const word = doc.getWordRangeAtPosition(doc.positionAt(start));
      if (word) { t.start = doc.offsetAt(word.start); t.end = doc.offsetAt(word.end); }
    }
  }
  return t;
}

function requireSpan(t: Target): void {
  if (t.end <= t.start) throw new Error('select the words to annotate');
}

async function ask(value: string | undefined, prompt: string, initial?: string, validate?: (v: string) => string | undefined): Promise<string | undefined> {
  if (value !== undefined) return value;
  return vscode.window.showInputBox({ prompt, value: initial, ignoreFocusOut: true, validateInput: validate });
}

async function pick<T extends string>(value: T | undefined, items: readonly T[], placeHolder: string, initial?: T): Promise<T | undefined> {
  if (value !== undefined) return value;
  const ordered = initial ? [initial, ...items.filter((i) => i !== initial)] : [...items];
  return vscode.window.showQuickPick(ordered, { placeHolder, ignoreFocusOut: true }) as Promise<T | undefined>;
}

function done(message: string): void {
  void vscode.window.setStatusBarMessage(`Readout Lens: ${message}`, 4000);
}

// ---------------------------------------------------------------------------------------------
// The commands

async function markFinding(services: Services, store: AnnotationStore, kind: 'leader' | 'agreement', args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  requireSpan(t);
  const under = kind === 'leader' ? t.leader : t.agreement;
  const exact = under && under.start === t.start && under.end === t.end;
  const surface = t.doc.getText().slice(t.start, t.end).trim();
  // Confirming what the machine found needs no question; a new or wider span asks for its name.
  const canonical = exact && args.canonical === undefined ? under.canonical
    : await ask(args.canonical, `Canonical name of this ${kind}`, under?.canonical ?? surface, (v) => (v.trim() ? undefined : 'a name is needed'));
  if (canonical === undefined) return undefined;
  const label: Omit<ReadoutAnnotation, 'id' | 'anchor' | 'created' | 'modified'> = { kind, canonical: canonical.trim() };
  if (args.office) label.office = args.office;
  if (args.country) label.country = args.country;
  if (args.acronym) label.acronym = args.acronym;
  if (args.kind) label.agreementKind = args.kind;
  if (args.note) label.note = args.note;
  const a = await store.add(t.doc, t, label);
  done(`marked "${surface}" as ${kind === 'leader' ? 'a leader' : 'an agreement'}`);
  return a;
}

/** The whole sentences a selection touches: commitments are sentences (GUIDELINES). */
function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const hit = splitSentences(text).filter((s) => (start === end ? s.start <= start && start <= s.end : s.start < end && start < s.end));
  if (hit.length === 0) return undefined;
  return { start: hit[0].start, end: hit[hit.length - 1].end };
}

async function commitmentAttributes(t: Target, args: AnnotateArgs, base?: Commitment): Promise<{ party: string; strength: Strength; topic: Topic } | undefined> {
  const parties = [...new Set([...(t.analysis?.parties ?? []), 'both'])];
  let party = args.party;
  if (party === undefined) {
    const other = 'Other party…';
    const choice = await pick<string>(undefined, [...parties, other], 'Who commits? (the side that is to act)', base?.party);
    if (choice === undefined) return undefined;
    party = choice === other ? await ask(undefined, 'Party (a country name, "EU", or "both")') : choice;
    if (!party) return undefined;
  }
  const strength = await pick<Strength>(args.strength, STRENGTHS, 'How firm? firm (will, agreed) · willing (ready to) · aspirational (should, hope)', base?.strength);
  if (!strength) return undefined;
  const topic = await pick<Topic>(args.topic, TOPICS, 'Topic of the commitment', base?.topic);
  if (!topic) return undefined;
  return { party, strength, topic };
}

async function markCommitment(services: Services, store: AnnotationStore, args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  const span = args.start !== undefined && args.end !== undefined && args.end > args.start ? { start: args.start, end: args.end } : sentenceSpan(t.doc.getText(), t.start, t.end);
  if (!span) throw new Error('put the cursor in the sentence that holds the commitment');
  const attrs = await commitmentAttributes(t, args, t.commitment);
  if (!attrs) return undefined;
  const a = await store.add(t.doc, span, { kind: 'commitment', ...attrs, ...(args.note ? { note: args.note } : {}) });
  done(`marked a ${attrs.strength} commitment of ${attrs.party}`);
  return a;
}

async function setCommitment(services: Services, store: AnnotationStore, args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  const c = t.commitment;
  if (!c) throw new Error('no commitment here: use "Mark as commitment" first');
  const attrs = await commitmentAttributes(t, args, c);
  if (!attrs) return undefined;
  // Re-labelling the user's own commitment changes that annotation instead of stacking another.
  const own = (await store.anchored(t.doc.uri)).find((x) => x.annotation.kind === 'commitment' && x.status !== 'orphan' && x.start === c.start && x.end === c.end);
  if (own) {
    await store.update(t.doc.uri, own.annotation.id, attrs);
    done(`commitment set to ${attrs.party}, ${attrs.strength}, ${attrs.topic}`);
    return { ...own.annotation, ...attrs };
  }
  const a = await store.add(t.doc, c, { kind: 'commitment', ...attrs });
  done(`commitment set to ${attrs.party}, ${attrs.strength}, ${attrs.topic}`);
  return a;
}

async function reject(services: Services, store: AnnotationStore, args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  const found: Array<[FindingCategory, { start: number; end: number } | undefined]> = [['leader', t.leader], ['agreement', t.agreement], ['commitment', t.commitment]];
  const present = found.filter(([, f]) => f !== undefined).map(([c]) => c);
  const category = args.category ?? (present.length > 1 ? await pick(undefined, present, 'Which highlight is wrong here?') : present[0]);
  if (!category) throw new Error('no highlight here to reject');
  const finding = found.find(([c]) => c === category)?.[1];
  const span = finding ?? { start: t.start, end: t.end };
  if (span.end <= span.start) throw new Error('no highlight here to reject');
  const a = await store.add(t.doc, span, { kind: 'reject', category, ...(args.note ? { note: args.note } : {}) });
  done(`not a ${category} here`);
  return a;
}

async function link(services: Services, store: AnnotationStore, args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  requireSpan(t);
  const category = args.category ?? (t.agreement && !t.leader ? 'agreement' : t.leader ? 'leader'
    : await pick<FindingCategory>(undefined, ['leader', 'agreement'], 'Link this mention to a canonical…'));
  if (!category) return undefined;
  const current = category === 'agreement' ? t.agreement?.canonical : t.leader?.canonical;
  const canonical = await ask(args.canonical, `Canonical ${category} this mention refers to`, current, (v) => (v.trim() ? undefined : 'a name is needed'));
  if (canonical === undefined) return undefined;
  const a = await store.add(t.doc, t, { kind: 'link', category, canonical: canonical.trim() });
  done(`linked to ${canonical.trim()}`);
  return a;
}

async function addNote(services: Services, store: AnnotationStore, args: AnnotateArgs): Promise<ReadoutAnnotation | undefined> {
  const t = await target(services, args);
  requireSpan(t);
  const note = await ask(args.note, 'Note on the selected words');
  if (!note) return undefined;
  const a = await store.add(t.doc, t, { kind: 'note', note });
  done('note added');
  return a;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dateCheck = (optional: boolean) => (v: string) => ((optional && v.trim() === '') || DATE.test(v.trim()) ? undefined : 'a date as YYYY-MM-DD');

function folderOf(doc: vscode.TextDocument | undefined): vscode.WorkspaceFolder {
  const folder = (doc && vscode.workspace.getWorkspaceFolder(doc.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the user gazetteer lives in a workspace folder: open a folder first');
  return folder;
}

async function optionalTarget(services: Services, args: AnnotateArgs): Promise<Target | undefined> {
  try { return await target(services, args); } catch { return undefined; }
}

async function addOffice(services: Services, gazetteer: UserGazetteerFile, args: AnnotateArgs): Promise<vscode.Uri | undefined> {
  const t = await optionalTarget(services, args);
  const surface = t ? t.doc.getText().slice(t.start, t.end).trim() : '';
  const person = await ask(args.person, 'Person (canonical full name)', t?.leader?.canonical ?? surface, (v) => (v.trim() ? undefined : 'a name is needed'));
  if (!person) return undefined;
  const office = await ask(args.office, `Office held by ${person}`, t?.leader?.office, (v) => (v.trim() ? undefined : 'an office is needed'));
  if (!office) return undefined;
  const country = await ask(args.country, 'Country or organisation of the office', t?.leader?.country, (v) => (v.trim() ? undefined : 'a country is needed'));
  if (!country) return undefined;
  const from = await ask(args.from, 'In office from (YYYY-MM-DD)', t?.analysis?.date ?? undefined, dateCheck(false));
  if (!from) return undefined;
  const to = await ask(args.to, 'In office until (YYYY-MM-DD; empty while in office)', '', dateCheck(true));
  if (to === undefined) return undefined;
  const titles = args.titles ?? (t?.leader?.title ? [t.leader.title] : undefined);
  const file = await gazetteer.add(folderOf(t?.doc), {
    office: { person: person.trim(), office: office.trim(), country: country.trim(), from: from.trim(), ...(to.trim() ? { to: to.trim() } : {}), ...(titles ? { titles } : {}) },
  });
  done(`${person} added to ${vscode.workspace.asRelativePath(file)}`);
  return file;
}

async function addAgreement(services: Services, gazetteer: UserGazetteerFile, args: AnnotateArgs): Promise<vscode.Uri | undefined> {
  const t = await optionalTarget(services, args);
  const surface = t ? t.doc.getText().slice(t.start, t.end).trim() : '';
  const canonical = await ask(args.canonical, 'Agreement (canonical full name)', t?.agreement?.canonical ?? surface, (v) => (v.trim() ? undefined : 'a name is needed'));
  if (!canonical) return undefined;
  // An acronym in brackets right after the words is the usual way readouts introduce one.
  const after = t ? /^\s*\(([A-Z][A-Za-z0-9&-]{1,12})\)/.exec(t.doc.getText().slice(t.end, t.end + 20))?.[1] : undefined;
  const acronym = await ask(args.acronym, 'Acronym (empty if none)', t?.agreement?.acronym ?? after ?? '');
  if (acronym === undefined) return undefined;
  const variants = surface && surface !== canonical.trim() ? [surface] : undefined;
  const file = await gazetteer.add(folderOf(t?.doc), {
    agreement: { canonical: canonical.trim(), ...(variants ? { variants } : {}), ...(acronym.trim() ? { acronym: acronym.trim() } : {}), ...(args.kind ? { kind: args.kind } : {}) },
  });
  done(`${canonical} added to ${vscode.workspace.asRelativePath(file)}`);
  return file;
}

async function neverLeader(services: Services, gazetteer: UserGazetteerFile, args: AnnotateArgs): Promise<vscode.Uri | undefined> {
  const t = await optionalTarget(services, args);
  const surface = args.surface ?? (t ? t.doc.getText().slice(t.start, t.end).trim() : '');
  const name = await ask(args.surface, 'Name never to highlight as a leader', surface, (v) => (v.trim() ? undefined : 'a name is needed'));
  if (!name) return undefined;
  const file = await gazetteer.add(folderOf(t?.doc), { notLeader: name.trim() });
  done(`"${name}" is never a leader (${vscode.workspace.asRelativePath(file)})`);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Quick fixes

const QUICK_FIX = vscode.CodeActionKind.QuickFix.append('readoutLens');

class AnnotationQuickFixes implements vscode.CodeActionProvider {
  constructor(private readonly services: Services) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.services.analysis.isReadoutLanguage(doc)) return [];
    const analysis = this.services.analysis.get(doc);
    if (!analysis) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const covering = <T extends { start: number; end: number }>(list: readonly T[]) =>
      list.find((f) => (start === end ? f.start <= start && start <= f.end : f.start < end && start < f.end));
    const leader = covering(analysis.leaders);
    const agreement = covering(analysis.agreements);
    const commitment = covering(analysis.commitments);
    const selected = end > start ? doc.getText().slice(start, end) : undefined;
    // Nothing selected and no highlight under the cursor: no light bulb everywhere in the text.
    if (!selected && !leader && !agreement && !commitment) return [];
    const uri = doc.uri.toString();
    const actions: vscode.CodeAction[] = [];
    const add = (title: string, command: string, args: AnnotateArgs, preferred = false) => {
      const a = new vscode.CodeAction(`Readout Lens: ${title}`, QUICK_FIX);
      a.command = { command, title, arguments: [{ uri, ...args }] };
      a.isPreferred = preferred;
      actions.push(a);
    };
    const quote = (s: string) => `"${s.length > 40 ? s.slice(0, 39) + '…' : s}"`;
    const c = ANNOTATE_COMMANDS;
    const at = (f: { start: number; end: number }) => ({ start: f.start, end: f.end });
    if (leader) {
      if (leader.source !== 'user') add(`Confirm ${quote(leader.text)} as ${leader.canonical}`, c.markLeader, at(leader), true);
      add(`Not a leader here: ${quote(leader.text)}`, c.reject, { ...at(leader), category: 'leader' });
      add(`Link ${quote(leader.text)} to another person…`, c.link, { ...at(leader), category: 'leader' });
      add(`Never a leader: add ${quote(leader.text)} to the user gazetteer`, c.neverLeader, { ...at(leader), surface: leader.text });
      add(`Add ${leader.canonical}'s office to the user gazetteer…`, c.addOffice, at(leader));
    }
    if (agreement) {
      if (agreement.source !== 'user') add(`Confirm ${quote(agreement.text)} as an agreement`, c.markAgreement, at(agreement), !leader);
      add(`Not an agreement here: ${quote(agreement.text)}`, c.reject, { ...at(agreement), category: 'agreement' });
      add(`Link ${quote(agreement.text)} to another agreement…`, c.link, { ...at(agreement), category: 'agreement' });
      add(`Add ${quote(agreement.canonical)} to the user gazetteer…`, c.addAgreement, at(agreement));
    }
    if (commitment) {
      add(`Set this commitment's party, strength and topic… (now ${commitment.party}, ${commitment.strength}, ${commitment.topic})`, c.setCommitment, at(commitment), !leader && !agreement);
      add('Not a commitment here', c.reject, { ...at(commitment), category: 'commitment' });
    }
    if (selected && selected.trim()) {
      const s = { start, end };
      if (!leader || leader.start !== start || leader.end !== end) add(`Mark ${quote(selected)} as a leader…`, c.markLeader, s, !leader && !agreement && !commitment);
      if (!agreement || agreement.start !== start || agreement.end !== end) add(`Mark ${quote(selected)} as an agreement…`, c.markAgreement, s);
      const sentence = commitment ? undefined : sentenceSpan(doc.getText(), start, end);
      if (sentence) add('Mark this sentence as a commitment…', c.markCommitment, sentence);
      add(`Add a note on ${quote(selected)}…`, c.addNote, s);
      add(`Add ${quote(selected)} as an office holder to the user gazetteer…`, c.addOffice, s);
      add(`Add ${quote(selected)} as an agreement to the user gazetteer…`, c.addAgreement, s);
    } else if (leader || agreement) {
      const f = (leader ?? agreement)!;
      add(`Add a note on ${quote(f.text)}…`, c.addNote, at(f));
    }
    return actions;
  }
}
