import { onnx } from 'onnx-proto';
import { INPUT_NAME, OUTPUT_NAME } from './onnx-io-names';
import { metadataProps } from './onnx-metadata';
import type { TrainedModel } from './trained-model';

// Opset 13: ReduceMean still takes `axes` as an attribute (it became an input in 18); onnxruntime 1.30 runs it.
const OPSET = 13;
const IR_VERSION = 7;
const { FLOAT, INT64 } = onnx.TensorProto.DataType;
const { INT, INTS } = onnx.AttributeProto.AttributeType;

/**
 * The model as ONNX: feature_ids int64 [N] → Gather(embedding) → ReduceMean(axis 0) → Gemm → Relu → Gemm →
 * Softmax → probabilities float [1, labels]. The same model always encodes to the same bytes.
 */
export function exportOnnx(model: TrainedModel): Uint8Array {
  const { weights, dim, hidden, buckets, labels } = model;
  const topWidth = hidden > 0 ? hidden : dim;
  const initializer = [floatTensor('embedding', [buckets, dim], weights.embedding)];
  const node: onnx.INodeProto[] = [
    { opType: 'Gather', input: ['embedding', INPUT_NAME], output: ['rows'], name: 'embedding_lookup', attribute: [intAttr('axis', 0)] },
    { opType: 'ReduceMean', input: ['rows'], output: ['mean'], name: 'bag_mean', attribute: [intsAttr('axes', [0]), intAttr('keepdims', 1)] },
  ];
  let top = 'mean';
  if (hidden > 0) {
    initializer.push(floatTensor('hidden_weight', [hidden, dim], weights.hiddenWeight), floatTensor('hidden_bias', [hidden], weights.hiddenBias));
    node.push(
      { opType: 'Gemm', input: ['mean', 'hidden_weight', 'hidden_bias'], output: ['hidden_linear'], name: 'hidden', attribute: [intAttr('transB', 1)] },
      { opType: 'Relu', input: ['hidden_linear'], output: ['hidden_out'], name: 'hidden_relu' },
    );
    top = 'hidden_out';
  }
  initializer.push(
    floatTensor('output_weight', [labels.length, topWidth], weights.outputWeight),
    floatTensor('output_bias', [labels.length], weights.outputBias),
  );
  node.push(
    { opType: 'Gemm', input: [top, 'output_weight', 'output_bias'], output: ['logits'], name: 'output', attribute: [intAttr('transB', 1)] },
    { opType: 'Softmax', input: ['logits'], output: [OUTPUT_NAME], name: 'softmax', attribute: [intAttr('axis', -1)] },
  );

  const modelProto = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'laiban',
    graph: {
      name: 'laiban_intent_model',
      node,
      initializer,
      input: [valueInfo(INPUT_NAME, INT64, [{ dimParam: 'N' }])],
      output: [valueInfo(OUTPUT_NAME, FLOAT, [{ dimValue: 1 }, { dimValue: labels.length }])],
    },
    metadataProps: metadataProps({ labels, buckets }),
  });
  return onnx.ModelProto.encode(modelProto).finish();
}

function floatTensor(name: string, dims: number[], values: Float32Array): onnx.ITensorProto {
  const expected = dims.reduce((a, b) => a * b, 1);
  if (values.length !== expected) throw new Error(`${name} has ${values.length} values, expected ${expected} for [${dims.join(', ')}]`);
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  return { name, dims, dataType: FLOAT, rawData: raw };
}

function valueInfo(name: string, elemType: number, dims: onnx.TensorShapeProto.IDimension[]): onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: { dim: dims } } } };
}

function intAttr(name: string, i: number): onnx.IAttributeProto {
  return { name, type: INT, i };
}

function intsAttr(name: string, ints: number[]): onnx.IAttributeProto {
  return { name, type: INTS, ints };
}
