import fs from 'node:fs';

/** Whether ALSA has a capture device (a microphone): /proc/asound/pcm lists "capture N" for each. */
export function hasCaptureDevice(procPcm = '/proc/asound/pcm'): boolean {
  try {
    return /capture \d+/.test(fs.readFileSync(procPcm, 'utf8'));
  } catch {
    return false;
  }
}
