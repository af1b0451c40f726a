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
  /** Milliseconds spent in activate() and in evaluating the bundle (their sum is the activation cost). */
  activation: { activateMs: number; bundleLoadMs: number };
  pledges: PledgesFeature;
  annotations: AnnotationsApi;
}

/** Every import above is evaluated by now: the bundle's own load time ends here. */
const bundleLoadedAt = performance.now();

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
  const activation = { activateMs: now - activateStartedAt, bundleLoadMs: bundleLoadedAt - bundleLoadStartedAt };
  services.output.appendLine(`[activation] ${activation.activateMs.toFixed(1)} ms in activate() + ${activation.bundleLoadMs.toFixed(1)} ms loading the bundle`);
  // The workspace pass (and the NLP it loads) starts after activation, never before the first paint.
  setTimeout(() => services.index.start(), 0);
  return { ...services, activation, decorations, pledges, annotations };
}

export function deactivate(): void {}
