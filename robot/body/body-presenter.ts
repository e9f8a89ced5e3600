/**
 * What the body shows, from what the robot is doing: the conversation's state and expression on the face
 * and ring, and an open safeguarding alert as an amber (emergency: red) pulsing ring until a teacher
 * acknowledges it in the panel. The alerts are read from the store, so an acknowledgement made anywhere
 * (the panel, another process) turns the light off.
 */
import type { Expression } from '../../skills/sdk/types';
import type { ConversationState } from '../conversation/state-machine';

export interface BodyOutput {
  setFace(face: Expression): void;
  setRing(colour: string, animation: 'solid' | 'breathe' | 'pulse' | 'spin' | 'off'): void;
}

export interface OpenAlerts {
  openAlerts(): { level: string }[];
}

export const RING = {
  idle: { colour: 'ffffff', animation: 'breathe' },
  listening: { colour: '00a0ff', animation: 'solid' },
  thinking: { colour: '00a0ff', animation: 'spin' },
  speaking: { colour: '00a0ff', animation: 'solid' },
  alert: { colour: 'ffb000', animation: 'pulse' },
  emergency: { colour: 'ff2000', animation: 'pulse' },
} as const;

export class BodyPresenter {
  private state: ConversationState = 'idle';
  private alert: 'none' | 'alert' | 'emergency' = 'none';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly body: BodyOutput,
    private readonly alerts: OpenAlerts | undefined,
    private readonly pollMs = 1000,
  ) {}

  start(): void {
    this.checkAlerts();
    this.timer = setInterval(() => this.checkAlerts(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  onState(state: ConversationState, expression: Expression): void {
    this.state = state;
    this.body.setFace(state === 'idle' ? 'neutral' : expression);
    this.showRing();
  }

  /** Reads the open alerts now (also after a raise, so the light comes on at once). */
  checkAlerts(): void {
    let open: { level: string }[] = [];
    try {
      open = this.alerts?.openAlerts() ?? [];
    } catch {
      return; // the store is closing or broken: keep what is shown
    }
    const alert = open.some((a) => a.level === 'emergency') ? 'emergency' : open.length > 0 ? 'alert' : 'none';
    if (alert === this.alert) return;
    this.alert = alert;
    this.showRing();
  }

  private showRing(): void {
    const ring = this.alert !== 'none' ? RING[this.alert] : RING[this.state];
    this.body.setRing(ring.colour, ring.animation);
  }
}
