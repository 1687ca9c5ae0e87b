/**
 * Where TensorFlow.js goes when a backend fails under the reader (a GPU reset, a driver crash, a
 * browser reclaiming WebGL contexts): pure rules, so they are tested in Node. The kit
 * (islands/kit/tfRecovery.ts) applies them to the live page.
 */

/**
 * The backends to try, in order, after `failed` stopped working: first those that come after it
 * in `order` (the next fastest), then those before it, never `failed` or one already `ruledOut`.
 */
export function fallbackCandidates(order: readonly string[], failed: string, ruledOut: Iterable<string> = []): string[] {
  const out = new Set([failed, ...ruledOut]);
  const at = order.indexOf(failed);
  const rotated = at < 0 ? [...order] : [...order.slice(at + 1), ...order.slice(0, at)];
  return rotated.filter((name) => !out.has(name));
}

/** The backends the badge's switch offers: registered ones that can start here and have not failed on this page. */
export function offeredBackends(registered: readonly string[], hasWebGl: boolean, ruledOut: Iterable<string> = []): string[] {
  const out = new Set(ruledOut);
  return registered.filter((name) => !out.has(name) && (name !== 'webgl' || hasWebGl));
}

// What WebGL code throws once its context is gone: tfjs finds null shaders, programs, textures
// or framebuffers, or a read-back that never completes (the GL calls themselves fail silently).
const CONTEXT_LOSS = /context (was )?lost|CONTEXT_LOST|Unable to create WebGL|Failed to (compile|link)|WebGL(Texture|Buffer|Framebuffer|Program|Shader)|checkFramebufferStatus|getBufferSubData/i;

/** True when an error from a WebGL step reads like a lost context rather than a mistake in the widget. */
export function looksLikeContextLoss(message: string): boolean {
  return CONTEXT_LOSS.test(message);
}

/** Fills "{from}" and "{to}" in a kit sentence (kept as data in kitText for both languages). */
export function fillBackendNames(sentence: string, from: string, to: string): string {
  return sentence.replaceAll('{from}', from).replaceAll('{to}', to);
}
