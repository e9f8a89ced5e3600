/**
 * Jest's node environment with the host's typed arrays. onnxruntime-node builds its output tensors from the
 * host realm's Float32Array, and its own `instanceof` check runs inside Jest's sandbox realm, so without this
 * every session.run fails under Jest ("A float32 tensor's data must be type of Float32Array";
 * microsoft/onnxruntime#16622). Plain Node has one realm and needs nothing of the kind.
 */
const { TestEnvironment } = require('jest-environment-node');

const HOST_TYPES = [
  'ArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

class OnnxRuntimeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of HOST_TYPES) this.global[name] = globalThis[name];
  }
}

module.exports = OnnxRuntimeEnvironment;
