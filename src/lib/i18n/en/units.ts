/** Units written after measured numbers (namespace `units`). No-break spaces: a narrow column must not wrap "82.2 ± 1.0 %" between a number and its unit. */
const NBSP = '\u00a0';

export const units = { percent: `${NBSP}%`, points: `${NBSP}points`, to: `${NBSP}to${NBSP}` };
