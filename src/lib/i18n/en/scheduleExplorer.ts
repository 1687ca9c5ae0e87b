/** The schedule explorer's own words (namespace `scheduleExplorer`). Pure data. */

export const scheduleExplorer = {
  title: 'Learning-rate schedule explorer',
};
