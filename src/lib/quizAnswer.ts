/**
 * Reads a number the way a reader types it: "3.16", " 3,16 ", "1e-3", "-0.5". Returns null for
 * anything else, so the quiz can ask again instead of marking it wrong.
 */
export function parseNumberAnswer(text: string): number | null {
  const cleaned = text.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
