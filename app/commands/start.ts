import { createChimePlayer } from '../../speech/out/chime';
import { hasAudioOutput } from '../../speech/out/device';
import { createSpeechOut } from '../../speech/out/create';
import { styleAt } from '../../speech/out/voice-style';
import { quietTimesWithPlan } from '../../robot/preschool/rest-time';
import { clockTimeOf, localTime } from '../../core/calendar';
import { systemClock } from '../../core/clock';
import { printTurn, runConsole } from '../../robot/frontends/console';
import { createRobot, type Presenter } from '../../robot/runtime/create-robot';
import { BodyLink } from '../../hardware/body-link';
import { findBodyPort } from '../../hardware/find-port';
import { BodyPresenter } from '../../robot/body/body-presenter';
import { describeFence } from '../../robot/sandbox/fence';
import { sandboxFence } from '../../robot/sandbox/skill-sandbox';
import { configForCommand } from '../load-config';
import { skillAdminFor } from './skill-admin-for';
import { startAdminFor } from './start-admin';
import { startPanelFor } from './start-panel';
import { alertLine, consolePrompt, startNotices, voicePrompt } from './start-notices';
import { chooseEars } from './choose-ears';
import { runVoiceConsole, startEars } from './start-voice';
import { recognitionVocabulary } from '../../robot/understanding/vocabulary';

export interface StartOptions {
  config?: string;
}

/**
 * The robot: with a microphone and a speech model it listens by voice (push-to-talk, "hej <name>", a
 * listening window after each answer); otherwise the console front-end. Answers are printed and spoken.
 */
export async function startCommand(options: StartOptions): Promise<number> {
  const out = process.stdout;
  const config = configForCommand(options.config, process.stderr);
  const bodyPort = await findBodyPort(config.body.port);
  let body: BodyLink | undefined;
  // With a body, speech goes through a WAV file so the mouth can follow its loudness.
  const mouth = bodyPort.kind === 'found' ? { onMouth: (open: number) => body?.mouth(open) } : {};
  const speech = await createSpeechOut(config.speech, mouth).catch((err: Error) => ({ kind: 'off' as const, reason: err.message }));
  const presenters: Presenter[] = [(turn) => printTurn(turn, out)];
  if (speech.kind === 'on') {
    presenters.push(async (turn) => {
      try {
        // Quieter and slower at rest time (the day's plan, speech.quietTimes), by the preschool's clock.
        const now = localTime(systemClock.now(), config.timeZone);
        const quietTimes = quietTimesWithPlan(config.speech.quietTimes, robot.preschool?.scheduleFor(now.date));
        await speech.out.speak(turn.answer, turn.lang, styleAt(clockTimeOf(now), { ...config.speech, quietTimes }));
      } catch (err) {
        robot.log.error({ error: (err as Error).message }, 'speaking failed');
      }
    });
  }
  const chime =
    config.speech.engine === 'wav'
      ? createChimePlayer({ output: { kind: 'wav', dir: config.speech.wavDir } })
      : speech.kind === 'on' || (await hasAudioOutput())
        ? createChimePlayer({ output: { kind: 'device' } })
        : undefined;
  let presenter: BodyPresenter | undefined;
  const robot = createRobot({
    config,
    clock: systemClock,
    presenters,
    // A bundle pushed through the bridge goes through the same pipeline as one IT installs by hand.
    installPushedSkill: async (bundle, metadata, pushId) => {
      const result = await skillAdmin.install(bundle, metadata, `bridge push ${pushId}`);
      return result.kind === 'installed' ? { kind: 'installed', version: result.version } : { kind: 'refused', reason: result.reason };
    },
    ...(chime ? { alertSound: (kind: 'alert' | 'emergency') => chime.play(kind) } : {}),
    onEvent: (event) => {
      const at = clockTimeOf(localTime(new Date(event.at), config.timeZone));
      out.write(`${alertLine(config.language, event.level === 'emergency', at, event.text)}\n`);
      presenter?.checkAlerts();
    },
    onState: (state, expression) => presenter?.onState(state, expression),
  });
  // IT's changes (admin API, fleet pushes) reach this robot's answers without a restart.
  const skillAdmin = skillAdminFor(config, robot.live);
  let earsChoice = chooseEars(config);
  let ears: Awaited<ReturnType<typeof startEars>> | undefined;
  if (earsChoice.kind === 'voice') {
    try {
      // Read again when the children change: robot.roster is refreshed in place.
      const vocabulary = () =>
        config.speech.recognition === 'grammar'
          ? recognitionVocabulary({ ...robot.training, lang: config.language, robotName: config.robotName, roster: robot.roster })
          : undefined;
      ears = await startEars(earsChoice, robot.conversation, config, robot.log, () => (speech.kind === 'on' ? speech.out.interrupt?.() : undefined), vocabulary);
    } catch (err) {
      earsChoice = { kind: 'console', missing: 'model', why: (err as Error).message };
    }
  }
  body =
    bodyPort.kind === 'found'
      ? new BodyLink({
          path: bodyPort.path,
          log: robot.log.child({ part: 'body' }),
          // The button is push-to-talk: pressing it is what opening the console's prompt is.
          onButton: (state) => state === 'down' && (ears ? ears.voice.pushToTalk() : robot.conversation.wake()),
          onStatus: (status) => robot.log.info({ status }, 'body'),
        })
      : undefined;
  if (body) {
    body.setBrightness(config.body.brightness);
    body.start();
    presenter = new BodyPresenter(body, robot.preschool);
    presenter.start();
  }

  // The console is the staff's: plain words in the robot's language; the technical reasons go to the log.
  robot.log.info({ ears: earsChoice.kind === 'voice' ? `voice (${earsChoice.device}, ${earsChoice.modelDir})` : `console: ${earsChoice.why}`, speech: speech.kind === 'off' ? speech.reason : 'on', body: bodyPort.kind === 'found' ? `${bodyPort.path} (${bodyPort.how})` : bodyPort.why, skillSandbox: describeFence(sandboxFence()) }, 'started');
  for (const problem of robot.skillProblems) robot.log.warn({ problem: problem.message }, 'skill problem');
  const notices = startNotices(config.language, {
    robotName: config.robotName,
    ears: earsChoice.kind === 'voice' ? { kind: 'voice' } : { kind: 'console', missing: earsChoice.missing },
    speech: speech.kind === 'off' ? { kind: 'off', reason: speech.reason } : { kind: 'on' },
    ...(robot.bridgeLink ? { bridge: robot.bridgeLink.describe() } : {}),
    ...(robot.dataDirProblem ? { dataDirProblem: robot.dataDirProblem } : {}),
    body: bodyPort.kind === 'found' ? { kind: 'found', path: bodyPort.path } : { kind: 'none' },
    skillProblems: robot.skillProblems.filter((p) => p.kind !== 'claimed-out-of-scope').length,
  });
  for (const line of notices) out.write(`${line}\n`);
  const panel = await startPanelFor(robot, config, (line) => out.write(`${line}\n`), () => void ears?.relisten());
  const admin = await startAdminFor(robot, config, skillAdmin, (line) => out.write(`${line}\n`));
  if (ears) {
    out.write(`${voicePrompt(config.robotName)[config.language]}\n`);
    await runVoiceConsole(ears.voice, process.stdin);
    await ears.close();
  } else {
    out.write(`${consolePrompt[config.language]}\n`);
    await runConsole(robot.conversation, { input: process.stdin, output: out });
  }
  await panel?.close();
  admin?.close();
  presenter?.stop();
  await body?.stop();
  await robot.close();
  if (speech.kind === 'on') await speech.out.close?.();
  return 0;
}
