import { featureIds } from './features';

/**
 * Weights of the intent model, row-major float32:
 * embedding [buckets × dim]; hiddenWeight [hidden × dim] and hiddenBias [hidden] (empty when hidden is 0);
 * outputWeight [labels × (hidden || dim)] and outputBias [labels].
 */
export interface ModelWeights {
  embedding: Float32Array;
  hiddenWeight: Float32Array;
  hiddenBias: Float32Array;
  outputWeight: Float32Array;
  outputBias: Float32Array;
}

/** EmbeddingBag (mean) → optional Linear+ReLU → Linear → softmax over `labels`. */
export interface TrainedModel {
  labels: string[];
  buckets: number;
  dim: number;
  /** Width of the ReLU layer; 0 means a linear softmax straight over the mean embedding. */
  hidden: number;
  weights: ModelWeights;
}

/** out[d] = mean over ids of embedding[id][d]. */
export function meanEmbedding(embedding: Float32Array, dim: number, ids: ArrayLike<number>, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < ids.length; k++) {
    const row = (ids[k] as number) * dim;
    for (let d = 0; d < dim; d++) out[d] = (out[d] as number) + (embedding[row + d] as number);
  }
  const scale = 1 / ids.length;
  for (let d = 0; d < dim; d++) out[d] = (out[d] as number) * scale;
}

/** out = weight · input + bias, with weight [out.length × input.length]. */
export function affine(weight: Float32Array, bias: Float32Array, input: Float64Array, out: Float64Array): void {
  const width = input.length;
  for (let o = 0; o < out.length; o++) {
    let sum = bias[o] as number;
    const row = o * width;
    for (let i = 0; i < width; i++) sum += (weight[row + i] as number) * (input[i] as number);
    out[o] = sum;
  }
}

export function reluInPlace(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < 0) values[i] = 0;
}

export function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i] as number);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const e = Math.exp((values[i] as number) - max);
    values[i] = e;
    sum += e;
  }
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / sum;
}

/** Label probabilities for pre-computed feature ids; the reference the ONNX graph must match. */
export function probabilitiesForIds(model: TrainedModel, ids: ArrayLike<number>): Float64Array {
  const { weights, dim, hidden } = model;
  const mean = new Float64Array(dim);
  meanEmbedding(weights.embedding, dim, ids, mean);
  let top = mean;
  if (hidden > 0) {
    top = new Float64Array(hidden);
    affine(weights.hiddenWeight, weights.hiddenBias, mean, top);
    reluInPlace(top);
  }
  const out = new Float64Array(model.labels.length);
  affine(weights.outputWeight, weights.outputBias, top, out);
  softmaxInPlace(out);
  return out;
}

/** Probability of each of `model.labels` (same order) for normalised text. */
export function predictProbabilities(model: TrainedModel, normalized: string): Float32Array {
  return Float32Array.from(probabilitiesForIds(model, featureIds(normalized, model.buckets)));
}
