/** The conversation's states and the only moves between them. */
export type ConversationState = 'idle' | 'listening' | 'thinking' | 'speaking';

export type ConversationEvent =
  | { type: 'wake' } // a voice started (microphone) or the console prompt is open
  | { type: 'heard'; text: string }
  | { type: 'answered' }
  | { type: 'spoken'; awaitingAnswer: boolean }
  | { type: 'silence' }; // nothing was said; go back to sleep

const transitions: Record<ConversationState, Partial<Record<ConversationEvent['type'], ConversationState>>> = {
  idle: { wake: 'listening', heard: 'thinking' },
  listening: { heard: 'thinking', silence: 'idle' },
  thinking: { answered: 'speaking' },
  speaking: { spoken: 'idle' },
};

export class IllegalTransitionError extends Error {
  constructor(from: ConversationState, event: ConversationEvent['type']) {
    super(`conversation cannot take "${event}" while ${from}`);
    this.name = 'IllegalTransitionError';
  }
}

export function nextState(from: ConversationState, event: ConversationEvent): ConversationState {
  // After a follow-up question the robot keeps listening, so the child need not wake it again.
  if (from === 'speaking' && event.type === 'spoken' && event.awaitingAnswer) return 'listening';
  const to = transitions[from][event.type];
  if (!to) throw new IllegalTransitionError(from, event.type);
  return to;
}
