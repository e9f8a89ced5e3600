import { IllegalTransitionError, nextState } from '../../robot/conversation/state-machine';

describe('conversation state machine', () => {
  it('moves idle → listening → thinking → speaking → idle', () => {
    let s = nextState('idle', { type: 'wake' });
    expect(s).toBe('listening');
    s = nextState(s, { type: 'heard', text: 'hej' });
    expect(s).toBe('thinking');
    s = nextState(s, { type: 'answered' });
    expect(s).toBe('speaking');
    expect(nextState(s, { type: 'spoken', awaitingAnswer: false })).toBe('idle');
  });

  it('keeps listening after a follow-up question, so the child need not wake it again', () => {
    expect(nextState('speaking', { type: 'spoken', awaitingAnswer: true })).toBe('listening');
  });

  it('refuses moves that make no sense', () => {
    expect(() => nextState('thinking', { type: 'heard', text: 'hej' })).toThrow(IllegalTransitionError);
    expect(() => nextState('idle', { type: 'answered' })).toThrow('conversation cannot take "answered" while idle');
  });
});
