import { quietTimesWithPlan, restTimeIn } from '../../robot/preschool/rest-time';
import { styleAt } from '../../speech/out/voice-style';

describe("the rest time from the teachers' plan", () => {
  const day = (...activities: [string, string][]) => ({ activities: activities.map(([time, what]) => ({ time, what })) });

  it('is the vila (or sovstund, läsvila, nap…) from its start to the next activity, an hour when nothing follows', () => {
    expect(restTimeIn(day(['09:00', 'fruktstund'], ['11:30', 'lunch'], ['12:15', 'Vila'], ['14:30', 'mellanmål']))).toEqual({ from: '12:15', to: '14:30' });
    expect(restTimeIn(day(['14:30', 'mellanmål'], ['12:40', 'läsvila'], ['11:30', 'lunch']))).toEqual({ from: '12:40', to: '14:30' });
    expect(restTimeIn(day(['12:00', 'sovstund']))).toEqual({ from: '12:00', to: '13:00' });
    expect(restTimeIn(day(['09:00', 'vilda djur i skogen'], ['11:30', 'lunch']))).toBeUndefined();
    expect(restTimeIn(day())).toBeUndefined();
  });

  it("comes first in the quiet times, said with the first configured span's volume and rate; none configured stays none", () => {
    const configured = [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }];
    const plan = day(['12:30', 'vila'], ['15:00', 'mellanmål']);
    const quiet = quietTimesWithPlan(configured, plan);
    expect(quiet).toEqual([{ from: '12:30', to: '15:00', volume: 60, rate: 135 }, ...configured]);
    expect(styleAt('14:30', { volume: 100, rate: 150, quietTimes: quiet })).toEqual({ volume: 60, rate: 135 });
    expect(quietTimesWithPlan([], plan)).toEqual([]);
    expect(quietTimesWithPlan(configured, undefined)).toEqual(configured);
  });
});
