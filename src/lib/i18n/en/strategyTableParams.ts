/** The transfer strategy table's parameter words (namespace `strategyTableParams`). Pure data. */

export const strategyTableParams = {
  cell: 'Selected cell',
  cells: {
    'little-similar': 'little data, similar data set',
    'much-similar': 'a lot of data, similar data set',
    'little-different': 'little data, different data set',
    'much-different': 'a lot of data, different data set',
  },
};
