/** Words of StrategyTable.tsx (namespace `strategyTable`). Pure data. */

export const strategyTable = {
  title: 'Which strategy? Data size × similarity',
  similar: 'Very similar data set',
  different: 'Very different data set',
  little: 'Very little data',
  much: 'Quite a lot of data',
  cells: {
    'little-similar': ['Linear classifier on the top layer', 'The top features already fit; training more weights on few examples would only overfit. Sets the lab to head only.'],
    'much-similar': ['Fine-tune a few layers', 'Enough data to adjust the upper layers a little, with a small learning rate. Sets the lab to fine-tune with conv1–conv2 frozen.'],
    'little-different': ["You're in trouble… try linear classifiers from different stages", 'Top features are specific to the old task and there is too little data to retrain them; earlier layers are more general. Sets the lab to head only on the features of conv2, an earlier stage (on these digits it does worse than conv3, as the text explains).'],
    'much-different': ['Fine-tune a larger number of layers', 'The features must change a lot, and there is enough data to change them; pretrained weights are still a better start. Sets the lab to fine-tune all.'],
  },
  hint: 'Our lab (letters, symbols and clothes → digits) is a somewhat different data set; N = 1 or 10 is very little data.',
  set: (focus: string, frozen: number, tap: number) =>
    `Set in the transfer lab: “${focus}” highlighted, ${frozen === 0 ? 'no conv layer frozen' : frozen === 1 ? 'conv1 frozen' : `conv1–conv${frozen} frozen`} for fine-tuning, head only reading conv${tap}'s features. Press “Train all three” there to see it.`,
  goToLab: 'Go to the lab',
};
