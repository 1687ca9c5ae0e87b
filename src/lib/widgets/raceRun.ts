/**
 * Facts about an optimizer race's run that the island, the engine job and the instant redraw
 * share (no tfjs here).
 */

/** A race this long has long settled; stopping keeps the loss arrays (copied every frame) small. */
export const RACE_MAX_STEPS = 2000;
