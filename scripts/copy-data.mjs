// After tsc: copies the data files code reads beside itself (sentence YAML, labelled JSON lines, ONNX models) into dist/.
import fs from 'node:fs';
import path from 'node:path';

const ROOMS = ['robot', 'skills', 'speech'];
const DATA = /\.(yaml|jsonl|onnx)$/;

function copyFrom(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) copyFrom(from);
    else if (DATA.test(entry.name)) {
      const to = path.join('dist', from);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}
for (const room of ROOMS) copyFrom(room);
