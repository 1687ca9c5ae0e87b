import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../src/lib/softwareRenderer';

describe('isSoftwareRenderer', () => {
  it('names the rasterizers that draw WebGL on the CPU', () => {
    // Debian's Chromium on this project's CI machine, read through WEBGL_debug_renderer_info.
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
  });

  it('leaves GPUs and hidden names to the probe', () => {
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Apple GPU')).toBe(false);
    expect(isSoftwareRenderer('')).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});
