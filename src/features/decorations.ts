// Highlights in the editor: leaders, agreements, and commitments by strength (solid = firm,
// dashed = willing, dotted = aspirational), theme colours from contributes.colors, marks in the
// overview ruler. Decoration types are created once; only ranges change, and only the analysis
// of the document's current version is ever painted.
import * as vscode from 'vscode';
import type { ReadoutAnalysis, Strength } from '../core/types';
import type { Services } from '../vscode/services';
import { spanToRange } from '../vscode/ranges';

export type DecorationCategory = 'leader' | 'agreement' | 'commitment.firm' | 'commitment.willing' | 'commitment.aspirational';

const BORDER_STYLE: Record<Strength, string> = { firm: 'solid', willing: 'dashed', aspirational: 'dotted' };
const STRENGTH_COLOUR: Record<Strength, string> = {
  firm: 'readoutLens.commitmentFirm',
  willing: 'readoutLens.commitmentWilling',
  aspirational: 'readoutLens.commitmentAspirational',
};

function createTypes(): Map<DecorationCategory, vscode.TextEditorDecorationType> {
  const types = new Map<DecorationCategory, vscode.TextEditorDecorationType>();
  types.set('leader', vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('readoutLens.leaderBackground'),
    borderWidth: '1px', borderStyle: 'solid', borderColor: new vscode.ThemeColor('readoutLens.leaderBorder'), borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor('readoutLens.leaderBorder'), overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  types.set('agreement', vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('readoutLens.agreementBackground'),
    borderWidth: '1px', borderStyle: 'solid', borderColor: new vscode.ThemeColor('readoutLens.agreementBorder'), borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor('readoutLens.agreementBorder'), overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  for (const strength of ['firm', 'willing', 'aspirational'] as const) {
    types.set(`commitment.${strength}`, vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('readoutLens.commitmentBackground'),
      borderWidth: '0 0 2px 0', borderStyle: BORDER_STYLE[strength], borderColor: new vscode.ThemeColor(STRENGTH_COLOUR[strength]),
      overviewRulerColor: new vscode.ThemeColor(STRENGTH_COLOUR[strength]), overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
  }
  return types;
}

/** Ranges per category for one analysis, honouring the highlight settings. */
export function decorationRanges(doc: vscode.TextDocument, analysis: ReadoutAnalysis, show: { leaders: boolean; agreements: boolean; commitments: boolean }): Map<DecorationCategory, vscode.Range[]> {
  const out = new Map<DecorationCategory, vscode.Range[]>([
    ['leader', []], ['agreement', []], ['commitment.firm', []], ['commitment.willing', []], ['commitment.aspirational', []],
  ]);
  if (show.leaders) for (const l of analysis.leaders) out.get('leader')!.push(spanToRange(doc, l));
  if (show.agreements) for (const a of analysis.agreements) out.get('agreement')!.push(spanToRange(doc, a));
  if (show.commitments) for (const c of analysis.commitments) out.get(`commitment.${c.strength}`)?.push(spanToRange(doc, c));
  return out;
}

export interface DecorationPainter {
  /** What was last painted in the editors of a document: category -> ranges (for tests and the status bar). */
  painted(uri: vscode.Uri | string): Record<DecorationCategory, vscode.Range[]> | undefined;
}

export function registerDecorations(context: vscode.ExtensionContext, services: Services): DecorationPainter {
  const types = createTypes();
  const painted = new Map<string, { version: number; ranges: Map<DecorationCategory, vscode.Range[]> }>();

  const clear = (editor: vscode.TextEditor) => {
    for (const t of types.values()) editor.setDecorations(t, []);
    painted.delete(editor.document.uri.toString());
  };

  const paint = (editor: vscode.TextEditor, analysis: ReadoutAnalysis) => {
    const doc = editor.document;
    const ranges = decorationRanges(doc, analysis, services.settings.get(doc.uri).highlight);
    for (const [category, list] of ranges) editor.setDecorations(types.get(category)!, list);
    painted.set(doc.uri.toString(), { version: doc.version, ranges });
  };

  /** Paints from the cache (analysing this version first if needed), off the caller's stack. */
  const refresh = (editor: vscode.TextEditor) => {
    if (!services.analysis.isReadoutLanguage(editor.document)) return;
    setTimeout(() => {
      if (editor.document.isClosed) return;
      const a = services.analysis.get(editor.document);
      if (a) paint(editor, a);
    }, 0);
  };

  context.subscriptions.push(
    ...types.values(),
    services.analysis.onDidAnalyze(({ document, analysis }) => {
      for (const editor of vscode.window.visibleTextEditors) {
        // An analysis of an older version never reaches the screen.
        if (editor.document === document && document.version === editor.document.version) paint(editor, analysis);
      }
    }),
    services.analysis.onDidSkip(({ document }) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) clear(editor);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(refresh)),
    services.settings.onDidChange((e) => {
      if (!e.affectsConfiguration('readoutLens.highlight')) return;
      for (const editor of vscode.window.visibleTextEditors) {
        const a = services.analysis.isReadoutLanguage(editor.document) ? services.analysis.get(editor.document) : undefined;
        if (a) paint(editor, a);
      }
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      // A language change (plaintext -> readout) reopens the document: paint again.
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) refresh(editor);
    }),
  );
  vscode.window.visibleTextEditors.forEach(refresh);

  return {
    painted(uri) {
      const hit = painted.get(typeof uri === 'string' ? uri : uri.toString());
      return hit ? (Object.fromEntries(hit.ranges) as Record<DecorationCategory, vscode.Range[]>) : undefined;
    },
  };
}
