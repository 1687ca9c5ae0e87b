/** Labels and help of surfaces.ts's table (namespace `surfaces`). Pure data. */

export const surfaces = {
  ravine: {
    label: 'Ravine (ill-conditioned bowl)',
  },
  saddle: {
    label: 'Saddle point',
  },
  localMinimum: {
    label: 'Local minimum',
  },
  rosenbrock: {
    label: 'Rosenbrock valley',
  },
  custom: {
    label: 'Your formula',
  },
};
