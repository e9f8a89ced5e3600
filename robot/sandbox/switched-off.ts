/** A skill the sandbox switched off, said in plain Swedish for the teachers' panel and IT's skill list. */
import type { SandboxStatus, SandboxStop } from './skill-sandbox';

export interface SwitchedOff {
  /** What happened, for anyone ("Skämt är avstängd: …"). */
  reason: string;
  /** What IT can do about it. */
  whatToDo: string;
}

function lastStop(stop: SandboxStop): string {
  switch (stop.kind) {
    case 'timeout':
      return 'den svarade inte i tid och stoppades';
    case 'cpu':
      return 'den räknade längre än den får';
    case 'memory':
      return 'den använde mer minne än den får';
    case 'crash':
      return 'den kraschade';
  }
}

export function describeSwitchedOff(skillId: string, name: string, status: Extract<SandboxStatus, { kind: 'off' }>): SwitchedOff {
  return {
    reason: `${name} är avstängd: den stoppades ${status.stops} gånger på tio minuter (senast: ${lastStop(status.last)}). Roboten svarar på allt annat som vanligt.`,
    whatToDo: `IT kan installera en rättad version, gå tillbaka till versionen före (laiban skill rollback ${skillId}) eller prova igen (laiban skill enable ${skillId}).`,
  };
}
