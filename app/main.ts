import { Command, Option } from 'commander';
import { askCommand } from './commands/ask';
import { bodySimCommand } from './commands/body-sim';
import { bridgeCommand, bridgeFleetCommand, bridgePushCommand } from './commands/bridge';
import { configCheckCommand } from './commands/config-check';
import { panelHashPasswordCommand } from './commands/panel';
import { nluEvalCommand, nluPredictCommand, nluTrainCommand } from './commands/nlu';
import { skillsCommand } from './commands/skills';
import { adminTokenCommand } from './commands/admin-token';
import { skillInstallCommand, skillKeygenCommand, skillListCommand, skillPackCommand, skillRollbackCommand, skillSignCommand, skillSwitchCommand } from './commands/skill-package';
import { startCommand } from './commands/start';

function buildProgram(): Command {
  const program = new Command('laiban')
    .description('Laiban, the preschool robot. Run `laiban start` to talk to it.')
    .showHelpAfterError();

  program
    .command('start')
    .description('start the robot (console mode when there is no microphone or speech model)')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .action(async (opts) => {
      process.exitCode = await startCommand(opts);
    });

  program
    .command('ask')
    .description('answer one question and exit')
    .argument('<text...>', 'the question, e.g. "vad är klockan"')
    .option('--now <iso>', 'pretend it is this local time, e.g. 2026-11-25T09:40:00')
    .addOption(new Option('--lang <lang>', 'answer in this language').choices(['sv', 'en']))
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .option('--json', 'print one JSON object: text, lang, intent, confidence, slots, skill, answer, expression, ms')
    .action(async (words: string[], opts) => {
      process.exitCode = await askCommand(words, opts);
    });

  program
    .command('doctor')
    .description('say what this machine has and lacks: the body, speech, the panel')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .action(async (opts) => {
      // Loaded when run: doctor and listen call libvosk through koffi, which laiban start should not carry.
      const { doctorCommand } = await import('./commands/doctor');
      process.exitCode = await doctorCommand(opts);
    });

  program
    .command('listen')
    .description('find the utterances in a recording with the voice-activity detector (one JSON line each)')
    .option('--wav <file>', 'a WAV file (any rate and channels)')
    .action(async (opts) => {
      const { listenCommand } = await import('./commands/listen');
      process.exitCode = await listenCommand(opts);
    });

  program
    .command('body-sim')
    .description('a simulated body on a pseudo-terminal (needs socat); prints the path for config body.port')
    .option('--path <device>', 'where the robot should find it (default: <tmp>/laiban-body)')
    .action(async (opts) => {
      process.exitCode = await bodySimCommand(opts);
    });

  const bridge = program
    .command('bridge')
    .description('run a standalone bridge that fetches weather and menus for many robots')
    .option('--config <file>', 'bridge config file (else $LAIBAN_BRIDGE_CONFIG); see bridge/README.md')
    .option('--port <port>', 'listen on this port instead of the config\'s')
    .action(async (opts) => {
      process.exitCode = await bridgeCommand(opts);
    });
  bridge
    .command('push')
    .description('offer a signed skill bundle to every robot of this bridge, or to groups (fleet.groups)')
    .argument('<bundle>', 'the .tar.gz bundle; its .meta.json lies beside it')
    .option('--group <name...>', 'only the robots in these groups')
    .action((bundle, _opts, command: Command) => {
      // --config is the bridge command's own option, wherever it stands on the line.
      process.exitCode = bridgePushCommand(bundle, command.optsWithGlobals());
    });
  bridge
    .command('fleet')
    .description("each robot's outcome for each push, and who has not answered yet")
    .action((_opts, command: Command) => {
      process.exitCode = bridgeFleetCommand(command.optsWithGlobals());
    });

  const panel = program.command('panel').description('the teachers\' web panel');
  panel
    .command('hash-password')
    .description('read a staff password on stdin and print its hash for config panel.passwordHash')
    .action(async () => {
      process.exitCode = await panelHashPasswordCommand();
    });

  const config = program.command('config').description('work with config files');
  config
    .command('check')
    .description('validate a config file; exit 1 and list every problem when it is wrong')
    .argument('<file>')
    .action((file: string) => {
      process.exitCode = configCheckCommand(file);
    });

  const nlu = program.command('nlu').description('the intent model: train it, measure it, try it');
  nlu
    .command('train')
    .description('train the intent model from the installed skills now and save it')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .option('--seed <n>', 'training seed (the same seed gives the same model)')
    .action(async (opts) => {
      process.exitCode = await nluTrainCommand(opts);
    });
  nlu
    .command('eval')
    .description('measure the model and the baseline on JSON lines {"text","intent"}, the safeguarding detector on {"text","lang","category","level"}, or the whole robot on social talk {"text","lang","category"}')
    .argument('<file>')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .option('--mistakes', 'on a social talk set, also print each line not given the right kind of reply (reading them spends the set)')
    .action(async (file: string, opts) => {
      process.exitCode = await nluEvalCommand(file, opts);
    });
  nlu
    .command('predict')
    .description('read one utterance per line on stdin, write {"text","intent","confidence","slots"} per line')
    .option('--now <iso>', 'resolve dates as if it were this local time')
    .addOption(new Option('--lang <lang>', 'the utterances are in this language').choices(['sv', 'en']))
    .option('--roster <names>', 'children\'s first names, comma-separated, e.g. Alva,Elias')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .action(async (opts) => {
      process.exitCode = await nluPredictCommand(opts);
    });

  program
    .command('skills')
    .description('list the skills the robot loads, and any conflicts between them')
    .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
    .action((opts) => {
      process.exitCode = skillsCommand(opts);
    });

  const skill = program.command('skill').description('signed skill bundles for IT: keys, pack, sign, install, list, roll back');
  skill
    .command('keygen')
    .description('make an Ed25519 signing key; prints the public key for skills.trustedKeys')
    .requiredOption('--out <dir>', 'folder for the private key file')
    .action((opts) => {
      process.exitCode = skillKeygenCommand(opts);
    });
  skill
    .command('pack')
    .description('pack a skill folder (index.js, sentences/, test/) into one bundle file')
    .argument('<dir>', 'the skill folder')
    .option('--out <dir>', 'where to write the bundle (default: here)')
    .action(async (dir, opts) => {
      process.exitCode = await skillPackCommand(dir, opts);
    });
  skill
    .command('sign')
    .description('sign a bundle: writes BUNDLE.meta.json (skill, version, release, expiry, hash)')
    .argument('<bundle>', 'the .tar.gz bundle')
    .requiredOption('--key <file>', 'the private key from "laiban skill keygen"')
    .option('--skill <id>', 'the skill id in the bundle (default: from its name, <id>-<version>.tar.gz)')
    .option('--version <semver>', 'the skill version in the bundle (default: from its name)')
    .requiredOption('--release <n>', 'release number, higher than every earlier release of this skill')
    .option('--days <n>', 'how long the signature is good (default 90)')
    .option('--min-robot <semver>', 'the oldest robot version the skill runs on')
    .action((bundle, opts) => {
      process.exitCode = skillSignCommand(bundle, opts);
    });
  /** This robot (its files, --config), or another one through its admin API (--robot). */
  const robotOptions = (command: Command): Command =>
    command
      .option('--config <file>', 'config file (else $LAIBAN_CONFIG, else defaults)')
      .option('--robot <url>', "another robot's admin API, e.g. https://robot-7.local:8444")
      .option('--token-file <file>', 'your operator token (else $LAIBAN_ADMIN_TOKEN)')
      .option('--fingerprint <sha256>', "the robot's certificate fingerprint, as its console shows it")
      .option('--ca <file>', "a CA certificate that signed the robot's certificate");
  robotOptions(skill.command('install'))
    .description('verify, self-test and install a signed bundle (keeps the previous version)')
    .argument('<bundle>', 'the .tar.gz bundle; its .meta.json lies beside it')
    .option('--force', 'allow installing an older version than the one installed')
    .action(async (bundle, opts) => {
      process.exitCode = await skillInstallCommand(bundle, opts);
    });
  robotOptions(skill.command('list'))
    .description('installed bundles, their versions and releases (and, here, the trusted keys)')
    .action(async (opts) => {
      process.exitCode = await skillListCommand(opts);
    });
  robotOptions(skill.command('rollback'))
    .description('go back to the version of a skill installed before the current one')
    .argument('<skill>', 'the skill id')
    .action(async (id, opts) => {
      process.exitCode = await skillRollbackCommand(id, opts);
    });
  for (const [verb, on] of [['enable', true], ['disable', false]] as const) {
    robotOptions(skill.command(verb))
      .description(`switch a skill ${on ? 'on' : 'off'} (from the robot's next start)`)
      .argument('<skill>', 'the skill id')
      .action(async (id, opts) => {
        process.exitCode = await skillSwitchCommand(id, on, opts);
      });
  }

  const admin = program.command('admin').description("IT's admin API");
  admin
    .command('token')
    .description('make an operator token: prints it once, and the entry for admin.tokens')
    .requiredOption('--name <name>', 'who the token is for (it goes into the audit log)')
    .action((opts) => {
      process.exitCode = adminTokenCommand(opts);
    });

  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    process.stderr.write(`laiban: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
