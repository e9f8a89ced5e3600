/** The intent model's input and output names, shared by the exporter and the runner (which need not load the ONNX protobufs). */
export const INPUT_NAME = 'feature_ids';
export const OUTPUT_NAME = 'probabilities';
