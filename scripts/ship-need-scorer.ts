/**
 * Part of the build: trains the safeguarding need scorer on the shipped examples and writes its weights into
 * dist/, so the robot reads them at start instead of training (about a second here, several on a Pi).
 */
import { shipNeedScorer } from '../robot/understanding/safeguarding/need-examples';

const started = Date.now();
const file = shipNeedScorer();
console.log(`need scorer weights: ${file} (${Date.now() - started} ms)`);
