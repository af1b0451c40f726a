// Extension entry: creates the services and registers the features. Wiring only.
import { bundleLoadStartedAt } from './vscode/startClock';
import * as vscode from 'vscode';
import { createServices, type Services } from './vscode/services';
import { registerDecorations, type DecorationPainter } from './features/decorations';
import { registerHovers } from './features/hovers';
import { registerNavigation } from './features/navigation';
import { registerStatusBar } from './features/statusBar';
import { registerPledgesView, type PledgesFeature } from './features/pledgesView';
import { registerAnnotations, type AnnotationsApi } from './features/annotations';

/** What activate() returns: the services (for other extensions and the integration tests). */
export interface ReadoutLensApi extends Services {
  decorations: DecorationPainter;
  /** Milliseconds spent in activate(), and since the bundle started loading. */
  activation: { activateMs: number; sinceBundleLoadMs: number };
  pledges: PledgesFeature;
  annotations: AnnotationsApi;
}

export function activate(context: vscode.ExtensionContext): ReadoutLensApi {
  const activateStartedAt = performance.now();
  const services = createServices(context);
  // Features register here, one line each: registerX(context, services);
  const decorations = registerDecorations(context, services);
  registerHovers(context, services);
  registerNavigation(context, services);
  registerStatusBar(context, services);
  const pledges = registerPledgesView(context, services);
  const annotations = registerAnnotations(context, services);

  const now = performance.now();
  const activation = { activateMs: now - activateStartedAt, sinceBundleLoadMs: now - bundleLoadStartedAt };
  services.output.appendLine(`[activation] ${activation.activateMs.toFixed(1)} ms in activate(), ${activation.sinceBundleLoadMs.toFixed(1)} ms including bundle load`);
  // The workspace pass (and the NLP it loads) starts after activation, never before the first paint.
  setTimeout(() => services.index.start(), 0);
  return { ...services, activation, decorations, pledges, annotations };
}

export function deactivate(): void {}
