import type { JsonValue } from '../../core/json';
import { testConfig, testRobot } from '../support/robot-harness';

describe('asking who picks me up', () => {
  it('asks the child\'s name, then tells that child who comes, from the teachers\' data', async () => {
    const requests: { source: string; params: Record<string, JsonValue> }[] = [];
    const robot = testRobot({
      config: { ...testConfig('baseline'), children: ['Alva'] },
      data: {
        request: async (source, params) => {
          requests.push({ source, params });
          if (source !== 'pickup') throw new Error(`no "${source}" data in this test`);
          return { kind: 'pickup', child: 'Alva', who: 'mormor', time: '15:30' };
        },
      },
    });

    const question = await robot.conversation.ask('vem hämtar mig');
    expect(question).toMatchObject({ intent: 'pickup', skill: 'pickup', outcome: 'answered', answer: 'Jag ska titta efter. Vad heter du?' });
    expect(requests).toEqual([]);
    expect(robot.states.slice(-1)).toEqual(['listening']);

    const answer = await robot.conversation.ask('Alva');
    expect(answer).toMatchObject({
      intent: 'pickup',
      slots: { child: 'Alva' },
      outcome: 'answered',
      answer: 'Mormor hämtar dig klockan halv fyra.',
      expression: 'happy',
    });
    expect(requests).toEqual([{ source: 'pickup', params: { child: 'Alva', date: '2026-11-25' } }]);
  });

  it('says it does not know, instead of asking again, when the name is not one the teachers entered', async () => {
    for (const classifier of ['baseline', 'model'] as const) {
      const robot = testRobot({ config: { ...testConfig(classifier), children: [] } });
      await robot.understandingReady();
      await robot.conversation.ask('vem hämtar mig');
      const answer = await robot.conversation.ask('alva');
      expect([classifier, answer.intent, answer.answer]).toEqual([classifier, 'pickup', 'Det vet jag inte. Fråga en fröken!']);
      await robot.close();
    }
  });
});
