// How the user's own labels look in the editor, on top of the regular highlights: a solid box
// around what the user confirmed, a thicker box around what the user added or re-labelled, a
// strike-through on what the user rejected, a dotted underline under notes. Decoration types
// are created once; colours are theme colours (contributes.colors). A hover names the label
// and shows the note, as plain text.
import * as vscode from 'vscode';
import type { AnnotationEffect } from '../core/annotations/apply';
import { describeAnnotation } from '../core/annotations/model';
import type { Services } from '../vscode/services';
import { spanToRange } from '../vscode/ranges';
import type { AnnotationStore } from './annotationStore';

export type MarkStyle = 'confirmed' | 'added' | 'rejected' | 'note';

const STYLE_OF: Partial<Record<AnnotationEffect, MarkStyle>> = {
  confirmed: 'confirmed', added: 'added', changed: 'added', rejected: 'rejected', unmatched: 'rejected', note: 'note',
};

function createTypes(): Map<MarkStyle, vscode.TextEditorDecorationType> {
  const t = new Map<MarkStyle, vscode.TextEditorDecorationType>();
  t.set('confirmed', vscode.window.createTextEditorDecorationType({
    border: '1px solid', borderColor: new vscode.ThemeColor('readoutLens.userConfirmedBorder'), borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor('readoutLens.userConfirmedBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  t.set('added', vscode.window.createTextEditorDecorationType({
    border: '2px solid', borderColor: new vscode.ThemeColor('readoutLens.userAddedBorder'), borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor('readoutLens.userAddedBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  t.set('rejected', vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through', opacity: '0.75',
    border: '1px dashed', borderColor: new vscode.ThemeColor('readoutLens.userRejectedBorder'), borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor('readoutLens.userRejectedBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  t.set('note', vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: new vscode.ThemeColor('readoutLens.userNoteBorder'),
    overviewRulerColor: new vscode.ThemeColor('readoutLens.userNoteBorder'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  return t;
}

export interface AnnotationMarks {
  /** What was last painted for a document: style -> ranges (for tests). */
  painted(uri: vscode.Uri): Record<MarkStyle, vscode.Range[]> | undefined;
}

export function registerAnnotationMarks(context: vscode.ExtensionContext, services: Services, store: AnnotationStore): AnnotationMarks {
  const types = createTypes();
  const painted = new Map<string, Record<MarkStyle, vscode.Range[]>>();

  const paint = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const applied = store.appliedTo(doc.uri);
    const ranges: Record<MarkStyle, vscode.Range[]> = { confirmed: [], added: [], rejected: [], note: [] };
    // Only marks computed for exactly this text reach the screen (never a stale version's).
    if (applied && applied.text.length === doc.getText().length && applied.text === doc.getText()) {
      for (const x of applied.anchored) {
        const style = STYLE_OF[applied.effects.get(x.annotation.id) ?? 'orphan'];
        if (style && x.status !== 'orphan') ranges[style].push(spanToRange(doc, x));
      }
    }
    for (const [style, type] of types) editor.setDecorations(type, ranges[style]);
    painted.set(doc.uri.toString(), ranges);
  };
  const repaint = (uri?: vscode.Uri) => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) paint(editor);
    }
  };

  context.subscriptions.push(
    ...types.values(),
    services.analysis.onDidAnalyze(({ document }) => repaint(document.uri)),
    vscode.window.onDidChangeVisibleTextEditors(() => repaint()),
    store.onDidChange((uris) => uris.forEach((u) => repaint(u))),
    vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }, { language: 'readout' }], {
      provideHover(doc, position) {
        const applied = store.appliedTo(doc.uri);
        if (!applied || applied.text !== doc.getText()) return undefined;
        const offset = doc.offsetAt(position);
        const here = applied.anchored.filter((x) => x.status !== 'orphan' && x.start <= offset && offset < x.end);
        if (here.length === 0) return undefined;
        // Not trusted, no command links: every piece of user text goes in as plain text.
        const md = new vscode.MarkdownString();
        md.appendMarkdown('**Readout Lens: your label**');
        for (const x of here) {
          md.appendMarkdown('\n\n- ');
          md.appendText(`${describeAnnotation(x.annotation)} (${applied.effects.get(x.annotation.id) ?? 'placed'}${x.status === 'fuzzy' ? ', re-anchored after an edit' : ''})`);
          if (x.annotation.note) { md.appendMarkdown('\n\n  '); md.appendText(x.annotation.note); }
        }
        return new vscode.Hover(md, spanToRange(doc, here[0]));
      },
    }),
  );
  repaint();
  return { painted: (uri) => painted.get(uri.toString()) };
}
