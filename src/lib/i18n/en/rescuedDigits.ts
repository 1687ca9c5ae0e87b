/** The ensemble's rescued digits (namespace `rescuedDigits`). Pure data. */

export const rescuedDigits = {
  digit: (d: string) => `digit ${d}`,
  truth: 'true',
  votes: 'votes',
  /** A rescued digit's accessible name: its label and each model's vote. */
  digitVotes: (truth: number, votes: readonly number[]) => `digit ${truth}; the models voted ${votes.join(', ')}`,
  summary: (r: number, l: number, k: number) =>
    `The ensemble gets ${r} held-out digits right that most of its ${k} models get wrong, and ${l} wrong that most get right.` +
    (r > 0 ? ` Some it rescued:` : ''),
};
