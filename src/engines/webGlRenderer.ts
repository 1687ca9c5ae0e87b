/**
 * What WebGL the current scope can start, read once from a throwaway context: in the engine
 * worker through OffscreenCanvas, on the page through a canvas element (a browser that blocks WebGL
 * for the page may still give a worker an OffscreenCanvas context, so each scope asks its own).
 */

/** Where to make the throwaway context: a page canvas first, or an OffscreenCanvas first. */
export type CanvasPreference = 'page' | 'offscreen';

type GlCanvas = { getContext(kind: string): unknown };

function makeCanvas(prefer: CanvasPreference): GlCanvas | null {
  const offscreen = typeof OffscreenCanvas === 'function' ? () => new OffscreenCanvas(1, 1) : null;
  const page = typeof document === 'object' ? () => document.createElement('canvas') : null;
  const make = prefer === 'page' ? (page ?? offscreen) : (offscreen ?? page);
  return make ? make() : null;
}

/**
 * The WebGL renderer's name here, '' when the browser hides it, or null when no WebGL context
 * starts (a blocked GPU, --disable-webgl, old hardware, Node).
 */
export function webGlRenderer(prefer: CanvasPreference): string | null {
  try {
    const canvas = makeCanvas(prefer);
    const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null | undefined;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    // Only the name was wanted: hand the context back at once rather than keep it alive.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : '';
  } catch {
    return null;
  }
}
