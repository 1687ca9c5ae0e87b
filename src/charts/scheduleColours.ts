/**
 * Colours of the ScheduleExplorer's kept curves, in order: distinct from the current curve's
 * accent and from each other, readable on the light and the dark background. Apart from the
 * chart module so the island can draw the same swatches without loading Plot.
 */
export const OVERLAY_COLOURS = ['#d95f02', '#1b9e77', '#a05fc9', '#e7298a', '#7f8c1a'] as const;
