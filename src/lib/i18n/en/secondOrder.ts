/** The optimizer race's words for its second-order racers: the curvature card and its messages (namespace `secondOrder`). Pure data. */

export const secondOrder = {
  hessian: 'Hessian H at the point',
  estimate: (name: string) => `${name}’s estimate of H (the inverse of its H⁻¹)`,
  ellipse: 'the ellipse on the map',
  evaluations: (n: number) => `last step: ${n} evaluation${n === 1 ? '' : 's'} of f or ∇f (a backtracking line search stops at the first length that decreases f enough)`,
  hessianCost: 'last step: f and ∇f once; the Hessian is exact, the formula differentiated twice (forward-mode automatic differentiation in JavaScript)',
  kind: {
    positive: 'Positive definite: the quadratic model has a minimum, and the step heads for it.',
    indefinite: 'Indefinite: the quadratic model has no minimum, only a saddle, and Newton’s step heads for that saddle (dashed ellipse). A damping λ larger than the most negative eigenvalue turns it downhill.',
    negative: 'Negative definite: the quadratic model has a maximum, and Newton’s step climbs to it (dashed ellipse).',
    singular: 'Singular: H + λI cannot be inverted, so Newton’s step is undefined here and the particle stays. Set a damping λ > 0.',
    notSmooth: 'No Hessian here: the surface is not twice differentiable at this point (a kink of abs, min or max, or the edge of sqrt), so Newton’s step is undefined and the particle stays.',
  },
};
