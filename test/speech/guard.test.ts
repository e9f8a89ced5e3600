import type { Lang } from '../../core/languages';
import { guardBackend } from '../../speech/out/guard';
import type { SpeechText } from '../../speech/out/sanitize';
import type { SpeechBackend } from '../../speech/out/types';

/** A backend that takes `msPerUtterance` per text, stops when aborted, and logs what it saw. */
function recordingBackend(msPerUtterance: number, failOn?: string) {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  const backend: SpeechBackend = {
    engine: 'wav',
    speak(text: SpeechText, lang: Lang, signal: AbortSignal): Promise<void> {
      signals.push(signal);
      log.push(`start ${lang} ${text}`);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          log.push(`end ${text}`);
          if (text === failOn) reject(new Error(`wav could not write ${text}`));
          else resolve();
        }, msPerUtterance);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          log.push(`stopped ${text}`);
          resolve();
        });
      });
    },
  };
  return { backend, log, signals };
}

describe('guardBackend', () => {
  it('sanitises and caps every text before the backend sees it', async () => {
    const { backend, log } = recordingBackend(1);
    const out = guardBackend(backend, 20);
    await out.speak('hej") (system "touch /tmp/pwned") ("', 'sv');
    await out.speak('Klockan är tjugo i tio och nu är det förmiddag', 'sv');
    expect(log.filter((line) => line.startsWith('start'))).toEqual(['start sv hej system touch tmp', 'start sv Klockan är tjugo i']);
  });

  it('speaks one utterance at a time, in the order asked', async () => {
    const { backend, log } = recordingBackend(20);
    const out = guardBackend(backend, 400);
    await Promise.all([out.speak('Ett.', 'sv'), out.speak('Two.', 'en'), out.speak('Tre.', 'sv')]);
    expect(log).toEqual(['start sv Ett.', 'end Ett.', 'start en Two.', 'end Two.', 'start sv Tre.', 'end Tre.']);
  });

  it('rejects a failed utterance and goes on with the next one', async () => {
    const { backend, log } = recordingBackend(1, 'Ett.');
    const out = guardBackend(backend, 400);
    const first = out.speak('Ett.', 'sv');
    const second = out.speak('Två.', 'sv');
    await expect(first).rejects.toThrow('wav could not write Ett.');
    await expect(second).resolves.toBeUndefined();
    expect(log).toContain('end Två.');
  });

  it('does not call the backend when nothing speakable is left', async () => {
    const { backend, log } = recordingBackend(1);
    await guardBackend(backend, 400).speak('«»() ;', 'sv');
    expect(log).toEqual([]);
  });

  it('rejects a language it does not know', async () => {
    const { backend, log } = recordingBackend(1);
    await expect(guardBackend(backend, 400).speak('Hei', 'fi' as Lang)).rejects.toThrow('wav: unknown language "fi"');
    expect(log).toEqual([]);
  });

  it('close() stops the current utterance, drops the queued ones, and refuses new ones', async () => {
    const { backend, log, signals } = recordingBackend(10_000);
    const out = guardBackend(backend, 400);
    const current = out.speak('Ett.', 'sv');
    const queued = out.speak('Två.', 'sv');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await out.close?.();

    await expect(current).resolves.toBeUndefined();
    await expect(queued).resolves.toBeUndefined();
    expect(log).toEqual(['start sv Ett.', 'stopped Ett.']);
    expect(signals[0]?.aborted).toBe(true);
    await expect(out.speak('Tre.', 'sv')).rejects.toThrow('wav: speech output is closed');
  });
});
