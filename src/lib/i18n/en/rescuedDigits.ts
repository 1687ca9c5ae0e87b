/** The ensemble's rescued digits (namespace `rescuedDigits`). Pure data. */

export const rescuedDigits = {
  digit: (d: string) => `digit ${d}`,
  summary: (r: number, l: number, k: number) =>
    `The ensemble gets ${r} held-out digits right that most of its ${k} models get wrong, and ${l} wrong that most get right.` +
    (r > 0 ? ` Some it rescued:` : ''),
};
