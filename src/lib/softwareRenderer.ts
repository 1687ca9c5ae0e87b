/**
 * Whether a WebGL renderer name (WEBGL_debug_renderer_info, or gl.RENDERER where the browser
 * gives the real name there) is a software rasterizer: WebGL drawn by the CPU. There tfjs's webgl
 * backend cannot win against wasm, which runs the same kernels as SIMD code without a GPU driver
 * in between: on this project's CI machine (SwiftShader, two cores) the probe measured webgl at
 * 44–48 MLP steps a second against wasm's 263–431, after 1.3–1.4 s of compiling its shaders on the
 * CPU. So the probe does not time webgl there (engines/backendProbe.ts); the reader can still pick it.
 */

/** Names of the software rasterizers browsers fall back to (Chrome, Mesa, Windows). */
const SOFTWARE_RENDERER = /SwiftShader|llvmpipe|softpipe|lavapipe|Software Rasterizer|Microsoft Basic Render/i;

/** True when `renderer` names a software rasterizer; false for a GPU or an unknown (hidden) name. */
export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  return typeof renderer === 'string' && SOFTWARE_RENDERER.test(renderer);
}
