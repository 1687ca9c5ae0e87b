/** The small part of ConvNetJS 0.3 (no types of its own) that the benchmark uses. */
declare module 'convnetjs' {
  class Vol {
    constructor(sx: number, sy: number, depth: number, fill?: number);
    w: Float64Array;
  }
  class Net {
    makeLayers(defs: Record<string, unknown>[]): void;
  }
  class Trainer {
    constructor(net: Net, options: Record<string, unknown>);
    train(x: Vol, y: number): { cost_loss: number };
  }
  const convnetjs: { Vol: typeof Vol; Net: typeof Net; Trainer: typeof Trainer };
  export default convnetjs;
}
