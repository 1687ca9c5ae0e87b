/** Words of LayerViewer (namespace `layerViewer`): the pretrained body's filters and a digit's activations. Pure data. */

export const layerViewer = {
  title: 'Inside the pretrained network: filters and activations',
  filters: (n: number) => `The ${n} filters of conv1 (3 × 3 weights each, scaled to its own largest; orange positive, blue negative)`,
  filter: (c: number) => `filter ${c}`,
  input: 'Input',
  picked: (label: number) => `held-out digit, a ${label}`,
  drawn: 'your drawing',
  block: (name: string, size: number, shown: number, channels: number) => `after ${name} (${size} × ${size}): the ${shown} most active of ${channels} channels`,
  channel: (c: number, mean: number) => `channel ${c}, mean ${mean.toFixed(2)}`,
  drawHere: 'Or draw a digit here',
  backToPicked: 'Back to the held-out digit',
  computing: 'Passing the digit through the network…',
  note: 'Brighter is stronger. Each block is a 3 × 3 convolution, ReLU and (conv1, conv2) a 2 × 2 max pool; the maps shrink as the channels grow, and head only reads the average of each conv3 map.',
};
