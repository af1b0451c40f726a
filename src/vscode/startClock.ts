// Imported first by extension.ts, so the activation time logged includes loading the bundle.
export const bundleLoadStartedAt = performance.now();
