import type { Expression } from '../../skills/sdk/types';

/** The face, as text, for a robot without a body. */
export const consoleFace: Record<Expression, string> = {
  neutral: '(•_•)',
  happy: '(^‿^)',
  thinking: '(•ˇ•)',
  sad: '(•︵•)',
  surprised: '(°o°)',
  listening: '(•o•)',
};
