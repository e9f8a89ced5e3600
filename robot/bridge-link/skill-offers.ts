/**
 * The robot's side of a fleet push: when it connects, and whenever the bridge says IT pushed something,
 * it asks what is offered, fetches each bundle, installs it through the robot's own pipeline (which
 * verifies the signature itself: the bridge is only a courier), and reports the outcome. One round at a
 * time; an offer that fails to arrive is asked for again next round.
 */
import type { Logger } from '../../core/logger';
import type { ParamsOf, RequestMethod, ResultOf, SkillOutcome } from '../../protocol/messages';

export type InstallPushed = (bundle: Buffer, metadata: unknown, pushId: string) => Promise<SkillOutcome>;
type Call = <M extends RequestMethod>(method: M, params: ParamsOf<M>) => Promise<ResultOf<M>>;

export class SkillOfferTaker {
  private running: Promise<void> = Promise.resolve();
  private again = false;

  constructor(
    private readonly call: Call,
    private readonly install: InstallPushed,
    private readonly log: Logger,
  ) {}

  /** Looks for offers now, or right after the round that is running. */
  check(): Promise<void> {
    if (this.again) return this.running;
    this.again = true;
    this.running = this.running.then(async () => {
      this.again = false;
      await this.round();
    });
    return this.running;
  }

  private async round(): Promise<void> {
    let offers: ResultOf<'skills.offers'>['offers'];
    try {
      offers = (await this.call('skills.offers', {})).offers;
    } catch (err) {
      this.log.warn({ error: (err as Error).message }, 'could not ask the bridge for skill offers');
      return;
    }
    for (const offer of offers) {
      try {
        const { bundle, metadata } = await this.call('skills.fetch', { pushId: offer.pushId });
        const outcome = await this.install(Buffer.from(bundle, 'base64'), metadata, offer.pushId);
        this.log.info({ pushId: offer.pushId, skill: offer.skill, outcome: outcome.kind }, 'a pushed skill');
        await this.call('skills.report', { pushId: offer.pushId, outcome });
      } catch (err) {
        this.log.warn({ pushId: offer.pushId, error: (err as Error).message }, 'a pushed skill did not arrive; asking again next time');
      }
    }
  }
}
