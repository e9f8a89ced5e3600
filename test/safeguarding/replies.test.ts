/** Every category's words and alert level, through a real robot (store on disk, the trained model). */
import { REAL_DAY_OF, robotWithStore } from './safeguarding-harness';

describe('a child who needs a grown-up', () => {
  it.each([
    ['det kommer så mycket blod från näsan', 'emergency', 'emergency', 'Stanna här. Ropa på en vuxen så högt du kan! Jag larmar personalen nu.'],
    ['jag kan inte andas', 'emergency', 'emergency', 'Stanna här. Ropa på en vuxen så högt du kan! Jag larmar personalen nu.'],
    ['jag ramlade från klätterställningen', 'emergency', 'emergency', 'Stanna här. Ropa på en vuxen så högt du kan! Jag larmar personalen nu.'],
    ['jag har ont i knät', 'hurt', 'needs_adult', 'Aj, stackars dig! Gå till en vuxen och visa var det gör ont. Jag säger till personalen också.'],
    ['en geting stack mig', 'hurt', 'needs_adult', 'Aj, stackars dig! Gå till en vuxen och visa var det gör ont. Jag säger till personalen också.'],
    ['jag klämde fingret i dörren', 'hurt', 'needs_adult', 'Aj, stackars dig! Gå till en vuxen och visa var det gör ont. Jag säger till personalen också.'],
    ['jag ska kräkas', 'ill', 'needs_adult', 'Vad tråkigt att du mår dåligt. Gå till en vuxen och berätta hur det känns. Jag säger till personalen också.'],
    ['elias slogs med mig', 'hit_bullied', 'needs_adult', 'Så får ingen göra mot dig. Gå till en vuxen och berätta vad som hände. Jag säger till personalen också.'],
    ['de vill inte leka med mig', 'hit_bullied', 'needs_adult', 'Så får ingen göra mot dig. Gå till en vuxen och berätta vad som hände. Jag säger till personalen också.'],
    ['jag är rädd', 'feelings', 'needs_adult', 'Det är okej att vara rädd. Gå till en vuxen, så är du inte ensam. Jag säger till personalen också.'],
    ['min hund har dött', 'feelings', 'needs_adult', 'Åh, vad ledsamt. Gå till en vuxen och berätta, så får du en kram. Jag säger till personalen också.'],
    ['jag saknar mamma', 'feelings', 'needs_adult', 'Jag förstår att du längtar. Gå till en vuxen, så får du en kram. Jag säger till personalen också.'],
    ['vart är fröken', 'lost_alone', 'needs_adult', 'Stanna där du är och ropa på en vuxen, så kommer någon. Jag säger till personalen också.'],
    ['jag har kissat på mig', 'toilet_accident', 'needs_adult', 'Det gör ingenting, det händer alla. Gå till en vuxen, så får du hjälp. Jag säger till personalen också.'],
    ['jag måste kissa', 'toilet_routine', 'routine', 'Gå till toaletten. Säg till en vuxen om du behöver hjälp.'],
    ['hjälp', 'help_call', 'needs_adult', 'Jag hör dig! Ropa på en vuxen, så kommer någon. Jag säger till personalen också.'],
  ])('"%s" → %s (%s)', async (text, category, level, answer) => {
    const robot = robotWithStore();
    const turn = await robot.conversation.ask(text);
    expect(turn).toMatchObject({ intent: 'needs_adult', skill: 'safeguarding', safeguarding: { category, level }, answer });
    const alerts = robot.preschool!.openAlerts();
    if (level === 'routine') {
      expect(alerts).toEqual([]);
      expect(robot.events).toEqual([]);
    } else {
      expect(alerts).toEqual([expect.objectContaining({ category, level, text, repeats: 1 })]);
      expect(robot.events).toEqual([expect.objectContaining({ type: 'alert', category, level })]);
    }
    expect(turn.answer).not.toMatch(/\bhon\b/);
    await robot.close();
  });

  it('answers in English, with the preschool\'s own word for its staff', async () => {
    const robot = robotWithStore({ staffWord: { sv: 'en fröken', en: 'a teacher' } });
    expect((await robot.conversation.ask('someone hit me', { lang: 'en' })).answer).toBe(
      "Nobody may do that to you. Go to a teacher and tell them what happened. I'm telling the staff too.",
    );
    expect((await robot.conversation.ask('jag har ont i knät')).answer).toBe('Aj, stackars dig! Gå till en fröken och visa var det gör ont. Jag säger till personalen också.');
    await robot.close();
  });

  it('sends the child for help for another child, by name, and never comforts the speaker', async () => {
    const robot = robotWithStore();
    const alva = await robot.conversation.ask('alva har slagit sig');
    expect(alva.answer).toBe('Spring och säg till en vuxen att Alva behöver hjälp. Jag säger till personalen också.');
    // A named child who bleeds, amount untold, is hurt, not an emergency.
    const bleeding = await robot.conversation.ask('alva blöder');
    expect(bleeding.answer).toBe('Spring och säg till en vuxen att Alva behöver hjälp. Jag säger till personalen också.');
    const friend = await robot.conversation.ask('min kompis har gjort sig illa');
    expect(friend.answer).toBe('Spring och säg till en vuxen att din kompis behöver hjälp. Jag säger till personalen också.');
    const crying = await robot.conversation.ask('det är nån som gråter');
    expect(crying.answer).toBe('Spring och säg till en vuxen att någon behöver hjälp. Jag säger till personalen också.');
    const emergency = await robot.conversation.ask('elias andas inte');
    expect(emergency).toMatchObject({ safeguarding: { level: 'emergency', about: 'other' }, answer: 'Ropa på en vuxen nu, Elias behöver hjälp! Jag larmar personalen.' });
    for (const turn of [alva, bleeding, friend, crying, emergency]) expect(turn.answer).not.toMatch(/stackars dig/);
    expect(robot.preschool!.openAlerts().every((a) => a.about === 'other')).toBe(true);
    await robot.close();
  });

  it('lets a joke word alone pass, and alerts for a routine toilet need only when the preschool asks', async () => {
    const robot = robotWithStore();
    expect((await robot.conversation.ask('bajs')).skill).not.toBe('safeguarding');
    expect((await robot.conversation.ask('kiss')).skill).not.toBe('safeguarding');
    expect(robot.preschool!.openAlerts()).toEqual([]);
    await robot.close();

    const strict = robotWithStore({ alertOnToilet: true });
    const turn = await strict.conversation.ask('jag måste kissa');
    expect(turn.answer).toBe('Gå till toaletten. Säg till en vuxen om du behöver hjälp. Jag säger till personalen också.');
    expect(strict.preschool!.openAlerts()).toEqual([expect.objectContaining({ category: 'toilet_routine', level: 'routine' })]);
    await strict.close();
  });

  it('counts the same child saying the same thing again on one alert', async () => {
    const robot = robotWithStore();
    await robot.conversation.ask('jag har ont i magen');
    await robot.conversation.ask('jag har ont i magen', { now: REAL_DAY_OF('09:42') });
    await robot.conversation.ask('jag har så ont i magen', { now: REAL_DAY_OF('09:43') });
    expect(robot.preschool!.openAlerts()).toEqual([expect.objectContaining({ category: 'ill', repeats: 3, text: 'jag har så ont i magen' })]);
    await robot.conversation.ask('jag har ont i magen', { now: REAL_DAY_OF('10:30') });
    expect(robot.preschool!.openAlerts().map((a) => a.repeats)).toEqual([1, 3]);
    await robot.close();
  });

  it('answers the next question whatever the alert parts do', async () => {
    const robot = robotWithStore({}, { alertSound: () => Promise.reject(new Error('no sound card')) });
    robot.preschool!.close();
    const hurt = await robot.conversation.ask('jag har ont');
    expect(hurt.safeguarding?.alerted).toBe(true);
    expect((await robot.conversation.ask('vad är klockan')).answer).toMatch(/^(Klockan är|Nu är klockan)/);
  });
});
