import { onnx } from 'onnx-proto';
import { FEATURE_VERSION } from './features';

/** What a runtime needs besides the graph: the label of each output and how to hash text into input ids. */
export interface OnnxModelInfo {
  labels: string[];
  buckets: number;
}

const LABELS_KEY = 'laiban.labels';
const BUCKETS_KEY = 'laiban.buckets';
const FEATURE_VERSION_KEY = 'laiban.feature_version';

export function metadataProps(info: OnnxModelInfo): onnx.IStringStringEntryProto[] {
  return [
    { key: LABELS_KEY, value: JSON.stringify(info.labels) },
    { key: BUCKETS_KEY, value: String(info.buckets) },
    { key: FEATURE_VERSION_KEY, value: String(FEATURE_VERSION) },
  ];
}

/** Reads labels and buckets back from an exported model, so the .onnx file is all a robot has to ship. */
export function readOnnxModelInfo(onnxBytes: Uint8Array): OnnxModelInfo {
  const props = new Map(onnx.ModelProto.decode(onnxBytes).metadataProps.map((p) => [p.key ?? '', p.value ?? '']));
  const featureVersion = props.get(FEATURE_VERSION_KEY);
  if (featureVersion !== String(FEATURE_VERSION)) {
    throw new Error(`model was built with feature version ${featureVersion ?? 'none'}, this robot hashes text with version ${FEATURE_VERSION}`);
  }
  const labels: unknown = JSON.parse(props.get(LABELS_KEY) ?? 'null');
  const buckets = Number(props.get(BUCKETS_KEY));
  if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) throw new Error('model metadata has no label list');
  if (!Number.isInteger(buckets) || buckets < 1) throw new Error('model metadata has no bucket count');
  return { labels, buckets };
}
